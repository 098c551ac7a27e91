"""The PDF report, read back with QtPdf the way a viewer would open it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.report.pdf import ReportError, write_report
from footcare_gui.report.text import short_date
from tests.report.sample import TODAY, month_of_sessions, record


@pytest.fixture
def open_pdf(qapp: QApplication) -> Iterator:
    opened: list[QPdfDocument] = []

    def load(path: Path) -> QPdfDocument:
        assert path.read_bytes().startswith(b"%PDF")
        document = QPdfDocument(None)
        assert document.load(str(path)) == QPdfDocument.Error.None_
        opened.append(document)
        return document

    yield load
    for document in opened:
        document.close()


def all_text(document: QPdfDocument) -> str:
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    return " ".join(" ".join(page.split()) for page in pages)  # line breaks come as \r\n


def test_the_report_names_the_period_and_every_exercise(
    tmp_path: Path, catalogue: Catalogue, open_pdf
) -> None:
    path = tmp_path / "report.pdf"
    write_report(path, month_of_sessions(catalogue), catalogue, TODAY)
    document = open_pdf(path)
    text = all_text(document)
    assert "Footcare report" in text
    assert "2 November \u2013 29 November 2026" in text
    assert "4 weeks" in text
    for exercise in catalogue.exercises:
        assert exercise.name in text
    assert "twice a day" in text  # the calf stretch's dose line
    assert "Adherence" in text
    assert "All exercises" in text
    assert "first week" in text  # the pain trend
    assert "Walked 5 km yesterday" in text  # a session note
    assert document.metaData(QPdfDocument.MetaDataField.Title).startswith("Footcare report")


def test_page_one_renders(tmp_path: Path, catalogue: Catalogue, open_pdf) -> None:
    path = tmp_path / "report.pdf"
    write_report(path, month_of_sessions(catalogue), catalogue, TODAY)
    image = open_pdf(path).render(0, QSize(620, 877))
    assert not image.isNull()
    assert image.save(str(tmp_path / "page1.png"))
    # Something is printed: the page is not a blank sheet.
    colours = {image.pixel(x, y) for x in range(0, 620, 7) for y in range(0, 877, 7)}
    assert len(colours) > 10


def test_many_notes_go_on_to_more_pages_without_losing_any(
    tmp_path: Path, catalogue: Catalogue, open_pdf
) -> None:
    first = TODAY - timedelta(days=27)
    notes = [
        record(
            "toe-pulling",
            first + timedelta(days=n % 28),
            6 + n % 12,
            note=f"Note number {n:03}: " + "the ball of the foot was sore after walking. " * 3,
        )
        for n in range(90)
    ]
    path = tmp_path / "report.pdf"
    write_report(path, notes, catalogue, TODAY)
    document = open_pdf(path)
    assert document.pageCount() > 2
    text = all_text(document)
    for n in range(90):
        assert f"Note number {n:03}" in text
    assert short_date(TODAY) in text


def test_a_report_with_no_sessions_still_reads(
    tmp_path: Path, catalogue: Catalogue, open_pdf
) -> None:
    path = tmp_path / "empty.pdf"
    write_report(path, [], catalogue, TODAY, weeks=1)
    text = all_text(open_pdf(path))
    assert "23 November \u2013 29 November 2026" in text
    assert "1 week" in text
    assert "No notes in this period" in text


def test_an_unwritable_path_raises_a_clear_error(
    tmp_path: Path, catalogue: Catalogue, qapp: QApplication
) -> None:
    path = tmp_path / "no such folder" / "report.pdf"
    with pytest.raises(ReportError, match=r"Cannot write the report to .*no such folder"):
        write_report(path, [], catalogue, TODAY)
    with pytest.raises(OSError, match="Cannot write"):  # callers catching OSError get it too
        write_report(path, [], catalogue, TODAY)


def test_adherence_counts_from_the_first_recorded_day_not_before(
    tmp_path: Path, catalogue: Catalogue, open_pdf
) -> None:
    """Three days of use, every target met: 100 %, not 3 days out of 28."""
    records = [
        record(exercise.id, TODAY - timedelta(days=n), hour=8 + slot)
        for n in range(3)
        for exercise in catalogue.exercises
        for slot in range(exercise.per_day.default)
    ]
    path = tmp_path / "new-patient.pdf"
    write_report(path, records, catalogue, TODAY)
    text = all_text(open_pdf(path))
    assert "from 27 November 2026 (the start of the period, or the first day" in text
    assert "All exercises: 24 finished sessions of a target of 24 (100%)" in text


def test_the_report_gives_the_users_own_doses(
    tmp_path: Path, catalogue: Catalogue, open_pdf
) -> None:
    from dataclasses import replace

    from footcare_gui.core.plan import Dose

    toes = catalogue.get("toe-pulling")
    doses = {"toe-pulling": replace(Dose.default_for(toes), reps=40)}
    path = tmp_path / "own-doses.pdf"
    write_report(path, month_of_sessions(catalogue), catalogue, TODAY, doses=doses)
    text = all_text(open_pdf(path))
    assert "40 reps · each foot" in text
    assert "25 reps" not in text


def test_the_report_names_the_painful_foot_the_user_chose(
    tmp_path: Path, catalogue: Catalogue, open_pdf
) -> None:
    from footcare_gui.core.plan import Foot

    path = tmp_path / "left.pdf"
    write_report(path, month_of_sessions(catalogue), catalogue, TODAY, painful=Foot.LEFT)
    text = all_text(open_pdf(path))
    assert "3 sets · Rest 30 s between sets · left foot · once a day" in text
    assert "painful foot" not in text


def test_markup_in_a_note_is_printed_as_typed(
    tmp_path: Path, catalogue: Catalogue, open_pdf
) -> None:
    note = '<img src="/dev/zero"> <b>not bold</b> &amp; <a href="x">no link</a>'
    path = tmp_path / "report.pdf"
    write_report(path, [record("calf-stretch", TODAY, note=note)], catalogue, TODAY)
    text = all_text(open_pdf(path))
    for piece in ('<img src="/dev/zero">', "<b>not", "&amp;", '<a href="x">no link</a>'):
        assert piece in text  # literally: the line may break anywhere else
