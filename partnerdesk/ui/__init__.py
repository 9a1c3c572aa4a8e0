"""The Qt widgets user interface. It talks to `services` only, never to `storage`."""

from partnerdesk.ui import qt_workarounds  # noqa: F401 - protects the process before any emit
