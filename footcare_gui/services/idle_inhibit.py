"""Keeps the screen from blanking or locking while a session runs, through the desktop's D-Bus.

Two interfaces do this on Linux: the XDG desktop portal's ``org.freedesktop.portal.Inhibit``
(Wayland desktops, Flatpak and other sandboxes) and the older ``org.freedesktop.ScreenSaver``
(GNOME, KDE, Xfce... on X11). The portal is asked first where one runs, then the screen saver.
Where neither answers the session runs as before; that is logged once, at debug level.

Calls are synchronous with a short timeout: they happen at a session's start, pause and end,
never on a tick. Typed arguments (uint flags and cookies) go through the introspected
interface's meta-object, because PySide6 sends a Python int as a signed 32-bit integer.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

APP_ID = "org.footcare.Footcare"
CALL_TIMEOUT_MS = 2000

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INHIBIT = "org.freedesktop.portal.Inhibit"
PORTAL_REQUEST = "org.freedesktop.portal.Request"
PORTAL_IDLE_FLAG = 8  # "Inhibit the session going idle"

SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")


class IdleInhibitor(Protocol):
    """Holds at most one inhibition; both calls are safe to repeat."""

    @property
    def active(self) -> bool: ...
    def inhibit(self, reason: str) -> None: ...
    def release(self) -> None: ...


def served(bus: QDBusConnection, service: str) -> bool:
    """Whether ``service`` runs on ``bus`` or the bus can start it (as it does the portal)."""
    names = bus.interface()
    if names is None:
        return False
    if names.isServiceRegistered(service).value():
        return True
    activatable = names.activatableServiceNames().value()
    return bool(activatable) and service in activatable


def _interface(bus: QDBusConnection, service: str, path: str, name: str) -> QDBusInterface | None:
    """The remote object, or None when nobody serves it (checked before introspecting, which
    would otherwise warn about a missing service)."""
    if not served(bus, service):
        return None
    remote = QDBusInterface(service, path, name, bus)
    remote.setTimeout(CALL_TIMEOUT_MS)
    return remote if remote.isValid() else None


def call(remote: QDBusInterface, method: str, result: str | None, *args: tuple[str, object]):  # type: ignore[no-untyped-def]
    """Call ``method`` with typed ``args`` (("uint", 8), ...); returns (ok, value)."""
    meta = remote.metaObject()
    names = {bytes(meta.method(i).name()).decode() for i in range(meta.methodCount())}
    if method not in names:  # e.g. GNOME's org.freedesktop.ScreenSaver has no Inhibit
        return False, f"the service offers no {method} method"
    typed = [Q_ARG(kind, value) for kind, value in args]
    if result is not None:
        typed.insert(0, Q_RETURN_ARG(result))
    try:
        value = QMetaObject.invokeMethod(remote, method, Qt.ConnectionType.DirectConnection, *typed)
    except RuntimeError as failed:  # PySide6 raises where the call could not be made at all
        return False, f"{method}: {failed} ({remote.lastError().message()})"
    error = remote.lastError()
    return not error.isValid(), (error.message() if error.isValid() else value)


class DBusIdleInhibitor:
    """Inhibits idle through the portal, else the screen saver interface, on ``bus``."""

    def __init__(self, bus: QDBusConnection | None = None, app_id: str = APP_ID):
        self._bus = bus  # None: the session bus, connected at the first session
        self._app_id = app_id
        self._release: tuple[QDBusInterface, str, tuple[tuple[str, object], ...]] | None = None
        self._told_unavailable = False
        self.via = ""  # "portal" or "screensaver" while active, for the log and the tests

    @property
    def active(self) -> bool:
        return self._release is not None

    def inhibit(self, reason: str) -> None:
        if self._release is not None:
            return
        if self._bus is None:
            self._bus = QDBusConnection.sessionBus()
        if self._bus.isConnected():
            self._release = self._by_portal(reason) or self._by_screensaver(reason)
        if self._release is None:
            if not self._told_unavailable:
                log.debug(
                    "no idle inhibition: neither the portal nor org.freedesktop.ScreenSaver "
                    "answers on the session bus; the screen may blank during a session"
                )
                self._told_unavailable = True
            return
        log.info("idle inhibited through the %s: %s", self.via, reason)

    def release(self) -> None:
        held, self._release = self._release, None
        if held is None:
            return
        remote, method, args = held
        ok, value = call(remote, method, None, *args)
        if ok:
            log.info("idle inhibition released (%s)", self.via)
        else:  # the service went away: its inhibitions went with it
            log.info("could not release the idle inhibition (%s): %s", self.via, value)
        self.via = ""

    def _by_portal(self, reason: str):  # type: ignore[no-untyped-def]
        assert self._bus is not None
        portal = _interface(self._bus, PORTAL_SERVICE, PORTAL_PATH, PORTAL_INHIBIT)
        if portal is None:
            return None
        ok, handle = call(
            portal,
            "Inhibit",
            "QDBusObjectPath",
            ("QString", ""),  # no parent window handle: the app's windows are not exported
            ("uint", PORTAL_IDLE_FLAG),
            ("QVariantMap", {"reason": reason}),
        )
        if not ok:
            log.debug("the portal refused to inhibit idle: %s", handle)
            return None
        path = handle.path() if hasattr(handle, "path") else str(handle)
        request = QDBusInterface(PORTAL_SERVICE, path, PORTAL_REQUEST, self._bus)
        request.setTimeout(CALL_TIMEOUT_MS)
        self.via = "portal"
        return request, "Close", ()

    def _by_screensaver(self, reason: str):  # type: ignore[no-untyped-def]
        assert self._bus is not None
        for path in SCREENSAVER_PATHS:
            saver = _interface(self._bus, SCREENSAVER_SERVICE, path, SCREENSAVER_SERVICE)
            if saver is None:
                continue
            ok, cookie = call(
                saver, "Inhibit", "uint", ("QString", self._app_id), ("QString", reason)
            )
            if ok:
                self.via = "screensaver"
                return saver, "UnInhibit", (("uint", cookie),)
            log.debug("org.freedesktop.ScreenSaver at %s refused: %s", path, cookie)
        return None
