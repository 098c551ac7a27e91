"""The app's icon, from the PNGs rendered at the usual sizes (scripts/render_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from footcare_gui.services.assets import assets_dir

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = assets_dir() / "icons" / "hicolor" / str(size) / "footcare.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
