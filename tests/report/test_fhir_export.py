"""The FHIR export, checked from outside with a FHIR model library (fhir.resources, R4B models:
for Bundle, Patient, Observation, Questionnaire and QuestionnaireResponse the same as R4): every
resource parses, every reference resolves inside the bundle, the codes are the documented ones,
every time carries an offset, and nothing names the user unless they chose a name."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from footcare_gui.cli import main
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.outcomes import (
    Goal,
    GoalRating,
    MissedDay,
    MorningCheck,
    Outcomes,
    SessionFeedback,
)
from footcare_gui.report.fhir_export import bundle
from footcare_gui.services.outcome_store import OutcomeStore
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import DB_FILENAME, HistoryStore

CET = timezone(timedelta(hours=1))
PATIENT = "2a7c1a52-8f0b-4d4e-9c7a-5d3b1e0f9a11"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "fhir-export.md"
T0 = datetime(2026, 3, 2, 18, 0, tzinfo=CET)


def session(n: int, minutes_after: float = 0, **changes: Any) -> SessionRecord:
    start = T0 + timedelta(days=n, minutes=minutes_after)
    values: dict[str, Any] = dict(
        exercise_id="toe-pulling",
        started_at=start,
        ended_at=start + timedelta(minutes=4),
        active_s=230.0,
        paused_s=10.0,
        reps_done=50,
        reps_planned=50,
        sets_done=2,
        sets_planned=2,
        sides_done=2,
        sides_planned=2,
        finished=True,
        id=n + 1,
    )
    return SessionRecord(**(values | changes))


def sample() -> tuple[list[SessionRecord], Outcomes]:
    records = [
        session(0, pain_before=4, pain_after=3, note="Left foot stiff"),
        session(1, finished=False, reps_done=12, pain_before=5),
        # A routine: two exercises back to back sharing one rating.
        session(2, exercise_id="calf-stretch", routine="Evening", pain_before=3, pain_after=2),
        session(
            2, 4.5, exercise_id="toe-pulling", routine="Evening", pain_before=3, pain_after=2, id=10
        ),
    ]
    walking = Goal(1, "Walking to the shops", T0)
    outcomes = Outcomes(
        morning=[MorningCheck(date(2026, 3, 3), 5, datetime(2026, 3, 3, 7, 5, tzinfo=CET))],
        goals=[walking, Goal(2, "Standing at work", T0, retired=True)],
        ratings=[
            GoalRating(1, T0, 3),
            GoalRating(2, T0, 4),
            GoalRating(1, T0 + timedelta(days=7), 5),
        ],
        feedback={
            1: SessionFeedback(1, difficulty="about_right"),
            2: SessionFeedback(2, difficulty="too_hard", reason="other", reason_text="Phone rang"),
        },
        missed=[MissedDay(date(2026, 3, 5), "no_time")],
    )
    return records, outcomes


def built(catalogue: Catalogue, name: str = "") -> dict[str, Any]:
    records, outcomes = sample()
    data = bundle(records, outcomes, catalogue, PATIENT, name, T0 + timedelta(days=9))
    return json.loads(json.dumps(data))  # what a file holds


def resources(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]


def coded(concept: dict[str, Any], system: str) -> list[str]:
    return [c["code"] for c in concept.get("coding", []) if c["system"] == system]


def test_the_bundle_and_every_resource_parse_with_a_fhir_model_library(
    catalogue: Catalogue,
) -> None:
    data = built(catalogue)
    parsed = Bundle.model_validate(data)
    assert parsed.type == "collection"
    for entry in data["entry"]:
        resource = entry["resource"]
        model = get_fhir_model_class(resource["resourceType"])
        assert model.model_validate(resource).id == resource["id"]
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
    kinds = sorted({e["resource"]["resourceType"] for e in data["entry"]})
    assert kinds == ["Observation", "Patient", "Questionnaire", "QuestionnaireResponse"]


def test_every_reference_resolves_inside_the_bundle(catalogue: Catalogue) -> None:
    data = built(catalogue)
    urls = {e["fullUrl"] for e in data["entry"]}
    references = re.findall(r'"reference": "([^"]+)"', json.dumps(data))
    assert references
    assert set(references) <= urls
    canonicals = {q["url"] for q in resources(data, "Questionnaire")}
    assert {r["questionnaire"] for r in resources(data, "QuestionnaireResponse")} <= canonicals


def test_pain_is_loinc_72514_3_with_its_timing_as_a_category(catalogue: Catalogue) -> None:
    data = built(catalogue)
    pains = [
        o
        for o in resources(data, "Observation")
        if coded(o["code"], "http://loinc.org") == ["72514-3"]
    ]
    timings = sorted(coded(o["category"][1], "urn:footcare:fhir:pain-timing")[0] for o in pains)
    # Session 1: before and after; 2: before; the routine: one before and one after; a morning.
    assert timings == sorted(
        ["before-session", "after-session"] * 2 + ["before-session", "morning"]
    )
    assert {o["valueInteger"] for o in pains} == {2, 3, 4, 5}
    assert all(coded(o["category"][0], OBSERVATION_CATEGORY) == ["survey"] for o in pains)


OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"


def test_each_session_is_an_exercise_duration_with_exercise_and_completion(
    catalogue: Catalogue,
) -> None:
    data = built(catalogue)
    sessions = [
        o
        for o in resources(data, "Observation")
        if coded(o["code"], "http://loinc.org") == ["55411-3"]
    ]
    assert len(sessions) == 4
    stopped = sessions[1]
    assert stopped["valueQuantity"] == {
        "value": 3.83,
        "unit": "min",
        "system": "http://unitsofmeasure.org",
        "code": "min",
    }
    parts = {coded(c["code"], "urn:footcare:fhir:session")[0]: c for c in stopped["component"]}
    assert coded(parts["exercise"]["valueCodeableConcept"], "urn:footcare:fhir:exercise") == [
        "toe-pulling"
    ]
    ratio = parts["completion"]["valueRatio"]
    assert (ratio["numerator"]["value"], ratio["denominator"]["value"]) == (12, 50)
    assert coded(parts["outcome"]["valueCodeableConcept"], "urn:footcare:fhir:session") == [
        "partly-done"  # 12 of 50 reps
    ]
    assert coded(parts["difficulty"]["valueCodeableConcept"], "urn:footcare:fhir:difficulty") == [
        "too_hard"
    ]
    reason = parts["stop-reason"]["valueCodeableConcept"]
    assert (coded(reason, "urn:footcare:fhir:reason"), reason["text"]) == (["other"], "Phone rang")
    # The routine's two exercises point at the same single pair of pain ratings.
    assert sessions[2]["hasMember"] == sessions[3]["hasMember"]
    assert len(sessions[2]["hasMember"]) == 2


def test_goals_are_a_questionnaire_and_a_response_per_rating(catalogue: Catalogue) -> None:
    data = built(catalogue)
    (questionnaire,) = resources(data, "Questionnaire")
    assert [i["linkId"] for i in questionnaire["item"]] == ["goal-1", "goal-2"]
    answers = [
        [(i["linkId"], i["answer"][0]["valueInteger"]) for i in r["item"]]
        for r in resources(data, "QuestionnaireResponse")
    ]
    assert answers == [[("goal-1", 3), ("goal-2", 4)], [("goal-1", 5)]]


def test_every_time_has_an_offset_and_nothing_names_the_user(catalogue: Catalogue) -> None:
    data = built(catalogue)
    text = json.dumps(data)
    times = re.findall(r'"(\d{4}-\d\d-\d\dT[^"]+)"', text)
    assert times
    assert all(re.search(r"[+-]\d\d:\d\d$|Z$", t) for t in times)
    (patient,) = resources(data, "Patient")
    assert set(patient) == {"resourceType", "id", "active"}
    assert "identifier" not in text
    (named,) = resources(built(catalogue, "Foot-Patient 7"), "Patient")
    assert named["name"] == [{"text": "Foot-Patient 7"}]


def test_exporting_twice_gives_the_same_resource_ids(catalogue: Catalogue) -> None:
    ids = [[e["fullUrl"] for e in built(catalogue)["entry"]] for _ in range(2)]
    assert ids[0] == ids[1]
    assert len(set(ids[0])) == len(ids[0])


def test_the_documentation_names_every_code_the_export_uses(catalogue: Catalogue) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    systems_and_codes = set(
        re.findall(r'"system": "([^"]+)", "code": "([^"]+)"', json.dumps(built(catalogue)))
    )
    missing = [f"{s} {c}" for s, c in sorted(systems_and_codes) if c not in docs or s not in docs]
    assert missing == []


def test_export_fhir_from_the_command_line_reads_the_history_without_changing_it(
    tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    store = HistoryStore.open(tmp_path)
    record = store.add(session(0, pain_before=2, id=None))
    outcomes = OutcomeStore(store)
    outcomes.add_morning_check(MorningCheck(date(2026, 3, 3), 3, T0 + timedelta(hours=13)))
    goal = outcomes.add_goal("Walking to the shops", T0)
    outcomes.rate_goals({goal.id: 4}, T0)
    assert record.id is not None
    outcomes.set_feedback([SessionFeedback(record.id, difficulty="easy")])
    store.close()
    Settings().patient_name = "Pseudonym A"
    database = tmp_path / DB_FILENAME
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    target = tmp_path.parent / f"{tmp_path.name}-out" / "footcare.json"  # not in the data folder
    target.parent.mkdir()
    assert main(["--data-dir", str(tmp_path), "--export-fhir", str(target)]) == 0
    assert capsys.readouterr().err == f"footcare: wrote the FHIR bundle to {target}\n"
    data = json.loads(target.read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    assert len(resources(data, "Observation")) == 3  # session, its pain before, the morning
    assert resources(data, "Patient")[0]["name"] == [{"text": "Pseudonym A"}]
    after = hashlib.sha256(database.read_bytes()).hexdigest()
    assert after == before
    assert main(["--data-dir", str(tmp_path), "--export-fhir", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["type"] == "collection"


def test_export_fhir_without_a_history_fails_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "tpyo"
    assert main(["--data-dir", str(typo), "--export-fhir", str(tmp_path / "out.json")]) == 1
    assert "no session history" in capsys.readouterr().err
    assert not typo.exists()
    assert not (tmp_path / "out.json").exists()


def _history_with_a_session(folder: Path) -> Path:
    store = HistoryStore.open(folder)
    store.add(session(0, pain_before=2, id=None))
    store.close()
    return folder / DB_FILENAME


@pytest.mark.parametrize("where", ["database", "data folder file", "data folder", "directory"])
def test_export_fhir_refuses_the_history_its_folder_or_a_directory_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    data = tmp_path / "data"
    database = _history_with_a_session(data)
    (tmp_path / "a folder").mkdir()
    target = {
        "database": database,
        "data folder file": data / "notes.json",
        "data folder": data,
        "directory": tmp_path / "a folder",
    }[where]
    before = database.read_bytes()
    assert main(["--data-dir", str(data), "--export-fhir", str(target)]) == 1
    assert f"footcare: cannot export to {target}" in capsys.readouterr().err
    assert database.read_bytes() == before
    assert not (data / "notes.json").exists()
    assert list((tmp_path / "a folder").iterdir()) == []


def test_export_fhir_through_a_link_to_the_history_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = _history_with_a_session(tmp_path / "data")
    before = database.read_bytes()
    link = tmp_path / "innocent.json"
    link.symlink_to(database)
    assert main(["--data-dir", str(tmp_path / "data"), "--export-fhir", str(link)]) == 1
    assert database.read_bytes() == before


def test_export_fhir_replaces_a_file_whole_and_never_widens_its_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    _history_with_a_session(tmp_path / "data")
    target = tmp_path / "out.json"
    target.write_text("the previous export")
    target.chmod(0o600)
    monkeypatch.setattr(os, "replace", _failing_replace)
    assert main(["--data-dir", str(tmp_path / "data"), "--export-fhir", str(target)]) == 1
    assert target.read_text() == "the previous export"  # all or nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.json"]  # no temporary left
    monkeypatch.undo()
    assert main(["--data-dir", str(tmp_path / "data"), "--export-fhir", str(target)]) == 0
    assert json.loads(target.read_text())["type"] == "collection"
    assert target.stat().st_mode & 0o777 == 0o600
    old = os.umask(0o077)
    try:
        fresh = tmp_path / "fresh.json"
        assert main(["--data-dir", str(tmp_path / "data"), "--export-fhir", str(fresh)]) == 0
    finally:
        os.umask(old)
    assert fresh.stat().st_mode & 0o777 == 0o600


def _failing_replace(*_: object) -> None:
    raise OSError(28, "No space left on device")


def test_no_string_in_the_bundle_holds_a_control_character_fhir_forbids(
    catalogue: Catalogue,
) -> None:
    """FHIR strings SHALL NOT hold characters below U+0020 but tab, CR and LF: text from an older
    or hand-edited history is escaped, not passed on (and bidi overrides with it)."""
    records = [session(0, note="line one\nline two\x1b[2J\x00", routine="R\x07")]
    outcomes = Outcomes(
        goals=[Goal(1, "Walking\x01 \u202eshops", T0)],
        ratings=[GoalRating(1, T0, 3)],
        feedback={1: SessionFeedback(1, reason="other", reason_text="bell\x07")},
        missed=[MissedDay(date(2026, 3, 5), "other", "x\x0by")],
    )
    text = json.dumps(bundle(records, outcomes, catalogue, PATIENT, "P\x1bA", T0))
    strings = re.findall(r'"((?:[^"\\]|\\.)*)"', text)
    decoded = [json.loads(f'"{s}"') for s in strings]
    bad = [s for s in decoded if re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]", s)]
    assert bad == []
    assert "line one\nline two" in text.replace("\\n", "\n")  # a note keeps its lines
    assert "Walking\\\\u0001" in text  # escaped where it was, so nothing is hidden
