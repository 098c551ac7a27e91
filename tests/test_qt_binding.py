"""Guards against a known-bad Qt binding: the app emits a signal every second of a session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emitting_a_signal_keeps_pythons_reference_counts() -> None:
    # PySide6 6.12.0 returned True from emit() without owning a reference, so each call
    # stole one; on Python 3.11 the interpreter aborted ("deallocating True") after about a
    # thousand emits, i.e. mid-session. True is immortal from Python 3.12 on.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit()
    assert sys.getrefcount(True) >= before or sys.version_info >= (3, 12)
