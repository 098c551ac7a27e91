"""The routine tables, one migration step of the history file (services/store_schema.py).

The routine book (services/routine_book.py) is one small JSON document, read and written whole
and checked against the catalogue in Python (names mended, exercises no longer in the
catalogue left out), as a routine file is: so it is kept as it is, in one row, and each save is
one transaction. Data that could not be read is moved to routine_book_unread, untouched, before
anything replaces it. New tables only: the sessions are not touched.
"""

from __future__ import annotations

BOOK_TABLE = "routine_book"
UNREAD_TABLE = "routine_book_unread"

ROUTINE_TABLES: tuple[str, ...] = (
    f"""CREATE TABLE {BOOK_TABLE} (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL CHECK (typeof(data) = 'text'),
        saved_at TEXT NOT NULL
    )""",
    f"""CREATE TABLE {UNREAD_TABLE} (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        data TEXT NOT NULL,
        came_from TEXT NOT NULL,
        kept_at TEXT NOT NULL
    )""",
)
