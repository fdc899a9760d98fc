"""Re-plan trigger for calendars: local .ics files watched on disk, URL sources refreshed
into the cache by a worker thread every `calendar_refresh` minutes, and calendars read (in the
limited reader child) by that worker thread, never by the GUI thread."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QThreadPool, Signal

from movebreak._sha1 import sha1_hex
from movebreak.domain.blocks import Block
from movebreak.domain.clock import Clock, SystemClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import Settings
from movebreak.errors import CalendarError, Problem
from movebreak.runtime.timers import QtTimers, Timers
from movebreak.sources import sandbox
from movebreak.sources.calendar import collect
from movebreak.sources.fetch import FETCH_LIMIT, cached_copy, classify, refresh_url
from movebreak.storage.bounded_read import read_bounded

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1_000  # an editor's save is several writes (and often a rename); wait for quiet
FetchResult = tuple[str, Problem | None, bool]  # location, what failed, whether the cache changed


def _digest(path: Path) -> str | None:
    """What the file holds now, or None when it cannot be read (gone, mid-replace)."""
    try:
        # Bounded and regular files only: a FIFO or /dev/zero here would hang the GUI thread.
        return sha1_hex(read_bounded(path, FETCH_LIMIT))
    except OSError:
        return None


def split_sources(settings: Settings) -> tuple[list[Path], list[str]]:
    """The enabled local files and URLs, each once, in config order. A location that is
    neither is skipped here: planning reports it (collect_blocks) with the fix."""
    files: list[Path] = []
    urls: list[str] = []
    for src in settings.calendars:
        if not src.enabled:
            continue
        try:
            kind, target = classify(src.location)
        except CalendarError:
            continue
        if kind == "url":
            if src.location not in urls:
                urls.append(src.location)
        else:
            path = Path(os.path.abspath(target))
            if path not in files:
                files.append(path)
    return files, urls


class CalendarWatcher(QObject):
    """Emits `changed` when a calendar's content changed, `problem` when a URL fetch failed.

    Idle costs nothing: file watching is inotify (no timer), and the refresh timer only
    runs while there is a URL source. The network is only touched in a worker thread; the
    results come back to the GUI thread through a queued signal. `problem` is emitted once
    per distinct failure of a source, not on every refresh, and again only after the
    source worked in between or fails differently.
    """

    changed = Signal()
    problem = Signal(object)  # Problem
    _fetched = Signal(object)  # list[FetchResult], emitted from the worker thread
    _read = Signal()  # the worker thread read the pending calendars

    def __init__(
        self,
        settings: Settings,
        cache_dir: Path,
        *,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        clock: Clock | None = None,
        timers: Timers | None = None,
    ) -> None:
        super().__init__(parent)
        timers = timers or QtTimers(self)
        self._cache_dir = cache_dir
        self._clock: Clock = clock or SystemClock()
        self._files: dict[Path, str | None] = {}
        self._urls: tuple[str, ...] = ()
        self._reported: dict[str, str] = {}
        self._busy = False
        self._again = False
        self._reading = False
        self._read_next: tuple[Settings, Window] | None = None
        self._last_read: tuple[object, ...] | None = None

        self._fs = QFileSystemWatcher(self)
        self._fs.fileChanged.connect(self._on_disk_event)
        self._fs.directoryChanged.connect(self._on_disk_event)
        self._debounce_for = timedelta(milliseconds=debounce_ms)
        self._debounce = timers.single_shot("calendar-debounce", self._settle)
        self._refresh_every: timedelta | None = None
        self.refresh_timer = timers.repeating("calendar-refresh", timedelta(minutes=60), self.refresh_now)
        # Our own pool of one: fetches never overlap, and its destructor waits for a fetch
        # in flight (bounded by the fetch timeout) instead of leaving a thread behind.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._fetched.connect(self._on_fetched)  # emitted in the pool's thread: queued to ours
        self._read.connect(self._on_read)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting never waits on a fetch or a hostile calendar: end the reader children,
            # so the pool's destructor finds its thread done.
            app.aboutToQuit.connect(sandbox.stop_all)
        self.set_settings(settings)

    def watched_files(self) -> list[str]:
        """The files Qt is watching right now (a saved-over file must be watched again)."""
        return list(self._fs.files())

    def wait_for_fetches(self, msecs: int) -> bool:
        """Block until the fetch in flight (if any) is done; False if it outlasted `msecs`."""
        return bool(self._pool.waitForDone(msecs))

    # ------------------------------------------------------------ settings

    @property
    def files(self) -> list[Path]:
        return list(self._files)

    @property
    def urls(self) -> tuple[str, ...]:
        return self._urls

    def set_settings(self, settings: Settings) -> None:
        """Watch the new set of files; fetch new URLs now; (re)start or stop the timer."""
        files, urls = split_sources(settings)
        self._last_read = None
        self._files = {p: _digest(p) for p in files}
        self._rewatch(reset=True)

        new_urls = tuple(urls)
        added = set(new_urls) - set(self._urls)
        self._urls = new_urls
        self._reported = {u: t for u, t in self._reported.items() if u in new_urls}
        if not new_urls:
            self.refresh_timer.stop()
            self._refresh_every = None
            return
        every = timedelta(minutes=settings.calendar_refresh)
        if not self.refresh_timer.is_active() or self._refresh_every != every:
            self._refresh_every = every
            self.refresh_timer.start(every)
        if added:
            self.refresh_now()

    def _rewatch(self, reset: bool = False) -> None:
        """Watch every file that exists, and the folder of each so that a file which is
        replaced (save to a temp file, rename over) or deleted and re-created is seen."""
        if reset:
            for group in (self._fs.files(), self._fs.directories()):
                if group:
                    self._fs.removePaths(group)
        watched = set(self._fs.files()) | set(self._fs.directories())
        wanted: list[str] = []
        for path in self._files:
            for candidate in (path, path.parent):
                text = str(candidate)
                if text not in watched and text not in wanted and candidate.exists():
                    wanted.append(text)
        if wanted:
            failed = self._fs.addPaths(wanted)
            for text in failed:
                log.info("cannot watch %s for changes", text)

    # ------------------------------------------------------------ local files

    def _on_disk_event(self, _path: str) -> None:
        self._debounce.start(self._debounce_for)  # restarts: one check once the writes have stopped

    def _settle(self) -> None:
        # A replaced file drops out of the watch list (its old inode is gone): add it back.
        self._rewatch()
        now = {p: _digest(p) for p in self._files}
        changed = [p for p, digest in now.items() if digest != self._files[p]]
        self._files = now
        if changed:
            log.info("calendar changed on disk: %s", ", ".join(str(p) for p in changed))
            self._last_read = None
            self.changed.emit()

    # ------------------------------------------------------------ URL sources

    def refresh_now(self) -> None:
        """Fetch every URL source in the worker thread; never blocks the caller."""
        if not self._urls:
            return
        if self._busy:
            self._again = True  # the sources may have changed since that fetch began
            return
        self._busy = True
        urls, cache_dir, clock = self._urls, self._cache_dir, self._clock
        self._pool.start(lambda: self._fetch(urls, cache_dir, clock))

    def _fetch(self, urls: Sequence[str], cache_dir: Path, clock: Clock) -> None:
        """Runs in the worker thread: touches no Qt object but the queued signal."""
        results: list[FetchResult] = []
        for url in urls:
            try:
                before = cached_copy(url, cache_dir, clock)
                failure = refresh_url(url, cache_dir, clock=clock)
                after = cached_copy(url, cache_dir, clock)
            except Exception as exc:  # one broken source must not end the refresh
                log.exception("refreshing %s failed", url)
                results.append((url, Problem(url, f"could not be refreshed: {exc}"), False))
                continue
            moved = after is not None and (before is None or before[0] != after[0])
            results.append((url, failure, failure is None and moved))
        # RuntimeError: the watcher was deleted while we fetched (the app is quitting).
        with contextlib.suppress(RuntimeError):
            self._fetched.emit(results)

    def _on_fetched(self, results: list[FetchResult]) -> None:
        self._busy = False
        any_changed = False
        for url, failure, moved in results:
            if url not in self._urls:
                continue  # removed from the settings while it was being fetched
            if failure is not None:
                text = str(failure)
                if self._reported.get(url) != text:
                    self._reported[url] = text
                    log.warning("calendar refresh failed: %s", text)
                    self.problem.emit(failure)
            else:
                self._reported.pop(url, None)
                any_changed = any_changed or moved
        if any_changed:
            log.info("calendar URL source changed")
            self._last_read = None
            self.changed.emit()
        if self._again:
            self._again = False
            self.refresh_now()

    @property
    def refreshing(self) -> bool:
        return self._busy

    # ------------------------------------------------------------ reading, off the GUI thread

    def block_source(self, settings: Settings, window: Window) -> tuple[list[Block], list[Problem]]:
        """The coordinator's block source: what is already read for the calendars' current
        content, at once. A calendar not read yet is read by the worker thread, and `changed`
        re-plans with it; until then it adds no blocks."""
        got = collect(settings, window, cache_dir=self._cache_dir, offline=True, clock=self._clock, cached_only=True)
        if got.pending:
            from movebreak.sources.reader import source_state

            states = tuple((loc, source_state(loc, self._cache_dir, True)) for loc in got.pending)
            asked = (states, window.day_span())
            # Read once per content change: should the answers not be kept (more sources
            # than the memo holds), re-reading on every re-plan would never end.
            if asked != self._last_read or self._reading:
                self._last_read = asked
                self._read_later(settings, window)
        return got.blocks, got.errors + got.warnings

    def _read_later(self, settings: Settings, window: Window) -> None:
        if self._reading:
            self._read_next = (settings, window)
            return
        self._reading = True
        cache_dir, clock = self._cache_dir, self._clock

        def work() -> None:
            try:
                collect(settings, window, cache_dir=cache_dir, offline=True, clock=clock, one_deadline=False)
            except Exception:  # a bug here must not end the thread with the read pending
                log.exception("reading the calendars failed")
            with contextlib.suppress(RuntimeError):  # deleted while reading: quitting
                self._read.emit()

        self._pool.start(work)

    def _on_read(self) -> None:
        self._reading = False
        if self._read_next is not None:
            settings, window = self._read_next
            self._read_next = None
            self._read_later(settings, window)
        self.changed.emit()

    @property
    def reading(self) -> bool:
        return self._reading

    def wait_idle(self, timeout_ms: int) -> bool:
        """Wait for the worker's fetch or read in flight; False if it is still running."""
        return self._pool.waitForDone(timeout_ms)
