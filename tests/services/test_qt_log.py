"""Qt's own messages in the app's log: probing chatter quieted, endless repeats cut short."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QtMsgType

from footcare_gui.services import qt_log


def test_multimedia_probing_is_debug_and_real_warnings_stay_warnings() -> None:
    warning = QtMsgType.QtWarningMsg
    assert qt_log.qt_message_level(warning, "qt.multimedia.symbolsresolver") == logging.DEBUG
    assert qt_log.qt_message_level(warning, "qt.multimedia.ffmpeg") == logging.DEBUG
    assert qt_log.qt_message_level(warning, "default") == logging.WARNING
    no_backend = "No QtMultimedia backends found. Only QMediaDevices, QAudioDevice, QSoundEffect, …"
    assert qt_log.qt_message_level(warning, "default", no_backend) == logging.DEBUG
    headless = "This plugin does not support propagateSizeHints()"  # the window's new minimum
    assert qt_log.qt_message_level(warning, "default", headless) == logging.DEBUG
    raising = "This plugin does not support raise()"  # a window that did not come forward
    assert qt_log.qt_message_level(warning, "default", raising) == logging.WARNING
    assert qt_log.qt_message_level(QtMsgType.QtCriticalMsg, "qt.core") == logging.ERROR


def test_a_message_repeated_in_a_loop_is_shown_three_times_then_counted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    repeats = qt_log.Repeats()
    with caplog.at_level(logging.WARNING):
        shown = [repeats.admit("QSocketNotifier: Invalid socket 11") for _ in range(5000)]
    assert shown.count(True) == 3
    assert [r.getMessage() for r in caplog.records] == [
        "(Qt repeated the last message 4 times)",
        "(Qt repeated the last message 1000 times)",
    ]
    assert repeats.admit("something else")


def test_the_count_of_a_quiet_message_is_as_quiet_as_the_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    repeats = qt_log.Repeats()
    with caplog.at_level(logging.DEBUG):
        for _ in range(5):
            repeats.admit("This plugin does not support propagateSizeHints()", logging.DEBUG)
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.DEBUG, "(Qt repeated the last message 4 times)")
    ]
