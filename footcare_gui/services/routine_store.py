"""Where the routine book is kept: one row of the history file (services/routine_tables.py).

Until issue 15 the book lived in the settings file, under ``routines/book`` (with copies of data
that could not be read under ``routines/book-unread``, ``-2``, ...). The first time a writable
history without a book meets a settings file with those keys, their text is copied into the
history, untouched, in one transaction; only once that has committed are the keys removed from
the settings file. A history that cannot be written (from a newer Footcare, a read-only
folder, not there yet for a command-line read) reads the old key as it is, and saves nothing.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from footcare_gui.core.i18n import Context
from footcare_gui.services.routine_tables import BOOK_TABLE, UNREAD_TABLE
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore, StoreError

log = logging.getLogger(__name__)
RoutineStoreText = Context("RoutineStoreText")

SETTINGS_KEY = "routines/book"  # before issue 15; imported once, then removed
SETTINGS_UNREAD_KEY = "routines/book-unread"  # then -2, -3, ...


def _now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class RoutineStore:
    def __init__(self, history: HistoryStore | None, settings: Settings | None = None):
        """``settings``: where an older Footcare kept the book, to import it from."""
        self._history = history
        self._settings = settings

    @property
    def data_folder(self) -> Path | None:
        return self._history.path.parent if self._history is not None else None

    def load(self) -> str | None:
        """The book as it was saved (JSON text, not checked here); None when there is none."""
        stored = self._stored()
        if stored is not None or self._settings is None:
            return stored
        old = self._settings.raw_value(SETTINGS_KEY)
        unread = self._old_unread()
        if old is None and not unread:
            return None
        if self._writable():
            try:
                stored = self._import(old, unread)
            except StoreError as error:  # the keys stay: the next start tries again
                log.warning("routines: not moved into the history yet: %s", error)
            else:
                return stored
        return old

    def save(self, text: str) -> None:
        """Replaces the stored book in one transaction; raises StoreError (nothing changed)."""
        if self._history is None:
            raise StoreError(RoutineStoreText.tr("Your routines cannot be saved: no history."))
        with self._history.transaction("routines") as db:
            db.execute(
                f"INSERT INTO {BOOK_TABLE} (id, data, saved_at) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET data = excluded.data,"
                " saved_at = excluded.saved_at",
                (text, _now_text()),
            )

    def keep_unread(self, text: str) -> str | None:
        """Copies book text that could not be used aside, untouched, before a save replaces it;
        returns where it is, for the user, or None when it stays where it is (not writable)."""
        if self._history is None or not self._writable():
            return None
        try:
            with self._history.transaction("routines") as db:
                kept = db.execute(  # the same text kept at an earlier start: once is enough
                    f"SELECT id FROM {UNREAD_TABLE} WHERE data = ? AND came_from = ?",
                    (text, BOOK_TABLE),
                ).fetchone()
                if kept is None:
                    cursor = db.execute(
                        f"INSERT INTO {UNREAD_TABLE} (data, came_from, kept_at) VALUES (?, ?, ?)",
                        (text, BOOK_TABLE, _now_text()),
                    )
                    kept = (cursor.lastrowid,)
        except StoreError as error:
            log.warning("routines: the unread book could not be copied aside: %s", error)
            return None
        return RoutineStoreText.tr("{path} (table {table}, row {row})").format(
            path=self._history.path, table=UNREAD_TABLE, row=kept[0]
        )

    def _stored(self) -> str | None:
        if self._history is None:
            return None
        try:
            rows = self._history.query(f"SELECT data FROM {BOOK_TABLE} WHERE id = 1")
        except sqlite3.Error as error:  # a history older than the table (read only), or none
            log.info("routines: none in the history: %s", error)
            return None
        return str(rows[0][0]) if rows else None

    def _writable(self) -> bool:
        if self._history is None or self._history.read_only:
            return False
        try:
            self._history.query(f"SELECT 1 FROM {BOOK_TABLE} LIMIT 1")
        except sqlite3.Error:
            return False
        return True

    def _old_unread(self) -> list[tuple[str, str]]:
        assert self._settings is not None
        found, key, number = [], SETTINGS_UNREAD_KEY, 1
        while (text := self._settings.raw_value(key)) is not None:
            found.append((key, text))
            number += 1
            key = f"{SETTINGS_UNREAD_KEY}-{number}"
        return found

    def _import(self, old: str | None, unread: list[tuple[str, str]]) -> str | None:
        """The settings' book into the history, in one transaction; then, and only then, the
        settings keys go. Returns the book as stored (another process may have been first)."""
        assert self._history is not None
        assert self._settings is not None
        with self._history.transaction("routines") as db:
            if db.execute(f"SELECT count(*) FROM {BOOK_TABLE}").fetchone()[0] == 0:
                now = _now_text()
                if old is not None:
                    db.execute(
                        f"INSERT INTO {BOOK_TABLE} (id, data, saved_at) VALUES (1, ?, ?)",
                        (old, now),
                    )
                db.executemany(
                    f"INSERT INTO {UNREAD_TABLE} (data, came_from, kept_at) VALUES (?, ?, ?)",
                    [(text, f"settings {key}", now) for key, text in unread],
                )
        for key in (SETTINGS_KEY, *(key for key, _ in unread)):
            self._settings.set_raw_value(key, None)
        if not self._settings.sync():  # harmless: the history's book wins from now on
            log.warning("routines: the old settings keys could not be removed")
        log.info("routines: moved from %s into %s", self._settings.path, self._history.path)
        return self._stored()
