"""Dialogs: first start, association profile, restore."""
