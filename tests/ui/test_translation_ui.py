"""The windows in German, and their layouts with the stretched pseudo-translation.

Texts are read as widgets are built, so each test installs the translation before it makes a
window, and always removes it again: every other test expects English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services import translations as i18n
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.preferences import PreferencesDialog
from footcare_gui.ui.widgets import screen_bound_scroll
from tests.fakes import FakeWakeTimer
from tests.ui.conftest import WallClock
from tests.ui.test_history_ui import open_history, run_to_the_end, stored

DEFAULT_SIZE = QSize(960, 680)


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_translations(qapp, "de") == "de"
    try:
        yield
    finally:
        i18n.remove_translations(qapp)


@pytest.fixture
def in_pseudo(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_pseudo_translation(qapp) == "en_XA"
    try:
        yield
    finally:
        i18n.remove_translations(qapp)


def menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


# --- German ---------------------------------------------------------------------------------
@pytest.mark.usefixtures("in_german")
def test_the_main_window_is_german(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert menu_texts(window) == ["&Datei", "&Hilfe"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if not a.isSeparator()] == [
        "Übungsprogramm &starten",
        "Übungsprogramme und &Dosierungen…",
        "&Verlauf…",
        "Ihre &Ziele…",
        "&Einstellungen…",
        "&Beenden",
    ]
    browser = window.browser
    assert browser.list.item(0).text() == "Wadendehnung"
    assert browser.list.item(4).text() == "Zehenziehen"
    today = browser.today
    assert today.title.text() == "Heute"
    assert today.history_button.text() == "Verlauf…"
    assert today.routine_button.text() == "Programm starten"
    assert today.totals.text().startswith("0 von ")
    assert "Einheiten erledigt" in today.totals.text()
    assert today.streak.text().startswith("Serie: Erreichen Sie heute alle Ziele")
    assert browser.start_button.text() == "Wadendehnung starten"
    detail = browser.detail.text()
    for german in ("<h1>Wadendehnung</h1>", "Dosierung", "Ausgangsstellung", "Durchführung"):
        assert german in detail
    assert "Eine Einheit dauert" in detail
    assert "Stellen Sie sich etwa eine Armlänge vor eine Wand" in detail  # the catalogue's
    assert browser.safety.text().startswith("Dehnen Sie bis zu einem Spannungsgefühl")
    assert browser.pain_before.caption.text() == "Schmerz jetzt (optional):"


@pytest.mark.usefixtures("in_german")
def test_a_session_and_its_summary_are_german(
    make_window: Callable[[], MainWindow], timer: FakeWakeTimer, catalogue: Catalogue
) -> None:
    window = make_window()
    window.start_exercise("calf-stretch")
    view = window.session_view
    assert window.windowTitle() == "Footcare — Wadendehnung"
    assert view.live.title.text() == "Wadendehnung"
    assert view.live.step_label.text() == "Bereit machen"
    assert view.live.kind_chip.text() == "BEREIT MACHEN"
    assert view.live.ring.caption() == "Sekunden"
    assert view.live.time_left.text().startswith("noch ")
    assert view.live.next_up.text().startswith("Als Nächstes: Dehnung halten")
    assert [
        view.live.pause_button.text(),
        view.live.stop_button.text(),
        view.live.mute_button.text(),
    ] == [
        "Pause",
        "Stopp",  # not "Beenden", which quits the app
        "Ton aus",
    ]
    assert view.live.skip_button.accessibleName() == "Weiter"
    view.toggle_pause()
    assert view.live.pause_button.text() == "Fortsetzen"
    assert view.live.kind_chip.text() == "Pausiert · BEREIT MACHEN"
    view.toggle_pause()
    timer.advance(5_000)
    assert view.live.step_label.text() == "Dehnung halten"
    assert view.live.kind_chip.text() == "HALTEN"
    run_to_the_end(window, timer, catalogue)
    assert view.summary.title.text() == "Gut gemacht!"
    assert view.summary.text.text().splitlines()[1].startswith("Zeit: ")
    assert view.summary.record_status.text() == "In Ihrem Verlauf gespeichert."
    assert view.summary.again_button.text() == "Noch einmal"
    assert view.summary.done_button.text() == "Zu den Übungen"
    assert view.summary.note.placeholderText().startswith("Eine Notiz für Ihren Verlauf")


@pytest.mark.usefixtures("in_german")
def test_a_routine_is_german(make_window: Callable[[], MainWindow], timer: FakeWakeTimer) -> None:
    window = make_window()
    window.start_routine()
    view = window.session_view
    assert window.windowTitle().endswith("(Übungsprogramm)")
    assert view.live.routine_position.text().startswith("Übung 1 von ")
    assert view.live.next_exercise_button.accessibleName() == "Nächste Übung"


@pytest.mark.usefixtures("in_german")
def test_history_is_german(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    history: HistoryStore,
    wall_clock: WallClock,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 1, pain_before=5, pain_after=3))
    history.add(stored(wall_clock, "toe-pulling", 2, reps_done=10, reps_planned=12))
    window = make_window()
    qtbot.waitUntil(window.isActiveWindow)  # for the shortcut
    view = open_history(qtbot, window)
    assert window.windowTitle() == "Footcare — Verlauf"
    assert view.title.text() == "Verlauf"
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers == [
        "Datum",
        "Übung",
        "Ergebnis",
        "Wiederholungen",
        "Aktiv",
        "Schmerz vorher",
        "Schmerz nachher",
        "Notiz",
    ]
    names = sorted(view.table.item(r, 1).text() for r in range(view.table.rowCount()))
    assert names == ["Wadendehnung", "Zehenziehen"]
    outcomes = sorted(view.table.item(r, 2).text() for r in range(view.table.rowCount()))
    assert outcomes == ["Abgeschlossen", "Teilweise erledigt"]
    assert view.summary.text().startswith("2 Einheiten vom ")
    assert "(1 abgeschlossen, 1 teilweise erledigt)" in view.summary.text()
    assert view.period_box.itemText(0) == "Letzte 4 Wochen"
    assert view.report_button.text() == "Bericht für die Physiotherapie (PDF)…"


@pytest.mark.usefixtures("in_german")
def test_preferences_are_german_and_offer_the_languages(
    qtbot: QtBot, audio: AudioCues, settings: Settings, catalogue: Catalogue
) -> None:
    dialog = PreferencesDialog(settings, audio, catalogue=catalogue, tray_available=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Footcare-Einstellungen"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Systemsprache",
        "English",
        "Deutsch",
    ]
    assert "nächsten Start" in dialog.language_note.text()
    assert dialog.reminder_times["calf-stretch"].accessibleName() == (
        "Erinnerungszeiten für Wadendehnung"
    )


def test_the_language_chosen_in_preferences_is_saved(
    qtbot: QtBot, audio: AudioCues, settings: Settings
) -> None:
    dialog = PreferencesDialog(settings, audio)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "System"
    assert dialog.language_note.text() == (
        "A new language is used from the next start of Footcare."
    )
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert settings.language == "de"
    again = PreferencesDialog(settings, audio)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Deutsch"
    again.language.setCurrentIndex(0)
    assert settings.language == ""


# --- layouts with texts 30 % longer -----------------------------------------------------------
def clipped(root: QWidget) -> list[str]:
    """Visible buttons whose text needs more room than they have, and visible one-line labels
    cut off: what a longer translation would break."""
    QApplication.processEvents()
    found = []
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if needed + 8 > button.width():  # 8: the least padding a style puts around it
                found.append(f"button {button.text()!r}: needs {needed + 8}, has {button.width()}")
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            if label.textFormat() == Qt.TextFormat.RichText or "\n" in label.text():
                continue
            needed = label.minimumSizeHint().width()
            if needed > label.width():
                found.append(f"label {label.text()!r}: needs {needed}, has {label.width()}")
    return found


def fits_the_default_size(window: MainWindow) -> None:
    window.resize(DEFAULT_SIZE)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= DEFAULT_SIZE.width(), hint
    assert hint.height() <= DEFAULT_SIZE.height(), hint
    assert window.size() == DEFAULT_SIZE


@pytest.mark.usefixtures("in_pseudo")
def test_the_main_window_holds_longer_texts(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    fits_the_default_size(window)
    assert window.browser.start_button.text().startswith("[")  # the pseudo-translation is in
    assert clipped(window) == []


@pytest.mark.usefixtures("in_pseudo")
def test_a_routine_session_and_its_summary_hold_longer_texts(
    make_window: Callable[[], MainWindow], timer: FakeWakeTimer
) -> None:
    window = make_window()
    window.start_routine()  # every control button shows
    fits_the_default_size(window)
    view = window.session_view
    assert view.live.next_exercise_button.isVisible()
    assert clipped(view) == []
    view.toggle_pause()  # "Resume" and the paused chip
    assert clipped(view) == []
    view.driver.session.stop()  # type: ignore[union-attr]
    fits_the_default_size(window)
    assert clipped(view) == []


@pytest.mark.usefixtures("in_pseudo")
def test_history_holds_longer_texts(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    history: HistoryStore,
    wall_clock: WallClock,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 1))
    window = make_window()
    qtbot.waitUntil(window.isActiveWindow)  # for the shortcut
    open_history(qtbot, window)
    fits_the_default_size(window)
    assert clipped(window.pages.currentWidget()) == []


@pytest.mark.usefixtures("in_german")
def test_the_german_windows_fit_the_default_size(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    fits_the_default_size(window)
    assert clipped(window) == []
    window.start_routine()
    fits_the_default_size(window)
    assert clipped(window.session_view) == []
    window.session_view.driver.session.stop()  # type: ignore[union-attr]
    assert clipped(window.session_view) == []


@pytest.mark.usefixtures("in_german")
def test_outcome_figures_use_the_german_decimal_mark() -> None:
    from footcare_gui.core.outcomes import Change, Verdict
    from footcare_gui.report.outcome_text import change_sentence, number

    assert number(6.25) == "6,2"
    assert change_sentence(Change(6.2, 3.5, Verdict.BETTER)) == (
        "6,2 in der ersten Woche, 3,5 in der letzten (−2,7): bedeutsame Verbesserung."  # noqa: RUF001
    )


# --- the smallest window ---------------------------------------------------------------------
def overlapping(page: QWidget) -> list[str]:
    """Visible widgets of the page's own layout that lie over one another: what a window
    smaller than its page needs shows (the instruction's text across the countdown)."""
    QApplication.processEvents()
    boxes = [
        (child.objectName() or type(child).__name__, child.geometry())
        for child in page.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible()
    ]
    return [
        f"{name} {box.getRect()} over {other} {other_box.getRect()}"
        for i, (name, box) in enumerate(boxes)
        for other, other_box in boxes[i + 1 :]
        if box.intersects(other_box)
    ]


@pytest.fixture(autouse=True)
def roomy_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 1920x1080 screen: room for every page whole. The offscreen screen is 800x800, and a
    page capped at its room would pass the size checks here whatever it needs."""
    monkeypatch.setattr(screen_bound_scroll, "screen_room", lambda _page: QSize(1880, 950))


def session_room(window: MainWindow) -> screen_bound_scroll.ScreenBoundScroll:
    scroll = window.session_view.live.parentWidget().parentWidget()  # the viewport's area
    assert isinstance(scroll, screen_bound_scroll.ScreenBoundScroll)
    return scroll


def whole_without_scrolling(window: MainWindow) -> None:
    """On a screen with room: the session page shown whole, no scroll bar beside it."""
    scroll = session_room(window)
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    assert window.session_view.live.height() <= scroll.viewport().height()


def settle() -> None:
    for _ in range(8):  # a new minimum climbs one level of widgets to the window per pass
        QApplication.processEvents()


def shrunk_as_far_as_it_goes(window: MainWindow) -> None:
    settle()
    window.resize(1, 1)  # as a user dragging its corner: Qt keeps it at its minimum
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert window.width() >= hint.width(), (window.size(), hint)
    assert window.height() >= hint.height(), (window.size(), hint)


@pytest.mark.usefixtures("in_german")
def test_the_smallest_window_still_shows_each_page_whole(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    shrunk_as_far_as_it_goes(window)
    assert clipped(window) == []
    window.start_routine()  # every control button shows
    shrunk_as_far_as_it_goes(window)
    live = window.session_view.live
    whole_without_scrolling(window)
    assert overlapping(live) == []
    assert clipped(window.session_view) == []
    live_needs = live.minimumSizeHint().height()
    window.session_view.driver.session.stop()  # type: ignore[union-attr]
    shrunk_as_far_as_it_goes(window)
    assert window.height() < live_needs  # the summary's own size: the live page is hidden
    assert overlapping(window.session_view.summary) == []
    assert clipped(window.session_view) == []


def squeezed(root: QWidget) -> list[str]:
    """Visible word-wrapped labels lower than their lines need at their width: text whose top
    and bottom are cut off, as in a window shrunk below what its page's words need."""
    QApplication.processEvents()
    return [
        f"{label.objectName()} {label.text()!r}: {label.height()} high, needs "
        f"{label.heightForWidth(label.width())}"
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
        if label.height() < label.heightForWidth(label.width())
    ]


@pytest.mark.usefixtures("in_german")
def test_the_smallest_window_shows_todays_words_whole(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    shrunk_as_far_as_it_goes(window)
    assert window.browser.today.streak.text()  # wraps to two lines in the smallest window
    assert squeezed(window) == []


@pytest.mark.usefixtures("in_german")
def test_back_on_the_list_after_a_session_the_window_shrinks_as_far_as_before(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    shrunk_as_far_as_it_goes(window)
    smallest_list = window.size()
    window.start_routine()  # the window grows for the session's controls
    QApplication.processEvents()
    assert window.width() > smallest_list.width()
    assert window.height() > smallest_list.height()
    window.session_view.driver.session.stop()  # type: ignore[union-attr]
    qtbot.mouseClick(window.session_view.summary.done_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.browser
    shrunk_as_far_as_it_goes(window)
    assert window.size() == smallest_list  # the hidden session pages hold it big no longer
    assert clipped(window) == []
    assert squeezed(window) == []


@pytest.mark.usefixtures("in_german")
def test_a_single_exercise_started_in_the_smallest_window_widens_it_no_more_than_it_needs(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    shrunk_as_far_as_it_goes(window)
    smallest_list = window.size()
    window.start_exercise("calf-stretch")
    QApplication.processEvents()
    live = window.session_view.live
    assert not live.next_exercise_button.isVisible()  # a routine's; this is one exercise
    assert window.minimumSizeHint().width() <= smallest_list.width()
    assert window.width() == smallest_list.width()  # taller for the session, not wider
    assert overlapping(live) == []
    assert clipped(window.session_view) == []


@pytest.mark.usefixtures("in_german")
def test_on_a_screen_too_small_for_the_session_it_scrolls_and_every_control_is_reached(
    qtbot: QtBot, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 1366x768 laptop at 150 %: 911x512 (screen_room takes off the title, menu and status
    # bars; a panel would take more).
    room = QSize(871, 382)
    monkeypatch.setattr(screen_bound_scroll, "screen_room", lambda _page: room)
    window = make_window()
    window.start_routine()  # the safety note as well: a first session's tallest page
    shrunk_as_far_as_it_goes(window)
    live = window.session_view.live
    assert live.safety_banner.isVisible()
    page_room = live.parentWidget().size()  # what is seen of the page
    assert page_room.height() <= room.height()  # the window fits the screen...
    assert live.height() > page_room.height()  # ...and the page, taller, scrolls
    assert session_room(window).verticalScrollBar().isVisible()
    assert live.room() == page_room  # its words are sized for what is seen, not for the page
    assert overlapping(live) == []
    scroll = session_room(window)
    for button in (live.stop_button, live.next_exercise_button, live.safety_banner):
        scroll.ensureWidgetVisible(button)
        QApplication.processEvents()
        assert not button.visibleRegion().isEmpty(), button.objectName()
    before = [label.font().pointSizeF() for label in (live.step_label, live.instruction)]
    window.resize(window.width() + 300, window.height())  # wider: the words follow the room
    QApplication.processEvents()
    after = [label.font().pointSizeF() for label in (live.step_label, live.instruction)]
    assert after == before  # as tall a room as before: no bigger, though the page is taller


@pytest.mark.usefixtures("in_german")
def test_a_step_with_longer_words_grows_the_smallest_window_with_no_scroll_bar(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.start_routine()
    live = window.session_view.live
    safety_ok = live.safety_banner.findChild(QAbstractButton, "safetyOk")
    qtbot.mouseClick(safety_ok, Qt.MouseButton.LeftButton)  # its note out of the way
    shrunk_as_far_as_it_goes(window)
    scroll = session_room(window)
    heights = {window.height()}
    for _ in range(12):  # step by step through the first exercises, as Right does
        qtbot.keyClick(window, Qt.Key.Key_Right)
        QApplication.processEvents()
        assert not scroll.verticalScrollBar().isVisible()  # not even for a moment
        for _ in range(8):  # a new minimum climbs one level of the window per pass
            QApplication.processEvents()
            assert not scroll.verticalScrollBar().isVisible()
        whole_without_scrolling(window)
        assert overlapping(live) == []
        heights.add(window.height())
    assert len(heights) > 1  # some step needed more room than the one before: the window grew


@pytest.mark.usefixtures("in_german")
def test_when_the_screen_gets_smaller_the_window_follows_and_the_session_scrolls(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.start_routine()
    shrunk_as_far_as_it_goes(window)
    whole_without_scrolling(window)
    # The window is moved to the laptop's 150 % screen, or a panel takes the room: Qt says so.
    settle()
    small = QSize(871, 382)
    monkeypatch.setattr(screen_bound_scroll, "screen_room", lambda _page: small)
    window.screen().availableGeometryChanged.emit(QRect(0, 0, 911, 512))
    settle()
    around = window.height() - session_room(window).height()  # the menu and status bars
    assert window.minimumSize().height() <= small.height() + around  # by itself, at once
    shrunk_as_far_as_it_goes(window)
    scroll = session_room(window)
    assert scroll.viewport().height() <= small.height()
    assert scroll.verticalScrollBar().isVisible()
    assert overlapping(window.session_view.live) == []
