"""The CSV export read back the way a spreadsheet would: with csv.reader."""

from __future__ import annotations

import csv
import io
from datetime import date

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.report.csv_export import HEADER, write_csv
from tests.report.sample import record

DAY = date(2026, 11, 3)


def export(records: list, catalogue: Catalogue) -> tuple[int, list[list[str]]]:
    out = io.StringIO(newline="")
    written = write_csv(records, catalogue, out)
    return written, list(csv.reader(io.StringIO(out.getvalue(), newline="")))


def test_header_and_one_row_per_session(catalogue: Catalogue) -> None:
    records = [
        record("calf-stretch", DAY, 8, 15, pain_before=6, pain_after=3, routine="Morning"),
        record("toe-pulling", DAY, 9, finished=False, paused_s=12.5),
    ]
    written, rows = export(records, catalogue)
    assert written == 2
    assert rows[0] == list(HEADER)
    assert rows[0][:6] == ["date", "start", "end", "exercise", "exercise name", "outcome"]
    first = dict(zip(HEADER, rows[1], strict=True))
    assert first["date"] == "2026-11-03"
    assert first["start"].startswith("2026-11-03T08:15:00+01:00")
    assert first["end"] == "2026-11-03T08:16:35+01:00"  # 95 s later
    assert first["exercise"] == "calf-stretch"
    assert first["exercise name"] == "Calf stretch"
    assert first["outcome"] == "finished"
    assert (first["pain before"], first["pain after"]) == ("6", "3")
    assert (first["feet done"], first["feet planned"]) == ("2", "2")
    assert first["routine"] == "Morning"
    second = dict(zip(HEADER, rows[2], strict=True))
    assert second["outcome"] == "partly done"  # 3 of 8 reps
    assert second["paused seconds"] == "12.5"
    assert (second["pain before"], second["pain after"], second["note"]) == ("", "", "")


def test_notes_with_commas_quotes_newlines_and_unicode_survive(catalogue: Catalogue) -> None:
    note = 'Sore, then "better"\nSecond line: Fußballen schmerzt — 痛い 🦶'
    written, rows = export([record("ankle-flexion", DAY, note=note)], catalogue)
    assert written == 1
    assert len(rows) == 2  # the note's line break stays inside its quoted field
    assert rows[1][HEADER.index("note")] == note


def test_an_exercise_gone_from_the_catalogue_exports_under_its_id(catalogue: Catalogue) -> None:
    _, rows = export([record("heel-raise-retired", DAY)], catalogue)
    assert rows[1][3:5] == ["heel-raise-retired", "heel-raise-retired"]


def test_no_records_gives_just_the_header(catalogue: Catalogue) -> None:
    assert export([], catalogue) == (0, [list(HEADER)])


def test_formulas_in_text_cells_are_neutralised_and_numbers_are_not(catalogue: Catalogue) -> None:
    hostile = [
        '=HYPERLINK("https://example.invalid","click")',
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tTabbed",
        "\rReturn",
    ]
    records = [
        record("calf-stretch", DAY, note=text, routine=text, paused_s=0.0) for text in hostile
    ]
    _, rows = export(records, catalogue)
    for text, row in zip(hostile, rows[1:], strict=True):
        cells = dict(zip(HEADER, row, strict=True))
        assert cells["note"] == "'" + text
        assert cells["routine"] == "'" + text
        assert cells["active seconds"] == "95.0"  # numbers stay numbers
    _, rows = export([record("calf-stretch", DAY, note="Felt fine = good")], catalogue)
    assert rows[1][HEADER.index("note")] == "Felt fine = good"  # only a leading sign counts


OLD_HEADER = [
    "date", "start", "end", "exercise", "exercise name", "outcome", "active seconds",
    "paused seconds", "reps done", "reps planned", "sets done", "sets planned", "feet done",
    "feet planned", "pain before", "pain after", "note", "routine",
]  # fmt: skip


def test_the_outcome_columns_come_after_the_old_ones_unchanged(catalogue: Catalogue) -> None:
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from footcare_gui.core.outcomes import MorningCheck, Outcomes, SessionFeedback

    stopped = replace(record("toe-pulling", DAY, 9, finished=False), id=7)
    other_day = replace(record("calf-stretch", date(2026, 11, 4), 9), id=8)
    at = datetime(2026, 11, 3, 7, tzinfo=timezone(timedelta(hours=1)))
    outcomes = Outcomes(
        morning=[MorningCheck(DAY, 4, at)],
        feedback={7: SessionFeedback(7, "too_hard", "other", "Phone rang")},
    )
    out = io.StringIO(newline="")
    write_csv([stopped, other_day], catalogue, out, outcomes)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0][:18] == OLD_HEADER
    assert rows[0][18:] == ["difficulty", "stop reason", "stop reason text", "morning pain"]
    assert rows[1][18:] == ["too hard", "other", "Phone rang", "4"]
    assert rows[2][18:] == ["", "", "", ""]
    assert rows[1][:18] == export([stopped], catalogue)[1][1][:18]
