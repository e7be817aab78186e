"""`python -m runofshow` is the same as the `runofshow` command."""

import sys

from runofshow.cli import main

sys.exit(main())
