"""A widget showing an exercise picture, still or easing from one pose into the next.

The movement is a short transition started by a step change, timed on the monotonic clock
(the session's own, so tests move it with a fake clock): each frame asks the clock how far the
transition has got. Between transitions nothing is scheduled and nothing repaints; with reduced
motion (Preferences, or the desktop's "no animations" where Qt reports it) the picture changes
at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QSizePolicy, QWidget

from footcare_gui.core.clock import Clock, MonotonicClock
from footcare_gui.core.figure import Figure, Pose, blend, ease, pose_text
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.ui.wake_timer import QtWakeTimer, WakeTimer
from footcare_gui.ui.widgets.figure_painter import FigureColours, paint_figure, which_foot_mark

TRANSITION_MS = 500  # from one keyframe to the next: long enough to follow, short next to a hold
# 25 frames a second, and only while a transition runs: enough for a calm ease, at a cost the
# benchmark can see (benchmarks/run.py: the session at its own dose against it without picture).
FRAME_MS = 40
NO_PICTURE = QT_TRANSLATE_NOOP("FigureView", "Picture of the exercise")


def system_reduces_motion() -> bool:
    """True when the desktop asks for no animations, as far as Qt can tell: its platform theme
    turns "general UI effects" off. A platform without a theme (offscreen, a bare X server)
    says nothing, and is not taken as asking."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.platformName() in ("offscreen", "minimal"):
        return False
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class FigureView(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        clock: Clock | None = None,
        timer: WakeTimer | None = None,
        minimum: int = 120,
    ):
        _install_accessible_factory()
        super().__init__(parent)
        self._clock: Clock = clock or MonotonicClock()
        self._timer: WakeTimer = timer or QtWakeTimer(self)
        self._figure: Figure | None = None
        self._foot: str | None = "right"
        self._pose: Pose | None = None
        self._path: tuple[Pose, ...] = ()  # the keyframes of the running transition
        self._started_ms = 0
        self.mark = True
        self.reduce_motion = False  # the owner keeps it in step with Preferences
        self.paints = 0  # paint events, for the tests that check a hold stays still
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(minimum, minimum)
        self.setAccessibleName(translate("FigureView", NO_PICTURE))

    def use_clock(self, clock: Clock, timer: WakeTimer | None = None) -> None:
        """Time the transitions on ``clock`` (a session's own), waking with ``timer``."""
        self._stop()
        self._clock = clock
        if timer is not None:
            self._timer = timer

    # --- what is shown -----------------------------------------------------------------------
    @property
    def figure(self) -> Figure | None:
        return self._figure

    @property
    def pose(self) -> Pose | None:
        return self._pose

    @property
    def animating(self) -> bool:
        return bool(self._path)

    def set_figure(self, figure: Figure | None, foot: str | None = "right") -> None:
        """The exercise's pictures (None: it has none) and the working foot ("right", "left",
        "painful" or None for no mark). Shows nothing until a pose is given."""
        if figure is not self._figure or foot != self._foot:
            self._figure, self._foot = figure, foot
            self._stop()
            self._pose = None
            self.update()

    def show_pose(self, pose: Pose, name: str = "") -> None:
        """Shows ``pose`` at once, still."""
        self._stop()
        self._pose = pose
        self._describe(pose, name)
        self.update()

    def move_through(
        self, keyframes: tuple[Pose, ...], name: str = "", since_ms: int | None = None
    ) -> None:
        """Eases from what is shown now through ``keyframes``, then holds the last one still.

        Starts from the picture as it is this moment, even mid-way through a transition;
        ``since_ms``: the clock time the movement began (the step change), if already past."""
        if not keyframes:
            return
        target = keyframes[-1]
        self._describe(target, name)
        start = self._current_pose()
        if (
            start is None
            or self.reduce_motion
            or system_reduces_motion()
            or not self.isVisible()
            or (len(keyframes) == 1 and start == target)
        ):
            self.show_pose(target, name)
            return
        now = self._clock.now_ms()
        self._pose = start
        self._path = (start, *keyframes)
        self._started_ms = now if since_ms is None else min(now, since_ms)
        self._advance()  # a change long past (a late wake) is over already
        self.update()
        if self._path:
            self._timer.start_in(FRAME_MS, self._frame)

    def _current_pose(self) -> Pose | None:
        if self._path:
            self._advance()
        return self._pose

    def _frame(self) -> None:
        if not self._path:  # a paint on the way already saw the transition end
            return
        self._advance()
        self.update()
        if self._path:
            self._timer.start_in(FRAME_MS, self._frame)

    def _advance(self) -> None:
        """Moves the picture to where the transition is now; ends it when it is over."""
        elapsed = self._clock.now_ms() - self._started_ms
        legs = len(self._path) - 1
        leg = min(legs - 1, elapsed // TRANSITION_MS)
        within = (elapsed - leg * TRANSITION_MS) / TRANSITION_MS
        if elapsed >= legs * TRANSITION_MS:
            self._pose = self._path[-1]
            self._path = ()
            return
        self._pose = blend(self._path[leg], self._path[leg + 1], ease(within))

    def _stop(self) -> None:
        if self._path:
            self._pose = self._path[-1]
        self._path = ()
        self._timer.stop()

    def _describe(self, pose: Pose, name: str) -> None:
        self.setAccessibleName(name or translate("FigureView", NO_PICTURE))
        description = pose_text(pose)
        if self._figure is not None and self._foot is not None:
            mark = which_foot_mark(self._figure, self._foot)
            description = f"{description} ({mark})" if description else mark
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
            self.setToolTip(description)

    # --- painting ----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        if self._path:
            self._advance()  # where the transition is at this moment, by the clock
            if not self._path:
                self._timer.stop()
        if self._figure is None or self._pose is None:
            return
        painter = QPainter(self)
        colours = FigureColours.for_palette(self.palette(), QPalette.ColorRole.Window)
        paint_figure(
            painter,
            QRectF(self.rect()).adjusted(4, 4, -4, -4),
            self._figure,
            self._pose,
            colours,
            self._foot if self.mark else None,
            # The arrows and the magnified circle belong to the still picture; left out while
            # it moves, a frame costs half as much.
            arrows=not self._path,
            inset=not self._path,
        )
        painter.end()


def _figure_accessible(_class_name: str, thing: QObject) -> QAccessibleInterface | None:
    """Screen readers meet the picture as a graphic, with its name and description."""
    if isinstance(thing, FigureView):
        return QAccessibleWidget(thing, QAccessible.Role.Graphic)
    return None


_factory_installed = False


def _install_accessible_factory() -> None:
    global _factory_installed
    if not _factory_installed:  # factories are process-wide; one is enough
        QAccessible.installFactory(_figure_accessible)
        _factory_installed = True
