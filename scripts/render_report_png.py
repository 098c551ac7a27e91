"""Renders a page of a PDF report to PNG, headless, for the README or a review note.

.venv/bin/python scripts/render_report_png.py report.pdf page1.png [width-in-pixels [page]]

page: 1 (the default) for the first, "last" for the last (the outcomes page).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts: no screen needed

from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument


def render_page(pdf: Path, png: Path, width: int = 1240, page: str = "1") -> None:
    document = QPdfDocument(None)
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise SystemExit(f"{pdf}: cannot read it as a PDF ({error.name})")
    index = document.pageCount() - 1 if page == "last" else int(page) - 1
    if not 0 <= index < document.pageCount():
        raise SystemExit(f"{pdf}: has no page {page} (it has {document.pageCount()})")
    size_pt: QSizeF = document.pagePointSize(index)
    size = QSize(width, round(width * size_pt.height() / size_pt.width()))
    image = document.render(index, size)
    document.close()
    if image.isNull() or not image.save(str(png)):
        raise SystemExit(f"{png}: cannot write the image")


def main(argv: list[str]) -> None:
    if len(argv) not in (2, 3, 4):
        raise SystemExit(__doc__)
    _app = QGuiApplication([])  # QPdfDocument renders with Qt's fonts and painting
    width = int(argv[2]) if len(argv) >= 3 else 1240
    render_page(Path(argv[0]), Path(argv[1]), width, argv[3] if len(argv) == 4 else "1")


if __name__ == "__main__":
    main(sys.argv[1:])
