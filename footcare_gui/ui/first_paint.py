"""Work that can wait until the window is on screen: start-up is judged by the first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, callback: Callable[[], None]):
        super().__init__(app)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)  # after this paint, not inside it
            self.deleteLater()  # and the filter with it
        return False


def after_first_paint(callback: Callable[[], None]) -> None:
    """Run ``callback`` from the event loop once anything has been painted."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.installEventFilter(_FirstPaint(app, callback))
