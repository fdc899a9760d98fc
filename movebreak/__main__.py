"""`python -m movebreak` entry point."""

import sys

from movebreak.cli import main

sys.exit(main())
