"""The app's journal, opened on first use.

Between breaks the tray app neither reads nor writes the journal, and sqlite3 with its
library costs about 1.9 MiB resident. So the app holds this handle, and the file is opened
(checked, migrated, or moved aside when corrupt) when the first break is logged or the
history window opens. Whatever the journal has to tell (a corrupt file moved aside, a newer
schema opened read-only, a write that failed) reaches the user through on_notice, at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from movebreak.domain.clock import Clock

if TYPE_CHECKING:
    from movebreak.storage.journal import Journal


class JournalOnDemand:
    """Stands for a Journal: every attribute is the opened journal's."""

    def __init__(self, path: Path, clock: Clock, on_notice: Callable[[str], None] | None = None) -> None:
        self.path = Path(path)
        self._clock = clock
        self._on_notice = on_notice
        self._journal: Journal | None = None

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    def written_since(self, moment: datetime) -> bool:
        """Whether the file (or its write-ahead log) changed since then, without opening it:
        at start, only a journal written today can hold breaks that move today's plan."""
        if self._journal is not None:
            return True
        stamps = []
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                stamps.append(path.stat().st_mtime)
            except OSError:
                continue
        return any(stamp >= moment.timestamp() for stamp in stamps)

    def get(self) -> Journal:
        if self._journal is None:
            from movebreak.storage.journal import Journal

            self._journal = Journal.open(self.path, self._clock, on_notice=self._on_notice)
        return self._journal

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)
