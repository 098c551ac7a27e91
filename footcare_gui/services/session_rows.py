"""A session record as a row of the history's sessions table, and back (services/store.py)."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime
from typing import Any

from footcare_gui.core.history import RecordError, SessionRecord

FIELDS = tuple(f.name for f in dataclasses.fields(SessionRecord) if f.name != "id")
COLUMNS = (*FIELDS, "day", "started_utc")
# Enough to read a file of any version from 1 up, including newer ones that kept these.
NEEDED = frozenset(COLUMNS) - {"routine", "started_utc"}

INSERT = (
    f"INSERT INTO sessions (id, {', '.join(COLUMNS)}) "
    f"VALUES (:id, {', '.join(':' + name for name in COLUMNS)})"
)
UPDATE = f"UPDATE sessions SET {', '.join(f'{name} = :{name}' for name in COLUMNS)} WHERE id = :id"


def encode(record: SessionRecord, record_id: int | None) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in FIELDS}
    values.update(
        id=record_id,
        started_at=record.started_at.isoformat(),
        ended_at=record.ended_at.isoformat(),
        finished=int(record.finished),
        day=record.day.isoformat(),
        started_utc=utc_text(record.started_at),
    )
    return values


def utc_text(moment: datetime) -> str:
    """The UTC text stored beside the local start, as SQLite's strftime writes it."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def decode(row: sqlite3.Row) -> SessionRecord:
    """The record a row holds; ValueError or TypeError when it is not a valid one."""
    record = SessionRecord(
        exercise_id=_typed(row["exercise_id"], str),
        started_at=datetime.fromisoformat(_typed(row["started_at"], str)),
        ended_at=datetime.fromisoformat(_typed(row["ended_at"], str)),
        active_s=float(_typed(row["active_s"], float, int)),
        paused_s=float(_typed(row["paused_s"], float, int)),
        reps_done=_typed(row["reps_done"], int),
        reps_planned=_typed(row["reps_planned"], int),
        sets_done=_typed(row["sets_done"], int),
        sets_planned=_typed(row["sets_planned"], int),
        sides_done=_typed(row["sides_done"], int),
        sides_planned=_typed(row["sides_planned"], int),
        finished=bool(_typed(row["finished"], int)),
        pain_before=_typed(row["pain_before"], int, type(None)),
        pain_after=_typed(row["pain_after"], int, type(None)),
        note=_typed(row["note"], str),
        # keys(): `in` on a Row looks at the values
        routine=_typed(row["routine"], str) if "routine" in row.keys() else "",  # noqa: SIM118
        id=row["id"],
    )
    if row["day"] != record.day.isoformat():
        raise RecordError(f"day {row['day']!r} is not the day started_at falls on")
    if row["finished"] not in (0, 1):
        raise RecordError(f"finished is {row['finished']!r}, not 0 or 1")
    for part in ("reps", "sets", "sides"):
        done, planned = row[f"{part}_done"], row[f"{part}_planned"]
        if not 0 <= done <= planned:
            raise RecordError(f"{part} done ({done}) is not 0 to {planned}")
    return record


def _typed(value: Any, *types: type) -> Any:
    # SQLite keeps whatever was written; a hand-edited "3" must not become a count silently.
    if type(value) not in types:
        raise TypeError(f"unexpected value {value!r}")
    return value
