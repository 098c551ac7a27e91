"""The history's sentences for the user: why a file could not be used, and what could not be done.

Kept apart from services/store.py for its length; the context stays "StoreText".
"""

from __future__ import annotations

import sqlite3

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate

REASONS = {
    sqlite3.SQLITE_FULL: QT_TRANSLATE_NOOP("StoreText", "the disk is full"),
    sqlite3.SQLITE_READONLY: QT_TRANSLATE_NOOP("StoreText", "it is read-only"),
    sqlite3.SQLITE_CANTOPEN: QT_TRANSLATE_NOOP(
        "StoreText", "the file or its folder is not accessible"
    ),
    sqlite3.SQLITE_IOERR: QT_TRANSLATE_NOOP("StoreText", "reading or writing the disk failed"),
    sqlite3.SQLITE_PERM: QT_TRANSLATE_NOOP("StoreText", "permission was denied"),
    sqlite3.SQLITE_BUSY: QT_TRANSLATE_NOOP("StoreText", "another program is using it"),
    sqlite3.SQLITE_LOCKED: QT_TRANSLATE_NOOP("StoreText", "another program is using it"),
    sqlite3.SQLITE_CORRUPT: QT_TRANSLATE_NOOP("StoreText", "its contents are damaged"),
    sqlite3.SQLITE_NOTADB: QT_TRANSLATE_NOOP("StoreText", "it is not a database"),
}
# What a change does, as whole sentences: (read-only history, failed write).
FAILURES = {
    "routines": (
        QT_TRANSLATE_NOOP("StoreText", "Your routines could not be saved. {notice}"),
        QT_TRANSLATE_NOOP("StoreText", "Your routines could not be saved in {path}: {reason}."),
    ),
    "save": (
        QT_TRANSLATE_NOOP("StoreText", "Could not save the session. {notice}"),
        QT_TRANSLATE_NOOP("StoreText", "Could not save the session in {path}: {reason}."),
    ),
    "change": (
        QT_TRANSLATE_NOOP("StoreText", "Could not save the change. {notice}"),
        QT_TRANSLATE_NOOP("StoreText", "Could not save the change in {path}: {reason}."),
    ),
    "delete": (
        QT_TRANSLATE_NOOP("StoreText", "Could not delete the session. {notice}"),
        QT_TRANSLATE_NOOP("StoreText", "Could not delete the session in {path}: {reason}."),
    ),
    "answer": (
        QT_TRANSLATE_NOOP("StoreText", "Could not save your answer. {notice}"),
        QT_TRANSLATE_NOOP("StoreText", "Could not save your answer in {path}: {reason}."),
    ),
    "restore": (
        QT_TRANSLATE_NOOP("StoreText", "Could not restore the session. {notice}"),
        QT_TRANSLATE_NOOP("StoreText", "Could not restore the session in {path}: {reason}."),
    ),
}


def reason_of(error: BaseException) -> str:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in REASONS:
        return translate("StoreText", REASONS[code & 0xFF])
    if isinstance(error, OSError) and error.strerror:
        return error.strerror  # the reason alone: the path is named in the sentence already
    return str(error)
