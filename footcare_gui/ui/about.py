"""The About box: the app's icon beside its text, which screen readers read as text (a
QMessageBox's rich-text label reaches them as a name and makes Qt's AT-SPI bridge warn)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footcare_gui.ui.rich_text import RichTextView


class AboutDialog(QDialog):
    def __init__(self, title: str, html: str, icon: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._icon = icon
        self.icon_label = QLabel(objectName="aboutIcon")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        if not icon.isNull():
            self.icon_label.setPixmap(icon)
        self.icon_label.setAccessibleName(self.tr("Footcare's icon"))
        self.body = RichTextView(object_name="aboutText")
        self.body.setText(html)
        self.body.setAccessibleName(title)
        self.body.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        row = QHBoxLayout()
        row.addWidget(self.icon_label)
        row.addWidget(self.body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.ok_button.setFocus()

    def text(self) -> str:
        return self.body.text()

    def iconPixmap(self) -> QPixmap:  # as QMessageBox's
        return QPixmap(self._icon)
