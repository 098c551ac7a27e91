"""How big is the PDF report, and what do its charts cost? (issue 13: under 150 KB for 4 weeks)

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/report_size.py

For 4 and 12 weeks of simulated history (every exercise at its daily target on most days), the
report as written, side by side with a reference from the same run: the same report with its
charts left blank, so the difference is what the charts (painted as vectors) cost. Before issue
13 the charts were JPEG images: about 600 KB for 4 weeks.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from unittest import mock

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from footcare_gui.report import pdf  # noqa: E402
from footcare_gui.services.catalogue_file import load_catalogue  # noqa: E402
from scripts.demo_data import simulated_sessions  # noqa: E402

TODAY = date(2026, 11, 29)


def _paint_nothing(*_args: object) -> None:
    """A chart left blank: the reference."""


def size(weeks: int, blank_charts: bool) -> int:
    catalogue = load_catalogue()
    zone = datetime.combine(TODAY, time()).astimezone().tzinfo
    records = simulated_sessions(catalogue, TODAY, 7 * weeks, zone)
    path = Path(tempfile.mkdtemp()) / "report.pdf"
    if blank_charts:
        with mock.patch.object(pdf._ChartObject, "drawObject", _paint_nothing):
            pdf.write_report(path, records, catalogue, TODAY, weeks)
    else:
        pdf.write_report(path, records, catalogue, TODAY, weeks)
    return path.stat().st_size


def main() -> None:
    app = QApplication.instance() or QApplication(["bench", "-platform", "offscreen"])
    print(f"{'weeks':>5}  {'report':>10}  {'charts blank':>12}  {'charts cost':>11}")
    for weeks in (4, 12):
        full, blank = size(weeks, False), size(weeks, True)
        print(f"{weeks:>5}  {full / 1000:>8.1f} KB  {blank / 1000:>9.1f} KB  "
              f"{(full - blank) / 1000:>8.1f} KB")  # fmt: skip
    del app


if __name__ == "__main__":
    main()
