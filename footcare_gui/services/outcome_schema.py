"""The outcome tables, one migration step of the history file (services/store.py).

Self-contained: it only adds tables, so it can follow any migration of the sessions table. The
constraints keep a hand-edited or buggy write out: pain and ratings 0-10, choices in their sets.
"""

from __future__ import annotations

# Literals, not core/outcomes.py's names: a shipped migration must never change with the code
# (tests/services/test_outcome_store.py checks that the app offers exactly these).
_DIFFICULTIES = ("easy", "about_right", "too_hard")
_REASONS = ("no_time", "pain", "forgot", "unwell", "other")
_NAME_MAX, _TEXT_MAX = 80, 500


def _one_of(column: str, allowed: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(word) for word in allowed)})"


_SCORE = "typeof({0}) = 'integer' AND {0} BETWEEN 0 AND 10"
# A random version-4 UUID, made once in the file: the export's pseudonymous patient, the same in
# every export from this history, and nothing that says who the user is.
_UUID4 = (
    "substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||"
    " substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)"
)

# Frozen once shipped, like every migration step.
OUTCOME_TABLES: tuple[str, ...] = (
    f"""CREATE TABLE morning_checks (
        day TEXT PRIMARY KEY,
        pain INTEGER NOT NULL CHECK ({_SCORE.format("pain")}),
        recorded_at TEXT NOT NULL
    )""",
    f"""CREATE TABLE goals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND {_NAME_MAX}),
        created_at TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
    )""",
    f"""CREATE TABLE goal_ratings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        goal_id INTEGER NOT NULL REFERENCES goals (id),
        rated_at TEXT NOT NULL,
        score INTEGER NOT NULL CHECK ({_SCORE.format("score")})
    )""",
    # Keyed by the session's id, not tied to its row: a deleted session's feedback comes back
    # with it on undo (ids are never reused).
    f"""CREATE TABLE session_feedback (
        session_id INTEGER PRIMARY KEY,
        difficulty TEXT CHECK ({_one_of("difficulty", _DIFFICULTIES)}),
        reason TEXT CHECK ({_one_of("reason", _REASONS)}),
        reason_text TEXT NOT NULL DEFAULT '' CHECK (length(reason_text) <= {_TEXT_MAX})
    )""",
    f"""CREATE TABLE missed_days (
        day TEXT PRIMARY KEY,
        reason TEXT NOT NULL CHECK ({_one_of("reason", _REASONS)}),
        reason_text TEXT NOT NULL DEFAULT '' CHECK (length(reason_text) <= {_TEXT_MAX}),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE TABLE export_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    f"INSERT INTO export_meta (key, value) SELECT 'patient_uuid', {_UUID4}"
    " FROM (SELECT lower(hex(randomblob(16))) AS h)",
)
