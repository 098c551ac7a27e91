"""Saves each session that ends into the history: a routine as one record per exercise done.

Qt-free: the main window tells it when a session starts and ends, and passes on the pain rating
and note given on the summary; it answers with what went wrong, in words for the user.

A routine's exercise is saved as soon as the routine leaves it (:meth:`exercise_ended`), so a
crash or kill -9 in a later exercise loses none done before; going back into a saved exercise
updates its record, and the end of the session settles every record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from footcare_gui.core.history import SessionRecord, record_from_summary
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.plan import ROUTINE_ID, Plan
from footcare_gui.services.store import HistoryStore, StoreError

if TYPE_CHECKING:  # the session engine is loaded with the first session, not at start-up
    from footcare_gui.core.session import Session

RecorderText = Context("RecorderText")
SAVED = QT_TRANSLATE_NOOP("RecorderText", "Saved to your history.")


def saved_text() -> str:
    """The status line of a session saved as it should be, in the user's language."""
    return translate("RecorderText", SAVED)


class SessionRecorder:
    def __init__(self, history: HistoryStore | None, wall_clock: Callable[[], datetime]):
        self._history = history
        self._wall_clock = wall_clock
        self._started_at: datetime | None = None
        self._pain_before: int | None = None
        self.last_records: list[SessionRecord] = []  # what the summary's rating updates
        self._saved: dict[int, SessionRecord] = {}  # a routine's exercises saved so far

    def begin(self, pain_before: int | None) -> None:
        self._started_at = self._wall_clock()
        self._pain_before = pain_before
        self.last_records = []
        self._saved = {}

    def exercise_ended(self, session: Session) -> str:
        """A routine went on from one of its exercises: save what is done of those left behind.

        Returns "" or, when it could not be saved, a sentence for the user.
        """
        if self._history is None or self._started_at is None:
            return ""
        if session.plan.exercise_id != ROUTINE_ID:
            return ""
        try:
            self._keep(self._routine_parts(session, self._started_at, left_only=True), final=False)
        except StoreError as error:
            return RecorderText.tr(
                "This session could not be saved to your history. {error}"
            ).format(error=error)
        return ""

    def finish(self, session: Session) -> str:
        """Records the session that just ended; returns the status line for the summary."""
        if self._history is None or self._started_at is None:
            return ""
        started, self._started_at = self._started_at, None
        try:
            if session.plan.exercise_id == ROUTINE_ID:
                parts = self._routine_parts(session, started, left_only=False)
                self.last_records = self._keep(parts, final=True)
            else:
                for record in self._records(session, started):
                    self.last_records.append(self._history.add(record))
        except StoreError as error:
            return RecorderText.tr(
                "This session could not be saved to your history. {error}"
            ).format(error=error)
        if not self.last_records:
            return RecorderText.tr("Nothing was done, so nothing was saved.")
        return saved_text()

    def rate_after(self, pain: int | None, note: str) -> str:
        """Pain after and the note go on every record of the session just ended."""
        if self._history is None or not self.last_records:
            return ""
        updated = [replace(r, pain_after=pain, note=note) for r in self.last_records]
        try:
            for record in updated:
                self._history.update(record)
        except StoreError as error:
            return RecorderText.tr("Your rating and note could not be saved. {error}").format(
                error=error
            )
        self.last_records = updated
        return saved_text()

    def _keep(self, parts: dict[int, SessionRecord], final: bool) -> list[SessionRecord]:
        """Adds or updates the record of each part; once ``final``, a saved exercise that no
        longer counts (gone back over and skipped) is deleted. Returns the parts' records."""
        assert self._history is not None
        for number, record in sorted(parts.items()):
            saved = self._saved.get(number)
            if saved is None:
                self._saved[number] = self._history.add(record)
            elif replace(record, id=saved.id) != saved:
                self._history.update(replace(record, id=saved.id))
                self._saved[number] = replace(record, id=saved.id)
        if final:
            for number in [n for n in self._saved if n not in parts]:
                stale = self._saved.pop(number)
                assert stale.id is not None
                self._history.delete(stale.id)
        return [self._saved[number] for number in sorted(parts)]

    def _routine_parts(
        self, session: Session, started: datetime, left_only: bool
    ) -> dict[int, SessionRecord]:
        """The record of each exercise of a routine done (``left_only``: and left), by its
        place in the routine."""
        from footcare_gui.core.session import SegmentStatus

        summary = session.summary()
        current = None if session.state.ended else session.step.segment
        parts: dict[int, SessionRecord] = {}
        for number, part in enumerate(session.segment_summaries()):
            # An exercise skipped before any of it was done is not a session of it.
            if not part.entered or part.status is SegmentStatus.SKIPPED:
                continue
            if left_only and number == current:
                continue
            assert part.started_at_ms is not None
            offset = timedelta(milliseconds=part.started_at_ms - summary.started_at_ms)
            parts[number] = record_from_summary(
                part.as_summary(), started + offset, self._pain_before, session.plan.exercise_name
            )
        return parts

    def give_feedback(self, difficulty: str | None, reason: str | None, text: str) -> str:
        """How hard it felt goes on every record of the session just ended; why it was stopped
        early on those that were not finished."""
        from footcare_gui.core.outcomes import SessionFeedback
        from footcare_gui.services.outcome_store import OutcomeStore

        if self._history is None or not self.last_records:
            return ""
        feedback = [
            SessionFeedback(
                r.id,
                difficulty,
                None if r.finished else reason,
                "" if r.finished or reason is None else text,
            )
            for r in self.last_records
            if r.id is not None
        ]
        try:
            OutcomeStore(self._history).set_feedback(feedback)
        except StoreError as error:
            return RecorderText.tr("Your answer could not be saved. {error}").format(error=error)
        return saved_text()

    def _records(self, session: Session, started: datetime) -> list[SessionRecord]:
        from footcare_gui.core.session import SegmentStatus

        summary = session.summary()
        plan: Plan = session.plan
        if plan.exercise_id != ROUTINE_ID:
            return [record_from_summary(summary, started, self._pain_before)]
        records = []
        for part in session.segment_summaries():
            # An exercise skipped before any of it was done is not a session of it.
            if not part.entered or part.status is SegmentStatus.SKIPPED:
                continue
            assert part.started_at_ms is not None
            offset = timedelta(milliseconds=part.started_at_ms - summary.started_at_ms)
            records.append(
                record_from_summary(
                    part.as_summary(), started + offset, self._pain_before, plan.exercise_name
                )
            )
        return records
