"""One shape for "unavailable, and why": every part answers reason() the same way."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.unavailable import reasons


@dataclass
class Part:
    why: str | None

    def reason(self) -> str | None:
        return self.why


def test_the_reasons_that_are_given_are_joined_in_order() -> None:
    assert reasons(Part("No sound."), Part(None), Part("No voice.")) == "No sound. No voice."


def test_parts_that_all_work_give_no_reason() -> None:
    assert reasons(Part(None), Part("")) is None
    assert reasons() is None
