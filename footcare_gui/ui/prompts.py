"""The app's questions and notices, behind one small protocol so that tests answer them directly.

The window passes :class:`DialogPrompts` (real, modal message boxes); tests pass a fake with
the answers ready (tests/fakes.py), so no test waits for a dialog to open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from footcare_gui.core.i18n import Context
from footcare_gui.ui.plain_text import ask, inform, warn

if TYPE_CHECKING:
    from footcare_gui.core.progression import Proposal

PromptText = Context("PromptText")


class Prompts(Protocol):
    def confirm_stop(self, parent: QWidget | None) -> bool:
        """True when the user wants to end the running session early."""
        ...

    def propose_progression(self, parent: QWidget | None, proposal: Proposal) -> bool:
        """True when the user accepts more reps; anything else leaves the dose as it is."""
        ...

    def notice(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something that needs no answer (plain text)."""
        ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user what went wrong (plain text)."""
        ...

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Yes (True) or No; No when the user only presses Enter or Esc."""
        ...


def stop_text() -> str:
    return PromptText.tr("Stop this session now? What you have done so far is kept in the summary.")


def stop_box(parent: QWidget | None) -> QMessageBox:
    """The stop question, built but not shown: No is the default (Enter or Esc keeps going)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        PromptText.tr("Stop the session?"),
        stop_text(),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


class DialogPrompts:
    """The prompts as modal message boxes over ``parent``."""

    def confirm_stop(self, parent: QWidget | None) -> bool:
        box = stop_box(parent)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def propose_progression(self, parent: QWidget | None, proposal: Proposal) -> bool:
        from footcare_gui.ui.progression_prompt import ask_progression

        return ask_progression(parent, proposal)

    def notice(self, parent: QWidget | None, title: str, text: str) -> None:
        inform(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        warn(parent, title, text)

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        return ask(parent, title, text)
