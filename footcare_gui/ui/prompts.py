"""The questions a session asks, behind one small protocol so that tests answer them directly.

The window passes :class:`DialogPrompts` (real, modal message boxes); tests pass a fake with
the answers ready (tests/fakes.py), so no test waits for a dialog to open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from footcare_gui.core.i18n import Context
from footcare_gui.ui.plain_text import inform

if TYPE_CHECKING:
    from footcare_gui.core.progression import Proposal

PromptText = Context("PromptText")


class Prompts(Protocol):
    def confirm_stop(self, parent: QWidget) -> bool:
        """True when the user wants to end the running session early."""
        ...

    def propose_progression(self, parent: QWidget, proposal: Proposal) -> bool:
        """True when the user accepts more reps; anything else leaves the dose as it is."""
        ...

    def notice(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the user something that needs no answer (plain text)."""
        ...


class DialogPrompts:
    """The prompts as modal message boxes over ``parent``."""

    def confirm_stop(self, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            PromptText.tr("Stop the session?"),
            PromptText.tr(
                "Stop this session now? What you have done so far is kept in the summary."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def propose_progression(self, parent: QWidget, proposal: Proposal) -> bool:
        from footcare_gui.ui.progression_prompt import ask_progression

        return ask_progression(parent, proposal)

    def notice(self, parent: QWidget, title: str, text: str) -> None:
        inform(parent, title, text)
