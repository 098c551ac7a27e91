"""Renders page 1 of a PDF report to PNG, headless, for the README or a review note.

.venv/bin/python scripts/render_report_png.py report.pdf page1.png [width-in-pixels]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts: no screen needed

from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument


def render_first_page(pdf: Path, png: Path, width: int = 1240) -> None:
    document = QPdfDocument(None)
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise SystemExit(f"{pdf}: cannot read it as a PDF ({error.name})")
    page: QSizeF = document.pagePointSize(0)
    size = QSize(width, round(width * page.height() / page.width()))
    image = document.render(0, size)
    document.close()
    if image.isNull() or not image.save(str(png)):
        raise SystemExit(f"{png}: cannot write the image")


def main(argv: list[str]) -> None:
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    _app = QGuiApplication([])  # QPdfDocument renders with Qt's fonts and painting
    render_first_page(Path(argv[0]), Path(argv[1]), int(argv[2]) if len(argv) == 3 else 1240)


if __name__ == "__main__":
    main(sys.argv[1:])
