"""Text from a file or the user is shown as plain text, never as markup.

Qt guesses: a QLabel, a QMessageBox or a tooltip given text that looks like HTML renders it as
rich text, and rich text loads the local files named in ``<img src>`` (``/dev/zero`` fills the
memory until the kernel kills the app). So every label and message box that can show a name, a
note, a file name or a catalogue's text is made plain here, on purpose, not left to the guess.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText
Button = QMessageBox.StandardButton


class PlainLabel(QLabel):
    """A QLabel that never reads its text as markup."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(PLAIN)


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    """A modal message box whose text is plain (QMessageBox's static functions guess)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(PLAIN)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Warning, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Critical, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No, No by default; True for Yes."""
    answer = message(
        parent, QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, Button.No
    )
    return answer == Button.Yes


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally. Tooltips have no plain mode: text Qt would take
    for markup is escaped into rich text of its own; any other text is left as it is (screen
    readers read it as the item's description)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def mnemonic_safe(text: str) -> str:
    """``text`` for a button, a menu item or a label with a buddy, where Qt reads "&" as a
    keyboard mnemonic (hidden, the next letter underlined and bound to Alt): "&&" shows one."""
    return text.replace("&", "&&")


def plain_labels(widget: QWidget) -> None:
    """Every label in ``widget`` that was left to Qt's guess becomes plain; labels set to rich
    text on purpose (their text escaped) are left as they are. Called once a view is built."""
    labels = widget.findChildren(QLabel)
    if isinstance(widget, QLabel):
        labels.append(widget)
    for label in labels:
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(PLAIN)
