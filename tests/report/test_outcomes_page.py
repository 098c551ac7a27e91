"""The report's outcomes page, read back from outside Qt with poppler's pdftotext and pdfimages:
its own page, the figures as extractable text, and no pictures (so black and white loses
nothing)."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.outcomes import (
    Goal,
    GoalRating,
    MissedDay,
    MorningCheck,
    Outcomes,
    SessionFeedback,
)
from footcare_gui.report.pdf import write_report
from tests.report.sample import TODAY, berlin, month_of_sessions


def sample_outcomes(records: list) -> tuple[list, Outcomes]:
    records = [r.__class__(**{**r.__dict__, "id": n + 1}) for n, r in enumerate(records)]
    first = TODAY - timedelta(days=27)
    morning = []
    for n in range(28):
        day = first + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 7, 10, tzinfo=berlin())
        morning.append(MorningCheck(day, 6 if n < 7 else 3, at))
    start = datetime(first.year, first.month, first.day, 9, tzinfo=berlin())
    goals = [Goal(1, "Walking to the shops", start), Goal(2, "Standing at work", start)]
    ratings = [GoalRating(1, start, 3), GoalRating(2, start, 5)]
    ratings += [
        GoalRating(1, start + timedelta(days=21), 6),
        GoalRating(2, start + timedelta(days=21), 6),
    ]
    stopped = [r for r in records if not r.finished]
    feedback = {r.id: SessionFeedback(r.id, "about_right") for r in records[:10]}
    for r in stopped[:2]:
        feedback[r.id] = SessionFeedback(r.id, "too_hard", "pain")
    missed = [
        MissedDay(first + timedelta(days=4), "no_time"),
        MissedDay(first + timedelta(days=13), "forgot"),
    ]
    return records, Outcomes(morning, goals, ratings, feedback, missed)


@pytest.fixture
def report(tmp_path: Path, catalogue: Catalogue, qapp: QApplication) -> Path:
    records, outcomes = sample_outcomes(month_of_sessions(catalogue))
    path = tmp_path / "report.pdf"
    write_report(path, records, catalogue, TODAY, 4, None, outcomes)
    return path


def pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    # NFKC: a ligature ("ﬁ") reads as its letters, as a search in a PDF reader finds it.
    return unicodedata.normalize("NFKC", text).split("\f")


def test_the_outcomes_page_is_a_page_of_its_own_with_every_table(report: Path) -> None:
    texts = pages(report)
    (index,) = [n for n, page in enumerate(texts) if "beside the sessions" in page]
    assert texts[index].lstrip().startswith("Outcomes")  # at the top of its own page
    page = " ".join(" ".join(texts[index:]).split())
    assert "Outcomes" not in " ".join(texts[:index])
    assert "Morning pain on the first steps (0-10)" in page
    assert "Change: 6 in the first week, 3 in the latest (−3): meaningful improvement." in page  # noqa: RUF001
    assert "a fall of 2 points or 30 % from the first week" in page
    assert "Salaffi F et al., Eur J Pain 2004" in page
    assert "Walking to the shops 3 6 +3 meaningful improvement" in page
    assert "Standing at work 5 6 +1 no meaningful change" in page
    assert "Stratford P et al., Physiother Can 1995" in page
    assert "No time 0 1" in page
    assert "Forgot 0 1" in page
    assert "Pain 2 0" in page
    assert "Easy About right Too hard 0 10 2" in page


def test_the_outcomes_page_has_no_pictures_only_text(report: Path) -> None:
    count = len(pages(report)) - 1  # a form feed ends every page
    listing = subprocess.run(
        ["pdfimages", "-list", "-f", str(count), "-l", str(count), str(report)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert listing.strip().splitlines()[2:] == []  # the header only


def test_without_outcomes_there_is_no_outcomes_page(
    tmp_path: Path, catalogue: Catalogue, qapp: QApplication
) -> None:
    path = tmp_path / "plain.pdf"
    write_report(path, month_of_sessions(catalogue), catalogue, TODAY)
    assert "Outcomes" not in "".join(pages(path))
