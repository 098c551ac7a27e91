"""Takes the README's screenshots from the real app: the main window, the details' pictures, the
first-run welcome, a session in progress and in full screen, the summary with its pain rating,
History over four weeks of simulated sessions, the routine editor, the transition between two
exercises of a routine and the first page of the exercise sheet.

Run under a screen or Xvfb: xvfb-run -a .venv/bin/python scripts/screenshots.py docs/
    --dark           a dark colour scheme (a dark palette where the platform cannot switch)
    --language de    the German translation
QT_SCALE_FACTOR=2 in the environment gives high-DPI shots. A manual clock puts the session at
a telling moment without waiting for it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for scripts.demo_data

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from footcare_gui.app import create_application
from footcare_gui.core.clock import ManualClock
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.catalogue_file import load_catalogue
from footcare_gui.services.outcome_store import OutcomeStore
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.services.translations import install_translations
from footcare_gui.ui.main_window import MainWindow
from scripts.demo_data import simulate_outcomes, simulated_sessions

DARK = {
    "Window": "#2d2d2d", "WindowText": "#f0f0f0", "Base": "#1e1e1e", "AlternateBase": "#353535",
    "Text": "#f0f0f0", "Button": "#3a3a3a", "ButtonText": "#f0f0f0", "Highlight": "#3daee9",
    "HighlightedText": "#000000", "PlaceholderText": "#a0a0a0", "Link": "#8ab4f8",
    "ToolTipBase": "#3a3a3a", "ToolTipText": "#f0f0f0", "Mid": "#505050", "Dark": "#202020",
    "Light": "#505050", "Midlight": "#454545", "Shadow": "#101010", "BrightText": "#ffffff",
}  # fmt: skip


def go_dark(app: QApplication) -> None:
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    if app.palette().color(QPalette.ColorRole.Window).lightness() >= 128:
        # Offscreen and xcb without a desktop theme ignore the scheme: a desktop's dark palette.
        palette = QPalette()
        for role, colour in DARK.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        app.setPalette(palette)


def main(out_dir: str = "docs", dark: bool = False, language: str = "") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    if language:
        install_translations(app, language)
    if dark:
        go_dark(app)
    scratch = Path(tempfile.mkdtemp()) / "settings.ini"  # never the user's own settings
    settings = Settings(QSettings(str(scratch), QSettings.Format.IniFormat))
    settings.voice_enabled = False
    clock = ManualClock()
    audio = AudioCues(settings, clock=clock)
    catalogue = load_catalogue()
    history = HistoryStore.open(scratch.parent / "data")  # simulated, never the user's history
    now = datetime.now().astimezone().replace(hour=14, minute=0)
    saved = [
        history.add(record)
        for record in simulated_sessions(catalogue, now.date(), 28, now.tzinfo)
        if record.started_at < now
    ]
    simulate_outcomes(OutcomeStore(history), saved, now)
    window = MainWindow(
        catalogue, settings, clock=clock, audio=audio, history=history, wall_clock=lambda: now
    )
    window.resize(960, 640)
    window.show()
    window.browser.select("ankle-extension")
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))
    from PySide6.QtWidgets import QScrollArea

    details = window.browser.findChild(QScrollArea)
    details.ensureWidgetVisible(window.browser.pictures, 0, 0)  # the pictures of each step
    app.processEvents()
    window.grab().save(str(out / "details.png"))
    details.verticalScrollBar().setValue(0)

    settings.voice_enabled = True  # as a new user finds it (silent again for the shots after)
    welcome = window.welcome_dialog(tray_available=True)
    welcome.show()
    app.processEvents()
    welcome.grab().save(str(out / "welcome.png"))
    welcome.close()
    settings.voice_enabled = False

    window.show_history()
    window.resize(1100, 980)
    app.processEvents()
    window.grab().save(str(out / "history.png"))
    window.resize(960, 640)
    window.show_browser()

    window.start_exercise("ankle-extension")
    session = window.session_view.driver.session  # type: ignore[union-attr]
    clock.advance(5_000 + 5_000 + 10_000 + 2_400)  # get ready, rep 1, relax, into rep 2's hold
    session.tick()
    window.session_view.driver._wake()  # type: ignore[union-attr]
    app.processEvents()
    window.grab().save(str(out / "session.png"))

    # Full screen on a 1366x768 laptop: as the window would be, shot at that size.
    window.set_full_screen(True)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(0, 0, 1366, 768)
    app.processEvents()
    window.grab().save(str(out / "full-screen.png"))
    window.set_full_screen(False)
    window.resize(960, 640)

    while not session.state.ended:  # in steps: one leap would look like a computer asleep
        clock.advance(min(session.remaining_ms() or 1000, 30_000))
        window.session_view.driver._wake()  # type: ignore[union-attr]
    window.session_view.summary.pain_after.set_value(3)
    window.session_view.summary.feedback.buttons["about_right"].setChecked(True)
    window.session_view.summary.note.setText("Easier than yesterday")
    app.processEvents()
    window.grab().save(str(out / "summary.png"))
    window.show_browser()

    outcome_shots(window, out, now)
    from footcare_gui.ui.routine_editor import RoutineEditorDialog

    window.routines.add_routine("Morning", ["calf-stretch", "achilles-stretch", "toe-pulling"])
    editor = RoutineEditorDialog(window.routines, catalogue, window, painful_foot="left")
    editor.routine_box.setCurrentText("Morning")
    editor.resize(720, 520)
    editor.show()
    app.processEvents()
    editor.grab().save(str(out / "routine-editor.png"))
    editor.reject()
    if not dark:  # the sheet is printed on white whatever the screen's colours
        from render_report_png import render_page  # scripts/ is on the path

        sheet = scratch.parent / "sheet.pdf"
        editor.choose_save_file = lambda *_: str(sheet)
        editor.routine_box.setCurrentText(window.routines.names()[0])
        editor.files.save_handout()
        render_page(sheet, out / "handout-page1.png")

    window.start_routine("Morning")
    session = window.session_view.driver.session  # type: ignore[union-attr]
    while not session.plan.is_transition(session.step):  # into the one to Achilles
        clock.advance(min(session.remaining_ms() or 1000, 30_000))
        window.session_view.driver._wake()  # type: ignore[union-attr]
    clock.advance(3_600)
    window.session_view.driver._wake()  # type: ignore[union-attr]
    app.processEvents()
    window.grab().save(str(out / "transition.png"))
    window.session_view.abandon()
    audio.shutdown()
    history.close()
    print(f"saved the screenshots in {out}")


def outcome_shots(window: MainWindow, out: Path, now: datetime) -> None:
    """The morning check-in (with yesterday's missed target and the weekly goals), the goals
    dialog, and a summary of a session stopped early with its reason."""
    from datetime import timedelta

    from footcare_gui.ui.checkin import CheckInDialog
    from footcare_gui.ui.goals_dialog import GoalsDialog

    app = QApplication.instance()
    assert window.outcomes is not None
    goals = window.outcomes.goals()
    check_in = CheckInDialog(True, now.date() - timedelta(days=1), goals, window)
    assert check_in.morning_pain is not None
    assert check_in.missed is not None
    check_in.morning_pain.set_value(3)
    check_in.missed.choice.setCurrentIndex(check_in.missed.choice.findData("no_time"))
    for score, box in zip((6, 5), check_in.scores.values(), strict=False):
        box.setValue(score)
    check_in.show()
    app.processEvents()
    check_in.grab().save(str(out / "check-in.png"))
    check_in.reject()
    latest = {r.goal_id: r.score for r in window.outcomes.goal_ratings()}
    goals_dialog = GoalsDialog(goals, latest, window)
    goals_dialog.scores[0].setValue(6)
    goals_dialog.show()
    app.processEvents()
    goals_dialog.grab().save(str(out / "goals.png"))
    goals_dialog.reject()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshots of the real app, for the README.")
    parser.add_argument("out_dir", nargs="?", default="docs")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--language", default="")
    args = parser.parse_args()
    main(args.out_dir, dark=args.dark, language=args.language)
