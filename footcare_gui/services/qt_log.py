"""Routes Qt's own messages into Python logging, so the app has one log with one format.

Qt's multimedia module probes for PipeWire and announces its FFmpeg version on every start;
on machines without PipeWire that reads like an error although nothing is wrong, so those
categories are logged at debug level. The tones start QtMultimedia without its FFmpeg media
backend (services/sound.py; the bundle leaves it out), and Qt says so once, uncategorised: that
is expected too, as is a headless platform (offscreen, minimal) saying it cannot pass on a
window's new minimum size: the window's minimum follows its pages, which grow as a session
starts. Everything else keeps its level.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Categories whose messages are probing chatter, not problems.
QUIET_CATEGORIES = ("qt.multimedia.symbolsresolver", "qt.multimedia.ffmpeg")
# Uncategorised messages that are expected, by how they start.
QUIET_MESSAGES = (
    "No QtMultimedia backends found. Only QMediaDevices, QAudioDevice, QSoundEffect,",
    "This plugin does not support propagateSizeHints()",
)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_level(kind: QtMsgType, category: str, message: str = "") -> int:
    if category.startswith(QUIET_CATEGORIES) or message.startswith(QUIET_MESSAGES):
        return logging.DEBUG
    return _LEVELS.get(kind, logging.WARNING)


REPEATS_SHOWN = 3  # a message Qt repeats in a loop is shown this often, then counted


class Repeats:
    """Keeps a message that Qt repeats endlessly from flooding the log (seen once: 7 million
    "QSocketNotifier: Invalid socket" lines from inside QtMultimedia under heavy load)."""

    def __init__(self) -> None:
        self.last = ""
        self.count = 0

    def admit(self, message: str, level: int = logging.WARNING) -> bool:
        """``level``: the message's own, which the count of its repeats is logged at too."""
        if message == self.last:
            self.count += 1
            if self.count in (REPEATS_SHOWN + 1, 1000, 1_000_000):
                logging.getLogger("qt").log(
                    level, "(Qt repeated the last message %d times)", self.count
                )
            return self.count <= REPEATS_SHOWN
        self.last, self.count = message, 1
        return True


_repeats = Repeats()


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    level = qt_message_level(kind, category, message)
    if _repeats.admit(message, level):
        logging.getLogger(category).log(level, "%s", message)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(_handle)
