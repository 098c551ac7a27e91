"""Is there a screen to open a window on? Asked before Qt is, because Qt aborts the process
(SIGABRT, exit 134) when it finds none, with a hint to reinstall that misleads."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Qt platforms that need no display server.
HEADLESS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})
NO_DISPLAY = (
    "footcare: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it in a "
    "desktop session, or headless with QT_QPA_PLATFORM=offscreen; --list, --export-csv and "
    "--report need no display."
)


def display_problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """One line saying why no window can open here, or None when one can (or it is unknown)."""
    if not sys.platform.startswith("linux"):
        return None
    wanted = [p.split(":")[0].strip() for p in environ.get("QT_QPA_PLATFORM", "").split(";")]
    if any(platform in HEADLESS for platform in wanted):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and (Path(runtime) / "wayland-0").exists():  # Qt's default Wayland socket
        return None
    return NO_DISPLAY
