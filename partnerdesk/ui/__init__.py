"""The Qt widgets user interface. It talks to `services` only, never to `storage`."""
