"""Tests of partnerdesk.storage (a package, so that module names cannot clash)."""
