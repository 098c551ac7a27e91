"""The exercise sheet, read from outside Qt with poppler's tools: every exercise with the user's
own dose, position, steps and caution as searchable text (no ligatures), its pictures as
vectors, five exercises on at most two A4 pages, in the user's language."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from footcare_gui.cli import main
from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.plan import Dose
from footcare_gui.report.handout import handout_items, write_handout
from footcare_gui.report.pdf import ReportError
from footcare_gui.services import translations as i18n
from footcare_gui.services.figures import figures_for
from footcare_gui.ui.style import safety_note

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (scripts/setup.sh)"
)
TODAY = date(2026, 11, 30)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())  # lines joined: wrapping is the layout's business


def pdf_pages(path: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    size = re.search(r"Page size:\s+(.*)", info.stdout).group(1)  # type: ignore[union-attr]
    return pages, size


def test_the_sheet_gives_every_exercise_with_the_users_own_dose_in_order(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    toe = catalogue.get("toe-pulling")
    doses = {toe.id: replace(Dose.default_for(toe), reps=40)}
    order = list(reversed(catalogue.exercises))
    target = tmp_path / "sheet.pdf"
    write_handout(target, handout_items(order, doses, figures_for(catalogue)), "Morning", TODAY)
    text = pdf_text(target)
    pages, size = pdf_pages(target)
    assert pages <= 2
    assert "A4" in size
    assert "Home exercise programme" in text
    assert "Morning" in text
    assert " ".join(safety_note().split()) in text
    positions = [text.index(f"{number}. {e.name}") for number, e in enumerate(order, start=1)]
    assert positions == sorted(positions)
    assert "40 reps · Each foot" in text  # the user's dose, not the catalogue's 25
    for exercise in catalogue.exercises:
        for part in (exercise.position, *exercise.steps, exercise.caution):
            assert " ".join(part.split()) in text, part
    assert "Starting position" in text
    assert "Steps 2 to 4" in text  # the calf stretch's picture captions
    for ligature in ("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04"):
        assert ligature not in text
    assert "flat on the wall" in text  # "fl" as two letters, findable


def test_a_dose_outside_its_range_is_marked_with_the_range_as_everywhere(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    """Issue 13: the user's own dose, every value outside the source's range marked the same way
    wherever a dose is shown; the sheet said "Pull the toes back: 60 s" with no mark."""
    extension = catalogue.get("ankle-extension")
    doses = {extension.id: replace(Dose.default_for(extension), phase_seconds=(60, 10))}
    target = tmp_path / "sheet.pdf"
    write_handout(target, handout_items(catalogue.exercises, doses, {}), "Morning", TODAY)
    text = pdf_text(target)
    assert "Pull the toes back: 60 s (\u26a0 source 5\u201310 s) · Relax: 10 s" in text
    assert text.count("\u26a0") == 2  # the value's mark, and the key saying what it means
    assert "marks a value outside the suggested range" in text
    plain = tmp_path / "plain.pdf"
    write_handout(plain, handout_items(catalogue.exercises, {}, {}), "Morning", TODAY)
    assert "\u26a0" not in pdf_text(plain)  # the catalogue's doses: nothing to mark, no key


def test_the_pictures_are_vectors_not_images(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    target = tmp_path / "sheet.pdf"
    items = handout_items(catalogue.exercises, {}, figures_for(catalogue))
    write_handout(target, items, "My routine", TODAY)
    listed = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(listed) == 2  # the header lines alone: not one bitmap in the file
    assert target.stat().st_size < 400_000
    without = tmp_path / "plain.pdf"
    write_handout(without, handout_items(catalogue.exercises, {}, {}), "My routine", TODAY)
    assert target.stat().st_size > without.stat().st_size + 20_000  # the pictures are there
    assert "Starting position:" in pdf_text(without)  # a catalogue without pictures still works


def test_the_sheet_is_in_the_users_language(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    assert i18n.install_translations(qapp, "de") == "de"
    try:
        target = tmp_path / "blatt.pdf"
        items = handout_items(catalogue.exercises, {}, figures_for(catalogue))
        write_handout(target, items, "Morgens", TODAY)
        text = pdf_text(target)
        assert "Heimübungsprogramm" in text
        assert localized(catalogue.get("calf-stretch")).name in text
        assert localized(catalogue.get("calf-stretch")).name != "Calf stretch"
        assert "Ausgangsstellung" in text
    finally:
        i18n.install_translations(qapp, "en")


def test_an_unwritable_target_is_refused_and_nothing_is_left(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    folder = tmp_path / "missing"
    with pytest.raises(ReportError, match=r"exercise sheet.*missing"):
        write_handout(folder / "sheet.pdf", handout_items(catalogue.exercises, {}, {}), "R", TODAY)
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_writes_the_routines_sheet(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sheet.pdf"
    assert main(["--handout", str(target)]) == 0
    assert "My routine" in capsys.readouterr().err
    assert "5. Toe pulling" in pdf_text(target)
    assert main(["--handout", str(target), "--routine", "Evening"]) == 2
    assert "no routine 'Evening'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--routine", "My routine"])  # --routine goes with --handout


def test_the_sheet_never_goes_over_footcares_own_files(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    history = data / "history.sqlite3"
    history.write_bytes(b"SQLite format 3\x00")
    items = handout_items(catalogue.exercises, {}, {})
    with pytest.raises(ReportError, match="data folder"):
        write_handout(history, items, "R", TODAY, data_folder=data)
    assert history.read_bytes() == b"SQLite format 3\x00"
    assert main(["--handout", str(history), "--data-dir", str(data)]) == 1
    assert "data folder" in capsys.readouterr().err
    assert history.read_bytes() == b"SQLite format 3\x00"


def test_the_command_line_sheet_is_in_the_language_asked_for(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    target = tmp_path / "blatt.pdf"
    assert main(["--handout", str(target), "--language", "de"]) == 0
    text = pdf_text(target)
    assert "Heimübungsprogramm" in text
    assert "Wadendehnung" in text
    assert i18n.install_translations(qapp, "en") == "en"  # the app's language again
