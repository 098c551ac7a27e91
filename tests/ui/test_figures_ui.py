"""The pictures in the app: the session eases into each step's pose when the step changes and
then keeps still (no repaint during a hold), honours reduced motion, mirrors the picture for the
left foot; the exercise details show every step's picture; the routine list has small ones."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock, local_now
from footcare_gui.core.figure import Figure
from footcare_gui.core.figure_geometry import HAND_RADIUS, skeleton
from footcare_gui.core.plan import Dose, FeetChoice, Plan, StepKind, build_plan
from footcare_gui.core.session import Session
from footcare_gui.services.figures import figures_for
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.settings import Settings
from footcare_gui.ui.exercise_browser import ExerciseBrowser
from footcare_gui.ui.prompts import DialogPrompts
from footcare_gui.ui.session_controller import SessionController
from footcare_gui.ui.session_view import SessionView
from footcare_gui.ui.widgets import figure_view
from footcare_gui.ui.widgets.figure_painter import FigureColours, paint_figure
from footcare_gui.ui.widgets.figure_parts import HALO
from footcare_gui.ui.widgets.figure_strip import figure_icon
from footcare_gui.ui.widgets.figure_view import TRANSITION_MS
from tests.fakes import FakeWakeTimer


@pytest.fixture(scope="module")
def figures(catalogue: Catalogue) -> dict[str, Figure]:
    return figures_for(catalogue)


class Running:
    """A session in the real view, with the session's and the picture's timers both fake."""

    def __init__(self, view: SessionView, clock: ManualClock, timer: FakeWakeTimer):
        self.view, self.clock, self.timer = view, clock, timer
        self.frames = FakeWakeTimer(clock)
        view.live.figure.use_clock(clock, self.frames)

    @property
    def session(self) -> Session:
        assert self.view.driver is not None
        return self.view.driver.session

    def advance(self, ms: int) -> None:
        """Let ``ms`` pass, waking each timer when it comes due, in order, painting as it goes."""
        end = self.clock.now_ms() + ms
        while True:
            due = [t for t in (self.timer, self.frames) if t.due_ms is not None and t.due_ms <= end]
            if not due:
                self.clock.set(end)
                break
            first = min(due, key=lambda t: t.due_ms or 0)
            first.advance((first.due_ms or 0) - self.clock.now_ms())
            QApplication.processEvents()
        QApplication.processEvents()

    def to_step(self, kind: StepKind) -> None:
        while self.session.step.kind is not kind:
            self.advance(self.session.remaining_ms() or 10)


@pytest.fixture
def run(
    qtbot: QtBot,
    settings: Settings,
    clock: ManualClock,
    timer: FakeWakeTimer,
    figures: dict[str, Figure],
    catalogue: Catalogue,
) -> Iterator[Callable[..., Running]]:
    controllers: list[SessionController] = []

    def start(plan: Plan, with_figures: bool = True) -> Running:
        controller = SessionController(
            catalogue,
            lambda: None,  # no painful foot said
            settings,
            clock,
            lambda _parent: timer,
            lambda: None,
            None,
            local_now,
            RoutineBook(None, catalogue),  # in memory
            list,
            list,
            DialogPrompts(),
            figures=figures if with_figures else {},
        )
        controllers.append(controller)
        view = controller.view
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)
        controller.start(plan, None)
        running = Running(view, clock, timer)
        QApplication.processEvents()
        return running

    yield start
    for controller in controllers:
        controller.abandon()
        controller.view.close()
        controller.view.deleteLater()
        controller.deleteLater()


def test_a_step_change_eases_into_the_new_pose_which_then_keeps_still(
    run: Callable[..., Running], catalogue: Catalogue, figures: dict[str, Figure]
) -> None:
    running = run(build_plan(catalogue.get("calf-stretch")))
    figure, picture = figures["calf-stretch"], running.view.live.figure
    assert picture.isVisible()
    assert not picture.animating
    assert picture.pose == figure.pose("start")  # get ready: the starting position, still

    running.to_step(StepKind.HOLD)
    assert picture.animating  # the step change started the movement
    assert running.frames.active
    running.advance(TRANSITION_MS // 2)
    halfway = picture.pose
    assert halfway not in (figure.pose("start"), figure.pose("lean"))
    running.advance(TRANSITION_MS // 2 + 50)
    assert not picture.animating  # over: nothing scheduled
    assert not running.frames.active
    assert picture.pose == figure.pose("lean")

    painted = picture.paints
    running.advance(20_000)  # twenty seconds of the hold: the countdown ticks on
    assert running.view.live.ring.text() == "10"
    assert picture.paints == painted  # ...and the picture is not repainted once
    assert running.frames.wakes < TRANSITION_MS // 10  # frames only during the movement


def test_reduced_motion_in_preferences_changes_the_picture_at_once(
    run: Callable[..., Running],
    catalogue: Catalogue,
    settings: Settings,
    figures: dict[str, Figure],
) -> None:
    settings.reduce_motion = True
    running = run(build_plan(catalogue.get("calf-stretch")))
    running.to_step(StepKind.HOLD)
    assert not running.view.live.figure.animating
    assert running.view.live.figure.pose == figures["calf-stretch"].pose("lean")
    assert running.frames.wakes == 0
    assert not running.frames.active


def test_the_desktops_no_animation_setting_changes_the_picture_at_once(
    run: Callable[..., Running],
    catalogue: Catalogue,
    figures: dict[str, Figure],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(figure_view, "system_reduces_motion", lambda: True)
    running = run(build_plan(catalogue.get("calf-stretch")))
    running.to_step(StepKind.HOLD)
    assert not running.view.live.figure.animating
    assert running.view.live.figure.pose == figures["calf-stretch"].pose("lean")


def test_the_system_setting_is_read_from_qts_ui_effects(monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert app is not None
    assert not figure_view.system_reduces_motion()  # offscreen has no desktop to ask
    monkeypatch.setattr(QApplication, "platformName", lambda *_: "xcb")
    monkeypatch.setattr(QApplication, "isEffectEnabled", lambda *_: False)
    assert figure_view.system_reduces_motion()
    monkeypatch.setattr(QApplication, "isEffectEnabled", lambda *_: True)
    assert not figure_view.system_reduces_motion()


def test_each_counted_toe_pull_shows_the_curl_at_the_users_pace(
    run: Callable[..., Running], catalogue: Catalogue, figures: dict[str, Figure], qtbot: QtBot
) -> None:
    exercise = catalogue.get("toe-pulling")
    plan = build_plan(exercise, replace(Dose.default_for(exercise), reps=3))
    running = run(plan)
    running.to_step(StepKind.MOVE)
    picture, figure = running.view.live.figure, figures["toe-pulling"]
    running.advance(2 * TRANSITION_MS + 50)
    assert picture.pose == figure.pose("curl")
    assert not picture.animating
    running.advance(5_000)  # the user takes their time: still curled, nothing moves
    assert not running.frames.active
    qtbot.keyClick(running.view, Qt.Key.Key_Space)  # one pull counted
    assert running.session.step.position.rep == 2
    assert picture.animating  # toes flat, then curled again
    running.advance(TRANSITION_MS)
    flat = figure.pose("stand").angles["work_leg.toes"]
    assert picture.pose is not None
    assert picture.pose.angles["work_leg.toes"] == pytest.approx(flat, abs=5)
    running.advance(TRANSITION_MS + 50)
    assert picture.pose == figure.pose("curl")
    assert not picture.animating


def test_the_picture_shows_and_names_the_working_foot_mirrored_for_the_left(
    run: Callable[..., Running], catalogue: Catalogue
) -> None:
    exercise = catalogue.get("calf-stretch")
    running = run(build_plan(exercise, replace(Dose.default_for(exercise), feet=FeetChoice.BOTH)))
    picture = running.view.live.figure
    assert "Left foot" in picture.accessibleDescription()
    interface = QAccessible.queryAccessibleInterface(picture)  # what a screen reader meets
    assert interface.role() == QAccessible.Role.Graphic
    assert "Left foot" in interface.text(QAccessible.Text.Description)
    assert interface.text(QAccessible.Text.Name).startswith("Picture: Calf stretch")
    assert "lean" not in picture.accessibleName()
    assert picture.accessibleName().startswith("Picture: Calf stretch")
    running.to_step(StepKind.SWITCH)
    assert "Right foot" in picture.accessibleDescription()
    assert "wall" in picture.accessibleDescription()  # the pose's own description


def render(figure: Figure, foot: str | None, dark: bool = False) -> QImage:
    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    colours = FigureColours.for_print()
    image.fill(colours.background)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, 240, 240), figure, figure.pose("lean"), colours, foot)
    painter.end()
    return image


def test_the_left_foots_picture_is_the_right_foots_mirrored(figures: dict[str, Figure]) -> None:
    figure = figures["calf-stretch"]
    right = render(figure, "right").copy(0, 40, 240, 200)  # below the foot's word
    left = render(figure, "left").copy(0, 40, 240, 200)
    assert left != right
    mirrored = right.flipped(Qt.Orientation.Horizontal)
    differing = sum(
        1
        for y in range(0, 200, 2)
        for x in range(0, 240, 2)
        if abs(QColor(left.pixel(x, y)).lightness() - QColor(mirrored.pixel(x, y)).lightness()) > 60
    )
    assert differing < 40  # the same picture, but for antialiasing at a few edges


def test_the_working_foot_is_in_the_accent_colour_and_named(figures: dict[str, Figure]) -> None:
    figure = figures["calf-stretch"]
    colours = FigureColours.for_print()
    image = render(figure, "right")
    work = colours.work
    found = any(QColor(image.pixel(x, y)) == work for y in range(180, 240) for x in range(0, 240))
    assert found


def test_an_exercise_without_pictures_shows_the_countdown_alone(
    run: Callable[..., Running], catalogue: Catalogue
) -> None:
    running = run(build_plan(catalogue.get("calf-stretch")), with_figures=False)
    assert not running.view.live.figure.isVisible()
    running.to_step(StepKind.HOLD)
    assert not running.view.live.figure.isVisible()
    assert not running.view.live.figure.animating


def test_the_exercise_details_show_the_starting_position_and_each_step(
    qtbot: QtBot, catalogue: Catalogue, figures: dict[str, Figure]
) -> None:
    browser = ExerciseBrowser(catalogue, figures=figures)
    qtbot.addWidget(browser)
    browser.resize(960, 640)
    browser.show()
    browser.select("calf-stretch")
    captions = [label.text() for label in browser.pictures.captions]
    assert captions == ["Starting position", "Step 1", "Steps 2 to 4"]
    views = browser.pictures.views
    assert [v.pose for v in views] == [
        figures["calf-stretch"].pose(n) for n in ("start", "step", "lean")
    ]
    assert views[0].accessibleName() == "Picture: Starting position"
    assert "arm's length" in views[0].accessibleDescription()
    browser.select("ankle-extension")
    assert len(browser.pictures.views) == 5
    plain = ExerciseBrowser(catalogue)  # a catalogue with no pictures
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.pictures.isVisible()
    assert not plain.pictures.views


def test_the_small_pictures_are_drawn_for_the_screens_pixel_ratio(
    figures: dict[str, Figure],
) -> None:
    palette = QApplication.palette()
    for ratio in (1.0, 2.0):
        icon = figure_icon(figures["toe-pulling"], 40, palette, ratio)
        sizes = icon.availableSizes()
        assert sizes  # drawn at full resolution
        assert sizes[0].width() == round(40 * ratio)


def test_routines_and_doses_lists_small_pictures_and_saves_the_exercise_sheet(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, settings: Settings
) -> None:
    import shutil
    import subprocess

    from footcare_gui.services.routine_book import RoutineBook
    from footcare_gui.ui.routine_editor import RoutineEditorDialog

    book = RoutineBook(None, catalogue)
    toe = catalogue.get("toe-pulling")
    dialog = RoutineEditorDialog(book, catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.exercise_list.item(i) for i in range(dialog.exercise_list.count())]
    assert all(not item.icon().isNull() for item in rows)
    dialog.draft.set_dose(toe.id, replace(Dose.default_for(toe), reps=35))  # not saved yet
    asked: list[str] = []
    target = tmp_path / "sheet.pdf"

    def choose(_parent: object, caption: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog.choose_save_file = choose
    qtbot.mouseClick(dialog.handout_button, Qt.MouseButton.LeftButton)
    assert asked == ["My routine.pdf"]
    assert target.exists()
    assert "sheet" in dialog.status.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "35 reps" in text  # the dose as set in the dialog


def test_a_paint_that_sees_the_movement_over_ends_it_and_its_frame_timer(
    run: Callable[..., Running], catalogue: Catalogue, figures: dict[str, Figure]
) -> None:
    running = run(build_plan(catalogue.get("calf-stretch")))
    running.to_step(StepKind.HOLD)
    picture = running.view.live.figure
    assert running.frames.active
    running.clock.advance(TRANSITION_MS + 10)  # the app was busy: no frame came in between
    picture.repaint()  # painted by the clock: the movement is over
    assert picture.pose == figures["calf-stretch"].pose("lean")
    assert not picture.animating
    assert not running.frames.active


def test_the_calf_stretch_hands_are_drawn_touching_the_wall(figures: dict[str, Figure]) -> None:
    # A blind reviewer saw the hands hover short of the wall ("hands on the wall", says the text)
    # and, leaning, fists by the face. The dark of a hand ends HALO/2 inside its radius.
    figure = figures["calf-stretch"]
    wall = next(p.x for p in figure.props if p.kind == "wall")
    drawn_radius = HAND_RADIUS - HALO / 2
    for pose in ("start", "step", "lean"):
        shape = skeleton(figure, figure.pose(pose)).points
        for hand in ("work_arm.hand", "other_arm.hand"):
            gap = wall - shape[hand][0] - drawn_radius
            assert -0.5 < gap < 0.5, f"{pose}: {hand} is drawn {gap:.1f} cm from the wall"
