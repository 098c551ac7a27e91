"""Command line: ``footcare [--list [--json]] [--start ID] [--export-csv FILE] [--report PDF]
[--export-fhir FILE.json]``.

Listing the catalogue never imports Qt, so it is instant and works without a screen; the
report draws offscreen, so it works without one too.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from pathlib import Path

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue, CatalogueError, Exercise, Origin
from footcare_gui.core.describe import clock_text
from footcare_gui.core.dose_view import short_marked_dose_line
from footcare_gui.core.doses import dose_warnings
from footcare_gui.core.names import same_name, terminal_safe
from footcare_gui.core.plan import Dose, Painful, build_plan
from footcare_gui.services.catalogue_file import DEFAULT_CATALOGUE, load_catalogue
from footcare_gui.source_cache import stop_caching_module_sources

EXIT_USAGE = 2
REPORT_LANGUAGES = ("en", "de")  # services/translations.py's LANGUAGES, without importing Qt here
MAX_REPORT_WEEKS = 104


def weeks(text: str) -> int:
    value = int(text)
    if not 1 <= value <= MAX_REPORT_WEEKS:
        raise argparse.ArgumentTypeError(f"must be 1-{MAX_REPORT_WEEKS}, not {value}")
    return value


def degrade_unencodable_output() -> None:
    """A terminal or pipe that cannot take every character (PYTHONIOENCODING=ascii, a C locale)
    gets escapes (\xd7, \u2014) instead of a UnicodeEncodeError traceback; in --json output
    they are JSON's own escapes, so it stays valid JSON."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


class TerminalSafeFormatter(logging.Formatter):
    """Log lines name files and folders the user gave: each line's control characters are
    shown as escapes (core/names.py), so a path cannot drive the terminal."""

    def __init__(self) -> None:
        super().__init__("footcare: %(levelname)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(terminal_safe(line) for line in super().format(record).split("\n"))


def export_target(text: str) -> str:
    """An export's FILE: "" is refused (it used to start the window instead)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a file name, or - for stdout")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="footcare",
        description="Footcare counts the seconds of your foot-rehabilitation exercises.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--list", action="store_true", help="print the exercises and exit")
    parser.add_argument("--json", action="store_true", help="with --list: print JSON")
    parser.add_argument(
        "--defaults",
        action="store_true",
        help="with --list: show the catalogue's doses instead of your own",
    )
    parser.add_argument("--start", metavar="ID", help="open straight into a session of exercise ID")
    parser.add_argument(
        "--start-routine",
        metavar="NAME",
        nargs="?",
        const="",
        help="open straight into your routine NAME (without NAME: your first routine)",
    )
    parser.add_argument(
        "--import-routine",
        metavar="FILE",
        type=Path,
        help="add the routine (and its doses) in FILE to your routines, then exit",
    )
    parser.add_argument("--mute", action="store_true", help="no tones or prompts this time")
    parser.add_argument("--no-voice", action="store_true", help="tones only, no spoken prompts")
    parser.add_argument(
        "--catalogue",
        metavar="FILE",
        type=Path,
        default=DEFAULT_CATALOGUE,
        help="read the exercises from FILE instead of the built-in catalogue",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="keep the session history in DIR (default: $FOOTCARE_DATA_DIR, else the platform's"
        " data folder)",
    )
    parser.add_argument(
        "--export-csv",
        metavar="FILE",
        type=export_target,
        help="write every session to FILE as CSV ('-': stdout)",
    )
    parser.add_argument(
        "--report",
        metavar="FILE.pdf",
        type=lambda text: Path(export_target(text)),
        help="write a PDF report for your physio ('-': stdout, when it is not a terminal)",
    )
    parser.add_argument(
        "--export-fhir",
        metavar="FILE.json",
        type=export_target,
        help="write your history as an HL7 FHIR R4 bundle to FILE.json ('-': stdout)",
    )
    parser.add_argument(
        "--weeks", type=weeks, default=4, help="with --report: weeks covered (default 4)"
    )
    parser.add_argument(
        "--handout",
        metavar="FILE.pdf",
        type=lambda text: Path(export_target(text)),
        help="write your routine's exercise sheet, with pictures and your doses, as a PDF",
    )
    parser.add_argument(
        "--routine", metavar="NAME", help="with --handout: the routine (default: your first)"
    )
    parser.add_argument(
        "--language",
        choices=REPORT_LANGUAGES,
        help="with --report or --handout: write it in this language (default: the one the app"
        " uses)",
    )
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="full",
        choices=("full", "first-paint"),
        help="check this installation offscreen (temporary data), print one line and exit;"
        " first-paint: time the start-up",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    # Internal: the app starts itself in this mode to speak prompts (see speech_worker.py).
    parser.add_argument("--speech-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    stop_caching_module_sources()  # before PySide6 is imported: see source_cache.py
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`footcare --list --json | head`): like any Unix tool, stop
        # quietly. Python would flush stdout again at exit and complain, so point it nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0


def _main(argv: list[str] | None = None) -> int:
    from footcare_gui.utf8_locale import ensure_utf8_ctype

    ensure_utf8_ctype()  # before Qt reads the locale (and before the speech worker starts)
    degrade_unencodable_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.speech_worker:
        from footcare_gui.speech_worker import main as speech_worker

        return speech_worker(args.engine)
    if args.self_test == "first-paint":  # the normal start-up, timed to its first paint
        from footcare_gui.self_test import watch_first_paint

        watch_first_paint()
        return _main([])
    if args.self_test:
        from footcare_gui.self_test import main as self_test

        return self_test(args.catalogue, args.self_test)
    if args.json and not args.list:
        parser.error("--json goes with --list")
    if args.routine is not None and not args.handout:
        parser.error("--routine goes with --handout")
    if args.defaults and not args.list:
        parser.error("--defaults goes with --list")
    if args.language and not (args.report or args.handout):
        parser.error("--language goes with --report or --handout")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    logging.getLogger().handlers[0].setFormatter(TerminalSafeFormatter())
    try:
        catalogue = load_catalogue(args.catalogue)
    except CatalogueError as error:
        if args.list:
            print(f"footcare: {terminal_safe(str(error))}", file=sys.stderr)
            return 1
        catalogue = None
        problem = error
    if catalogue is not None and args.list:
        doses = {} if args.defaults else user_doses(catalogue, args.data_dir)
        if args.json:
            print(catalogue_json(catalogue, doses))
        else:
            painful = None if args.defaults else user_painful_foot()
            print(catalogue_table(catalogue, doses, painful))
        sys.stdout.flush()  # a closed pipe is found here, inside main(), not at exit
        return 0
    if args.export_csv or args.report or args.export_fhir:
        if catalogue is None:
            print(f"footcare: {terminal_safe(str(problem))}", file=sys.stderr)
            return 1
        from footcare_gui.exports import export_csv, export_fhir, export_report

        if args.export_csv and (code := export_csv(catalogue, args.data_dir, args.export_csv)):
            return code
        if args.export_fhir and (code := export_fhir(catalogue, args.data_dir, args.export_fhir)):
            return code
        if args.report:
            return export_report(
                catalogue, args.data_dir, args.report, args.weeks, args.language or ""
            )
        return 0
    if args.handout:
        if catalogue is None:
            print(f"footcare: {problem}", file=sys.stderr)
            return 1
        if code := check_routine_name(catalogue, args.routine or "", args.data_dir):
            return code
        from footcare_gui.exports import export_handout

        return export_handout(
            catalogue, args.handout, args.routine or "", args.data_dir, args.language or ""
        )
    if args.import_routine or args.start_routine:
        if catalogue is None:
            print(f"footcare: {terminal_safe(str(problem))}", file=sys.stderr)
            return 1
        if args.import_routine:
            from footcare_gui.routine_import import import_routine

            return import_routine(catalogue, args.import_routine, args.data_dir)
        if code := check_routine_name(catalogue, args.start_routine, args.data_dir):
            return code
    if catalogue is not None and args.start and args.start not in catalogue.ids():
        print(
            f"footcare: unknown exercise '{terminal_safe(args.start)}'. "
            f"Valid ids: {', '.join(catalogue.ids())}",
            file=sys.stderr,
        )
        return EXIT_USAGE

    from footcare_gui.app import run  # Qt is imported only when a window is wanted

    if catalogue is None:
        return run(None, start_id=None, startup_error=str(problem))
    return run(
        catalogue,
        start_id=args.start,
        mute=args.mute,
        no_voice=args.no_voice,
        data_dir=args.data_dir,
        start_routine=args.start_routine,
    )


def user_doses(catalogue: Catalogue, data_dir: Path | None = None) -> dict[str, Dose]:
    """The doses the user set (in the app or by an import); none where they kept the default.

    Reads the history (QtCore, no GUI); an unreadable one means the catalogue's doses."""
    try:
        from footcare_gui.services.paths import data_dir as resolve_data_dir
        from footcare_gui.services.routine_book import saved_book

        with saved_book(resolve_data_dir(data_dir), catalogue) as book:
            return {i: book.dose_for(i) for i in catalogue.ids() if book.is_personal(i)}
    except Exception as error:  # a listing must not fail for the history's sake
        logging.getLogger(__name__).warning("your doses could not be read: %s", error)
        return {}


def user_painful_foot() -> Painful:
    """The foot the user named as painful (the welcome, Preferences), as the window shows it."""
    try:
        from footcare_gui.core.plan import painful_from_setting
        from footcare_gui.services.settings import Settings

        return painful_from_setting(Settings().painful_foot)
    except Exception as error:  # a listing must not fail for the settings' sake
        logging.getLogger(__name__).warning("your painful foot could not be read: %s", error)
        return None


def check_routine_name(catalogue: Catalogue, name: str, data_dir: Path | None = None) -> int:
    """0 when the routine exists (or none was named); else say which do, and 2."""
    if not name:
        return 0
    from footcare_gui.services.paths import data_dir as resolve_data_dir
    from footcare_gui.services.routine_book import saved_book

    with saved_book(resolve_data_dir(data_dir), catalogue) as book:
        names = book.names()
    if any(same_name(name, n) for n in names):
        return 0
    listed = ", ".join(terminal_safe(n) for n in names)
    print(f"footcare: no routine '{terminal_safe(name)}'. Your routines: {listed}", file=sys.stderr)
    return EXIT_USAGE


def exercise_record(exercise: Exercise, dose: Dose | None = None) -> dict[str, object]:
    """The catalogue's entry; with ``dose``, the user's own too, and what is out of range."""
    record = _catalogue_record(exercise)
    if dose is not None:
        record["your_dose"] = {
            "reps": dose.reps,
            "sets": dose.sets,
            "phase_seconds": list(dose.phase_seconds),
            "rest_seconds": dose.rest_seconds,
            "pace_seconds": dose.pace_seconds,
            "feet": dose.feet.value if dose.feet else None,
            "out_of_range": [w.message for w in dose_warnings(exercise, dose)],
        }
    return record


def _origin(origin: Origin | None) -> str | None:
    return origin.value if origin is not None else None


def _catalogue_record(exercise: Exercise) -> dict[str, object]:
    return {
        "id": exercise.id,
        "name": exercise.name,
        "sets": exercise.sets.default,
        "reps": exercise.reps.default,
        "sides": exercise.sides.value,
        "per_day": exercise.per_day.default,
        "rest_seconds": exercise.rest_seconds.default,
        "counted": exercise.counted,
        "phases": [
            {
                "label": phase.label,
                "kind": phase.kind.value,
                "counted": phase.counted,
                "seconds": phase.seconds.default if phase.seconds else None,
                "min_seconds": phase.seconds.minimum if phase.seconds else None,
                "max_seconds": phase.seconds.maximum if phase.seconds else None,
                "origin": phase.seconds.origin.value if phase.seconds else None,
                # Where each bound comes from (the source may give one number, not a range).
                "min_origin": _origin(phase.seconds.min_origin) if phase.seconds else None,
                "max_origin": _origin(phase.seconds.max_origin) if phase.seconds else None,
            }
            for phase in exercise.phases
        ],
        "progression": exercise.progression or None,
    }


def catalogue_json(catalogue: Catalogue, doses: dict[str, Dose] | None = None) -> str:
    """The catalogue as JSON, with the user's own ``doses``; all-ASCII escapes where stdout
    cannot take the text as it is."""
    import json

    doses = doses or {}
    records = [exercise_record(e, doses.get(e.id)) for e in catalogue.exercises]
    text = json.dumps(records, indent=2, ensure_ascii=False)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return json.dumps(records, indent=2)
    # terminal_safe: a custom catalogue's bidi or C1 characters as JSON escapes, not raw
    return "\n".join(terminal_safe(line) for line in text.split("\n"))


def catalogue_table(
    catalogue: Catalogue, doses: dict[str, Dose] | None = None, painful: Painful = None
) -> str:
    """Each exercise's dose (the user's own where set, out-of-range values marked, the painful
    foot named once the user has named it) and length."""
    doses = doses or {}
    rows: list[tuple[str, ...]] = [("ID", "EXERCISE", "DOSE", "TIME")]
    for exercise in catalogue.exercises:
        dose = doses.get(exercise.id)
        plan = build_plan(exercise, dose)
        about = "~" if plan.has_estimates else ""
        line = short_marked_dose_line(exercise, dose, painful).shown
        if dose is not None:
            line += " (yours)"
        cells = (exercise.id, exercise.name, line, about + clock_text(plan.total_ms))
        rows.append(tuple(terminal_safe(cell) for cell in cells))  # a custom catalogue's text
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
        + "  "
        + row[3]
        for row in rows
    )
