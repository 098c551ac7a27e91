"""The command-line exports: ``--export-csv``, ``--report``, ``--export-fhir`` and ``--handout``,
without opening a window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.names import terminal_safe
from footcare_gui.services.paths import data_dir
from footcare_gui.services.store import DB_FILENAME, HistoryStore, StoreError

EXIT_USAGE = 2


def to_stdout(data: bytes) -> None:
    """An export's own bytes (UTF-8), whatever encoding the terminal has: an ASCII-only stdout
    would otherwise turn "ü" into "\\xfc", which is no longer the same note, nor valid JSON."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _open(directory: Path | None) -> HistoryStore | None:
    """The existing history, read-only: an export never creates, migrates or moves a file."""
    folder = data_dir(directory)
    store = HistoryStore.open_existing(folder)
    if store is None:
        shown = terminal_safe(str(folder))
        print(f"footcare: no session history in {shown} (no {DB_FILENAME})", file=sys.stderr)
        return None
    if not store.readable:
        print(f"footcare: {terminal_safe(store.reason() or '')}", file=sys.stderr)
        store.close()
        return None
    return store


def export_csv(catalogue: Catalogue, directory: Path | None, target: str) -> int:
    from footcare_gui.report.csv_export import csv_bytes
    from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes

    def export(store: HistoryStore) -> tuple[bytes, str]:
        outcomes = read_outcomes(OutcomeStore(store))
        data, count = csv_bytes(store.sessions(), catalogue, outcomes)
        return data, f"{count} sessions"

    return _export_history(directory, target, export)


def _export_history(
    directory: Path | None, target: str, export: Callable[[HistoryStore], tuple[bytes, str]]
) -> int:
    """Writes what ``export`` makes of the history (its bytes, and what they hold, for the
    message) to ``target``, or to stdout for "-", through the one export writer."""
    from footcare_gui.services.export_file import write_export

    shown = terminal_safe(target)
    store = _open(directory)
    if store is None:
        return 1
    try:
        data, what = export(store)
        if target == "-":
            to_stdout(data)
            return 0
        write_export(Path(target), data, data_dir(directory))
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except (OSError, StoreError) as error:
        print(f"footcare: cannot export to {shown}: {_reason(error)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"footcare: wrote {what} to {shown}", file=sys.stderr)
    return 0


def export_report(
    catalogue: Catalogue, directory: Path | None, target: Path, weeks: int, language: str = ""
) -> int:
    """``target`` "-" writes the PDF to stdout, unless stdout is a terminal. ``language``: the
    report's ("" = the one the app uses: its setting, else the system's)."""
    from PySide6.QtGui import QGuiApplication

    from footcare_gui.report.pdf import ReportContent, report_bytes
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
    from footcare_gui.services.settings import Settings
    from footcare_gui.services.translations import install_translations, remove_translations

    # For a clinician who may not read English: the user's language, as in the app.
    install_translations(app, language or Settings().language)
    try:
        from footcare_gui.core.plan import painful_from_setting
        from footcare_gui.services.routine_book import RoutineBook
        from footcare_gui.services.routine_store import RoutineStore

        settings = Settings()
        book = RoutineBook(RoutineStore(store, settings), catalogue)  # the user's doses, to read
        doses = {i: book.dose_for(i) for i in catalogue.ids()}
        painful = painful_from_setting(settings.painful_foot)
        today = datetime.now().astimezone().date()
        from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes

        outcomes = read_outcomes(OutcomeStore(store))
        content = ReportContent(store.sessions(), catalogue, today, weeks, doses, outcomes, painful)
        data = report_bytes(content)
        if to_stdout:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_export(target, data, data_dir(directory))
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except (OSError, StoreError, ValueError) as error:
        print(f"footcare: cannot write the report {shown}: {_reason(error)}", file=sys.stderr)
        return 1
    finally:
        store.close()
        remove_translations(app)
        del app
    print(f"footcare: wrote the report for the last {weeks} weeks to {shown}", file=sys.stderr)
    return 0


def export_fhir(catalogue: Catalogue, directory: Path | None, target: str) -> int:
    """The whole history as a FHIR R4 Bundle (report/fhir_export.py), read-only as the others."""
    from footcare_gui.report.fhir_export import bundle_json
    from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes
    from footcare_gui.services.settings import Settings

    def export(store: HistoryStore) -> tuple[bytes, str]:
        outcomes = OutcomeStore(store)
        text = bundle_json(
            store.sessions(),
            read_outcomes(outcomes),
            catalogue,
            outcomes.patient_uuid(),
            Settings().patient_name,
            datetime.now().astimezone(),
        )
        return text.encode("utf-8"), "the FHIR bundle"

    return _export_history(directory, target, export)


def export_handout(
    catalogue: Catalogue,
    target: Path,
    routine_name: str = "",
    directory: Path | None = None,
    language: str = "",
) -> int:
    """The routine's exercise sheet (the first routine when none is named) as a PDF; never over
    a file in the data folder ``directory`` (the history's). ``language`` as for the report."""
    from PySide6.QtGui import QGuiApplication

    from footcare_gui.report.handout import handout_bytes, handout_items
    from footcare_gui.services.export_file import write_export
    from footcare_gui.services.figures import figures_for
    from footcare_gui.services.qt_log import install_qt_message_handler
    from footcare_gui.services.routine_book import saved_book
    from footcare_gui.services.settings import Settings
    from footcare_gui.services.translations import install_translations, remove_translations

    dash = str(target) == "-"  # stdout, as for --report
    if dash and sys.stdout.isatty():
        print("footcare: a PDF is not for the terminal: give a file, or a pipe", file=sys.stderr)
        return EXIT_USAGE
    shown = "stdout" if dash else terminal_safe(str(target))
    install_qt_message_handler()
    app = QGuiApplication.instance() or QGuiApplication(["footcare", "-platform", "offscreen"])
    install_translations(app, language or Settings().language)  # the user's, as in the app
    try:
        with saved_book(data_dir(directory), catalogue) as book:  # the user's own, to read
            routine = book.routine(routine_name or book.names()[0])
            exercises = [catalogue.get(i) for i in routine.exercise_ids if i in catalogue.ids()]
            doses = {e.id: book.dose_for(e.id) for e in exercises}
        items = handout_items(exercises, doses, figures_for(catalogue))
        today = datetime.now().astimezone().date()
        data = handout_bytes(items, routine.name, today)
        if dash:
            to_stdout(data)
        else:  # as the report: the export rules, and the system's reason said once
            write_export(target, data, data_dir(directory))
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except (OSError, ValueError) as error:
        print(f"footcare: cannot write the handout {shown}: {_reason(error)}", file=sys.stderr)
        return 1
    finally:
        remove_translations(app)
        del app
    name = terminal_safe(routine.name)
    print(f"footcare: wrote the sheet for '{name}' to {shown}", file=sys.stderr)
    return 0


def _reason(error: Exception) -> str:
    """The system's reason alone ("No such file or directory"): the error's own text would name
    the file again, or the temporary file beside it."""
    plain = error.strerror if isinstance(error, OSError) else None
    return terminal_safe(plain or str(error))
