"""Session records as CSV, one row a session, for a spreadsheet or the clinician's own tools.

Deliberately not translated: the header, the outcome words and the exercise names stay English
in every language, so a script or a spreadsheet formula reading the file keeps working whatever
language the app runs in. The PDF report is the one for reading.

Text cells (the exercise, its name, the note, the routine) that begin with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return get a leading ``'``, as spreadsheets expect: a note typed as
``=HYPERLINK(...)`` or a routine name from a shared file is then shown, never run as a formula.
Numeric columns are written as numbers, untouched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TextIO

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.outcomes import Outcomes

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
    # Outcomes (docs/fhir-export.md lists every column); new ones only ever go at the end.
    "difficulty",
    "stop reason",
    "stop reason text",
    "morning pain",
)
# The outcome words are SessionOutcome's values: "finished", "partly done", "nothing done".
DIFFICULTY_WORDS = {"easy": "easy", "about_right": "about right", "too_hard": "too hard"}
REASON_WORDS = {
    "no_time": "no time",
    "pain": "pain",
    "forgot": "forgot",
    "unwell": "felt unwell",
    "other": "other",
}


def _english_name(catalogue: Catalogue, exercise_id: str) -> str:
    try:
        return catalogue.get(exercise_id).name
    except KeyError:
        return exercise_id


def _seconds(value: float) -> str:
    return f"{value:.1f}"  # tenths: finer is timer noise, coarser loses short pauses


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str) -> str:
    """Free text as a spreadsheet shows it and never evaluates it (see the module's notes)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _rating(value: int | None) -> str:
    return "" if value is None else str(value)


def row(record: SessionRecord, catalogue: Catalogue, outcomes: Outcomes | None = None) -> list[str]:
    outcomes = outcomes or Outcomes()
    feedback = outcomes.feedback.get(record.id) if record.id is not None else None
    morning = next((c.pain for c in outcomes.morning if c.day == record.day), None)
    return [
        record.day.isoformat(),
        record.started_at.isoformat(timespec="seconds"),
        record.ended_at.isoformat(timespec="seconds"),
        text_cell(record.exercise_id),
        text_cell(_english_name(catalogue, record.exercise_id)),
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
        text_cell(record.note),
        text_cell(record.routine),
        DIFFICULTY_WORDS.get(feedback.difficulty or "", "") if feedback else "",
        REASON_WORDS.get(feedback.reason or "", "") if feedback else "",
        text_cell(feedback.reason_text) if feedback else "",
        _rating(morning),
    ]


def csv_bytes(
    records: Iterable[SessionRecord], catalogue: Catalogue, outcomes: Outcomes | None = None
) -> tuple[bytes, int]:
    """The whole file as UTF-8, for writing in one go (services/export_file.py), and its rows."""
    out = io.StringIO(newline="")
    count = write_csv(records, catalogue, out, outcomes)
    return out.getvalue().encode("utf-8"), count


def write_csv(
    records: Iterable[SessionRecord],
    catalogue: Catalogue,
    out: TextIO,
    outcomes: Outcomes | None = None,
) -> int:
    """Writes a header and a row per record, in the order given; returns the rows written.

    `out` should be opened with newline="" (as the csv module asks), so a note's own line
    breaks survive inside its quoted field.
    """
    writer = csv.writer(out)
    writer.writerow(HEADER)
    count = 0
    for record in records:
        writer.writerow(row(record, catalogue, outcomes))
        count += 1
    return count
