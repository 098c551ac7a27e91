"""An exercise's pictures side by side: the starting position, then each step (steps that share
a picture share it), each captioned; and the small picture of an exercise for lists."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from footcare_gui.core.catalogue import Exercise
from footcare_gui.core.figure import Figure, pose_text
from footcare_gui.core.i18n import Context
from footcare_gui.ui.widgets.figure_painter import FigureColours, paint_figure
from footcare_gui.ui.widgets.figure_view import FigureView

FigureText = Context("FigureText")
COLUMNS = 3
PICTURE_HEIGHT = 170


def picture_groups(figure: Figure, exercise: Exercise) -> list[tuple[str, str]]:
    """(caption, pose name) for each picture: the starting position, then each run of steps
    that share a pose, e.g. ("Starting position", "start"), ("Steps 2 to 4", "lean")."""
    groups: list[tuple[str, str]] = [(FigureText.tr("Starting position"), figure.position)]
    runs: list[tuple[int, int, str]] = []
    for number, name in enumerate(figure.steps, start=1):
        if runs and runs[-1][2] == name:
            runs[-1] = (runs[-1][0], number, name)
        else:
            runs.append((number, number, name))
    for first, last, name in runs:
        if first == last:
            caption = FigureText.tr("Step {number}").format(number=first)
        else:
            caption = FigureText.tr("Steps {first} to {last}").format(first=first, last=last)
        groups.append((caption, name))
    return groups


class FigureStrip(QWidget):
    """The pictures of one exercise, still, in rows of three; empty without pictures."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.views: list[FigureView] = []
        self.captions: list[QLabel] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 8, 0, 8)
        self._grid.setHorizontalSpacing(12)

    def show_exercise(self, figure: Figure | None, exercise: Exercise) -> None:
        for widget in (*self.views, *self.captions):
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.views, self.captions = [], []
        self.setVisible(figure is not None)
        if figure is None:
            return
        for index, (caption, name) in enumerate(picture_groups(figure, exercise)):
            view = FigureView(self, minimum=130)
            view.mark = False
            view.setFixedHeight(PICTURE_HEIGHT)
            view.set_figure(figure, "right")
            pose = figure.pose(name)
            view.show_pose(pose, FigureText.tr("Picture: {caption}").format(caption=caption))
            label = QLabel(caption, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setWordWrap(True)
            label.setToolTip(pose_text(pose))
            row, column = divmod(index, COLUMNS)
            self._grid.addWidget(view, row * 2, column)
            self._grid.addWidget(label, row * 2 + 1, column)
            self.views.append(view)
            self.captions.append(label)
        # A fixed height: the scroll area then gives the text above it all the room it needs.
        rows = -(-len(self.views) // COLUMNS)
        caption = self.captions[0].sizeHint().height() * 2
        self.setFixedHeight(rows * (PICTURE_HEIGHT + caption + 6) + 16)


def figure_icon(figure: Figure, size: int, palette: QPalette, ratio: float = 1.0) -> QIcon:
    """The exercise's main pose (its first phase's, e.g. the calf stretch's lean) as a small
    icon, drawn for the screen's pixel ratio."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colours = FigureColours.for_palette(palette)
    pose = figure.pose(figure.phases[0][-1] if figure.phases else figure.position)
    rect = QRectF(0, 0, size, size)
    paint_figure(painter, rect, figure, pose, colours, None, arrows=False, inset=False)
    painter.end()
    return QIcon(pixmap)
