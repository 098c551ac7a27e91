"""Desktop notifications with buttons, through ``org.freedesktop.Notifications`` on D-Bus.

Every Linux desktop runs a notification server (GNOME Shell, Plasma, Xfce's, dunst, mako...);
unlike a tray balloon, its notifications can carry actions ("Start now", "Later") and are kept
in the desktop's notification list. Servers that offer Do Not Disturb through the ``Inhibited``
property (KDE Plasma) are asked before anything is shown. Where no server answers, callers fall
back to the tray balloon (``show`` returns None).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from footcare_gui.core.markup import escape
from footcare_gui.services.idle_inhibit import APP_ID, call, served

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"  # the key the server sends when the notification itself is clicked
EXPIRE_DEFAULT = -1  # the server's own timeout


class DesktopNotifications(QObject):
    """One notification server on ``bus`` (None: the session bus, connected when first used)."""

    action_invoked = Signal(int, str)  # notification id, action key ("default" for a click)
    closed = Signal(int)  # notification id: dismissed, expired or acted on

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._bus = bus
        self._remote: QDBusInterface | None = None
        self._ours: set[int] = set()  # ActionInvoked goes to every listener: ids we sent

    def _server(self) -> QDBusInterface | None:
        if self._remote is not None and served(self._connection(), SERVICE):
            return self._remote
        self._remote = None
        bus = self._connection()
        if not bus.isConnected() or not served(bus, SERVICE):
            return None
        remote = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        remote.setTimeout(2000)
        if not remote.isValid():
            return None
        for name in ("ActionInvoked", "NotificationClosed"):
            signature = "(uint,QString)" if name == "ActionInvoked" else "(uint,uint)"
            slot = "_on_action" if name == "ActionInvoked" else "_on_closed"
            # PySide's stubs lack this overload (a receiver and a slot signature); Qt has it.
            bus.connect(SERVICE, PATH, SERVICE, name, self, SLOT(slot + signature))  # type: ignore[call-overload]
        self._remote = remote
        return remote

    def _connection(self) -> QDBusConnection:
        if self._bus is None:
            self._bus = QDBusConnection.sessionBus()
        return self._bus

    @property
    def available(self) -> bool:
        return self._server() is not None

    def inhibited(self) -> bool:
        """Whether the user has notifications silenced (Do Not Disturb), where the server says."""
        remote = self._server()
        if remote is None:
            return False
        value = remote.property("Inhibited")  # None where the server has no such property
        return bool(value)

    def show(
        self, title: str, text: str, actions: Sequence[tuple[str, str]] = (), icon: str = ""
    ) -> int | None:
        """Show a notification; returns its id, or None when no server takes it.

        ``actions`` are (key, label) pairs; servers without action support show none, and a
        click on the notification sends the "default" action.
        """
        remote = self._server()
        if remote is None:
            return None
        ok, capabilities = call(remote, "GetCapabilities", "QStringList")
        capabilities = capabilities if ok and capabilities else []
        if "body-markup" in capabilities:  # names come from files: never markup
            text = escape(text, quote=False)
        flat: list[str] = [DEFAULT_ACTION, ""]
        if "actions" in capabilities:
            for key, label in actions:
                flat += [key, label]
        ok, notification_id = call(
            remote,
            "Notify",
            "uint",
            ("QString", "Footcare"),
            ("uint", 0),
            ("QString", icon),
            ("QString", title),
            ("QString", text),
            ("QStringList", flat),
            ("QVariantMap", {"desktop-entry": APP_ID, "category": "x-footcare.reminder"}),
            ("int", EXPIRE_DEFAULT),
        )
        if not ok:
            log.info("the notification server refused a notification: %s", notification_id)
            return None
        self._ours.add(int(notification_id))
        return int(notification_id)

    @Slot("uint", str)
    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id in self._ours:
            self.action_invoked.emit(notification_id, key)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id in self._ours:
            self._ours.discard(notification_id)
            self.closed.emit(notification_id)
