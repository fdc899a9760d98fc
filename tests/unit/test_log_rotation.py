"""The log is rotated at start once it passed its size: log -> log.1 -> log.2, the oldest dropped."""

from __future__ import annotations

from pathlib import Path

from movebreak.process import rotated_log as _rotated


def test_a_big_log_moves_down_the_line_and_the_oldest_goes(tmp_path: Path) -> None:
    log = tmp_path / "movebreak.log"
    log.write_text("new" * 100)
    (tmp_path / "movebreak.log.1").write_text("older")
    (tmp_path / "movebreak.log.2").write_text("oldest")
    assert _rotated(log, max_bytes=100) == log
    assert not log.exists()
    assert (tmp_path / "movebreak.log.1").read_text() == "new" * 100
    assert (tmp_path / "movebreak.log.2").read_text() == "older"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["movebreak.log.1", "movebreak.log.2"]


def test_a_small_or_missing_log_stays(tmp_path: Path) -> None:
    log = tmp_path / "movebreak.log"
    _rotated(log, max_bytes=100)
    assert list(tmp_path.iterdir()) == []
    log.write_text("short")
    _rotated(log, max_bytes=100)
    assert log.read_text() == "short" and sorted(p.name for p in tmp_path.iterdir()) == ["movebreak.log"]
