"""Session history on disk: one SQLite file, versioned, that no bad file or folder can stop.

The file is never deleted or overwritten. A damaged one is moved aside and a new one started; one
written by a newer Footcare, or one that cannot be written, is read as it is and nothing new is
saved this run. What happened is told once, in `notice`, for the app to show.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from footcare_gui.core.history import NOTE_MAX_CHARS, RecordError, SessionRecord
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.outcome import FINISHED_SQL
from footcare_gui.services.outcome_schema import OUTCOME_TABLES
from footcare_gui.services.private_folder import make_private_folder

log = logging.getLogger(__name__)
# Every sentence the user may read; the CLI, with no translator, prints them in English.
StoreText = Context("StoreText")

DATA_DIR_ENV = "FOOTCARE_DATA_DIR"  # the data folder, if set (tests, portable use); see paths.py
DB_FILENAME = "history.sqlite3"
PRIVATE_FILE = 0o600  # the user's data: no one else may read it (folders: private_folder.py)
SCHEMA_VERSION = 4
SET_ASIDE_TABLE = "sessions_set_aside"  # rows that broke the rules when they came in: kept

# The local date and time (to the second) read back unchanged through a Julian day number.
_ROUND_TRIP = (
    "strftime('%Y-%m-%dT%H:%M:%S', julianday(substr({column}, 1, 19))) = substr({column}, 1, 19)"
)
# What every stored session must be, as (rule, why it is broken) pairs: the sessions table's
# CHECK constraints, and, in migration 4, the reason given for each row set aside.
_RULES: tuple[tuple[str, str], ...] = (
    ("typeof(exercise_id) = 'text' AND exercise_id <> ''", "no exercise"),
    (
        "typeof(started_at) = 'text' AND typeof(ended_at) = 'text'"
        " AND julianday(started_at) IS NOT NULL AND julianday(ended_at) IS NOT NULL"
        # with the offset in force: a time without one is no moment at all
        " AND substr(started_at, -6, 1) IN ('+', '-') AND substr(ended_at, -6, 1) IN ('+', '-')"
        # on the calendar and the clock: julianday() rolls 30 February and 24:00 over (the
        # round trip shows it), Python, which reads the rows, refuses them
        f" AND {_ROUND_TRIP.format(column='started_at')}"
        f" AND {_ROUND_TRIP.format(column='ended_at')}",
        "start or end is not a time",
    ),
    ("julianday(ended_at) >= julianday(started_at)", "ends before it starts"),
    ("typeof(day) = 'text' AND day = substr(started_at, 1, 10)", "day is not the day it started"),
    (
        "typeof(active_s) IN ('real', 'integer') AND active_s >= 0"
        " AND typeof(paused_s) IN ('real', 'integer') AND paused_s >= 0",
        "negative or non-numeric time",
    ),
    (
        "typeof(reps_done) = 'integer' AND typeof(reps_planned) = 'integer'"
        " AND typeof(sets_done) = 'integer' AND typeof(sets_planned) = 'integer'"
        " AND typeof(sides_done) = 'integer' AND typeof(sides_planned) = 'integer'",
        "a count is not a whole number",
    ),
    (
        "reps_done >= 0 AND sets_done >= 0 AND sides_done >= 0 AND reps_done <= reps_planned"
        " AND sets_done <= sets_planned AND sides_done <= sides_planned",
        "a count is negative or more than planned",
    ),
    ("typeof(finished) = 'integer' AND finished IN (0, 1)", "finished is not 0 or 1"),
    (
        "(pain_before IS NULL OR (typeof(pain_before) = 'integer'"
        " AND pain_before BETWEEN 0 AND 10))"
        " AND (pain_after IS NULL OR (typeof(pain_after) = 'integer'"
        " AND pain_after BETWEEN 0 AND 10))",
        "pain is not 0-10",
    ),
    (
        f"typeof(note) = 'text' AND length(note) <= {NOTE_MAX_CHARS} AND typeof(routine) = 'text'",
        "note or routine is not text",
    ),
    ("typeof(started_utc) = 'text' AND length(started_utc) = 24", "no UTC start"),
)
# The one outcome rule (core/outcome.py): finished exactly when every planned rep was done. Not
# a reason to set a row aside: migration 4 recomputes `finished` from the reps instead.
_OUTCOME_RULE = f"finished = {FINISHED_SQL}"
# The start as UTC text (e.g. 2026-11-27T08:00:00.000Z): sorts as time does in every zone.
_UTC_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', started_at)"
_COPIED = (
    "id, exercise_id, started_at, ended_at, day, active_s, paused_s, reps_done, reps_planned,"
    " sets_done, sets_planned, sides_done, sides_planned, finished, pain_before, pain_after,"
    " note, routine"
)
# Which rule a version-2 row breaks (with the outcome recomputed), or NULL when it keeps them.
_BROKEN_SQL = (
    "CASE "
    + " ".join(f"WHEN NOT coalesce({rule}, 0) THEN '{why}'" for rule, why in _RULES)
    + " END"
)

# MIGRATIONS[n] takes a database from user_version n to n + 1. Never edit one that has shipped.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        # AUTOINCREMENT: a deleted id is never handed out again, so undo can restore it as it was.
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            exercise_id TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            day TEXT NOT NULL,
            active_s REAL NOT NULL,
            paused_s REAL NOT NULL,
            reps_done INTEGER NOT NULL,
            reps_planned INTEGER NOT NULL,
            sets_done INTEGER NOT NULL,
            sets_planned INTEGER NOT NULL,
            sides_done INTEGER NOT NULL,
            sides_planned INTEGER NOT NULL,
            finished INTEGER NOT NULL,
            pain_before INTEGER,
            pain_after INTEGER,
            note TEXT NOT NULL DEFAULT ''
        )""",
    ),
    (
        "ALTER TABLE sessions ADD COLUMN routine TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX sessions_by_day ON sessions (day)",
    ),
    # 3 (issue 17): outcomes (services/outcome_store.py); new tables only, sessions untouched.
    OUTCOME_TABLES,
    # 4 (issue 13): the outcome recomputed from the reps (the one rule), the rules as CHECK
    # constraints, and the start in UTC beside the local one. A row breaking a rule is moved,
    # untouched, into sessions_set_aside with the reason; nothing is dropped. After issue 17's
    # 3, which histories made by Footcare already have; its tables do not refer to sessions.
    (
        "ALTER TABLE sessions ADD COLUMN started_utc TEXT",
        f"UPDATE sessions SET started_utc = {_UTC_SQL}",
        f"""CREATE TABLE {SET_ASIDE_TABLE} AS SELECT *, '' AS reason, '' AS set_aside_at
            FROM sessions WHERE 0""",
        f"""INSERT INTO {SET_ASIDE_TABLE} SELECT *, {_BROKEN_SQL},
            strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM sessions WHERE {_BROKEN_SQL} IS NOT NULL""",
        f"DELETE FROM sessions WHERE id IN (SELECT id FROM {SET_ASIDE_TABLE})",
        f"UPDATE sessions SET finished = {FINISHED_SQL}",
        f"""CREATE TABLE sessions_checked (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            exercise_id TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            day TEXT NOT NULL,
            active_s REAL NOT NULL,
            paused_s REAL NOT NULL,
            reps_done INTEGER NOT NULL,
            reps_planned INTEGER NOT NULL,
            sets_done INTEGER NOT NULL,
            sets_planned INTEGER NOT NULL,
            sides_done INTEGER NOT NULL,
            sides_planned INTEGER NOT NULL,
            finished INTEGER NOT NULL,
            pain_before INTEGER,
            pain_after INTEGER,
            note TEXT NOT NULL DEFAULT '',
            routine TEXT NOT NULL DEFAULT '',
            started_utc TEXT NOT NULL,
            {", ".join(f"CHECK ({rule})" for rule, _ in _RULES)},
            CHECK ({_OUTCOME_RULE})
        )""",
        f"""INSERT INTO sessions_checked ({_COPIED}, started_utc)
            SELECT {_COPIED}, started_utc FROM sessions""",
        # AUTOINCREMENT's counter goes with the table: an id once given is never given again.
        "DELETE FROM sqlite_sequence WHERE name = 'sessions_checked'",
        "INSERT INTO sqlite_sequence (name, seq) SELECT 'sessions_checked', max(seq)"
        " FROM sqlite_sequence WHERE name = 'sessions' HAVING count(*) > 0",
        "DROP TABLE sessions",
        "ALTER TABLE sessions_checked RENAME TO sessions",
        "CREATE INDEX sessions_by_day ON sessions (day)",
        "CREATE INDEX sessions_by_time ON sessions (started_utc)",
    ),
)

_FIELDS = tuple(f.name for f in dataclasses.fields(SessionRecord) if f.name != "id")
_COLUMNS = (*_FIELDS, "day", "started_utc")
# Enough to read a file of any version from 1 up, including newer ones that kept these.
_NEEDED = frozenset(_COLUMNS) - {"routine", "started_utc"}

_REASONS = {
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
_FAILURES = {
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


_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class StoreError(Exception):
    """A change that could not be saved; str() is a sentence for the user, naming the file."""


class RecordNotFoundError(StoreError, KeyError):
    """The session is no longer in the history (deleted meanwhile)."""

    __str__ = Exception.__str__  # KeyError's would put the sentence in quotes


class _DamagedFileError(Exception):
    """The file is not a history this app can use; moving it aside is the fix."""


class _NewerFileError(Exception):
    def __init__(self, version: int):
        super().__init__(version)
        self.version = version


class HistoryStore:
    """Every session that ended, by local start day. Open with `HistoryStore.open(folder)`."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, read_only: bool = False, notice: str = ""
    ):
        self.path, self.read_only, self.notice = path, read_only, notice
        self._db = connection
        self._db.row_factory = sqlite3.Row
        try:
            columns = {row["name"] for row in self._db.execute("PRAGMA table_info(sessions)")}
        except sqlite3.Error:
            connection.close()  # the caller falls back to another way of opening
            raise
        self._readable = columns >= _NEEDED  # a newer file might have dropped what we need
        self._by_time = "started_utc" in columns  # files before version 3 have no UTC start
        if notice:
            log.warning("%s", notice)

    @classmethod
    def open(cls, data_dir: Path) -> HistoryStore:
        """The history in `data_dir`, as given (the caller resolves $FOOTCARE_DATA_DIR).

        Never raises for a bad file or folder: it degrades and says so in `notice`.
        """
        data_dir = Path(data_dir).absolute()
        path = data_dir / DB_FILENAME
        try:
            make_private_folder(data_dir)  # and the folders above it that it makes
        except OSError as error:
            why = StoreText.tr("a file is in the way") if data_dir.is_file() else error.strerror
            return cls._unsaved(
                path,
                StoreText.tr(
                    "Footcare could not create its data folder {folder} ({reason}). "
                    "Sessions will not be saved this run."
                ).format(folder=data_dir, reason=why),
            )
        if path.exists() and not (path.is_file() or path.is_dir()):  # a FIFO hangs SQLite
            return cls._unsaved(
                path,
                StoreText.tr(
                    "The session history {path} is not a regular file (a pipe or a device). "
                    "Sessions will not be saved this run."
                ).format(path=path),
            )
        try:
            return cls(path, _open_writable(path))
        except _DamagedFileError as damage:
            return cls._start_afresh(path, str(damage))
        except _NewerFileError as newer:
            return cls._read_only(
                path,
                StoreText.tr(
                    "The session history {path} was written by a newer version of Footcare "
                    "(format {format}; this version knows up to {known}). It was left as it "
                    "is; new sessions will not be saved this run."
                ).format(path=path, format=newer.version, known=SCHEMA_VERSION),
            )
        except (sqlite3.Error, OSError) as error:
            return cls._read_only(
                path,
                StoreText.tr(
                    "The session history {path} cannot be written ({reason}). "
                    "New sessions will not be saved this run."
                ).format(path=path, reason=_reason(error)),
            )

    @classmethod
    def open_existing(cls, data_dir: Path) -> HistoryStore | None:
        """The history in `data_dir` read-only, for exports: None when there is none.

        Nothing is created, migrated or moved aside just to read it.
        """
        path = Path(data_dir).absolute() / DB_FILENAME
        return cls._read_only(path, "") if path.is_file() else None

    @property
    def readable(self) -> bool:
        """False when past sessions cannot be read at all (an empty stand-in is in use)."""
        return self._readable

    @classmethod
    def _read_only(cls, path: Path, notice: str) -> HistoryStore:
        # mode=ro: SQLite itself guarantees that not a byte of the file is written. A WAL file
        # in a read-only folder cannot get its -shm index, so then immutable=1 reads the main
        # file without any locking (sessions still only in the -wal are not seen).
        error: sqlite3.Error | None = None
        for options in ("mode=ro", "mode=ro&immutable=1"):
            try:
                db = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True)
                return cls(path, db, read_only=True, notice=notice)
            except sqlite3.Error as failure:
                error = failure
        assert error is not None
        return cls._cannot_open(path, error)

    @classmethod
    def _cannot_open(cls, path: Path, error: sqlite3.Error) -> HistoryStore:
        return cls._unsaved(
            path,
            StoreText.tr(
                "The session history {path} cannot be opened or created ({reason}). Past "
                "sessions cannot be shown and new ones will not be saved this run."
            ).format(path=path, reason=_reason(error)),
        )

    @classmethod
    def _unsaved(cls, path: Path, notice: str) -> HistoryStore:
        """An empty history in memory: the app goes on, nothing is saved."""
        return cls(path, sqlite3.connect(":memory:"), read_only=True, notice=notice)

    @classmethod
    def _start_afresh(cls, path: Path, damage: str) -> HistoryStore:
        try:
            aside = _move_aside(path)
        except OSError as error:
            if path.exists():
                text = StoreText.tr(
                    "The session history {path} could not be used ({damage}) nor moved aside "
                    "({reason}). It was left as it is; sessions will not be saved this run."
                )
            else:
                text = StoreText.tr(
                    "The session history {path} could not be used ({damage}) nor moved aside "
                    "({reason}). It was renamed to {name}.corrupt-…, but its companion files "
                    "were not; sessions will not be saved this run."
                )
            return cls._unsaved(
                path,
                text.format(path=path, damage=damage, reason=error.strerror, name=path.name),
            )
        notice = StoreText.tr(
            "The session history {path} could not be used ({damage}). It was kept as {aside} "
            "and a new, empty history was started."
        ).format(path=path, damage=damage, aside=aside)
        try:
            return cls(path, _open_writable(path), notice=notice)
        except (_DamagedFileError, _NewerFileError, sqlite3.Error, OSError) as error:
            return cls._unsaved(
                path,
                StoreText.tr(
                    "{notice} That new history could not be created either ({reason})."
                ).format(notice=notice, reason=error),
            )

    # --- changes ------------------------------------------------------------------------------

    def add(self, record: SessionRecord) -> SessionRecord:
        """Saves a new session; the returned copy carries its id."""
        with self._transaction("save") as db:
            cursor = db.execute(_INSERT, _encode(record, record_id=None))
        return dataclasses.replace(record, id=cursor.lastrowid)

    def update(self, record: SessionRecord) -> None:
        """Rewrites the saved session with record.id (pain after, note, ... added later)."""
        if record.id is None:
            raise RecordNotFoundError(
                StoreText.tr("That session was never saved in {path}.").format(path=self.path)
            )
        with self._transaction("change") as db:
            cursor = db.execute(_UPDATE, _encode(record, record.id))
            if cursor.rowcount != 1:
                raise RecordNotFoundError(_gone(record.id, self.path))

    def delete(self, record_id: int) -> SessionRecord:
        """Removes a session and returns it, so that it can be restored (undo)."""
        with self._transaction("delete") as db:
            row = db.execute("SELECT * FROM sessions WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                raise RecordNotFoundError(_gone(record_id, self.path))
            try:
                deleted = _decode(row)
            except (ValueError, TypeError) as error:  # no undo possible: leave it be
                raise StoreError(
                    StoreText.tr("Session {id} in {path} is unreadable.").format(
                        id=record_id, path=self.path
                    )
                ) from error
            db.execute("DELETE FROM sessions WHERE id = ?", (record_id,))
        return deleted

    def restore(self, record: SessionRecord) -> SessionRecord:
        """Saves a deleted session again, under its old id unless that is taken."""
        with self._transaction("restore") as db:
            taken = db.execute("SELECT 1 FROM sessions WHERE id = ?", (record.id,)).fetchone()
            record_id = None if taken else record.id
            cursor = db.execute(_INSERT, _encode(record, record_id))
        return dataclasses.replace(record, id=cursor.lastrowid)

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """``action``: a key of _FAILURES, for the sentence that says what could not be done."""
        read_only, failed = _FAILURES[action]
        if self.read_only:
            raise StoreError(translate("StoreText", read_only).format(notice=self.notice))
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise StoreError(
                translate("StoreText", failed).format(path=self.path, reason=_reason(error))
            ) from error
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        # SQLite rolls back by itself on some errors (a full disk), then ROLLBACK would fail.
        # If even that fails, SQLite rolls back from its journal at the next open.
        with suppress(sqlite3.Error):
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")

    # --- reading ------------------------------------------------------------------------------

    def sessions(self, first: date | None = None, last: date | None = None) -> list[SessionRecord]:
        """Sessions whose local start day is within first..last (inclusive), oldest first.

        A row that is not a valid record (a hand-edited file) is skipped and logged.
        """
        if not self._readable:
            return []
        where, bounds = [], []
        if first is not None:
            where.append("day >= ?")
            bounds.append(first.isoformat())
        if last is not None:
            where.append("day <= ?")
            bounds.append(last.isoformat())
        query = "SELECT * FROM sessions" + (f" WHERE {' AND '.join(where)}" if where else "")
        if self._by_time:
            query += " ORDER BY started_utc, id"
        try:
            rows = self._db.execute(query, bounds).fetchall()
        except sqlite3.Error as error:
            raise StoreError(
                StoreText.tr("Could not read {path}: {reason}.").format(
                    path=self.path, reason=_reason(error)
                )
            ) from error
        records = []
        for row in rows:
            try:
                records.append(_decode(row))
            except (ValueError, TypeError) as error:
                log.warning("Skipped session %s in %s: %s", row["id"], self.path, error)
        # By the instant, not the text: the offsets may differ (travel, DST).
        return sorted(records, key=lambda record: (record.started_at, record.id))

    def close(self) -> None:
        self._db.close()


_INSERT = (
    f"INSERT INTO sessions (id, {', '.join(_COLUMNS)}) "
    f"VALUES (:id, {', '.join(':' + name for name in _COLUMNS)})"
)
_UPDATE = (
    f"UPDATE sessions SET {', '.join(f'{name} = :{name}' for name in _COLUMNS)} WHERE id = :id"
)


def _open_writable(path: Path) -> sqlite3.Connection:
    """A connection to an up-to-date history at `path`, created if missing.

    Raises _DamagedFileError, _NewerFileError, or sqlite3.Error when it cannot be written.
    """
    if path.exists():
        _inspect(path)
    _make_private(path)
    # Transactions are explicit (BEGIN IMMEDIATE ... COMMIT), not the module's implicit ones.
    db = sqlite3.connect(path, isolation_level=None)
    try:
        version = _check(db)  # again: the inspection may have been inconclusive
        db.execute("PRAGMA journal_mode = WAL")
        # FULL, not NORMAL: with NORMAL, a power cut may drop sessions saved since the last
        # checkpoint. A save or two a day makes the fsync per commit free.
        db.execute("PRAGMA synchronous = FULL")
        _migrate(db, version)
    except BaseException:
        db.close()
        raise
    return db


def _make_private(path: Path) -> None:
    """The history is health data: readable by its owner only (0600), whatever the umask.

    A new file is made 0600 before SQLite opens it (SQLite gives its -wal and -shm files the
    main file's mode); an older one made under a looser umask is tightened, with its companions.
    """
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        with suppress(OSError):  # missing, or not ours to change: SQLite will say if it matters
            if stat.S_IMODE(companion.stat().st_mode) & 0o077:
                companion.chmod(PRIVATE_FILE)
    if stat.S_IMODE(path.stat().st_mode) & 0o077:  # another user's file, planted: not written
        raise PermissionError(
            errno.EPERM, StoreText.tr("other users can read it, and it is not yours to change")
        )


def _inspect(path: Path) -> None:
    """Raises _DamagedFileError or _NewerFileError before a writable connection can touch the file.

    Closing a writable connection checkpoints the -wal into the main file and deletes it; a
    damaged or newer file must keep both exactly as they are, so the first look is read-only.
    Other failures (a hot rollback journal, say) are left for the writable open to judge.
    """
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        _check(db)
    except sqlite3.Error:
        pass
    finally:
        db.close()


def _check(db: sqlite3.Connection) -> int:
    """The file's schema version; raises _DamagedFileError or _NewerFileError."""
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _NewerFileError(version)
        problems = [row[0] for row in db.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            log.warning("Integrity check failed: %s", "; ".join(problems))
            raise _DamagedFileError(StoreText.tr("its integrity check failed"))
        # Version 0 is the empty file a first start makes; tables in it are someone else's.
        if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise _DamagedFileError(StoreText.tr("it holds tables Footcare does not know"))
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in _DAMAGE_CODES:
            raise _DamagedFileError(_reason(error)) from error
        raise
    return version


def _migrate(db: sqlite3.Connection, version: int) -> None:
    if version == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for steps in MIGRATIONS[version:]:
            for statement in steps:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")  # in the transaction: all or none
        db.execute("COMMIT")
    except BaseException:
        with suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def _move_aside(path: Path) -> Path:
    """Renames the file (with its -wal, -shm and -journal) to a new, unused name; returns it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffixes = ("", "-wal", "-shm", "-journal")
    aside, n = path.with_name(f"{path.name}.corrupt-{stamp}"), 1
    while any(Path(f"{aside}{suffix}").exists() for suffix in suffixes):
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    # The main file first: if a companion then fails, the caller starts no new file beside it.
    for suffix in suffixes:
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(f"{aside}{suffix}")
    return aside


def _encode(record: SessionRecord, record_id: int | None) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in _FIELDS}
    values.update(
        id=record_id,
        started_at=record.started_at.isoformat(),
        ended_at=record.ended_at.isoformat(),
        finished=int(record.finished),
        day=record.day.isoformat(),
        started_utc=utc_text(record.started_at),
    )
    return values


def utc_text(moment: datetime) -> str:
    """The UTC text stored beside the local start, as SQLite's strftime writes it."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _decode(row: sqlite3.Row) -> SessionRecord:
    """The record a row holds; ValueError or TypeError when it is not a valid one."""
    record = SessionRecord(
        exercise_id=_typed(row["exercise_id"], str),
        started_at=datetime.fromisoformat(_typed(row["started_at"], str)),
        ended_at=datetime.fromisoformat(_typed(row["ended_at"], str)),
        active_s=float(_typed(row["active_s"], float, int)),
        paused_s=float(_typed(row["paused_s"], float, int)),
        reps_done=_typed(row["reps_done"], int),
        reps_planned=_typed(row["reps_planned"], int),
        sets_done=_typed(row["sets_done"], int),
        sets_planned=_typed(row["sets_planned"], int),
        sides_done=_typed(row["sides_done"], int),
        sides_planned=_typed(row["sides_planned"], int),
        finished=bool(_typed(row["finished"], int)),
        pain_before=_typed(row["pain_before"], int, type(None)),
        pain_after=_typed(row["pain_after"], int, type(None)),
        note=_typed(row["note"], str),
        # keys(): `in` on a Row looks at the values
        routine=_typed(row["routine"], str) if "routine" in row.keys() else "",  # noqa: SIM118
        id=row["id"],
    )
    if row["day"] != record.day.isoformat():
        raise RecordError(f"day {row['day']!r} is not the day started_at falls on")
    if row["finished"] not in (0, 1):
        raise RecordError(f"finished is {row['finished']!r}, not 0 or 1")
    for part in ("reps", "sets", "sides"):
        done, planned = row[f"{part}_done"], row[f"{part}_planned"]
        if not 0 <= done <= planned:
            raise RecordError(f"{part} done ({done}) is not 0 to {planned}")
    return record


def _typed(value: Any, *types: type) -> Any:
    # SQLite keeps whatever was written; a hand-edited "3" must not become a count silently.
    if type(value) not in types:
        raise TypeError(f"unexpected value {value!r}")
    return value


def _reason(error: BaseException) -> str:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _REASONS:
        return translate("StoreText", _REASONS[code & 0xFF])
    if isinstance(error, OSError) and error.strerror:
        return error.strerror  # the reason alone: the path is named in the sentence already
    return str(error)


def _gone(record_id: int | None, path: Path) -> str:
    return StoreText.tr("Session {id} is no longer in {path}.").format(id=record_id, path=path)
