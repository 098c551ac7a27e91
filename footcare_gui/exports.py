"""The command-line exports: ``--export-csv`` and ``--report``, without opening a window."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.names import terminal_safe
from footcare_gui.services.paths import data_dir
from footcare_gui.services.store import DB_FILENAME, HistoryStore, StoreError

EXIT_USAGE = 2


def _open(directory: Path | None) -> HistoryStore | None:
    """The existing history, read-only: an export never creates, migrates or moves a file."""
    folder = data_dir(directory)
    store = HistoryStore.open_existing(folder)
    if store is None:
        print(f"footcare: no session history in {folder} (no {DB_FILENAME})", file=sys.stderr)
        return None
    if not store.readable:
        print(f"footcare: {store.notice}", file=sys.stderr)
        store.close()
        return None
    return store


def export_csv(catalogue: Catalogue, directory: Path | None, target: str) -> int:
    from footcare_gui.report.csv_export import csv_bytes, write_csv
    from footcare_gui.services.export_file import write_export

    shown = terminal_safe(target)
    store = _open(directory)
    if store is None:
        return 1
    try:
        records = store.sessions()
        if target == "-":
            write_csv(records, catalogue, sys.stdout)
            sys.stdout.flush()
            return 0
        data, count = csv_bytes(records, catalogue)
        write_export(Path(target), data, data_dir(directory))
    except (OSError, StoreError) as error:
        print(f"footcare: cannot export to {shown}: {terminal_safe(str(error))}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"footcare: wrote {count} sessions to {shown}", file=sys.stderr)
    return 0


def export_report(catalogue: Catalogue, directory: Path | None, target: Path, weeks: int) -> int:
    """``target`` "-" writes the PDF to stdout, unless stdout is a terminal."""
    from PySide6.QtGui import QGuiApplication

    from footcare_gui.report.pdf import report_bytes
    from footcare_gui.services.export_file import write_export
    from footcare_gui.services.qt_log import install_qt_message_handler

    to_stdout = str(target) == "-"
    if to_stdout and sys.stdout.isatty():
        print(
            "footcare: a PDF is not for the terminal: send it to a file (--report FILE.pdf) or"
            " a pipe (--report - > FILE.pdf)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    shown = "stdout" if to_stdout else terminal_safe(str(target))
    install_qt_message_handler()
    # Drawn offscreen: a report needs fonts, not a screen, and works over ssh or in cron.
    store = _open(directory)
    if store is None:
        return 1
    app = QGuiApplication.instance() or QGuiApplication(["footcare", "-platform", "offscreen"])
    try:
        from footcare_gui.services.routine_book import RoutineBook
        from footcare_gui.services.settings import Settings

        book = RoutineBook(Settings(), catalogue)  # the user's own doses, read only
        doses = {i: book.dose_for(i) for i in catalogue.ids()}
        today = datetime.now().astimezone().date()
        data = report_bytes(store.sessions(), catalogue, today, weeks, doses)
        if to_stdout:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_export(target, data, data_dir(directory))
    except (OSError, StoreError, ValueError) as error:
        reason = terminal_safe(str(error))
        print(f"footcare: cannot write the report {shown}: {reason}", file=sys.stderr)
        return 1
    finally:
        store.close()
        del app
    print(f"footcare: wrote the report for the last {weeks} weeks to {shown}", file=sys.stderr)
    return 0
