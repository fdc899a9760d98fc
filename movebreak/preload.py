"""The tray app's pure-Python modules, imported before anything imports PySide6.

Once PySide6 is imported, its import hook (shibokensupport's __feature__ check) reads the
whole source of every module imported after it (inspect.getsource) to see whether the module
mentions PySide6. The app drops those source copies after start (process.drop_source_caches),
but the memory they were interleaved with stays fragmented: measured under Xvfb, importing
these modules first leaves the idle app about 2.7 MiB smaller.

cli.main imports this module just before movebreak.app. APScheduler's Qt-free modules are
loaded here too (movebreak's ClockScheduler does not use its Qt scheduler module).
tests/unit/test_preload.py starts the app and fails
on any module without Qt that the app imports after PySide6 but this list misses."""

# ruff: noqa: F401
import ctypes  # malloc_trim after start (process.drop_source_caches)
import signal
import tempfile
import tomllib

import platformdirs

import movebreak._sha1
import movebreak.app_probes
import movebreak.app_startup
import movebreak.domain.blocks
import movebreak.domain.clock
import movebreak.domain.day_times
import movebreak.domain.exercise_parse
import movebreak.domain.exercises
import movebreak.domain.pause
import movebreak.domain.planner
import movebreak.domain.routines
import movebreak.domain.settings
import movebreak.domain.settings_parse
import movebreak.domain.states
import movebreak.domain.stats
import movebreak.errors
import movebreak.log_terminal
import movebreak.paths
import movebreak.process
import movebreak.runtime.break_routines
import movebreak.runtime.commands
import movebreak.runtime.ports
import movebreak.runtime.status
import movebreak.sources.calendar
import movebreak.sources.fetch
import movebreak.sources.reader
import movebreak.sources.sandbox
import movebreak.storage.catalogue
import movebreak.storage.config_file
import movebreak.storage.journal_handle
import movebreak.texts
from movebreak.runtime import apscheduler_lean

apscheduler_lean.load()
