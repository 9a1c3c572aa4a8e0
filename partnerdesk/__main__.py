"""`python -m partnerdesk` behaves like the `partnerdesk` command."""

import sys

from partnerdesk.cli import main

sys.exit(main())
