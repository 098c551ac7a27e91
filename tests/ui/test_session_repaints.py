"""What a still hold costs: the session wakes once a second, the page is painted once a second
(the countdown, the time left and the progress bar, in one pass), nothing is laid out again, and
the picture is not repainted. The CPU benchmark (benchmarks/run.py, ``dose_cpu_pct``) measures
the same thing in real time; this counts it with a fake clock, so a regression fails here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import StepKind, build_plan
from footcare_gui.ui.session_view import SessionView
from footcare_gui.ui.widgets.figure_view import TRANSITION_MS
from tests.fakes import FakeWakeTimer
from tests.ui import test_figures_ui
from tests.ui.test_figures_ui import Running

# The session in the real view with fake timers, as the picture's tests run it.
run, figures = test_figures_ui.run, test_figures_ui.figures

HOLD_SECONDS = 20


class EventCounter(QObject):
    """Counts, per widget, the events that cost: paint passes, paints and relayouts."""

    KINDS = (QEvent.Type.UpdateRequest, QEvent.Type.Paint, QEvent.Type.LayoutRequest)

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[tuple[QEvent.Type, int]] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS:
            self.counts[(event.type(), id(watched))] += 1
        return False

    def of(self, kind: QEvent.Type, widget: QWidget) -> int:
        return self.counts[(kind, id(widget))]

    def layouts(self) -> int:
        return sum(n for (kind, _), n in self.counts.items() if kind is QEvent.Type.LayoutRequest)


@pytest.fixture
def calf_stretch_hold(
    run: Callable[..., Running], catalogue: Catalogue
) -> tuple[SessionView, FakeWakeTimer, FakeWakeTimer]:
    """The calf stretch at its own dose, in the real view, at the start of its first hold
    with the picture's movement into the hold over; the session's and the picture's timers
    fake."""
    running = run(build_plan(catalogue.get("calf-stretch")))
    running.to_step(StepKind.HOLD)
    running.advance(TRANSITION_MS + 100)  # the picture eases into the hold...
    assert not running.view.live.figure.animating  # ...and is still now
    return running.view, running.timer, running.frames


def test_a_still_hold_wakes_and_paints_the_page_once_a_second(
    calf_stretch_hold: tuple[SessionView, FakeWakeTimer, FakeWakeTimer],
) -> None:
    view, timer, frames = calf_stretch_hold
    live = view.live
    counter = EventCounter()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    wakes_before, frames_before = timer.wakes, frames.wakes
    try:
        for _second in range(HOLD_SECONDS):
            timer.advance(1000)
            QApplication.processEvents()
    finally:
        app.removeEventFilter(counter)

    assert live.ring.text() == str(30 - HOLD_SECONDS)  # the countdown went on
    assert timer.wakes - wakes_before <= HOLD_SECONDS  # one wake a second, no more
    assert frames.wakes == frames_before  # no frame of the picture is scheduled
    window = view.window()
    # One paint pass a second: QProgressBar.setValue repaints at once (a pass of its own)
    # unless held back; the countdown and the progress bar are both QProgressBars.
    assert counter.of(QEvent.Type.UpdateRequest, window) <= HOLD_SECONDS
    assert counter.of(QEvent.Type.Paint, live.ring) <= HOLD_SECONDS
    assert counter.of(QEvent.Type.Paint, live.figure) == 0  # the picture keeps still
    # The words that change each second do not lay the page out again.
    assert counter.layouts() == 0


def test_what_the_partial_repaints_leave_on_screen_is_the_whole_picture(
    calf_stretch_hold: tuple[SessionView, FakeWakeTimer, FakeWakeTimer],
) -> None:
    """Each second repaints only the countdown's digits, the tip of its arc and the grown end
    of the progress bar: the screen must still show exactly what painting all of it shows."""
    view, timer, _frames = calf_stretch_hold
    for second in range(32):  # the whole hold, and on into the next step
        timer.advance(1000)
        QApplication.processEvents()
        if second % 4 and second < 30:
            continue  # compared every few seconds: a leftover stays on screen once made
        on_screen = view.screen().grabWindow(view.winId()).toImage()
        whole = view.grab().toImage()
        assert on_screen.convertToFormat(whole.format()) == whole, f"after {second + 1} s"
