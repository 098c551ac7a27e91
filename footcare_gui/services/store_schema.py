"""The history file's schema: every migration step, in order (services/store.py applies them).

MIGRATIONS[n] takes a database from user_version n to n + 1. A step that has shipped is never
edited: a new need is a new step at the end, and SCHEMA_VERSION follows.
"""

from __future__ import annotations

from footcare_gui.core.history import NOTE_MAX_CHARS
from footcare_gui.core.outcome import FINISHED_SQL
from footcare_gui.services.outcome_schema import OUTCOME_TABLES
from footcare_gui.services.routine_tables import ROUTINE_TABLES

SCHEMA_VERSION = 5
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

# The columns of version 1's sessions table, as migration 1 made them; migration 4 rebuilds
# the table with these and more. (Spelt once; both migrations' SQL is exactly as shipped.)
_V1_COLUMNS = """
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
            note TEXT NOT NULL DEFAULT ''"""

# MIGRATIONS[n] takes a database from user_version n to n + 1. Never edit one that has shipped.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        # AUTOINCREMENT: a deleted id is never handed out again, so undo can restore it as it was.
        f"""CREATE TABLE sessions ({_V1_COLUMNS}
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
        f"""CREATE TABLE sessions_checked ({_V1_COLUMNS},
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
    # 5 (issue 15): the routines, doses and progression choices, which lived in one settings
    # key (services/routine_store.py imports that key once, then removes it). New tables only.
    ROUTINE_TABLES,
)
