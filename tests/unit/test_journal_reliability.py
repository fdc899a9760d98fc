"""The journal loses nothing it acknowledged: kills, damage, newer files, read-only, full disk."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.storage.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "helpers" / "journal_writer.py"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 27, 9, 0, 5, tzinfo=BERLIN))


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# -- SIGKILL -----------------------------------------------------------------------


def run_writer_and_kill(path: Path, first: int, rng: random.Random) -> list[str]:
    """Start the writer, wait for its first acknowledged row, kill it 0.1–0.6 s later.
    Returns every slot id it acknowledged (printed after commit) before dying."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(first)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    acked: list[str] = []
    first_ack = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            acked.append(line.strip())
            first_ack.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not first_ack.wait(20):
        proc.kill()
        pytest.fail(f"writer never acknowledged a row: {proc.stderr.read() if proc.stderr else ''}")
    time.sleep(rng.uniform(0.1, 0.6))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(5)  # whatever was printed before the kill is still in the pipe
    assert proc.returncode == -signal.SIGKILL
    assert all(a.startswith("slot-") for a in acked), acked[:3]
    return acked


def test_sigkill_at_random_moments_loses_no_acknowledged_row(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    rng = random.Random(20260327)
    acknowledged: list[str] = []
    next_index = 0
    for kill in range(20):
        acked = run_writer_and_kill(path, next_index, rng)
        acknowledged += acked
        assert integrity(path) == "ok", f"kill {kill}"
        j = Journal.open(path, clock)
        assert j.writable, j.notice
        stored = {r.slot_id: r for r in j.breaks()}
        j.close()
        missing = [s for s in acknowledged if s not in stored]
        assert not missing, f"kill {kill}: acknowledged but lost: {missing[:5]}"
        for slot in acked:
            assert stored[slot].state == "completed"
            assert len(stored[slot].exercises) == 3, slot
        # A row the writer had not yet acknowledged may or may not be there, but never half.
        assert all(len(r.exercises) in (0, 3) for r in stored.values())
        next_index += len(acked) + 10
    assert len(acknowledged) >= 20


# -- damaged file --------------------------------------------------------------------


def test_a_non_sqlite_file_is_moved_aside_and_a_new_journal_started(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    garbage = b"this is not a database, but it is the user's file\n" * 200
    path.write_bytes(garbage)
    told: list[str] = []
    j = Journal.open(path, clock, on_notice=told.append)
    kept = tmp_path / "journal.sqlite3.corrupt-20260327T080005Z"
    assert kept.read_bytes() == garbage
    assert j.writable
    assert j.record_break("s1", clock.now(), 5, "completed")
    assert len(told) == 1 and kept.name in told[0] and "new journal" in told[0]
    assert j.take_notice() == told[0]
    assert j.take_notice() is None
    j.close()
    assert integrity(path) == "ok"
    # The next start finds a healthy journal and says nothing.
    again = Journal.open(path, clock)
    assert again.notice is None and [r.slot_id for r in again.breaks()] == ["s1"]
    again.close()


def test_damaged_pages_are_detected_and_the_file_kept(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    j = Journal.open(path, clock)
    for i in range(400):
        j.record_break(f"slot-{i:04d}-{'x' * 60}", clock.now(), 5, "completed")
    j.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * page_size
    data[2 * page_size : 3 * page_size] = bytes([0xA5]) * page_size  # trash a b-tree page
    path.write_bytes(bytes(data))
    j = Journal.open(path, clock)
    kept = list(tmp_path.glob("journal.sqlite3.corrupt-*"))
    assert [k.name for k in kept] == ["journal.sqlite3.corrupt-20260327T080005Z"]
    assert kept[0].read_bytes() == bytes(data)
    assert j.writable and j.notice and "damaged" in j.notice
    assert j.breaks() == []
    j.close()


def test_a_second_corruption_in_the_same_second_does_not_overwrite_the_first(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    for text in (b"first bad file" * 100, b"second bad file" * 100):
        path.write_bytes(text)
        Journal.open(path, clock).close()
    kept = sorted(p.name for p in tmp_path.glob("journal.sqlite3.corrupt-*"))
    assert kept == [
        "journal.sqlite3.corrupt-20260327T080005Z",
        "journal.sqlite3.corrupt-20260327T080005Z-2",
    ]


# -- disk full -----------------------------------------------------------------------


FULL_DISK_PROBE = """
import errno, json, sqlite3, sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import ExerciseRecord
from movebreak.storage.journal import Journal
disk = Path(sys.argv[1])
path = disk / "journal.sqlite3"
clock = FakeClock(datetime(2026, 3, 27, 9, 0, 5, tzinfo=ZoneInfo("Europe/Berlin")))
told = []
j = Journal.open(path, clock, on_notice=told.append)
out = {"before": j.record_break("before", clock.now(), 5, "completed")}
# Fill the small disk to its last byte: the journal's next write finds no room.
with open(disk / "filler", "wb", buffering=0) as filler:
    try:
        while True:
            filler.write(bytes(4096))
    except OSError as exc:
        out["filled"] = exc.errno == errno.ENOSPC
many = [ExerciseRecord(p, f"exercise-{p}-{'y' * 200}", "completed", 30) for p in range(200)]
out["big"] = j.record_routine("big", clock.now(), 5, "completed", many)
out["big2"] = j.record_routine("big2", clock.now(), 5, "completed", many)
out["told"] = told
j.close()
(disk / "filler").unlink()
conn = sqlite3.connect(path)
out["slots"] = [r[0] for r in conn.execute("SELECT slot_id FROM breaks")]
out["exercises"] = conn.execute("SELECT count(*) FROM exercises").fetchone()[0]
out["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
conn.close()
print(json.dumps(out))
"""

# The probe runs on a real 1 MiB tmpfs mounted in a private mount namespace: the mount
# is gone when the probe ends, whatever happens, and no other process sees it. Without root
# the namespaces need unprivileged user namespaces (most kernels allow them); where they are
# not allowed the test says so and skips.
ON_SMALL_DISK = 'mount -t tmpfs -o size=1m movebreak-full "$1" 2>&1 || exit 77; shift; exec "$@"'


def test_a_full_disk_fails_the_write_whole_and_says_so_once(tmp_path):
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is missing: cannot mount a small disk for the probe")
    disk = tmp_path / "disk"
    disk.mkdir()
    # root mounts in a mount namespace of its own; anyone else in a user namespace too.
    as_user = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
    cmd = [unshare, *as_user, "--mount", "--propagation", "private", "sh", "-c", ON_SMALL_DISK, "sh", str(disk)]
    cmd += [sys.executable, "-c", FULL_DISK_PROBE, str(disk)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
    if done.returncode == 77 or (done.returncode != 0 and done.stderr.startswith("unshare:")):
        pytest.skip(f"cannot mount a small tmpfs here: {(done.stdout + done.stderr).strip()}")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["before"] is True and out["filled"] is True
    # The write fails whole, and the user is told once, in words.
    assert out["big"] is False and out["big2"] is False
    assert len(out["told"]) == 1 and "disk is full" in out["told"][0]
    assert out["slots"] == ["before"] and out["exercises"] == 0
    assert out["integrity"] == "ok"


# -- read-only -----------------------------------------------------------------------

PROBE = """
import json, sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from movebreak.domain.clock import FakeClock
from movebreak.storage.journal import Journal
clock = FakeClock(datetime(2026, 3, 27, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
j = Journal.open(Path(sys.argv[1]), clock)
wrote = j.record_break("s2", clock.now(), 5, "completed")
print(json.dumps({"writable": j.writable, "notice": j.notice, "wrote": wrote,
                  "slots": [r.slot_id for r in j.breaks()]}))
"""


def run_unprivileged(journal_path: Path) -> dict:
    """Run the probe as a user the file permissions apply to (root ignores them)."""
    cmd = [sys.executable, "-c", PROBE, str(journal_path)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and setpriv (util-linux) is missing: cannot drop privileges")
        cmd = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def shared_dir():
    # pytest's tmp_path is private to its owner; the unprivileged probe needs to reach it.
    d = Path(tempfile.mkdtemp(prefix="movebreak-ro-"))
    d.chmod(0o755)
    yield d
    d.chmod(0o755)
    shutil.rmtree(d)


def test_a_read_only_file_is_read_and_never_written(shared_dir, clock):
    path = shared_dir / "journal.sqlite3"
    j = Journal.open(path, clock)
    j.record_break("s1", clock.now(), 5, "completed")
    j.close()
    before = path.read_bytes()
    path.chmod(0o444)
    shared_dir.chmod(0o555)
    result = run_unprivileged(path)
    assert result["writable"] is False and result["wrote"] is False
    assert "the file is read-only" in result["notice"]
    assert str(path) in result["notice"]
    assert result["slots"] == ["s1"]
    assert path.read_bytes() == before


def test_a_folder_that_cannot_be_created_leaves_an_empty_journal_that_logs_nothing(shared_dir, clock):
    locked = shared_dir / "locked"
    locked.mkdir(mode=0o555)
    result = run_unprivileged(locked / "data" / "journal.sqlite3")
    assert result == {
        "writable": False,
        "wrote": False,
        "slots": [],
        "notice": result["notice"],
    }
    assert "cannot be created" in result["notice"] and "not being logged" in result["notice"]
    assert not (locked / "data").exists()


def test_never_raises_when_a_directory_stands_where_the_file_should_be(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    path.mkdir()
    j = Journal.open(path, clock)
    assert not j.writable and j.notice
    assert j.record_break("s1", clock.now() + timedelta(minutes=1), 5, "completed") is False
    assert path.is_dir()
    j.close()
