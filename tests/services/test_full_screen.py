"""Another window full screen is read from the real X server (Xvfb), as the window manager
writes it: the active window in _NET_ACTIVE_WINDOW, its state in _NET_WM_STATE (set with
xprop, Debian package x11-utils, as a window manager would)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from footcare_gui.services.full_screen import X11Windows, other_window_full_screen

pytestmark = pytest.mark.slow  # starts an X server


@pytest.fixture
def display() -> Iterator[str]:
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "640x480x24"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    number = server.stdout.readline().strip()  # written once the server accepts clients
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def xprop(display: str, *args: str) -> None:
    subprocess.run(["xprop", "-display", display, "-root", *args], check=True, timeout=10)


def test_a_full_screen_active_window_is_seen_and_our_own_is_not(display: str) -> None:
    x11 = X11Windows(display)
    try:
        assert not x11.active_window_full_screen()  # no window manager: nothing is active
        xprop(
            display, "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW", str(x11.root)
        )
        assert not x11.active_window_full_screen()  # active, not full screen
        xprop(
            display,
            "-f",
            "_NET_WM_STATE",
            "32a",
            "-set",
            "_NET_WM_STATE",
            "_NET_WM_STATE_FULLSCREEN",
        )
        assert x11.active_window_full_screen()
        assert not x11.active_window_full_screen(own=[x11.root])  # our own full-screen session
        assert x11.property32(0x7FFFFFF, "_NET_WM_STATE") == []  # a window gone: no error
    finally:
        x11.close()


def test_other_platforms_and_no_server_say_no(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not other_window_full_screen("wayland")
    assert not other_window_full_screen("offscreen")
    with pytest.raises(OSError, match="cannot connect"):
        X11Windows(":4242")
