"""movebreak: plans short mobility routines into the gaps between deep-work blocks."""

__version__ = "0.1.0"
APP_NAME = "movebreak"
APP_ID = "io.github.movebreak.Movebreak"
