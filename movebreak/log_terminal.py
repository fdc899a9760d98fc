"""The terminal gets one line per log record; tracebacks go to the log file only (issue 20).

cli.main's logging.basicConfig puts a stderr handler on the root logger; log.exception()
anywhere would print a full traceback there. The app swaps that handler's formatter."""

from __future__ import annotations

import logging

TERMINAL_FORMAT = "movebreak: %(levelname)s: %(message)s"  # as cli.main's basicConfig
FILE_ONLY = "movebreak_file_only"  # extra={FILE_ONLY: True}: the terminal was told already


class OneLineFormatter(logging.Formatter):
    """Formats without exc_info or stack_info, and flattens the message to one line."""

    def format(self, record: logging.LogRecord) -> str:
        saved = (record.exc_info, record.exc_text, record.stack_info)
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return " ".join(super().format(record).split("\n"))
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def _not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, FILE_ONLY, False)


def one_line_on_terminal(root: logging.Logger | None = None) -> None:
    """Every stream handler of root but the log file's gets the one-line formatter."""
    root = root or logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.StreamHandler) and not isinstance(handler, logging.FileHandler):
            handler.setFormatter(OneLineFormatter(TERMINAL_FORMAT))
            handler.addFilter(_not_file_only)
