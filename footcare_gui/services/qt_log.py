"""Routes Qt's own messages into Python logging, so the app has one log with one format.

Qt's multimedia module probes for PipeWire and announces its FFmpeg version on every start;
on machines without PipeWire that reads like an error although nothing is wrong, so those
categories are logged at debug level. Everything else keeps its level.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Categories whose messages are probing chatter, not problems.
QUIET_CATEGORIES = ("qt.multimedia.symbolsresolver", "qt.multimedia.ffmpeg")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_level(kind: QtMsgType, category: str) -> int:
    if category.startswith(QUIET_CATEGORIES):
        return logging.DEBUG
    return _LEVELS.get(kind, logging.WARNING)


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    logging.getLogger(category).log(qt_message_level(kind, category), "%s", message)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(_handle)
