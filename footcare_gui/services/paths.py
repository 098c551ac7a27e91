"""Where the user's data lives: --data-dir, else $FOOTCARE_DATA_DIR, else the platform's place."""

from __future__ import annotations

import os
from pathlib import Path

from footcare_gui.services.settings import APPLICATION, ORGANISATION
from footcare_gui.services.store import DATA_DIR_ENV


def data_dir(override: Path | None = None) -> Path:
    if override is not None:
        return override.expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Static setters: the names decide the path even before (or without) an application object.
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))
