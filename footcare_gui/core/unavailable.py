"""One shape for "this part cannot do (all of) its work, and why": ``reason() -> str | None``.

The tones, the voice, the session history and the saved routines may each be unavailable in
part: no sound device, no speech engine, a history from a newer Footcare, routines that could
not be read. Each says so the same way, by :meth:`Explains.reason`: a sentence or two for the
user, shown as it is (plain text), or None when it works. Whether a part can still be written
to (``HistoryStore.read_only``) is a capability, not a reason, and stays apart.
"""

from __future__ import annotations

from typing import Protocol


class Explains(Protocol):
    def reason(self) -> str | None:
        """Why this part cannot do (all of) its work, for the user; None when it can."""
        ...


def reasons(*parts: Explains) -> str | None:
    """The reasons of ``parts`` that have one, as one text (in the order given); else None."""
    given = [why for part in parts if (why := part.reason())]
    return " ".join(given) or None
