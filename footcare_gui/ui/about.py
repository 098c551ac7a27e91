"""The About box: the app's icon beside its text, which screen readers read as text (a
QMessageBox's rich-text label reaches them as a name and makes Qt's AT-SPI bridge warn)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from footcare_gui import __version__
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.ui.icons import app_icon
from footcare_gui.ui.rich_text import RichTextView
from footcare_gui.ui.style import safety_note

# English here; the About box shows them in the user's language.
SOURCE_NOTE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "The exercises and their doses follow a public patient-information text on metatarsalgia; "
    "the instructions are written in Footcare's own words.",
)
LICENCE_NOTE = QT_TRANSLATE_NOOP("MainWindow", "Footcare is free software under the MIT licence.")
ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h3>Footcare {version}</h3>"
    "<p>Counts the seconds of your foot exercises so you don't have to.</p>"
    "<p><b>Exercises:</b> {source}</p>"
    "<p><b>Safety:</b> {safety}</p>"
    "<p>{licence}</p>",
)


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


def about_box(parent: QWidget, title: str) -> AboutDialog:
    """Version, where the exercises come from, the safety note and the licence, under the
    app's icon; built, not shown."""
    text = translate("MainWindow", ABOUT_TEXT).format(
        version=__version__,
        source=translate("MainWindow", SOURCE_NOTE),
        safety=safety_note(),
        licence=translate("MainWindow", LICENCE_NOTE),
    )
    # At the screen's pixel ratio, so it is sharp on high-DPI screens.
    icon = app_icon().pixmap(QSize(64, 64), parent.devicePixelRatioF())
    return AboutDialog(title, text, icon, parent)
