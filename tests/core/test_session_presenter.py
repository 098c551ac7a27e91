"""What the session screen says and in which colour, read from the presenter without a widget."""

from __future__ import annotations

import sys

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.plan import Dose, StepKind, build_plan, build_routine_plan
from footcare_gui.core.session import Session
from footcare_gui.core.session_presenter import frame_of, summary_text
from footcare_gui.core.step_look import KIND_COLOURS, PAUSED_COLOUR


def started(catalogue: Catalogue, exercise_id: str) -> tuple[Session, ManualClock]:
    clock = ManualClock()
    session = Session(build_plan(catalogue.get(exercise_id)), clock)
    session.start()
    return session, clock


def test_a_frame_says_the_step_its_seconds_and_what_comes_next(catalogue: Catalogue) -> None:
    session, clock = started(catalogue, "calf-stretch")
    clock.advance(1_000)
    frame = frame_of(session)
    assert (frame.chip, frame.label, frame.colour) == (
        "GET READY",
        "Get ready",
        KIND_COLOURS[StepKind.PREPARE],
    )
    assert (frame.ring.text, frame.ring.caption, frame.ring.maximum) == ("4", "seconds", 5)
    assert frame.next_up == "Next: Hold the stretch · 30 s"
    assert frame.time_left == "1:14 left"
    assert (frame.pause_text, frame.pause_tip) == ("Pause", "Pause the timer (Space)")
    assert frame.first_step
    assert not frame.routine_position


def test_a_paused_frame_is_grey_and_says_so_in_words(catalogue: Catalogue) -> None:
    session, _clock = started(catalogue, "calf-stretch")
    session.pause()
    frame = frame_of(session)
    assert frame.colour == PAUSED_COLOUR
    assert frame.chip == "Paused · GET READY"
    assert frame.ring.caption == "paused"
    assert (frame.pause_text, frame.pause_tip) == ("Resume", "Resume the timer (Space)")


def test_a_counted_rep_waits_for_the_user(catalogue: Catalogue) -> None:
    session, _clock = started(catalogue, "toe-pulling")
    while not session.step.counted:
        session.skip()
    frame = frame_of(session)
    assert frame.ring.text == "1"
    assert frame.ring.caption.startswith("of ")
    assert frame.ring.caption.endswith("press Space")
    assert frame.pause_tip == "Pause the timer (P)"


def test_a_routine_summary_lists_each_exercise(catalogue: Catalogue) -> None:
    exercises = [catalogue.get(i) for i in ("calf-stretch", "ankle-flexion")]
    items = [(exercise, Dose.default_for(exercise)) for exercise in exercises]
    clock = ManualClock()
    session = Session(build_routine_plan(items, name="Morning"), clock)
    session.start()
    frame = frame_of(session)
    assert frame.routine_position.startswith("Exercise 1 of 2 · ")
    session.stop()
    text = summary_text(session.plan, session.summary(), session.segment_summaries())
    assert text.routine
    assert text.title == "Routine stopped"
    assert text.lines[0] == "Morning: 0 of 2 exercises done"
    assert [line.split(" ", 1)[0] for line in text.parts] == ["\N{EN DASH}", "\N{EN DASH}"]


def test_the_presenter_needs_no_qt() -> None:
    assert not any(name.startswith("PySide6") for name in _imports_of_presenter())


def _imports_of_presenter() -> set[str]:
    import subprocess

    code = (
        "import sys, footcare_gui.core.session_presenter; "
        "print(' '.join(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())
