"""The session-history store, on real SQLite files: round trips, days, migrations, and every way
a file or folder can be bad (damaged, newer, unreadable, unwritable, full)."""

from __future__ import annotations

import dataclasses
import logging
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from footcare_gui.core.history import SessionRecord
from footcare_gui.services.store import (
    DB_FILENAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    SET_ASIDE_TABLE,
    HistoryStore,
    RecordNotFoundError,
    StoreError,
)

CET = timezone(timedelta(hours=1))
TOKYO = timezone(timedelta(hours=9))
INDIA = timezone(timedelta(hours=5, minutes=30))
REPO = Path(__file__).resolve().parents[2]


def make(started_at: datetime, minutes: float = 5, **changes: Any) -> SessionRecord:
    values: dict[str, Any] = dict(
        exercise_id="towel-curls",
        started_at=started_at,
        ended_at=started_at + timedelta(minutes=minutes),
        active_s=minutes * 60 - 20.5,
        paused_s=20.5,
        reps_done=10,
        reps_planned=10,
        sets_done=3,
        sets_planned=3,
        sides_done=2,
        sides_planned=2,
        finished=True,
    )
    return SessionRecord(**(values | changes))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path)
    assert (opened.reason(), opened.read_only) == (None, False)
    yield opened
    opened.close()


def reopened(store: HistoryStore) -> HistoryStore:
    store.close()
    return HistoryStore.open(store.path.parent)


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- what is kept -------------------------------------------------------------------------------


def test_round_trip_keeps_every_field_and_the_offset(store: HistoryStore) -> None:
    full = make(
        datetime(2024, 3, 1, 7, 5, 9, 123456, tzinfo=INDIA),
        pain_before=0,
        pain_after=10,
        note="Zehen müde — 足 🦶\nzweite Zeile",
        routine="Morgens",
        finished=False,
    )
    bare = make(datetime(2024, 3, 1, 8, 0, tzinfo=CET))  # no pains, no note, no routine
    saved = [store.add(full), store.add(bare)]
    assert [r.id for r in saved] == [1, 2]

    store = reopened(store)
    back = store.sessions()
    store.close()
    assert back == [full, bare]
    assert [r.id for r in back] == [1, 2]
    assert (back[1].pain_before, back[1].pain_after, back[1].note, back[1].routine) == (
        None,
        None,
        "",
        "",
    )
    for original, loaded in zip([full, bare], back, strict=True):
        assert loaded.started_at.utcoffset() == original.started_at.utcoffset()
        assert loaded.ended_at.utcoffset() == original.ended_at.utcoffset()
        assert (loaded.started_at, loaded.ended_at) == (original.started_at, original.ended_at)
        assert type(loaded.active_s) is float
        assert type(loaded.finished) is bool


def test_sessions_are_ordered_by_the_instant_not_the_text(store: HistoryStore) -> None:
    # 10:00+02:00 is 08:00 UTC, before 09:00+00:00, although its text sorts after.
    later = store.add(make(datetime(2024, 3, 1, 9, 0, tzinfo=UTC)))
    earlier = store.add(make(datetime(2024, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=2)))))
    assert [r.id for r in store.sessions()] == [earlier.id, later.id]


def test_a_session_belongs_to_the_local_day_it_started(store: HistoryStore) -> None:
    late = store.add(make(datetime(2024, 3, 1, 23, 50, tzinfo=CET), minutes=30))
    assert late.ended_at.date() == date(2024, 3, 2)
    # 00:30 in Tokyo on 2 March is still 1 March in UTC: the local day counts.
    tokyo = store.add(make(datetime(2024, 3, 2, 0, 30, tzinfo=TOKYO)))
    store.add(make(datetime(2024, 2, 29, 12, 0, tzinfo=CET)))
    store.add(make(datetime(2024, 3, 3, 0, 0, tzinfo=CET)))

    assert store.sessions(date(2024, 3, 1), date(2024, 3, 1)) == [late]
    assert store.sessions(date(2024, 3, 2), date(2024, 3, 2)) == [tokyo]
    assert store.sessions(date(2024, 3, 1), date(2024, 3, 2)) == [tokyo, late]  # by instant
    assert len(store.sessions(first=date(2024, 3, 1))) == 3
    assert len(store.sessions(last=date(2024, 3, 1))) == 2
    assert len(store.sessions()) == 4


def test_file_is_wal_and_at_the_current_version(store: HistoryStore) -> None:
    store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET)))
    assert store.path.name == DB_FILENAME
    db = raw(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,) == (len(MIGRATIONS),)
    db.close()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "a" / "b")
    assert not store.read_only
    store.close()
    assert (tmp_path / "a" / "b" / DB_FILENAME).is_file()


# --- changes ------------------------------------------------------------------------------------


def test_update_delete_restore(store: HistoryStore) -> None:
    first = store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET), pain_before=4))
    second = store.add(make(datetime(2024, 3, 1, 9, 0, tzinfo=CET)))

    rated = dataclasses.replace(first, pain_after=2, note="better")
    store.update(rated)
    store = reopened(store)
    assert store.sessions() == [rated, second]

    deleted = store.delete(first.id or 0)
    assert deleted == rated
    assert deleted.id == first.id
    assert store.sessions() == [second]
    with pytest.raises(RecordNotFoundError, match=str(store.path)):
        store.update(rated)
    with pytest.raises(KeyError):  # RecordNotFoundError is both a StoreError and a KeyError
        store.delete(first.id or 0)

    restored = store.restore(deleted)
    assert restored.id == first.id  # ids are never reused, so undo gives back the same one
    assert store.add(make(datetime(2024, 3, 2, 8, 0, tzinfo=CET))).id == 3
    again = store.restore(deleted)  # its id is taken now: it gets a new one
    assert again.id == 4
    store = reopened(store)
    assert sorted(r.id or 0 for r in store.sessions()) == [1, 2, 3, 4]
    store.close()


def test_update_of_a_never_saved_record_is_refused(store: HistoryStore) -> None:
    with pytest.raises(RecordNotFoundError, match="never saved"):
        store.update(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET)))


def fill(store: HistoryStore) -> StoreError:
    for n in range(100):
        try:
            store.add(make(datetime(2024, 3, 2, 8, n, tzinfo=CET), note="x" * 2000))
        except StoreError as error:
            return error
    raise AssertionError("the disk never filled")


def test_disk_full_keeps_what_was_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[sqlite3.Connection] = []  # the store's connection, where the disk is limited
    real_connect = sqlite3.connect
    with monkeypatch.context() as patch:
        patch.setattr(
            sqlite3, "connect", lambda *a, **k: opened.append(real_connect(*a, **k)) or opened[-1]
        )
        store = HistoryStore.open(tmp_path)
    db = opened[-1]
    kept = [store.add(make(datetime(2024, 3, 1, 8, n, tzinfo=CET))) for n in range(3)]
    # A real SQLITE_FULL: the file may not grow by a single page more (this connection only).
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    full = fill(store)
    assert str(store.path) in str(full)
    assert "disk is full" in str(full)
    assert isinstance(full.__cause__, sqlite3.OperationalError)

    db.execute(f"PRAGMA max_page_count = {pages * 1000}")  # space freed: saving works
    later = store.add(make(datetime(2024, 3, 3, 8, 0, tzinfo=CET)))
    store = reopened(store)
    back = store.sessions()
    store.close()
    assert back[:3] == kept
    assert back[-1] == later
    assert raw(store.path).execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_a_killed_app_loses_no_saved_session(tmp_path: Path) -> None:
    # Saves two sessions, then dies by SIGKILL with the store open: no close, no checkpoint.
    script = f"""
import os, signal
from datetime import datetime, timedelta, timezone
from pathlib import Path
from footcare_gui.services.store import HistoryStore
from tests.services.test_store import make
store = HistoryStore.open(Path({str(tmp_path)!r}))
for hour in (8, 9):
    store.add(make(datetime(2024, 3, 1, hour, tzinfo=timezone(timedelta(hours=1)))))
os.kill(os.getpid(), signal.SIGKILL)
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, check=False)
    assert done.returncode == -signal.SIGKILL
    assert Path(f"{tmp_path / DB_FILENAME}-wal").stat().st_size > 0  # not checkpointed
    store = HistoryStore.open(tmp_path)
    assert [r.started_at.hour for r in store.sessions()] == [8, 9]
    store.close()


# --- migrations ---------------------------------------------------------------------------------

# A row as every version from 1 on can hold it.
V1_ROW = (
    "INSERT INTO sessions (exercise_id, started_at, ended_at, day, active_s, paused_s, reps_done,"
    " reps_planned, sets_done, sets_planned, sides_done, sides_planned, finished, pain_before,"
    " pain_after, note) VALUES ('heel-raises', '2024-01-05T23:50:00+01:00',"
    " '2024-01-06T00:10:00+01:00', '2024-01-05', 1190.0, 10.0, 8, 10, 2, 3, 1, 2, 0, 3, NULL,"
    " 'old ✓')"
)

# The same row as the current version holds it, with its start in UTC.
CURRENT_ROW = V1_ROW.replace("pain_after, note)", "pain_after, note, started_utc)").replace(
    "'old ✓')", "'old ✓', '2024-01-05T22:50:00.000Z')"
)


def write_version(path: Path, version: int) -> None:
    """A file as Footcare at `version` left it (0: the empty file a first start creates)."""
    path.write_bytes(b"")
    db = raw(path)
    for number, steps in enumerate(MIGRATIONS[:version]):
        for statement in steps:
            db.execute(statement)
        if number == 0:  # sessions saved at version 1, carried through the later versions
            db.execute(V1_ROW)
            db.execute(V1_ROW.replace("'heel-raises'", "'toe-spread'"))
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_there_is_one_migration_per_version() -> None:
    assert len(MIGRATIONS) == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    write_version(tmp_path / DB_FILENAME, version)
    store = HistoryStore.open(tmp_path)
    assert (store.reason(), store.read_only) == (None, False)
    old = store.sessions()
    assert len(old) == (2 if version >= 1 else 0)
    if old:
        assert [r.exercise_id for r in old] == ["heel-raises", "toe-spread"]
        assert (old[0].day, old[0].note) == (date(2024, 1, 5), "old ✓")
        assert (old[0].routine, old[0].pain_before, old[0].pain_after) == ("", 3, None)
        assert old[0].finished is False
    new = store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET), routine="Abends"))
    store = reopened(store)
    assert store.sessions() == [*old, new]
    store.close()

    db = raw(tmp_path / DB_FILENAME)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    plan = db.execute("EXPLAIN QUERY PLAN SELECT * FROM sessions WHERE day >= '2024'").fetchall()
    assert "sessions_by_day" in str(plan)
    db.close()


# --- bad files and folders ----------------------------------------------------------------------


def scrambled(path: Path) -> None:
    """A database whose header is fine but whose pages are not: quick_check reports it."""
    db = raw(path)
    db.execute("CREATE TABLE t (x TEXT)")
    db.execute("CREATE INDEX t_x ON t (x)")
    db.execute("BEGIN")
    db.executemany("INSERT INTO t VALUES (?)", [(f"row {n}" * 20,) for n in range(300)])
    db.execute("COMMIT")
    db.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


def truncated(path: Path) -> None:
    write_version(path, SCHEMA_VERSION)
    db = raw(path)
    db.execute("BEGIN")
    db.executemany(CURRENT_ROW.replace("'old ✓'", "?"), [("x" * 1500,) for _ in range(50)])
    db.execute("COMMIT")
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def garbage(path: Path) -> None:
    path.write_bytes(b"This is not a database, it is a shopping list.\n" * 100)


def foreign(path: Path) -> None:
    """A database someone else made, with a `sessions` table of another shape."""
    db = raw(path)
    db.execute("CREATE TABLE sessions (who TEXT, what TEXT)")
    db.execute("INSERT INTO sessions VALUES ('me', 'something else')")
    db.close()


@pytest.mark.parametrize("spoil", [garbage, truncated, scrambled, foreign])
def test_a_damaged_file_is_moved_aside_untouched(tmp_path: Path, spoil: Any) -> None:
    path = tmp_path / DB_FILENAME
    spoil(path)
    Path(f"{path}-wal").write_bytes(b"a companion that goes with it")
    before = files(tmp_path)

    store = HistoryStore.open(tmp_path)
    assert not store.read_only
    saved = store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET)))
    assert store.sessions() == [saved]
    store.close()

    companions = ("-wal", "-shm")  # -shm: made by SQLite's read-only first look, goes along
    aside = [
        p for p in tmp_path.iterdir() if ".corrupt-" in p.name and not p.name.endswith(companions)
    ]
    assert len(aside) == 1
    assert aside[0].name.startswith(f"{DB_FILENAME}.corrupt-2")
    assert aside[0].read_bytes() == before[DB_FILENAME]
    assert Path(f"{aside[0]}-wal").read_bytes() == before[f"{DB_FILENAME}-wal"]
    assert str(path) in store.reason()
    assert str(aside[0]) in store.reason()
    assert "could not be used" in store.reason()
    assert "new, empty history" in store.reason()


def test_moving_aside_never_replaces_an_earlier_one(tmp_path: Path) -> None:
    contents = [b"first broken file" * 10, b"second broken file" * 10]
    for content in contents:
        (tmp_path / DB_FILENAME).write_bytes(content)
        HistoryStore.open(tmp_path).close()  # within the same second, most likely
    aside = sorted(p.read_bytes() for p in tmp_path.iterdir() if ".corrupt-" in p.name)
    assert aside == sorted(contents)


def test_a_newer_file_is_left_alone_and_read(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    write_version(path, SCHEMA_VERSION)
    db = raw(path)
    db.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")  # something a later version added
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = files(tmp_path)

    store = HistoryStore.open(tmp_path)
    assert store.read_only
    assert "newer version of Footcare" in store.reason()
    assert str(path) in store.reason()
    assert "will not be saved" in store.reason()
    assert [r.exercise_id for r in store.sessions()] == ["heel-raises", "toe-spread"]
    with pytest.raises(StoreError, match=str(path)):
        store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET)))
    store.close()
    assert files(tmp_path) == before


def test_a_newer_file_without_our_columns_reads_as_empty(tmp_path: Path) -> None:
    db = raw(tmp_path / DB_FILENAME)
    db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, payload TEXT)")
    db.execute("INSERT INTO sessions VALUES (1, '{}')")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    before = files(tmp_path)
    store = HistoryStore.open(tmp_path)
    assert store.read_only
    assert store.sessions() == []
    store.close()
    assert files(tmp_path) == before


def test_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    store = HistoryStore.open(blocker)
    assert store.read_only
    assert str(blocker) in store.reason()
    assert store.sessions() == []
    with pytest.raises(StoreError, match="will not be saved") as caught:
        store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET)))
    assert str(blocker) in str(caught.value)
    store.close()
    assert blocker.read_text() == "not a folder"


def test_a_database_path_that_cannot_be_opened(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).mkdir()  # unreadable as a file, even for root
    store = HistoryStore.open(tmp_path)
    assert store.read_only
    assert store.sessions() == []
    assert "cannot be opened or created" in store.reason()
    assert str(tmp_path / DB_FILENAME) in store.reason()
    with pytest.raises(StoreError, match=str(tmp_path)):
        store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET)))
    store.close()
    assert (tmp_path / DB_FILENAME).is_dir()


@pytest.fixture
def immutable() -> Iterator[Any]:
    """chattr +i: a file or folder that even root cannot change (ext4 and the like)."""
    marked: list[Path] = []

    def mark(path: Path) -> None:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is not installed")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot make files immutable here: {done.stderr.decode().strip()}")
        marked.append(path)

    yield mark
    for path in marked:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_an_unwritable_file_is_read_but_not_migrated(tmp_path: Path, immutable: Any) -> None:
    path = tmp_path / DB_FILENAME
    write_version(path, 1)  # would need migrating, which cannot happen
    before = files(tmp_path)
    immutable(path)
    store = HistoryStore.open(tmp_path)
    assert store.read_only
    assert "cannot be written" in store.reason()
    assert str(path) in store.reason()
    assert [(r.exercise_id, r.routine) for r in store.sessions()] == [
        ("heel-raises", ""),
        ("toe-spread", ""),
    ]
    with pytest.raises(StoreError, match=str(path)):
        store.add(make(datetime(2024, 3, 1, 8, 0, tzinfo=CET)))
    store.close()
    assert files(tmp_path) == before


def test_an_unwritable_folder(tmp_path: Path, immutable: Any) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    immutable(folder)
    store = HistoryStore.open(folder)
    assert store.read_only
    assert store.sessions() == []
    assert str(folder / DB_FILENAME) in store.reason()
    store.close()
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_still_shows_the_saved_history(tmp_path: Path, immutable: Any) -> None:
    folder = tmp_path / "data"
    saved = HistoryStore.open(folder)
    saved.add(make(datetime(2026, 11, 2, 9, tzinfo=UTC)))
    saved.close()  # checkpointed: the -wal and -shm files are gone
    before = files(folder)
    immutable(folder)
    store = HistoryStore.open(folder)
    assert store.read_only
    assert len(store.sessions()) == 1
    with pytest.raises(StoreError, match="Could not save"):
        store.add(make(datetime(2026, 11, 3, 9, tzinfo=UTC)))
    store.close()
    assert files(folder) == before


def test_exports_read_an_existing_history_and_create_nothing(tmp_path: Path) -> None:
    assert HistoryStore.open_existing(tmp_path / "typo") is None
    assert not (tmp_path / "typo").exists()
    saved = HistoryStore.open(tmp_path)
    saved.add(make(datetime(2026, 11, 2, 9, tzinfo=UTC)))
    saved.close()
    store = HistoryStore.open_existing(tmp_path)
    assert store is not None
    assert (store.readable, store.read_only, len(store.sessions())) == (True, True, 1)
    store.close()


BAD_EDITS = {
    "pain_before = 42": "pain is not 0-10",
    "pain_after = 'high'": "pain is not 0-10",
    "started_at = 'yesterday'": "start or end is not a time",
    "started_at = '2024-01-05T23:50:00'": "start or end is not a time",  # no offset
    "reps_done = 'three'": "a count is not a whole number",
    "ended_at = '2024-01-05T09:00:00+01:00'": "ends before it starts",
    "day = '2024-03-02'": "day is not the day it started",
    "active_s = 'long'": "negative or non-numeric time",
    "reps_done = 11": "a count is negative or more than planned",
    "finished = 2": "finished is not 0 or 1",
    # Not on the calendar or the clock, though SQLite's julianday() rolls them over.
    "started_at = '2024-02-30T23:50:00+01:00', day = '2024-02-30'": "start or end is not a time",
    "ended_at = '2024-01-05T24:10:00+01:00'": "start or end is not a time",
}


# The version issue 13's migration (outcomes recomputed, checks, UTC start) leads to, found by
# what it does, so that migrations added before or after it do not move the tests.
CHECKED = 1 + next(
    n for n, steps in enumerate(MIGRATIONS) if any(SET_ASIDE_TABLE in step for step in steps)
)


def test_bad_rows_are_skipped_when_read_and_set_aside_by_the_migration(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A version-2 file with hand-edited rows: read as it is, they are skipped and logged; the
    migration to the checked table moves them, untouched, into a kept table with the reason."""
    path = tmp_path / DB_FILENAME
    write_version(path, CHECKED - 1)  # before the rows were checked
    db = raw(path)
    for edit in BAD_EDITS:
        db.execute(V1_ROW)
        db.execute(f"UPDATE sessions SET {edit} WHERE id = last_insert_rowid()")
    db.close()
    readonly = HistoryStore.open_existing(tmp_path)
    assert readonly is not None
    with caplog.at_level(logging.WARNING, logger="footcare_gui.services.store"):
        good = readonly.sessions()
    readonly.close()
    assert [r.exercise_id for r in good] == ["heel-raises", "toe-spread"]
    skipped = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(skipped) == len(BAD_EDITS)
    assert all(str(path) in r.getMessage() for r in skipped)

    store = HistoryStore.open(tmp_path)
    assert store.sessions() == good
    store.close()
    db = raw(path)
    aside = db.execute(
        f"SELECT id, reason, pain_after, reps_done FROM {SET_ASIDE_TABLE} ORDER BY id"
    ).fetchall()
    db.close()
    assert [reason for _, reason, _, _ in aside] == list(BAD_EDITS.values())
    assert ("high", 8) in [(pain, reps) for _, _, pain, reps in aside]  # kept as it was
