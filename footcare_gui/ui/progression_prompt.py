"""Ask before adding reps: "Increase to 30" or "Not now". Never changes a dose by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.progression import HeldBack, Proposal

__all__ = ["HeldBack", "Proposal", "ask_progression", "held_back_text", "progression_box"]

ProgressionPromptText = Context("ProgressionPromptText")
NOT_NOW = QT_TRANSLATE_NOOP("ProgressionPromptText", "Not now")


def progression_box(parent: QWidget | None, proposal: Proposal) -> QMessageBox:
    """The question, built but not shown, so tests and callers can open it as they need."""
    box = QMessageBox(parent)
    box.setWindowTitle(ProgressionPromptText.tr("Ready for more?"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the exercise's name may be a custom catalogue's
    box.setText(proposal.message)
    box.setInformativeText(
        ProgressionPromptText.tr(
            "Only if it felt manageable. You can change the dose back at any time in Routines."
        )
    )
    box.addButton(proposal.accept_label, QMessageBox.ButtonRole.AcceptRole)
    decline = box.addButton(
        translate("ProgressionPromptText", NOT_NOW), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(decline)  # Enter must not raise a dose by accident
    box.setEscapeButton(decline)
    return box


def accepted(box: QMessageBox) -> bool:
    button = box.clickedButton()
    return button is not None and box.buttonRole(button) is QMessageBox.ButtonRole.AcceptRole


def ask_progression(parent: QWidget | None, proposal: Proposal) -> bool:
    """True when the user chose to increase; closing the box or "Not now" is False."""
    box = progression_box(parent, proposal)
    box.exec()
    result = accepted(box)
    box.deleteLater()
    return result


def held_back_text(held: HeldBack) -> str:
    """For the session summary: why no increase was proposed."""
    return held.message
