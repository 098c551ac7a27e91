"""Session records as CSV, one row a session, for a spreadsheet or the clinician's own tools.

Deliberately not translated: the header, the outcome words and the exercise names stay English
in every language, so a script or a spreadsheet formula reading the file keeps working whatever
language the app runs in. The PDF report is the one for reading.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord

HEADER = (
    "date",
    "start",
    "end",
    "exercise",
    "exercise name",
    "outcome",
    "active seconds",
    "paused seconds",
    "reps done",
    "reps planned",
    "sets done",
    "sets planned",
    "feet done",
    "feet planned",
    "pain before",
    "pain after",
    "note",
    "routine",
)
# The outcome words are SessionOutcome's values: "finished", "partly done", "nothing done".


def _english_name(catalogue: Catalogue, exercise_id: str) -> str:
    try:
        return catalogue.get(exercise_id).name
    except KeyError:
        return exercise_id


def _seconds(value: float) -> str:
    return f"{value:.1f}"  # tenths: finer is timer noise, coarser loses short pauses


def _rating(value: int | None) -> str:
    return "" if value is None else str(value)


def row(record: SessionRecord, catalogue: Catalogue) -> list[str]:
    return [
        record.day.isoformat(),
        record.started_at.isoformat(timespec="seconds"),
        record.ended_at.isoformat(timespec="seconds"),
        record.exercise_id,
        _english_name(catalogue, record.exercise_id),
        record.outcome.value,
        _seconds(record.active_s),
        _seconds(record.paused_s),
        str(record.reps_done),
        str(record.reps_planned),
        str(record.sets_done),
        str(record.sets_planned),
        str(record.sides_done),
        str(record.sides_planned),
        _rating(record.pain_before),
        _rating(record.pain_after),
        record.note,
        record.routine,
    ]


def write_csv(records: Iterable[SessionRecord], catalogue: Catalogue, out: TextIO) -> int:
    """Writes a header and a row per record, in the order given; returns the rows written.

    `out` should be opened with newline="" (as the csv module asks), so a note's own line
    breaks survive inside its quoted field.
    """
    writer = csv.writer(out)
    writer.writerow(HEADER)
    count = 0
    for record in records:
        writer.writerow(row(record, catalogue))
        count += 1
    return count
