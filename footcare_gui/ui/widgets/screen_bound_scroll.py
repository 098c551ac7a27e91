"""A page held whole while the screen has room for it, and scrolled only when it has none."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# What the rest of a window takes around its page: the title bar and frame, the menu and status
# bars. The window manager's share is not known before the window is shown, so this is generous.
AROUND_THE_PAGE = QSize(40, 130)


def screen_room(widget: QWidget) -> QSize:
    """The room a page has on the screen its window is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - AROUND_THE_PAGE


class ScreenBoundScroll(QScrollArea):
    """Asks for its page's whole minimum size, but never for more than the screen has.

    The main window's minimum follows its pages, so a page that needs more than the screen
    (a session at 150 % on a 1366x768 laptop, a long instruction from a custom catalogue) would
    push its buttons below the screen's edge. Here the page scrolls instead; where the screen
    has room, no scroll bar ever shows.
    """

    room_changed = Signal(QSize)  # the room the page is shown in: what is seen of it

    def __init__(self, page: QWidget, name: str, description: str, parent: QWidget | None = None):
        """``name`` and ``description``: what a screen reader says of the page."""
        super().__init__(parent)
        self._page = page
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the session's, not scrolling
        self.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)
        page.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        page = self._page
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = screen_room(self)
        if need.height() > room.height():  # it scrolls: room for the scroll bar beside it
            need.setWidth(need.width() + self.verticalScrollBar().sizeHint().width())
        return need.boundedTo(room)

    def sizeHint(self) -> QSize:
        return self._page.sizeHint().boundedTo(screen_room(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.room_changed.emit(self.viewport().size())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the page's minimum changed: so does the window's
        return super().eventFilter(watched, event)
