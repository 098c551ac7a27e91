"""The history as one HL7 FHIR R4 Bundle (type "collection"), for a clinic's systems.

Qt-free and written with the standard library: a JSON document built from dicts. The mapping is
documented for integrators in docs/fhir-export.md; keep the two in step. Deliberately not
translated: codes and display texts are in English, as the CSV's are.

Nothing identifies the user: the Patient is a pseudonym (a random UUID made once in the history
file, and a name only if the user typed one in Preferences); ids are derived from it and from
the local row ids, so exporting twice gives the same ids.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.outcomes import Goal, GoalRating, MissedDay, Outcomes, SessionFeedback

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# Footcare's own code systems (URNs: the project owns no web address); listed in the docs.
FOOTCARE = "urn:footcare:fhir"
PAIN_TIMING = f"{FOOTCARE}:pain-timing"
SESSION_CODES = f"{FOOTCARE}:session"
EXERCISES = f"{FOOTCARE}:exercise"
DIFFICULTY = f"{FOOTCARE}:difficulty"
REASON = f"{FOOTCARE}:reason"

PAIN_CODE = "72514-3"
PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
DURATION_CODE = "55411-3"
DURATION_DISPLAY = "Exercise duration"
PAIN_TIMINGS = {
    "before-session": "Pain before an exercise session",
    "after-session": "Pain after an exercise session",
    "morning": "Pain on the first steps in the morning",
}
DIFFICULTY_DISPLAY = {"easy": "Easy", "about_right": "About right", "too_hard": "Too hard"}
REASON_DISPLAY = {
    "no_time": "No time",
    "pain": "Pain",
    "forgot": "Forgot",
    "unwell": "Felt unwell",
    "other": "Other",
}
# FHIR strings SHALL NOT hold characters below U+0020 but tab, CR and LF; DEL, C1 controls and
# bidi overrides go with them, as they would change what a reader is shown. Only text from an
# older or hand-edited history can hold them (the app refuses or cleans them on the way in).
_NOT_IN_FHIR_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Exercises of one routine that follow each other this closely share one pain rating.
ROUTINE_GAP = timedelta(minutes=5)


def bundle(
    records: Sequence[SessionRecord],
    outcomes: Outcomes,
    catalogue: Catalogue,
    patient_uuid: str,
    patient_name: str,
    now: datetime,
) -> dict[str, Any]:
    """The Bundle as JSON-ready data. ``now``: time-zone aware, the Bundle's timestamp."""
    builder = _Builder(uuid.UUID(patient_uuid), catalogue)
    patient: dict[str, Any] = {"resourceType": "Patient", "active": True}
    if patient_name.strip():
        patient["name"] = [{"text": patient_name.strip()}]
    builder.add("patient", patient)
    for group in _sessions_by_rating(records):
        builder.add_sessions(group, outcomes.feedback)
    for check in outcomes.morning:
        builder.add(
            f"morning/{check.day.isoformat()}",
            builder.pain("morning", check.pain, check.recorded_at),
        )
    for missed in outcomes.missed:
        builder.add(f"missed/{missed.day.isoformat()}", builder.missed_day(missed))
    if outcomes.goals:
        builder.add_goals(outcomes.goals, outcomes.ratings)
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid5(builder.namespace, f"bundle/{now.isoformat()}")),
        "type": "collection",
        "timestamp": _instant(now),
        "entry": _fhir_text(builder.entries),
    }


def _fhir_text(value: Any) -> Any:
    """Every string in ``value`` with the characters FHIR forbids shown as escapes (\\u001b)."""
    if isinstance(value, str):
        return _NOT_IN_FHIR_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
    if isinstance(value, list):
        return [_fhir_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _fhir_text(item) for key, item in value.items()}
    return value


def bundle_json(*args: Any, **kwargs: Any) -> str:
    return json.dumps(bundle(*args, **kwargs), indent=2, ensure_ascii=False) + "\n"


def _instant(moment: datetime) -> str:
    if moment.utcoffset() is None:
        raise ValueError("FHIR times need an offset")
    return moment.isoformat(timespec="seconds")


def _concept(system: str, code: str, display: str, text: str | None = None) -> dict[str, Any]:
    concept: dict[str, Any] = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        concept["text"] = text
    return concept


def _sessions_by_rating(records: Sequence[SessionRecord]) -> list[list[SessionRecord]]:
    """Sessions that share one pain rating: a routine's exercises, one after another."""
    groups: list[list[SessionRecord]] = []
    for record in sorted(records, key=lambda r: r.started_at):
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and record.routine
            and record.routine == last.routine
            and (record.pain_before, record.pain_after, record.note)
            == (last.pain_before, last.pain_after, last.note)
            and timedelta(0) <= record.started_at - last.ended_at <= ROUTINE_GAP
        ):
            groups[-1].append(record)
        else:
            groups.append([record])
    return groups


class _Builder:
    def __init__(self, namespace: uuid.UUID, catalogue: Catalogue):
        self.namespace = namespace
        self.catalogue = catalogue
        self.entries: list[dict[str, Any]] = []

    def url(self, key: str) -> str:
        return f"urn:uuid:{uuid.uuid5(self.namespace, key)}"

    @property
    def subject(self) -> dict[str, str]:
        return {"reference": self.url("patient")}

    def add(self, key: str, resource: dict[str, Any]) -> str:
        url = self.url(key)
        resource = {"resourceType": resource["resourceType"], "id": url[len("urn:uuid:") :]} | (
            resource
        )
        self.entries.append({"fullUrl": url, "resource": resource})
        return url

    def pain(self, timing: str, score: int, when: datetime) -> dict[str, Any]:
        return {
            "resourceType": "Observation",
            "status": "final",
            "category": [
                _concept(OBSERVATION_CATEGORY, "survey", "Survey"),
                _concept(PAIN_TIMING, timing, PAIN_TIMINGS[timing]),
            ],
            "code": _concept(LOINC, PAIN_CODE, PAIN_DISPLAY, PAIN_TIMINGS[timing]),
            "subject": self.subject,
            "effectiveDateTime": _instant(when),
            "valueInteger": score,
        }

    def add_sessions(
        self, group: list[SessionRecord], feedback: Mapping[int, SessionFeedback]
    ) -> None:
        first = group[0]
        key = f"session/{first.id}"
        members = []
        if first.pain_before is not None:
            members.append(
                self.add(
                    f"{key}/pain-before",
                    self.pain("before-session", first.pain_before, first.started_at),
                )
            )
        if first.pain_after is not None:
            members.append(
                self.add(
                    f"{key}/pain-after",
                    self.pain("after-session", first.pain_after, group[-1].ended_at),
                )
            )
        for record in group:
            self.add(
                f"session/{record.id}", self.session(record, feedback.get(record.id or -1), members)
            )

    def session(
        self, record: SessionRecord, feedback: SessionFeedback | None, pains: list[str]
    ) -> dict[str, Any]:
        try:
            name = self.catalogue.get(record.exercise_id).name
        except KeyError:
            name = record.exercise_id
        # The one outcome rule (core/outcome.py): finished, partly-done or nothing-done.
        outcome = record.outcome.value.replace(" ", "-")
        components: list[dict[str, Any]] = [
            {
                "code": _concept(SESSION_CODES, "exercise", "Exercise"),
                "valueCodeableConcept": _concept(EXERCISES, record.exercise_id, name, name),
            },
            {
                "code": _concept(SESSION_CODES, "completion", "Reps done of reps planned"),
                "valueRatio": {
                    "numerator": {"value": record.reps_done},
                    "denominator": {"value": record.reps_planned},
                },
            },
            {
                "code": _concept(SESSION_CODES, "outcome", "Outcome"),
                "valueCodeableConcept": _concept(
                    SESSION_CODES, outcome, record.outcome.value.capitalize()
                ),
            },
        ]
        if feedback is not None and feedback.difficulty:
            components.append(
                {
                    "code": _concept(SESSION_CODES, "difficulty", "How hard it felt"),
                    "valueCodeableConcept": _concept(
                        DIFFICULTY, feedback.difficulty, DIFFICULTY_DISPLAY[feedback.difficulty]
                    ),
                }
            )
        if feedback is not None and feedback.reason:
            components.append(
                {
                    "code": _concept(SESSION_CODES, "stop-reason", "Why it was stopped early"),
                    "valueCodeableConcept": self.reason(feedback.reason, feedback.reason_text),
                }
            )
        observation: dict[str, Any] = {
            "resourceType": "Observation",
            "status": "final",
            "category": [_concept(OBSERVATION_CATEGORY, "activity", "Activity")],
            "code": _concept(LOINC, DURATION_CODE, DURATION_DISPLAY, f"Exercise duration: {name}"),
            "subject": self.subject,
            "effectivePeriod": {
                "start": _instant(record.started_at),
                "end": _instant(record.ended_at),
            },
            "valueQuantity": {
                "value": round(record.active_s / 60, 2),
                "unit": "min",
                "system": UCUM,
                "code": "min",
            },
            "component": components,
        }
        if pains:
            observation["hasMember"] = [{"reference": url} for url in pains]
        if record.note.strip():
            observation["note"] = [{"text": record.note}]
        return observation

    def reason(self, reason: str, text: str) -> dict[str, Any]:
        return _concept(REASON, reason, REASON_DISPLAY[reason], text.strip() or None)

    def missed_day(self, missed: MissedDay) -> dict[str, Any]:
        return {
            "resourceType": "Observation",
            "status": "final",
            "category": [_concept(OBSERVATION_CATEGORY, "survey", "Survey")],
            "code": _concept(
                SESSION_CODES, "missed-day", "Why the day's exercise target was missed"
            ),
            "subject": self.subject,
            "effectiveDateTime": missed.day.isoformat(),
            "valueCodeableConcept": self.reason(missed.reason, missed.reason_text),
        }

    def add_goals(self, goals: Iterable[Goal], ratings: Sequence[GoalRating]) -> None:
        goals = list(goals)
        questionnaire_url = self.url("questionnaire/psfs")
        self.add(
            "questionnaire/psfs",
            {
                "resourceType": "Questionnaire",
                "url": questionnaire_url,
                "name": "FootcarePSFS",
                "title": "Patient-Specific Functional Scale (Footcare)",
                "status": "active",
                "subjectType": ["Patient"],
                "description": (
                    "The activities the patient named as made hard by the foot, each rated 0-10 "
                    "(0 = unable to perform, 10 = able to perform as before the problem)."
                ),
                "item": [
                    {
                        "linkId": f"goal-{goal.id}",
                        "text": goal.name,
                        "type": "integer",
                        "required": False,
                    }
                    for goal in goals
                ],
            },
        )
        names = {goal.id: goal.name for goal in goals}
        by_time: dict[datetime, list[GoalRating]] = {}
        for rating in ratings:
            if rating.goal_id in names:
                by_time.setdefault(rating.rated_at, []).append(rating)
        for number, (when, rated) in enumerate(sorted(by_time.items()), start=1):
            self.add(
                f"questionnaire/psfs/response/{number}/{when.isoformat()}",
                {
                    "resourceType": "QuestionnaireResponse",
                    "questionnaire": questionnaire_url,
                    "status": "completed",
                    "subject": self.subject,
                    "authored": _instant(when),
                    "item": [
                        {
                            "linkId": f"goal-{r.goal_id}",
                            "text": names[r.goal_id],
                            "answer": [{"valueInteger": r.score}],
                        }
                        for r in rated
                    ],
                },
            )
