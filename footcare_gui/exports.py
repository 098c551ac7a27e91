"""The command-line exports: ``--export-csv``, ``--report`` and ``--export-fhir``, without opening
a window."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services.paths import data_dir
from footcare_gui.services.store import DB_FILENAME, HistoryStore, StoreError


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
    from footcare_gui.report.csv_export import write_csv
    from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes

    store = _open(directory)
    if store is None:
        return 1
    try:
        records = store.sessions()
        outcomes = read_outcomes(OutcomeStore(store))
        if target == "-":
            write_csv(records, catalogue, sys.stdout, outcomes)
            sys.stdout.flush()
            return 0
        with open(target, "w", encoding="utf-8", newline="") as out:
            count = write_csv(records, catalogue, out, outcomes)
    except (OSError, StoreError) as error:
        print(f"footcare: cannot export to {target}: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"footcare: wrote {count} sessions to {target}", file=sys.stderr)
    return 0


def export_report(catalogue: Catalogue, directory: Path | None, target: Path, weeks: int) -> int:
    from PySide6.QtGui import QGuiApplication

    from footcare_gui.report.pdf import write_report
    from footcare_gui.services.qt_log import install_qt_message_handler

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
        from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes

        outcomes = read_outcomes(OutcomeStore(store))
        write_report(target, store.sessions(), catalogue, today, weeks, doses, outcomes)
    except (OSError, StoreError, ValueError) as error:
        print(f"footcare: cannot write the report {target}: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
        del app
    print(f"footcare: wrote the report for the last {weeks} weeks to {target}", file=sys.stderr)
    return 0


def export_fhir(catalogue: Catalogue, directory: Path | None, target: str) -> int:
    """The whole history as a FHIR R4 Bundle (report/fhir_export.py), read-only as the others."""
    from footcare_gui.report.fhir_export import bundle_json
    from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes
    from footcare_gui.services.settings import Settings

    store = _open(directory)
    if store is None:
        return 1
    try:
        outcomes = OutcomeStore(store)
        text = bundle_json(
            store.sessions(),
            read_outcomes(outcomes),
            catalogue,
            outcomes.patient_uuid(),
            Settings().patient_name,
            datetime.now().astimezone(),
        )
        if target == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            return 0
        with open(target, "w", encoding="utf-8") as out:
            out.write(text)
    except (OSError, StoreError) as error:
        print(f"footcare: cannot export to {target}: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"footcare: wrote the FHIR bundle to {target}", file=sys.stderr)
    return 0
