"""A whole routine in the real session view: transitions, exercise skips by key and button, and
the summary of each exercise. The view is driven by a real SessionDriver on a fake timer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue, Exercise
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.plan import Dose, Plan, build_plan, build_routine_plan
from footcare_gui.core.session import SegmentStatus, Session, SessionState
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.driver import SessionDriver
from footcare_gui.ui.session_view import SessionView
from tests.fakes import FakeWakeTimer
from tests.ui.conftest import answer_next_question

LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def routine(catalogue: Catalogue) -> Plan:
    """Calf stretch 0-75 s; Achilles (transition 15 s, four 3 s holds) 75-102 s; toe pulling
    (transition 15 s, two self-paced pulls per foot) from 102 s."""

    def dosed(exercise_id: str, **changes: int) -> tuple[Exercise, Dose]:
        exercise = catalogue.get(exercise_id)
        return exercise, replace(Dose.default_for(exercise), **changes)

    return build_routine_plan(
        [
            dosed("calf-stretch"),
            dosed("achilles-stretch", reps=2, sets=1),
            dosed("toe-pulling", reps=2),
        ],
        name="Morning",
    )


@pytest.fixture
def make_view(
    qtbot: QtBot, settings: Settings, clock: ManualClock, timer: FakeWakeTimer
) -> Iterator[Callable[..., SessionView]]:
    views: list[SessionView] = []

    def make(plan: Plan, audio: AudioCues | None = None) -> SessionView:
        view = SessionView(settings, audio)
        view.resize(1000, 700)
        with qtbot.waitActive(view):  # the session's keys need the focus in an active window
            view.show()
            view.activateWindow()
        views.append(view)
        view.run(SessionDriver(Session(plan, clock), timer))
        return view

    yield make
    for view in views:  # no session may outlive its test
        view.abandon()
        view.close()
        view.deleteLater()


def shown(view: SessionView) -> tuple[str, str, str]:
    return view.kind_chip.text(), view.step_label.text(), view.ring.text()


def session_of(view: SessionView) -> Session:
    assert view.driver is not None
    return view.driver.session


def test_a_routine_shows_where_it_is_and_the_exercise_controls(
    make_view: Callable[..., SessionView], routine: Plan
) -> None:
    view = make_view(routine)
    assert view.title.text() == "Morning"
    assert view.routine_position.isVisible()
    assert view.routine_position.text() == "Exercise 1 of 3 · Calf stretch"
    assert shown(view) == ("GET READY", "Get ready", "5")
    buttons = (view.previous_exercise_button, view.next_exercise_button)
    assert [b.isVisible() for b in buttons] == [True, True]
    assert [b.text() for b in buttons] == ["◀◀  Previous exercise", "Next exercise  ▶▶"]
    assert [b.toolTip() for b in buttons] == [
        "Start this exercise again, or go to the one before (Shift+Left)",
        "Skip the rest of this exercise (Shift+Right)",
    ]
    assert view.again_button.toolTip() == "Start the same routine again"


def test_a_single_exercise_has_no_exercise_controls(
    qtbot: QtBot,
    make_view: Callable[..., SessionView],
    catalogue: Catalogue,
    timer: FakeWakeTimer,
) -> None:
    view = make_view(build_plan(catalogue.get("calf-stretch")))
    assert not view.routine_position.isVisible()
    assert not view.previous_exercise_button.isVisible()
    assert not view.next_exercise_button.isVisible()
    timer.advance(10_000)
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)  # would end a one-exercise session
    assert session_of(view).state is SessionState.RUNNING
    assert session_of(view).index == 1
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the plain keys still work
    assert shown(view) == ("SWITCH FEET", "Switch to your right foot", "10")


def test_the_transition_says_what_is_next_and_counts_down(
    make_view: Callable[..., SessionView], routine: Plan, timer: FakeWakeTimer
) -> None:
    view = make_view(routine)
    timer.advance(70_000)  # the right calf hold, 5 s left
    assert view.next_up.text() == "Next: Achilles tendon stretch (exercise 2 of 3)"
    timer.advance(5_000)
    assert shown(view) == ("UP NEXT", "Next: Achilles tendon stretch", "15")
    assert view.ring.caption() == "seconds to get ready"
    assert view.instruction.text().startswith("Stand on a kerb or a stair")
    assert " First: " in view.instruction.text()
    assert view.position.text() == "Exercise 2 of 3"
    assert view.routine_position.text() == "Exercise 2 of 3 · Achilles tendon stretch"
    assert view.next_up.text() == "Next: Heels down · 3 s · rep 1 of 2"
    timer.advance(1_000)
    assert view.ring.text() == "14"
    timer.advance(14_000)
    assert shown(view) == ("HOLD", "Heels down", "3")


def test_a_whole_routine_with_exercise_skips_by_key_and_button(
    qtbot: QtBot, make_view: Callable[..., SessionView], routine: Plan, timer: FakeWakeTimer
) -> None:
    view = make_view(routine)
    timer.advance(75_000)  # the calf stretch done, into the Achilles transition
    assert view.step_label.text() == "Next: Achilles tendon stretch"
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    assert shown(view) == ("UP NEXT", "Next: Toe pulling", "15")
    assert view.routine_position.text() == "Exercise 3 of 3 · Toe pulling"
    assert "Left foot" in view.position.text()
    timer.advance(1_000)
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)  # just begun: back to the one before
    assert shown(view) == ("UP NEXT", "Next: Achilles tendon stretch", "15")
    qtbot.mouseClick(view.next_exercise_button, LEFT)
    assert view.step_label.text() == "Next: Toe pulling"
    timer.advance(15_000)
    assert shown(view) == ("MOVE", "Pull", "1")
    qtbot.keyClick(view, Qt.Key.Key_Space)  # one pull counted
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)  # the last exercise: this ends the routine
    assert view.summary_title.text() == "Routine ended"  # 1 of 3 done is not a routine done
    assert view.summary_text.text().startswith("Morning: 1 of 3 exercises done\nTime: ")
    assert view.routine_summary.isVisible()
    assert view.routine_summary.text().splitlines() == [
        "✓ Calf stretch — done",
        "\N{EN DASH} Achilles tendon stretch — skipped",
        "◐ Toe pulling — 1 of 4 reps",
    ]
    assert [p.status for p in view.segment_summaries()] == [
        SegmentStatus.DONE,
        SegmentStatus.SKIPPED,
        SegmentStatus.PARTLY,
    ]
    assert not timer.active


def test_previous_exercise_later_in_an_exercise_starts_it_over(
    qtbot: QtBot, make_view: Callable[..., SessionView], routine: Plan, timer: FakeWakeTimer
) -> None:
    view = make_view(routine)
    timer.advance(40_000)  # switching feet in the calf stretch
    qtbot.mouseClick(view.previous_exercise_button, LEFT)
    assert shown(view) == ("GET READY", "Get ready", "5")
    assert view.routine_position.text() == "Exercise 1 of 3 · Calf stretch"
    timer.advance(1_000)
    assert view.ring.text() == "4"


def test_exercise_keys_while_paused_keep_the_session_paused(
    qtbot: QtBot, make_view: Callable[..., SessionView], routine: Plan, timer: FakeWakeTimer
) -> None:
    view = make_view(routine)
    timer.advance(10_000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    assert shown(view) == ("Paused · UP NEXT", "Next: Achilles tendon stretch", "15")
    assert view.ring.caption() == "paused"
    assert not timer.active
    timer.advance(60_000)
    assert view.ring.text() == "15"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    timer.advance(15_000)
    assert shown(view) == ("HOLD", "Heels down", "3")


def test_stopping_a_routine_lists_what_each_exercise_came_to(
    qtbot: QtBot, make_view: Callable[..., SessionView], routine: Plan, timer: FakeWakeTimer
) -> None:
    view = make_view(routine)
    timer.advance(96_000)  # calf done, one Achilles rep done
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.summary_title.text() == "Routine stopped"
    assert view.routine_summary.text().splitlines() == [
        "✓ Calf stretch — done",
        "◐ Achilles tendon stretch — 1 of 2 reps",
        "\N{EN DASH} Toe pulling — skipped",
    ]
    toes = view.segment_summaries()[2]
    assert toes.started_at_ms is None


def test_a_single_exercise_summary_has_no_routine_list(
    make_view: Callable[..., SessionView], catalogue: Catalogue, timer: FakeWakeTimer
) -> None:
    view = make_view(build_plan(catalogue.get("calf-stretch")))
    timer.advance(75_000)
    assert view.summary_title.text() == "Well done!"
    assert not view.routine_summary.isVisible()
    assert len(view.segment_summaries()) == 1


def test_the_transition_is_announced_with_the_next_exercise_name(
    make_view: Callable[..., SessionView], routine: Plan, timer: FakeWakeTimer, audio: AudioCues
) -> None:
    make_view(routine, audio)
    timer.advance(75_000)
    said = audio.voice.said  # type: ignore[attr-defined]
    assert said[-1] == "Get ready: Achilles tendon stretch"
    assert "Get ready: Morning" not in " ".join(said)


def test_the_safety_note_shows_before_the_first_exercise_only(
    make_view: Callable[..., SessionView], routine: Plan, timer: FakeWakeTimer
) -> None:
    view = make_view(routine)
    assert view.safety_banner.isVisible()
    session = session_of(view)
    while not session.step.label.startswith("Next:"):
        timer.advance(session.remaining_ms() or 1000)
    assert not view.safety_banner.isVisible()  # a transition is no second get-ready screen
