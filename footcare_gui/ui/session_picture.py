"""The movement beside the countdown: a listener of the session's step changes.

The session controller makes one with the view and has it follow each session's driver.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from footcare_gui.core.figure import Figure
from footcare_gui.core.plan import Foot
from footcare_gui.core.session import StepChange
from footcare_gui.services.settings import Settings
from footcare_gui.ui.driver import SessionDriver
from footcare_gui.ui.widgets.figure_view import FigureView

# How the picture names the working foot (a step with no foot works both).
FOOT_WORDS: dict[Foot | None, str] = {
    Foot.LEFT: "left",
    Foot.RIGHT: "right",
    Foot.AFFECTED: "painful",
}


class StepPicture(QObject):
    def __init__(self, view: FigureView, settings: Settings):
        super().__init__(view)
        self._view = view
        self._figures: dict[str, Figure] = {}
        self._settings = settings
        self._driver: SessionDriver | None = None

    def follow(self, driver: SessionDriver, figures: Mapping[str, Figure]) -> None:
        """Show ``driver``'s session from its first step (before it starts). The previous
        driver is still alive: the controller deletes it later."""
        if self._driver is not None:
            self._driver.step_changed.disconnect(self.show_step)
        self._driver = driver
        self._figures = dict(figures)  # the exercises' pictures, by exercise id
        driver.step_changed.connect(self.show_step)
        self._view.use_clock(driver.session.clock)
        self._view.set_figure(None)

    def show_step(self, change: StepChange) -> None:
        """The picture of the new step: eased into from the last one (a still at the start,
        on a change of foot, or with reduced motion), then still for as long as the step."""
        if self._driver is None:
            return
        picture = self._view
        step = change.step
        segment = self._driver.session.plan.segment_of(step)
        figure = self._figures.get(segment.exercise_id)
        picture.setVisible(figure is not None)
        if figure is None:
            picture.set_figure(None)
            return
        picture.set_figure(figure, FOOT_WORDS.get(step.position.foot, "right"))
        picture.reduce_motion = self._settings.reduce_motion
        name = self.tr("Picture: {exercise}, {step}").format(
            exercise=segment.exercise_name, step=step.label
        )
        keyframes = figure.keyframes_for(step)
        if change.previous is None or picture.pose is None:
            picture.show_pose(keyframes[-1], name)
        else:
            picture.move_through(keyframes, name, change.at_ms)
