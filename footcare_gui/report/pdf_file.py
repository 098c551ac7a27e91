"""The report's PDF file: the document printed to PDF bytes in memory (A4, 300 dpi, title
and author), a Subject added to its information, and the bytes written in one go through the
one export writer, so a failed write leaves no half file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from footcare_gui import __version__
from footcare_gui.report.pdf_sections import PdfText
from footcare_gui.services.export_file import write_export

RESOLUTION_DPI = 300


class ReportError(OSError):
    """The report could not be written; the message names the file and the reason."""


def pdf_bytes(document: QTextDocument, title: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setAuthor("Footcare")
    writer.setCreator(f"Footcare {__version__}")
    document.print_(writer)  # lays out for the page, breaks pages, numbers them
    del writer  # the PDF is finished when the writer goes
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.startswith(b"%PDF"):
        raise ReportError("Qt made no PDF (is there a QGuiApplication?)")
    return data


def with_subject(data: bytes, subject: str) -> bytes:
    """The PDF with a Subject in its document information (QPdfWriter has no setter for one),
    added as an incremental update: the original bytes are kept and a new information
    dictionary, cross-reference section and trailer are appended. Unchanged if Qt's PDF is
    not laid out as expected."""
    info = re.search(rb"\n(\d+) 0 obj\n(<<\n/Title .*?)>>\nendobj", data, re.DOTALL)
    trailer = re.search(
        rb"trailer\n<<\n/Size (\d+) \n/Info (\d+) 0 R\n/Root (\d+) 0 R\n(/ID [^\n]*)\n>>\n"
        rb"startxref\n(\d+) ?\n%%EOF\s*$",
        data,
    )
    if info is None or trailer is None or info.group(1) != trailer.group(2):
        return data
    number = int(info.group(1))
    encoded = "<" + ("\ufeff" + subject).encode("utf-16-be").hex().upper() + ">"
    obj = (
        f"{number} 0 obj\n".encode() + info.group(2) + f"/Subject {encoded}\n>>\nendobj\n".encode()
    )
    start = len(data) + (0 if data.endswith(b"\n") else 1)
    xref_at = start + len(obj)
    size, root, ids, previous = (trailer.group(i).decode() for i in (1, 3, 4, 5))
    tail = (
        f"xref\n{number} 1\n{start:010d} 00000 n \ntrailer\n<<\n/Size {size}\n"
        f"/Info {number} 0 R\n/Root {root} 0 R\n{ids}\n/Prev {previous}\n>>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    )
    return data + (b"" if data.endswith(b"\n") else b"\n") + obj + tail.encode()


def write_atomically(
    path: Path, data: bytes, data_folder: Path | None = None, refusal: str = ""
) -> None:
    """Writes a PDF by the export rules; raises ReportError with ``refusal`` (a translated
    "Cannot write ... to {path}: {reason}"; the report's by default) if it cannot."""
    try:
        write_export(path, data, data_folder)  # whole or not at all; the umask, never wider
    except OSError as error:
        refusal = refusal or PdfText.tr("Cannot write the report to {path}: {reason}")
        reason = error.strerror or str(error)
        raise ReportError(refusal.format(path=path, reason=reason)) from error
