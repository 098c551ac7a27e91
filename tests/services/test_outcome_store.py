"""The outcome tables: migration from every earlier history, round trips, and the schema's own
constraints checked with the sqlite3 module from outside the app."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from footcare_gui.core.history import RecordError
from footcare_gui.core.outcomes import (
    DIFFICULTIES,
    GOAL_NAME_MAX_CHARS,
    REASON_TEXT_MAX_CHARS,
    REASONS,
    MissedDay,
    MorningCheck,
    SessionFeedback,
)
from footcare_gui.services.outcome_schema import OUTCOME_TABLES
from footcare_gui.services.outcome_store import OutcomeStore
from footcare_gui.services.store import (
    DB_FILENAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryStore,
    StoreError,
)
from tests.services.test_store import make, raw, write_version

CET = timezone(timedelta(hours=1))
MORNING = datetime(2026, 3, 2, 7, 30, tzinfo=CET)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore.open(tmp_path)
    yield store
    store.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_earlier_history_gains_the_outcome_tables_and_keeps_its_sessions(
    tmp_path: Path, version: int
) -> None:
    write_version(tmp_path / DB_FILENAME, version)
    store = HistoryStore.open(tmp_path)
    assert (store.notice, store.read_only) == ("", False)
    assert len(store.sessions()) == (2 if version >= 1 else 0)
    outcomes = OutcomeStore(store)
    outcomes.add_morning_check(MorningCheck(MORNING.date(), 4, MORNING))
    goal = outcomes.add_goal("Walking to the shops", MORNING)
    outcomes.rate_goals({goal.id: 3}, MORNING)
    assert outcomes.morning_checks()[0].pain == 4
    assert uuid.UUID(outcomes.patient_uuid()).version == 4
    store.close()
    db = raw(tmp_path / DB_FILENAME)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert db.execute("SELECT count(*) FROM sessions").fetchone() == (2 if version >= 1 else 0,)
    db.close()


def test_an_older_history_read_only_has_no_outcomes(tmp_path: Path) -> None:
    write_version(tmp_path / DB_FILENAME, MIGRATIONS.index(OUTCOME_TABLES))  # the one before
    store = HistoryStore.open_existing(tmp_path)
    assert store is not None
    outcomes = OutcomeStore(store)
    assert outcomes.morning_checks() == outcomes.goals() == outcomes.goal_ratings() == []
    assert outcomes.feedback() == {}
    uuid.UUID(outcomes.patient_uuid())  # a fresh one, still valid
    store.close()


def test_the_patient_uuid_stays_the_same(history: HistoryStore) -> None:
    first = OutcomeStore(history).patient_uuid()
    history.close()
    again = HistoryStore.open(history.path.parent)
    assert OutcomeStore(again).patient_uuid() == first
    again.close()


def test_a_second_morning_check_the_same_day_replaces_the_first(history: HistoryStore) -> None:
    outcomes = OutcomeStore(history)
    outcomes.add_morning_check(MorningCheck(MORNING.date(), 6, MORNING))
    outcomes.add_morning_check(MorningCheck(MORNING.date(), 3, MORNING + timedelta(minutes=1)))
    assert [c.pain for c in outcomes.morning_checks()] == [3]


def test_a_renamed_goal_keeps_its_ratings_and_a_retired_one_stays_in_the_history(
    history: HistoryStore,
) -> None:
    outcomes = OutcomeStore(history)
    goal = outcomes.add_goal("  walking   to the shops ", MORNING)
    assert goal.name == "walking to the shops"
    outcomes.rate_goals({goal.id: 3}, MORNING)
    outcomes.rename_goal(goal.id, "Walking to the market")
    outcomes.rate_goals({goal.id: 6}, MORNING + timedelta(days=7))
    assert [g.name for g in outcomes.goals()] == ["Walking to the market"]
    assert [(r.goal_id, r.score) for r in outcomes.goal_ratings()] == [(goal.id, 3), (goal.id, 6)]
    outcomes.retire_goal(goal.id)
    assert outcomes.goals() == []
    assert [g.retired for g in outcomes.goals(include_retired=True)] == [True]
    assert len(outcomes.goal_ratings()) == 2


def test_no_more_than_three_goals_and_none_without_a_name(history: HistoryStore) -> None:
    outcomes = OutcomeStore(history)
    for name in ("a", "b", "c"):
        outcomes.add_goal(name, MORNING)
    with pytest.raises(StoreError, match="up to 3"):
        outcomes.add_goal("d", MORNING)
    with pytest.raises(StoreError, match="needs a name"):
        outcomes.rename_goal(1, "   ")


def test_feedback_survives_deleting_and_restoring_its_session(history: HistoryStore) -> None:
    outcomes = OutcomeStore(history)
    record = history.add(make(MORNING, finished=False))
    assert record.id is not None
    outcomes.set_feedback([SessionFeedback(record.id, "too_hard", "other", "Phone rang")])
    history.restore(history.delete(record.id))
    assert outcomes.feedback()[record.id] == SessionFeedback(
        record.id, "too_hard", "other", "Phone rang"
    )


def test_missed_days_round_trip(history: HistoryStore) -> None:
    outcomes = OutcomeStore(history)
    outcomes.add_missed_day(MissedDay(date(2026, 3, 1), "no_time"), MORNING)
    assert outcomes.missed_days() == [MissedDay(date(2026, 3, 1), "no_time")]


def test_a_read_only_history_refuses_answers_with_a_sentence(tmp_path: Path) -> None:
    HistoryStore.open(tmp_path).close()
    store = HistoryStore.open_existing(tmp_path)
    assert store is not None
    with pytest.raises(StoreError, match="Could not save your answer"):
        OutcomeStore(store).add_morning_check(MorningCheck(MORNING.date(), 2, MORNING))
    store.close()


@pytest.mark.parametrize(
    ("statement", "values"),
    [
        ("INSERT INTO morning_checks VALUES (?, ?, ?)", ("2026-03-02", 11, "x")),
        ("INSERT INTO morning_checks VALUES (?, ?, ?)", ("2026-03-02", -1, "x")),
        ("INSERT INTO morning_checks VALUES (?, ?, ?)", ("2026-03-02", "five", "x")),
        ("INSERT INTO goal_ratings (goal_id, rated_at, score) VALUES (?, ?, ?)", (1, "x", 12)),
        ("INSERT INTO goals (name, created_at) VALUES (?, ?)", ("  ", "x")),
        ("INSERT INTO session_feedback (session_id, difficulty) VALUES (?, ?)", (1, "hard")),
        ("INSERT INTO session_feedback (session_id, reason) VALUES (?, ?)", (1, "bored")),
        ("INSERT INTO missed_days VALUES (?, ?, ?, ?)", ("2026-03-01", "weather", "", "x")),
    ],
)
def test_the_schema_refuses_values_out_of_range_or_set(
    history: HistoryStore, statement: str, values: tuple[object, ...]
) -> None:
    db = sqlite3.connect(history.path)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        db.execute(statement, values)
    db.close()


def test_the_schema_takes_every_choice_the_app_offers(history: HistoryStore) -> None:
    assert (GOAL_NAME_MAX_CHARS, REASON_TEXT_MAX_CHARS) == (80, 500)  # as the schema checks
    db = sqlite3.connect(history.path)
    for n, difficulty in enumerate(DIFFICULTIES):
        db.execute(
            "INSERT INTO session_feedback (session_id, difficulty) VALUES (?, ?)", (n, difficulty)
        )
    for n, reason in enumerate(REASONS):
        db.execute(
            "INSERT INTO session_feedback (session_id, reason) VALUES (?, ?)", (10 + n, reason)
        )
    db.commit()
    db.close()


def test_records_refuse_bad_values_before_the_database_sees_them() -> None:
    with pytest.raises(RecordError):
        MorningCheck(MORNING.date(), 11, MORNING)
    with pytest.raises(RecordError):
        SessionFeedback(1, difficulty="hard")
    with pytest.raises(RecordError):
        MorningCheck(MORNING.date(), 3, MORNING.replace(tzinfo=None))


@pytest.mark.parametrize(
    "name", ["esc\x1b[31mred", "bell\x07", "nul\x00x", "\u202eevil", "line\u2028break", "del\x7f"]
)
def test_a_goal_name_with_a_control_character_is_refused(history: HistoryStore, name: str) -> None:
    outcomes = OutcomeStore(history)
    with pytest.raises(StoreError, match="control character"):
        outcomes.add_goal(name, MORNING)
    goal = outcomes.add_goal("Walking", MORNING)
    with pytest.raises(StoreError, match="control character"):
        outcomes.rename_goal(goal.id, name)
    assert [g.name for g in outcomes.goals()] == ["Walking"]


def test_a_reasons_text_is_stored_as_one_line_of_plain_text(history: HistoryStore) -> None:
    outcomes = OutcomeStore(history)
    session = history.add(make(MORNING))
    assert session.id is not None
    outcomes.set_feedback([SessionFeedback(session.id, None, "other", "x\x1b[2J\u202ey\nz\x00")])
    outcomes.add_missed_day(MissedDay(date(2026, 3, 1), "other", "ring\x07ring\r\nphone"), MORNING)
    assert outcomes.feedback()[session.id].reason_text == "x [2J y z"
    assert outcomes.missed_days()[0].reason_text == "ring ring phone"
