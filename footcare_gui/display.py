"""Is there a screen to open a window on? Asked before Qt is, because Qt aborts the process
(SIGABRT, exit 134) when it finds none, with a hint to reinstall that misleads."""

from __future__ import annotations

import os
import re
import socket
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
        return _unreachable(environ)
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and (Path(runtime) / "wayland-0").exists():  # Qt's default Wayland socket
        return None
    return NO_DISPLAY


LOCAL_X = re.compile(r"(?:unix)?:(\d+)(?:\.\d+)?")  # ":0", ":1.0", "unix:0"; not "host:0"


def _unreachable(environ: dict[str, str] | os._Environ[str]) -> str | None:
    """One line when every display named is a local one that nothing answers on (a stale
    DISPLAY from ssh, an Xvfb that died); None when one answers or it cannot be told."""
    named = []
    if display := environ.get("DISPLAY", ""):
        local = LOCAL_X.fullmatch(display)
        if local is None or _x_answers(int(local.group(1))):
            return None
        named.append(f"DISPLAY={display}")
    if wayland := environ.get("WAYLAND_DISPLAY", ""):
        runtime = environ.get("XDG_RUNTIME_DIR", "")
        if not runtime or (Path(runtime) / wayland).exists():  # an absolute one stays as it is
            return None
        named.append(f"WAYLAND_DISPLAY={wayland}")
    return (
        f"footcare: the display cannot be reached ({' and '.join(named)}: no display server "
        "answers there). Start it in a desktop session, or headless with "
        "QT_QPA_PLATFORM=offscreen; --list, --export-csv and --report need no display."
    )


def _x_answers(number: int) -> bool:
    """An X server listens on display ``number`` (Xorg and Xvfb: an abstract socket, and the
    file in /tmp/.X11-unix)."""
    for address in (f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"):
        probe = socket.socket(socket.AF_UNIX)
        probe.settimeout(2)
        try:
            probe.connect(address)
            return True
        except OSError:
            continue
        finally:
            probe.close()
    return False
