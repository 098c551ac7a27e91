"""The user's saved routines, their personal doses and progression choices, kept in Settings.

Everything lives under one settings key as ``{"version": 1, ...}``. Stored data that cannot be
read (damaged, hand-edited, from a newer Footcare) gives the defaults and a ``notice``; the
unreadable value is first copied to ``routines/book-unread`` so a later save loses nothing.

Doses are per exercise, shared by every routine: a toe-pulling dose is the user's, wherever
they do it. Importing a routine file sets the doses of the exercises it lists.

Editors work on a :meth:`draft`, an in-memory copy; :meth:`apply` saves it at once, so a
cancelled dialog leaves nothing half-saved.

Every save is all or nothing: the data is first read back as it will be stored (names compared
on that form, see core/names.py), and a save the settings file did not take raises
:class:`RoutineSaveError` and leaves the book as it was before the change.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.doses import check_dose, is_default, normalised
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.i18n import Context
from footcare_gui.core.names import FORBIDDEN, name_problem, same_name, stored_form
from footcare_gui.core.outcomes import MorningCheck
from footcare_gui.core.plan import Dose
from footcare_gui.core.progression import HeldBack, ProgressionSettings, Proposal, propose
from footcare_gui.core.routine import ROUTINE_NAME_MAX, Routine, RoutineError, default_routine
from footcare_gui.core.routine_file import (
    dose_from_json,
    dose_to_json,
    read_routine_file,
    write_routine_file,
)
from footcare_gui.services.settings import Settings

RoutineBookText = Context("RoutineBookText")

KEY = "routines/book"
UNREAD_KEY = "routines/book-unread"
VERSION = 1


def _now() -> datetime:
    return datetime.now().astimezone()


class RoutineSaveError(RoutineError):
    """The change could not be saved (the settings file cannot be written); nothing changed."""


@dataclass
class _State:
    routines: list[Routine]
    doses: dict[str, Dose] = field(default_factory=dict)  # only doses that differ from default
    dose_since: dict[str, datetime] = field(default_factory=dict)  # when reps or sets last changed
    declined_at: dict[str, datetime] = field(default_factory=dict)
    progression: ProgressionSettings = field(default_factory=ProgressionSettings)


class RoutineBook:
    def __init__(
        self,
        settings: Settings | None,
        catalogue: Catalogue,
        now: Callable[[], datetime] = _now,
        _state: _State | None = None,
    ):
        """``settings`` None makes a draft that is never saved (see :meth:`draft`)."""
        self._settings = settings
        self._catalogue = catalogue
        self._now = now
        self.notice = ""
        self._seen = settings.raw_value(KEY) if settings is not None else None
        self._state = _state if _state is not None else self._load()
        self._saved_state = copy.deepcopy(self._state)  # what a failed save goes back to

    def _refresh(self) -> None:
        """Take up what another Footcare process saved (e.g. `footcare --import-routine` while
        the app runs), so that this one's next save does not write over it."""
        if self._settings is None:
            return
        self._settings.sync()  # re-reads the file if another process changed it
        raw = self._settings.raw_value(KEY)
        if raw != self._seen:
            self._seen = raw
            self._state = self._load()
            self._saved_state = copy.deepcopy(self._state)

    # --- routines ----------------------------------------------------------------------------
    def routines(self) -> list[Routine]:
        self._refresh()
        return list(self._state.routines)

    def names(self) -> list[str]:
        self._refresh()
        return [routine.name for routine in self._state.routines]

    def routine(self, name: str) -> Routine:
        self._refresh()
        return self._state.routines[self._index(name)]

    def add_routine(self, name: str, exercise_ids: Iterable[str] | None = None) -> Routine:
        self._refresh()
        ids = tuple(exercise_ids) if exercise_ids is not None else self._default_ids()
        routine = self._checked(Routine(name, ids))
        self._refuse_clash(routine.name)
        self._state.routines.append(routine)
        self._save()
        return routine

    def rename_routine(self, name: str, new_name: str) -> Routine:
        self._refresh()
        index = self._index(name)
        renamed = Routine(new_name, self._state.routines[index].exercise_ids)
        self._refuse_clash(renamed.name, except_index=index)
        self._state.routines[index] = renamed
        self._save()
        return renamed

    def delete_routine(self, name: str) -> None:
        self._refresh()
        index = self._index(name)
        if len(self._state.routines) == 1:
            raise RoutineError(RoutineBookText.tr("keep at least one routine"))
        del self._state.routines[index]
        self._save()

    def set_exercises(self, name: str, exercise_ids: Iterable[str]) -> Routine:
        """Which exercises, in which order: covers ticking, unticking and reordering."""
        self._refresh()
        index = self._index(name)
        routine = self._checked(Routine(self._state.routines[index].name, tuple(exercise_ids)))
        self._state.routines[index] = routine
        self._save()
        return routine

    def move_exercise(self, name: str, exercise_id: str, offset: int) -> Routine:
        ids = list(self.routine(name).exercise_ids)
        old = ids.index(exercise_id)
        new = max(0, min(len(ids) - 1, old + offset))
        ids.insert(new, ids.pop(old))
        return self.set_exercises(name, ids)

    # --- doses -------------------------------------------------------------------------------
    def dose_for(self, exercise_id: str) -> Dose:
        self._refresh()
        return self._state.doses.get(exercise_id) or Dose.default_for(
            self._catalogue.get(exercise_id)
        )

    def is_personal(self, exercise_id: str) -> bool:
        return exercise_id in self._state.doses

    def set_dose(self, exercise_id: str, dose: Dose) -> None:
        """Raises DoseError for a dose beyond the hard limits; out-of-range values are allowed."""
        self._refresh()
        exercise = self._catalogue.get(exercise_id)
        check_dose(exercise, dose)
        dose = normalised(exercise, dose)
        old = self.dose_for(exercise_id)
        if is_default(exercise, dose):
            self._state.doses.pop(exercise_id, None)
        else:
            self._state.doses[exercise_id] = dose
        if (old.reps, old.sets) != (dose.reps, dose.sets):
            # Sessions at the old amount no longer earn a proposal, nor does a "not now".
            self._state.dose_since[exercise_id] = self._now()
            self._state.declined_at.pop(exercise_id, None)
        self._save()

    def reset_dose(self, exercise_id: str) -> None:
        self._refresh()
        self.set_dose(exercise_id, Dose.default_for(self._catalogue.get(exercise_id)))

    # --- progression -------------------------------------------------------------------------
    @property
    def progression(self) -> ProgressionSettings:
        return self._state.progression

    @progression.setter
    def progression(self, value: ProgressionSettings) -> None:
        self._state.progression = value
        self._save()

    def proposal_for(
        self,
        exercise_id: str,
        records: Iterable[SessionRecord],
        morning: Sequence[MorningCheck] = (),
        now: datetime | None = None,
    ) -> Proposal | HeldBack | None:
        return propose(
            self._catalogue.get(exercise_id),
            self.dose_for(exercise_id),
            records,
            self._state.progression,
            self._state.dose_since.get(exercise_id),
            self._state.declined_at.get(exercise_id),
            morning,
            now or self._now(),
        )

    def accept(self, proposal: Proposal) -> None:
        self._refresh()
        dose = self.dose_for(proposal.exercise_id)
        self.set_dose(proposal.exercise_id, replace(dose, reps=proposal.proposed_reps))

    def decline(self, proposal: Proposal) -> None:
        """Not now: ask again only after ``sessions_needed`` more sessions at this dose."""
        self._refresh()
        self._state.declined_at[proposal.exercise_id] = self._now()
        self._save()

    # --- files -------------------------------------------------------------------------------
    def import_file(self, path: Path | str) -> Routine:
        """Adds the file's routine and sets its doses; on any error nothing changes.

        A name already in use gets " (2)", " (3)"… appended.
        """
        self._refresh()
        imported = read_routine_file(path, self._catalogue)  # raises before anything changes
        routine = Routine(self._free_name(imported.routine.name), imported.routine.exercise_ids)
        state, settings = copy.deepcopy(self._state), self._settings
        self._settings = None  # one save once the whole import is in
        try:
            for ident, dose in imported.doses.items():
                self.set_dose(ident, dose)
            self._state.routines.append(routine)
        except Exception:
            self._state = state
            raise
        finally:
            self._settings = settings
        self._save()
        return routine

    def export_file(self, path: Path | str, routine_name: str) -> None:
        routine = self.routine(routine_name)
        doses = {ident: self.dose_for(ident) for ident in routine.exercise_ids}
        write_routine_file(path, routine, doses, self._catalogue)

    # --- drafts ------------------------------------------------------------------------------
    def draft(self) -> RoutineBook:
        """An in-memory copy for an editor; nothing it does is saved until :meth:`apply`."""
        draft = RoutineBook(None, self._catalogue, self._now, copy.deepcopy(self._state))
        draft.notice = self.notice
        return draft

    def apply(self, draft: RoutineBook) -> None:
        self._state = copy.deepcopy(draft._state)
        self._save()

    # --- storage -----------------------------------------------------------------------------
    def _save(self) -> None:
        """All or nothing: on any failure the book (in memory and on disk) stays as it was."""
        if self._settings is None:
            return
        data = self._to_json()
        try:
            self._check_stored_form(data)
        except (ValueError, TypeError, KeyError) as error:
            self._state = copy.deepcopy(self._saved_state)
            raise RoutineSaveError(
                RoutineBookText.tr("your routines could not be saved ({reason})").format(
                    reason=error
                )
            ) from error
        previous = self._settings.raw_value(KEY)
        self._settings.set_json_value(KEY, data)
        if not self._settings.sync():
            self._settings.set_raw_value(KEY, previous)  # nothing half-taken is written later
            self._state = copy.deepcopy(self._saved_state)
            raise RoutineSaveError(
                RoutineBookText.tr(
                    "your routines could not be saved: {path} cannot be written"
                ).format(path=self._settings.path)
            )
        self._seen = self._settings.raw_value(KEY)
        self._saved_state = copy.deepcopy(self._state)

    def _check_stored_form(self, data: dict[str, Any]) -> None:
        """Raises unless ``data``, as it will read back from the file, loads as the same book."""
        again = json.loads(stored_form(json.dumps(data, ensure_ascii=False)))
        if again != data:
            raise ValueError(RoutineBookText.tr("a name holds text that cannot be stored"))
        notice = self.notice
        try:
            loaded = self._from_json(again)
        finally:
            self.notice = notice
        if [r.name for r in loaded.routines] != [r.name for r in self._state.routines]:
            raise ValueError(RoutineBookText.tr("two routines would have the same name"))

    def _to_json(self) -> dict[str, Any]:
        state = self._state
        return {
            "version": VERSION,
            "routines": [
                {"name": r.name, "exercises": list(r.exercise_ids)} for r in state.routines
            ],
            "doses": {
                ident: dose_to_json(self._catalogue.get(ident), dose)
                for ident, dose in state.doses.items()
            },
            "dose_since": {ident: t.isoformat() for ident, t in state.dose_since.items()},
            "declined_at": {ident: t.isoformat() for ident, t in state.declined_at.items()},
            "progression": {
                "step": state.progression.step,
                "sessions_needed": state.progression.sessions_needed,
                "pain_threshold": state.progression.pain_threshold,
            },
        }

    def _load(self) -> _State:
        defaults = _State([default_routine(self._catalogue)])
        data = self._settings.json_value(KEY) if self._settings is not None else None
        if data is None:
            raw = self._settings.raw_value(KEY) if self._settings is not None else None
            if raw is not None:  # there, but not JSON at all
                kept = self._keep_unread(raw)
                self.notice = RoutineBookText.tr(
                    "Your saved routines could not be read (they are not valid JSON); showing "
                    "the default routine. The saved text is kept under {key}."
                ).format(key=kept)
            return defaults
        try:
            return self._from_json(data)
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            # Damaged or hand-edited data: any of these means "cannot use it", never a crash.
            kept = self._keep_unread(data)
            if isinstance(error, KeyError):
                reason = RoutineBookText.tr("missing or unknown {key}").format(key=error)
            else:
                reason = str(error)
            self.notice = RoutineBookText.tr(
                "Your saved routines could not be read ({reason}); showing the default routine. "
                "The saved data is kept in the settings file under {key}."
            ).format(reason=reason, key=kept)
            return defaults

    def _keep_unread(self, data: Any) -> str:
        """A copy of data that could not be used, under a key of its own: an earlier copy is
        never written over."""
        assert self._settings is not None
        key, n = UNREAD_KEY, 1
        while self._settings.raw_value(key) is not None:
            n += 1
            key = f"{UNREAD_KEY}-{n}"
        self._settings.set_json_value(key, data)
        return key

    def _from_json(self, data: Any) -> _State:
        if not isinstance(data, dict) or not isinstance(data.get("version"), int):
            raise ValueError("no version")
        if data["version"] > VERSION:
            raise ValueError(
                RoutineBookText.tr("saved by a newer Footcare (version {version})").format(
                    version=data["version"]
                )
            )
        routines = []
        known = set(self._catalogue.ids())
        gone = sorted(
            {str(i) for item in data["routines"] for i in item["exercises"]} - known
            | {str(i) for i in data.get("doses", {})} - known
        )
        if gone:  # a catalogue without them (an update, or --catalogue): keep the rest
            self.notice = RoutineBookText.tr(
                "Exercises no longer in the catalogue were left out of your routines and "
                "doses: {ids}."
            ).format(ids=", ".join(gone))
        for item in data["routines"]:
            ids = tuple(i for i in item["exercises"] if i in known)
            if not ids:
                continue
            # A name an older Footcare let in (a control character, a clash once stored) is
            # mended rather than costing every routine and dose.
            name = _mended_name(item["name"], len(routines) + 1)
            name = _free_name(name, [r.name for r in routines])
            routines.append(self._checked(Routine(name, ids)))
        if not routines:
            if gone:
                raise RoutineError(
                    RoutineBookText.tr("no routines once {ids} were left out").format(
                        ids=", ".join(gone)
                    )
                )
            raise RoutineError(RoutineBookText.tr("no routines"))
        doses = {
            ident: dose_from_json(self._catalogue.get(ident), entry, f"doses.{ident}")
            for ident, entry in data.get("doses", {}).items()
            if ident in known
        }
        return _State(
            routines,
            doses,
            _times(data.get("dose_since", {})),
            _times(data.get("declined_at", {})),
            ProgressionSettings(**data.get("progression", {})),
        )

    # --- helpers -----------------------------------------------------------------------------
    def _index(self, name: str) -> int:
        for index, routine in enumerate(self._state.routines):
            if same_name(routine.name, name):
                return index
        raise KeyError(name)

    def _refuse_clash(self, name: str, except_index: int = -1) -> None:
        for index, routine in enumerate(self._state.routines):
            if index != except_index and same_name(routine.name, name):
                raise RoutineError(
                    RoutineBookText.tr("there is already a routine called '{name}'").format(
                        name=routine.name
                    )
                )

    def _free_name(self, name: str) -> str:
        return _free_name(name, [routine.name for routine in self._state.routines])

    def _checked(self, routine: Routine) -> Routine:
        routine.check_against(self._catalogue)
        return routine

    def _default_ids(self) -> tuple[str, ...]:
        return default_routine(self._catalogue).exercise_ids


def _free_name(name: str, taken: list[str]) -> str:
    """``name``, or with " (2)", " (3)"… appended when one of ``taken`` is the same name."""
    candidate, number = name, 2
    while any(same_name(candidate, other) for other in taken):
        suffix = f" ({number})"
        candidate = name[: ROUTINE_NAME_MAX - len(suffix)].rstrip() + suffix
        number += 1
    return candidate


def _mended_name(name: str, number: int) -> str:
    """A stored name as a name may be now: refused characters dropped, or "Routine N"."""
    mended = FORBIDDEN.sub("", name.strip()).strip()  # not text: AttributeError, "unreadable"
    if name_problem(mended) is not None:
        return RoutineBookText.tr("Routine {number}").format(number=number)
    return mended


def _times(values: dict[str, str]) -> dict[str, datetime]:
    times = {ident: datetime.fromisoformat(text) for ident, text in values.items()}
    if any(t.utcoffset() is None for t in times.values()):
        raise ValueError("a stored time has no time zone")
    return times
