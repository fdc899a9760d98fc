"""The terminal gets one line per record; the log file keeps the traceback."""

from __future__ import annotations

import io
import logging

from movebreak.log_terminal import FILE_ONLY, one_line_on_terminal


def _boom() -> None:
    raise ValueError("bad\nthing")


def test_an_exception_logged_is_one_line_on_the_terminal_and_whole_in_the_file(tmp_path) -> None:
    root = logging.getLogger("movebreak-test-root")
    root.propagate = False
    terminal = io.StringIO()
    root.addHandler(logging.StreamHandler(terminal))
    log_file = tmp_path / "movebreak.log"
    root.addHandler(logging.FileHandler(log_file, encoding="utf-8"))
    one_line_on_terminal(root)
    try:
        try:
            _boom()
        except ValueError:
            root.exception("refreshing the calendar failed")
        try:
            _boom()
        except ValueError:
            root.error("unexpected error", exc_info=True, extra={FILE_ONLY: True})
    finally:
        for handler in list(root.handlers):
            handler.close()
            root.removeHandler(handler)
    assert terminal.getvalue().splitlines() == ["movebreak: ERROR: refreshing the calendar failed"]
    written = log_file.read_text(encoding="utf-8")
    assert written.count("Traceback (most recent call last)") == 2
    assert "unexpected error" in written
