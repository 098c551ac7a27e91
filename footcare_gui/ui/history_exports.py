"""History's exports: every session as CSV, the FHIR bundle for a clinic, and the PDF report
of the period shown. Each asks where (the view's ``choose_file``, which tests answer), writes
through the one export writer and says in the view's summary what it wrote."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.i18n import Context
from footcare_gui.core.plan import Dose, Painful
from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes
from footcare_gui.services.store import HistoryStore, StoreError
from footcare_gui.ui.file_dialogs import SaveChooser
from footcare_gui.ui.prompts import Prompts

HistoryExportText = Context("HistoryExportText")


class ExportingView(Protocol):
    """What the exports need of History (ui/history_view.py)."""

    store: HistoryStore
    outcome_store: OutcomeStore
    catalogue: Catalogue
    wall_clock: Callable[[], datetime]
    choose_file: SaveChooser
    prompts: Prompts
    summary: QLabel  # says what was written
    doses: Callable[[], Mapping[str, Dose]] | None
    painful: Callable[[], Painful] | None
    patient_name: Callable[[], str]

    @property
    def weeks(self) -> int: ...


class HistoryExports(QObject):
    def __init__(self, view: ExportingView, parent: QWidget):
        """``parent``: the view as a widget, where the dialogs open."""
        super().__init__(parent)
        self._view = view
        self._parent = parent

    def csv(self) -> None:
        from footcare_gui.report.csv_export import csv_bytes

        view = self._view
        counted: list[int] = []

        def data() -> bytes:
            outcomes = read_outcomes(view.outcome_store)
            content, count = csv_bytes(view.store.sessions(), view.catalogue, outcomes)
            counted.append(count)
            return content

        title, name = self.tr("Export sessions"), f"footcare-sessions-{view.wall_clock().date()}"
        if path := self._write(title, f"{name}.csv", self.tr("CSV files (*.csv)"), data):
            view.summary.setText(
                HistoryExportText.tr("Exported %n session(s) to {path}", None, counted[0]).format(
                    path=path
                )
            )

    def fhir(self) -> None:
        from footcare_gui.report.fhir_export import bundle_json

        view = self._view

        def data() -> bytes:
            return bundle_json(
                view.store.sessions(),
                read_outcomes(view.outcome_store),
                view.catalogue,
                view.outcome_store.patient_uuid(),
                view.patient_name(),
                view.wall_clock(),
            ).encode("utf-8")

        title = self.tr("Export for your clinic (FHIR)")
        name = f"footcare-fhir-{view.wall_clock().date()}.json"
        if path := self._write(title, name, self.tr("FHIR JSON files (*.json)"), data):
            view.summary.setText(self.tr("Saved the FHIR export to {path}").format(path=path))

    def _write(
        self, title: str, suggested: str, file_filter: str, data: Callable[[], bytes]
    ) -> str | None:
        """Asks where, then writes ``data()`` there through the one export writer; the path
        once written, None when cancelled or (said in a message) when it failed."""
        from footcare_gui.services.export_file import write_export

        view = self._view
        path = view.choose_file(self._parent, title, suggested, file_filter)
        if not path:
            return None
        try:
            write_export(Path(path), data(), view.store.path.parent)
        except (OSError, StoreError) as error:
            view.prompts.warn(
                self._parent,
                self.tr("Export failed"),
                self.tr("Could not write {path}: {error}").format(path=path, error=error),
            )
            return None
        return path

    def report(self) -> None:
        from footcare_gui.report.pdf import write_report

        view = self._view
        today = view.wall_clock().date()
        suggested = f"footcare-report-{today}.pdf"
        path = view.choose_file(
            self._parent, self.tr("Save report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            doses = view.doses() if view.doses else None
            painful = view.painful() if view.painful else None
            outcomes = read_outcomes(view.outcome_store)
            write_report(
                target,
                view.store.sessions(),
                view.catalogue,
                today,
                view.weeks,
                doses,
                outcomes,
                data_folder=view.store.path.parent,
                painful=painful,
            )
        except (OSError, StoreError, ValueError) as error:
            view.prompts.warn(
                self._parent,
                self.tr("Report failed"),
                self.tr("Could not write {path}: {error}").format(path=target, error=error),
            )
            return
        view.summary.setText(
            HistoryExportText.tr(
                "Saved the report for the last %n week(s) to {path}", None, view.weeks
            ).format(path=target)
        )
