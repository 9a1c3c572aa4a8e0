"""Tests of partnerdesk.domain (a package, so that module names cannot clash)."""
