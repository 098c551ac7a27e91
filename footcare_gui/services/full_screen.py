"""Whether another application's window fills the screen (a film, a presentation, a game), so
that a reminder waits instead of popping up over it.

On X11 the window manager says which window is active (``_NET_ACTIVE_WINDOW`` on the root
window) and whether it is full screen (``_NET_WM_STATE_FULLSCREEN`` in its ``_NET_WM_STATE``):
both are read through libxcb, which Qt's X11 platform already loads, over a connection of our
own (xcb reports errors as values, where Xlib's default handler would end the process).
Wayland gives one application no way to see another's windows: there the compositor's own
notification rules apply (GNOME and Plasma hold banners back over full-screen windows).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Collection

log = logging.getLogger(__name__)

ANY_PROPERTY_TYPE = 0


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _PropertyReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    ]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [
        ("data", ctypes.POINTER(ctypes.c_uint32)),
        ("rem", ctypes.c_int),
        ("index", ctypes.c_int),
    ]


class X11Windows:
    """A connection to the X server named by ``display`` (None: $DISPLAY)."""

    def __init__(self, display: str | None = None):
        name = ctypes.util.find_library("xcb") or "libxcb.so.1"
        xcb = self._xcb = ctypes.CDLL(name)
        self._free = ctypes.CDLL(None).free
        self._free.argtypes = [ctypes.c_void_p]
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_setup.restype = ctypes.c_void_p
        xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
        xcb.xcb_screen_next.argtypes = [ctypes.POINTER(_ScreenIterator)]
        xcb.xcb_intern_atom.restype = _Cookie
        xcb.xcb_intern_atom.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint8,
            ctypes.c_uint16,
            ctypes.c_char_p,
        ]
        xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
        xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
        xcb.xcb_get_property.restype = _Cookie
        xcb.xcb_get_property.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint8,
            ctypes.c_uint32,
            ctypes.c_uint32,
            ctypes.c_uint32,
            ctypes.c_uint32,
            ctypes.c_uint32,
        ]
        xcb.xcb_get_property_reply.restype = ctypes.POINTER(_PropertyReply)
        xcb.xcb_get_property_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
        xcb.xcb_get_property_value.restype = ctypes.c_void_p
        xcb.xcb_get_property_value.argtypes = [ctypes.POINTER(_PropertyReply)]
        xcb.xcb_get_property_value_length.argtypes = [ctypes.POINTER(_PropertyReply)]
        screen = ctypes.c_int(0)
        self._connection = xcb.xcb_connect(display.encode() if display else None, screen)
        if not self._connection or xcb.xcb_connection_has_error(self._connection):
            self.close()
            raise OSError(f"cannot connect to the X server {display or '$DISPLAY'}")
        roots = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(self._connection))
        for _ in range(screen.value):  # xcb_screen_t starts with its root window's id
            xcb.xcb_screen_next(ctypes.byref(roots))
        self.root = roots.data[0]
        self._atoms: dict[str, int] = {}

    def close(self) -> None:
        if self._connection:
            self._xcb.xcb_disconnect(self._connection)
            self._connection = None

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            raw = name.encode()
            cookie = self._xcb.xcb_intern_atom(self._connection, 0, len(raw), raw)
            reply = self._xcb.xcb_intern_atom_reply(self._connection, cookie, None)
            if not reply:
                raise OSError(f"the X server did not answer for the atom {name}")
            self._atoms[name] = reply.contents.atom
            self._free(reply)
        return self._atoms[name]

    def property32(self, window: int, name: str) -> list[int]:
        """A 32-bit property's values ([] when the window or the property does not exist)."""
        cookie = self._xcb.xcb_get_property(
            self._connection, 0, window, self.atom(name), ANY_PROPERTY_TYPE, 0, 256
        )
        reply = self._xcb.xcb_get_property_reply(self._connection, cookie, None)
        if not reply:  # BadWindow: the window has just gone
            return []
        try:
            if reply.contents.format != 32:
                return []
            count = self._xcb.xcb_get_property_value_length(reply) // 4
            values = ctypes.cast(
                self._xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32)
            )
            return [values[i] for i in range(count)]
        finally:
            self._free(reply)

    def active_window_full_screen(self, own: Collection[int] = ()) -> bool:
        """Whether the active window is full screen and is not one of ``own``."""
        active = self.property32(self.root, "_NET_ACTIVE_WINDOW")
        if not active or active[0] == 0 or active[0] in own:
            return False
        state = self.property32(active[0], "_NET_WM_STATE")
        return self.atom("_NET_WM_STATE_FULLSCREEN") in state


_x11: X11Windows | None = None
_x11_failed = False


def other_window_full_screen(platform: str, own: Collection[int] = ()) -> bool:
    """On Qt's ``platform`` ("xcb", "wayland"...): whether another window is full screen.
    False where that cannot be known."""
    global _x11, _x11_failed
    if platform != "xcb" or _x11_failed:
        return False
    try:
        if _x11 is None:
            _x11 = X11Windows()
        return _x11.active_window_full_screen(own)
    except OSError as error:
        log.info("cannot tell whether another window is full screen: %s", error)
        _x11_failed = True
        return False
