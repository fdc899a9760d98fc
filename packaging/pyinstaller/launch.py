"""Entry script of the frozen app: the same main() as the `movebreak` console script."""

import sys

from movebreak.cli import main

if __name__ == "__main__":
    sys.exit(main())
