"""The history guards itself (issue 13 parts 1 and 6), checked with the sqlite3 command line."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from footcare_gui.services.store import DB_FILENAME, HistoryStore
from tests.services.test_store import CHECKED, V1_ROW, make, raw, write_version

SQLITE3 = shutil.which("sqlite3")
needs_cli = pytest.mark.skipif(
    SQLITE3 is None, reason="the sqlite3 command line (scripts/setup.sh)"
)


def sqlite3_cli(path: Path, sql: str) -> subprocess.CompletedProcess[str]:
    assert SQLITE3 is not None
    return subprocess.run(
        [SQLITE3, "-batch", str(path), sql], capture_output=True, text=True, timeout=30
    )


@pytest.mark.parametrize("version", range(1, CHECKED))
def test_the_migration_recomputes_the_outcome_and_changes_nothing_else(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / DB_FILENAME
    write_version(path, version)
    db = raw(path)
    # Saved as "finished" by the old rule: 0 of 24 reps (skipped through), and one truly done.
    db.execute(V1_ROW.replace("8, 10, 2, 3, 1, 2, 0", "0, 24, 0, 3, 0, 2, 1"))
    db.execute(V1_ROW.replace("8, 10, 2, 3, 1, 2, 0", "10, 10, 3, 3, 2, 2, 1"))
    before = db.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    db.close()
    store = HistoryStore.open(tmp_path)
    records = store.sessions()
    store.close()
    assert [(r.reps_done, r.finished) for r in records] == [
        (8, False),
        (8, False),
        (0, False),
        (10, True),
    ]
    db = raw(path)
    after = db.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    names = [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
    db.close()
    finished = names.index("finished")
    for old, new in zip(before, after, strict=True):
        kept = [value for n, value in enumerate(new[: len(old)]) if n != finished]
        assert kept == [value for n, value in enumerate(old) if n != finished]
    assert [row[finished] for row in after] == [0, 0, 0, 1]


@needs_cli
@pytest.mark.parametrize(
    "change",
    [
        "pain_after = 'high'",
        "pain_before = 11",
        "reps_done = reps_planned + 1",
        "sets_done = -1",
        "finished = 2",
        "finished = 1 - finished",  # against what the reps say
        "started_at = 'yesterday'",
        # Dates SQLite would quietly roll over (to 2 March, to the next day) but Python cannot
        # read: accepted, they would be skipped with a warning on every read.
        "started_at = '2026-02-30T09:00:00+00:00', day = '2026-02-30'",
        "ended_at = '2026-11-02T24:00:00+00:00'",
    ],
)
def test_the_database_refuses_a_row_that_breaks_a_rule(tmp_path: Path, change: str) -> None:
    store = HistoryStore.open(tmp_path)
    store.add(make(datetime(2026, 11, 2, 9, tzinfo=UTC)))
    store.close()
    path = tmp_path / DB_FILENAME
    done = sqlite3_cli(path, f"UPDATE sessions SET {change};")
    assert done.returncode != 0
    assert "CHECK constraint failed" in done.stderr
    assert sqlite3_cli(path, "SELECT count(*) FROM sessions;").stdout.strip() == "1"


@needs_cli
def test_sessions_are_in_time_order_across_time_zones(tmp_path: Path) -> None:
    tokyo, new_york = timezone(timedelta(hours=9)), timezone(timedelta(hours=-5))
    store = HistoryStore.open(tmp_path)
    # Local text says 08:00 (Tokyo) is before 20:00 (New York the day before), but Tokyo's
    # 08:00 on the 2nd is 23:00 UTC on the 1st, and New York's 20:00 on the 1st is 01:00 UTC
    # on the 2nd: Tokyo came first.
    first = store.add(make(datetime(2026, 11, 2, 8, tzinfo=tokyo), exercise_id="a"))
    second = store.add(make(datetime(2026, 11, 1, 20, tzinfo=new_york), exercise_id="b"))
    assert store.sessions() == [first, second]
    store.close()
    path = tmp_path / DB_FILENAME
    listed = sqlite3_cli(
        path, "SELECT exercise_id, started_utc FROM sessions ORDER BY started_utc;"
    )
    assert listed.stdout.split() == ["a|2026-11-01T23:00:00.000Z", "b|2026-11-02T01:00:00.000Z"]


def test_a_row_breaking_a_rule_cannot_be_saved_from_python_either(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path)
    store.close()
    db = sqlite3.connect(tmp_path / DB_FILENAME)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(
            V1_ROW.replace("pain_after, note)", "pain_after, note, started_utc)")
            .replace("3, NULL,", "3, 'high',")
            .replace("'old ✓')", "'old ✓', '2024-01-05T22:50:00.000Z')")
        )
    db.close()


def test_the_migration_never_hands_out_a_deleted_id_again(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    write_version(path, CHECKED - 1)  # ids 1 and 2
    db = raw(path)
    db.execute(V1_ROW)  # id 3
    db.execute("DELETE FROM sessions WHERE id = 3")  # deleted: undo may want it back
    db.close()
    store = HistoryStore.open(tmp_path)
    new = store.add(make(datetime(2026, 11, 2, 9, tzinfo=UTC)))
    store.close()
    assert new.id == 4
