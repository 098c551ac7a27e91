"""Morning checks, goals and their ratings, session feedback and missed-day reasons, in the
history file beside the sessions (tables from services/outcome_schema.py).

A history too old to have these tables (read-only, for an export) reads as having none.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import TypeVar

from footcare_gui.core.outcomes import (
    CONTROL_CHARACTERS,
    GOAL_NAME_MAX_CHARS,
    MAX_GOALS,
    Goal,
    GoalRating,
    MissedDay,
    MorningCheck,
    Outcomes,
    SessionFeedback,
    one_line,
)
from footcare_gui.services.store import HistoryStore, StoreError, StoreText

log = logging.getLogger(__name__)
T = TypeVar("T")


class OutcomeStore:
    def __init__(self, history: HistoryStore):
        self._history = history

    @property
    def read_only(self) -> bool:
        return self._history.read_only

    # --- morning pain ------------------------------------------------------------------------
    def add_morning_check(self, check: MorningCheck) -> None:
        """One a day: a second one the same day replaces the first."""
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO morning_checks (day, pain, recorded_at) VALUES (?, ?, ?)",
                (check.day.isoformat(), check.pain, check.recorded_at.isoformat()),
            )

    def morning_checks(self) -> list[MorningCheck]:
        rows = self._read("SELECT * FROM morning_checks ORDER BY day")
        return _decoded(rows, _morning)

    # --- goals -------------------------------------------------------------------------------
    def goals(self, include_retired: bool = False) -> list[Goal]:
        rows = self._read("SELECT * FROM goals ORDER BY id")
        goals = _decoded(rows, _goal)
        return goals if include_retired else [g for g in goals if not g.retired]

    def add_goal(self, name: str, now: datetime) -> Goal:
        name = _goal_name(name)
        if len(self.goals()) >= MAX_GOALS:
            raise StoreError(
                StoreText.tr("You can follow up to {count} goals.").format(count=MAX_GOALS)
            )
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO goals (name, created_at) VALUES (?, ?)", (name, now.isoformat())
            )
        assert cursor.lastrowid is not None
        return Goal(cursor.lastrowid, name, now)

    def rename_goal(self, goal_id: int, name: str) -> None:
        """The goal keeps its id, and with it every rating it had."""
        with self._write() as db:
            db.execute("UPDATE goals SET name = ? WHERE id = ?", (_goal_name(name), goal_id))

    def retire_goal(self, goal_id: int) -> None:
        """No longer followed; its ratings stay in the history and the exports."""
        with self._write() as db:
            db.execute("UPDATE goals SET retired = 1 WHERE id = ?", (goal_id,))

    def rate_goals(self, scores: dict[int, int], now: datetime) -> None:
        ratings = [GoalRating(goal_id, now, score) for goal_id, score in scores.items()]
        with self._write() as db:
            db.executemany(
                "INSERT INTO goal_ratings (goal_id, rated_at, score) VALUES (?, ?, ?)",
                [(r.goal_id, r.rated_at.isoformat(), r.score) for r in ratings],
            )

    def goal_ratings(self) -> list[GoalRating]:
        rows = self._read("SELECT * FROM goal_ratings ORDER BY rated_at, id")
        return _decoded(rows, _rating)

    # --- sessions and days -------------------------------------------------------------------
    def set_feedback(self, feedback: Iterable[SessionFeedback]) -> None:
        with self._write() as db:
            db.executemany(
                "INSERT OR REPLACE INTO session_feedback"
                " (session_id, difficulty, reason, reason_text) VALUES (?, ?, ?, ?)",
                [(f.session_id, f.difficulty, f.reason, one_line(f.reason_text)) for f in feedback],
            )

    def feedback(self) -> dict[int, SessionFeedback]:
        rows = self._read("SELECT * FROM session_feedback")
        return {f.session_id: f for f in _decoded(rows, _feedback)}

    def add_missed_day(self, missed: MissedDay, now: datetime) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO missed_days (day, reason, reason_text, recorded_at)"
                " VALUES (?, ?, ?, ?)",
                (
                    missed.day.isoformat(),
                    missed.reason,
                    one_line(missed.reason_text),
                    now.isoformat(),
                ),
            )

    def missed_days(self) -> list[MissedDay]:
        rows = self._read("SELECT * FROM missed_days ORDER BY day")
        return _decoded(rows, _missed)

    def patient_uuid(self) -> str:
        """The pseudonymous patient of the FHIR export: the same for every export of this
        history; a history too old to have one gets a fresh one each time."""
        import uuid  # (and the platform module it loads) only for an export

        rows = self._read("SELECT value FROM export_meta WHERE key = 'patient_uuid'")
        try:
            return str(uuid.UUID(rows[0]["value"]))
        except (IndexError, ValueError, TypeError):
            return str(uuid.uuid4())

    # --- plumbing ----------------------------------------------------------------------------
    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._history._transaction("answer")

    def _read(self, query: str) -> list[sqlite3.Row]:
        if not self._history.readable:
            return []
        try:
            return self._history._db.execute(query).fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):  # an older history, opened read-only
                return []
            raise StoreError(
                StoreText.tr("Could not read {path}: {reason}.").format(
                    path=self._history.path, reason=error
                )
            ) from error
        except sqlite3.Error as error:
            raise StoreError(
                StoreText.tr("Could not read {path}: {reason}.").format(
                    path=self._history.path, reason=error
                )
            ) from error


def _goal_name(name: str) -> str:
    if CONTROL_CHARACTERS.search(name):  # not quoted back: it may be anything
        raise StoreError(StoreText.tr("A goal's name cannot hold invisible control characters."))
    name = " ".join(name.split())
    if not name:
        raise StoreError(StoreText.tr("A goal needs a name."))
    return name[:GOAL_NAME_MAX_CHARS]


def _decoded(rows: list[sqlite3.Row], decode: Callable[[sqlite3.Row], T]) -> list[T]:
    found: list[T] = []
    for row in rows:
        try:
            found.append(decode(row))
        except (ValueError, TypeError) as error:  # a hand-edited row
            log.warning("Skipped an outcome row: %s", error)
    return found


def _morning(row: sqlite3.Row) -> MorningCheck:
    return MorningCheck(
        date.fromisoformat(row["day"]), row["pain"], datetime.fromisoformat(row["recorded_at"])
    )


def _goal(row: sqlite3.Row) -> Goal:
    return Goal(
        row["id"], row["name"], datetime.fromisoformat(row["created_at"]), bool(row["retired"])
    )


def _rating(row: sqlite3.Row) -> GoalRating:
    return GoalRating(row["goal_id"], datetime.fromisoformat(row["rated_at"]), row["score"])


def _feedback(row: sqlite3.Row) -> SessionFeedback:
    return SessionFeedback(
        row["session_id"], row["difficulty"], row["reason"], row["reason_text"] or ""
    )


def _missed(row: sqlite3.Row) -> MissedDay:
    return MissedDay(date.fromisoformat(row["day"]), row["reason"], row["reason_text"] or "")


def read_outcomes(outcomes: OutcomeStore) -> Outcomes:
    """Everything the report and the exports read, retired goals included."""
    return Outcomes(
        morning=outcomes.morning_checks(),
        goals=outcomes.goals(include_retired=True),
        ratings=outcomes.goal_ratings(),
        feedback=outcomes.feedback(),
        missed=outcomes.missed_days(),
    )
