"""Thin launcher: `python main.py [--db PATH] [--lang de|ru|en]` opens PartnerDesk."""

import sys

from partnerdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
