"""Deleting sessions from History, with undo: the Delete button asks first, the undo bar
offers them back while History stays open (Ctrl+Z), and a failed step is said, never hidden."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from footcare_gui.core.history import SessionRecord
from footcare_gui.core.i18n import Context
from footcare_gui.services.store import HistoryStore, StoreError
from footcare_gui.ui.prompts import Prompts

DeletionText = Context("DeletionText")


class SessionDeletion(QObject):
    changed = Signal()  # sessions were deleted or restored

    def __init__(
        self,
        view: QWidget,
        store: HistoryStore,
        selected_ids: Callable[[], list[int]],
        prompts: Callable[[], Prompts],
    ):
        """``view`` is where questions are asked; ``prompts`` gives the view's prompts."""
        super().__init__(view)
        self._view = view
        self._store = store
        self._selected_ids = selected_ids
        self._prompts = prompts
        self._deleted: list[SessionRecord] = []
        self.delete_button = QPushButton(self.tr("Delete…"), objectName="deleteSession")
        self.delete_button.setToolTip(self.tr("Delete the selected sessions (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = QFrame(objectName="undoBar")
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"), objectName="undoDelete")
        self.undo_button.setToolTip(self.tr("Bring the deleted sessions back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

    def selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self._selected_ids()) and not self._store.read_only)

    def delete_selected(self) -> None:
        ids = self._selected_ids()
        if not ids or self._store.read_only:
            return
        if len(ids) == 1:
            question = self.tr(
                "Delete this session from your history? You can undo this while History is open."
            )
        else:
            question = DeletionText.tr(
                "Delete these %n sessions from your history? You can undo this while History "
                "is open.",
                None,
                len(ids),
            )
        answer = self._prompts().ask(
            self._view,
            self.tr("Delete sessions?"),
            question,
        )
        if not answer:
            return
        deleted: list[SessionRecord] = []
        try:
            for ident in ids:
                deleted.append(self._store.delete(ident))
        except StoreError as error:
            self._prompts().warn(self._view, self.tr("Could not delete"), str(error))
        self._deleted = deleted
        if deleted:
            count = len(deleted)
            self.undo_label.setText(DeletionText.tr("Deleted %n session(s).", None, count))
            self.undo_bar.show()
        self.changed.emit()

    def undo(self) -> None:
        if not self._deleted:
            return
        try:
            while self._deleted:
                self._store.restore(self._deleted[0])
                self._deleted.pop(0)  # only once it is back: a retry must not restore it twice
        except StoreError as error:
            self._prompts().warn(self._view, self.tr("Could not undo"), str(error))
        else:
            self.undo_bar.hide()
        self.changed.emit()

    def forget(self) -> None:
        """Undo is offered while History is open; once the user leaves, the deletion stands."""
        self._deleted = []
        self.undo_bar.hide()
