"""Read-only rich text that screen readers can read: a QTextBrowser sized to its content.

A rich-text QLabel reaches AT-SPI as a name only, with no Text interface, and every change of
its text makes Qt's AT-SPI bridge warn "Received text event for invalid interface" (the label's
internal text control sends text events the label's accessible interface cannot carry). A
QTextBrowser has the Text interface: a screen reader can read it line by line.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget


class RichTextView(QTextBrowser):
    """Shows HTML whole, as tall as its text at its width: the page scrolls, not this."""

    def __init__(self, parent: QWidget | None = None, object_name: str = ""):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self._html = ""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.viewport().setAutoFillBackground(False)  # on the window, like text
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        # Read, not typed: Tab passes it by (a scrolling page around it takes the keys) and
        # moves on from it; a click still selects, and screen readers read it over AT-SPI.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def setText(self, html: str) -> None:  # as QLabel's, so callers need not care
        if html == self._html:
            return
        self._html = html
        self.setHtml(html)
        self.updateGeometry()

    def text(self) -> str:
        """The HTML as given (Qt's toHtml() rewrites it)."""
        return self._html

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        document = self.document().clone()
        document.setTextWidth(max(1, width - 2 * self.frameWidth()))
        return ceil(document.size().height()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width wraps to a new height
