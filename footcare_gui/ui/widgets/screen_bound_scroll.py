"""A page held whole while the screen has room for it, and scrolled only when it has none."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen, QShowEvent
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
    push its buttons below the screen's edge. Here the page scrolls instead. While the screen
    has room the scroll bars are off: a page that grows at a step change (a longer instruction)
    grows the window, a moment later, without a bar flashing in and the words reflowing twice.
    """

    room_changed = Signal(QSize)  # the room the page is shown in: what is seen of it

    def __init__(self, page: QWidget, name: str, description: str, parent: QWidget | None = None):
        """``name`` and ``description``: what a screen reader says of the page."""
        super().__init__(parent)
        self._page = page
        self._screen: QScreen | None = None
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the session's, not scrolling
        self.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)
        page.installEventFilter(self)
        self._follow_room()

    def scrolls(self) -> bool:
        """Whether the screen is too small for the page: then, and only then, it scrolls."""
        need = self._need()
        room = screen_room(self)
        return need.height() > room.height() or need.width() > room.width()

    def _need(self) -> QSize:
        return self._page.minimumSizeHint().expandedTo(self._page.minimumSize())

    def minimumSizeHint(self) -> QSize:
        need = self._need()
        room = screen_room(self)
        if need.height() > room.height():  # it scrolls: room for the bar beside it
            need.setWidth(need.width() + self.verticalScrollBar().sizeHint().width())
        if need.width() > room.width():  # and below it
            need.setHeight(need.height() + self.horizontalScrollBar().sizeHint().height())
        return need.boundedTo(room)

    def sizeHint(self) -> QSize:
        return self._page.sizeHint().boundedTo(screen_room(self))

    def _follow_room(self) -> None:
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self.scrolls()
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if policy != self.verticalScrollBarPolicy():  # a new policy lays the bars out again
            self.setVerticalScrollBarPolicy(policy)
            self.setHorizontalScrollBarPolicy(policy)
        self.updateGeometry()  # the page's minimum, or the screen, changed: so does the window's

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and self._screen is None:  # once: the window's screen from now
            handle.screenChanged.connect(self._screen_changed)
            self._screen_changed(handle.screen())

    def _screen_changed(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self._available_changed)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._available_changed)
        self._follow_room()

    def _available_changed(self, _area: QRect) -> None:
        self._follow_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.room_changed.emit(self.viewport().size())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.LayoutRequest:
            self._follow_room()
        return super().eventFilter(watched, event)
