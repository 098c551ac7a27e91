"""The report read by outside tools, as a clinician's PDF reader would (issue 13 part 5):
pdftotext and pdfinfo (poppler-utils, installed by scripts/setup.sh)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.report.pdf import write_report
from footcare_gui.services.settings import Settings
from tests.report.sample import TODAY, month_of_sessions
from tests.test_cli_history import ROOT, fill

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (scripts/setup.sh)"
)
LIGATURES = re.compile("[\ufb00-\ufb06]")
REPORT_LIMIT_BYTES = 150_000  # 4 weeks of history; the charts were 617 KB of JPEG before


def poppler(tool: str, *args: str) -> str:
    done = subprocess.run([tool, *args], capture_output=True, text=True, timeout=60, check=True)
    assert "Error" not in done.stderr, done.stderr
    return done.stdout


@pytest.fixture
def month_report(qapp: QApplication, tmp_path: Path, catalogue: Catalogue) -> Path:
    path = tmp_path / "report.pdf"
    write_report(path, month_of_sessions(catalogue), catalogue, TODAY)
    return path


def test_every_exercise_name_and_finished_are_plain_words(
    month_report: Path, catalogue: Catalogue
) -> None:
    text = poppler("pdftotext", str(month_report), "-")
    assert not LIGATURES.findall(text)
    words = set(re.findall(r"\w+", text))
    assert "finished" in words
    for exercise in catalogue.exercises:
        assert exercise.name in " ".join(text.split()), exercise.name
    assert text.count("flexion") == 1 + 1  # the dose table and the adherence table


def test_the_charts_are_text_and_vectors_and_the_file_is_small(month_report: Path) -> None:
    text = " ".join(poppler("pdftotext", str(month_report), "-").split())
    assert "Finished sessions per day" in text  # the charts' titles and axes are text
    assert "Pain before and after sessions" in text
    assert "Target 8 a day" in text
    images = poppler("pdfimages", "-list", str(month_report)).splitlines()[2:]
    assert images == []  # no picture of a chart
    assert month_report.stat().st_size < REPORT_LIMIT_BYTES


def test_the_report_says_who_made_it_and_what_it_is_about(month_report: Path) -> None:
    info = dict(line.split(":", 1) for line in poppler("pdfinfo", str(month_report)).splitlines())
    assert info["Author"].strip() == "Footcare"
    assert info["Creator"].strip().startswith("Footcare ")
    assert info["Subject"].strip().startswith("Foot-rehabilitation exercises from 2 November")
    assert info["Title"].strip().startswith("Footcare report")


@pytest.mark.parametrize("mode", [(), ("-raw",), ("-layout",)])
def test_the_total_reads_label_first(month_report: Path, mode: tuple[str, ...]) -> None:
    """In every order a reader may take the text in, the label comes before the totals (as a
    table row, pdftotext read them the other way round)."""
    text = " ".join(poppler("pdftotext", *mode, str(month_report), "-").split())
    assert "All exercises: 195 finished sessions of a target of 224 (87%); 4 partly done" in text


def test_the_adherence_table_lists_partly_done_sessions_apart(month_report: Path) -> None:
    text = " ".join(poppler("pdftotext", "-layout", str(month_report), "-").split())
    assert "Partly done" in text
    assert "Toe pulling 75 84 89% 4 (12/32 reps)" in text
    assert "finished (every planned rep done)" in text


def cli_report(tmp_path: Path, *args: str) -> str:
    target = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "LANGUAGE")}
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # the system's language: English
    done = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--data-dir", str(tmp_path / "data"),
         "--report", str(target), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return " ".join(poppler("pdftotext", str(target), "-").split())


def test_the_command_line_report_is_in_the_apps_language_or_the_one_asked_for(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    fill(tmp_path / "data", catalogue)
    assert "Footcare report" in cli_report(tmp_path)
    assert "Footcare-Bericht" in cli_report(tmp_path, "--language", "de")
    settings = Settings()
    settings.language = "de"  # what the user chose in Preferences
    assert settings.sync()
    assert "Footcare-Bericht" in cli_report(tmp_path)
    assert "Footcare report" in cli_report(tmp_path, "--language", "en")


def test_the_dose_table_gives_every_value_and_marks_those_out_of_range(
    qapp: QApplication, tmp_path: Path, catalogue: Catalogue
) -> None:
    from dataclasses import replace

    from footcare_gui.core.plan import Dose

    extension = catalogue.get("ankle-extension")
    doses = {"ankle-extension": replace(Dose.default_for(extension), phase_seconds=(60, 10))}
    path = tmp_path / "report.pdf"
    write_report(path, month_of_sessions(catalogue), catalogue, TODAY, doses=doses)
    text = " ".join(poppler("pdftotext", "-layout", str(path), "-").split())
    assert (
        "Pull the toes back: 60 s (\u26a0 source 5\u201310 s) · Relax: 10 s · 8 reps × 3 sets"
        " · Rest 30 s between sets · painful foot · once a day"
    ) in text
    assert "Hold the stretch: 30 s · 1 rep · each foot · twice a day" in text  # the default
    assert "marks a value outside the suggested range" in text
