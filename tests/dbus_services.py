"""Stand-ins for the desktop's D-Bus services, run as a separate process on a private bus.

    python -m tests.dbus_services screensaver|gnome-screensaver|portal|notifications --log FILE

Each implements the real interface with the real signatures (a client sending a signed int
where a uint is due gets "No such method", as from the real services), writes every call it
receives as one JSON line to the log before it answers (and its name to stdout), and prints
"ready" once its name is on the bus. The notification service also serves
org.footcare.TestControl, through which a test clicks an action (InvokeAction) or turns Do Not
Disturb on and off (SetInhibited).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

Option = QDBusConnection.RegisterOption


class Log:
    def __init__(self, path: Path):
        self._path = path

    def write(self, call: str, *args: Any) -> None:
        with self._path.open("a", encoding="utf-8") as out:
            out.write(json.dumps([call, *args]) + "\n")
        print(call, flush=True)  # for a test that waits for a call (Service.wait_for)


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    def __init__(self, log: Log):
        super().__init__()
        self._log, self._cookies = log, 0

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self._cookies += 1
        self._log.write("Inhibit", application, reason, self._cookies)
        return self._cookies

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self._log.write("UnInhibit", cookie)


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class GnomeScreenSaver(QObject):
    """GNOME Shell's org.freedesktop.ScreenSaver: no Inhibit (GNOME inhibits through the
    portal or its own session manager)."""

    def __init__(self, log: Log):
        super().__init__()
        self._log = log

    @Slot(result=bool)
    def GetActive(self) -> bool:
        self._log.write("GetActive")
        return False


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class PortalRequest(QObject):
    def __init__(self, log: Log, path: str):
        super().__init__()
        self._log, self._path = log, path

    @Slot()
    def Close(self) -> None:
        self._log.write("Close", self._path)
        QDBusConnection.sessionBus().unregisterObject(self._path)


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Inhibit"})
class PortalInhibit(QObject):
    def __init__(self, log: Log):
        super().__init__()
        self._log, self._requests = log, 0
        self._alive: list[PortalRequest] = []

    @Slot(str, "uint", "QVariantMap", result="QDBusObjectPath")
    def Inhibit(self, window: str, flags: int, options: dict[str, Any]) -> QDBusObjectPath:
        self._requests += 1
        path = f"/org/freedesktop/portal/desktop/request/test/t{self._requests}"
        request = PortalRequest(self._log, path)
        self._alive.append(request)
        QDBusConnection.sessionBus().registerObject(path, request, Option.ExportAllSlots)
        self._log.write("Inhibit", window, flags, options.get("reason"), path)
        return QDBusObjectPath(path)


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, log: Log, actions: bool):
        super().__init__()
        self._log, self._ids, self._actions = log, 0, actions
        self.inhibited = False

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["body", "actions"] if self._actions else ["body"]

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        expire_timeout: int,
    ) -> int:
        self._ids += 1
        self._log.write("Notify", app_name, summary, body, actions, self._ids)
        return self._ids

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        self._log.write("CloseNotification", notification_id)

    def _inhibited(self) -> bool:
        return self.inhibited

    Inhibited = Property(bool, _inhibited)  # as KDE Plasma's server (not GNOME Shell's)


@ClassInfo({"D-Bus Interface": "org.footcare.TestControl"})
class TestControl(QObject):
    def __init__(self, notifications: Notifications):
        super().__init__()
        self._notifications = notifications

    @Slot("uint", str)
    def InvokeAction(self, notification_id: int, key: str) -> None:
        self._notifications.ActionInvoked.emit(notification_id, key)
        self._notifications.NotificationClosed.emit(notification_id, 2)  # dismissed

    @Slot(bool)
    def SetInhibited(self, inhibited: bool) -> None:
        self._notifications.inhibited = inhibited


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "service", choices=("screensaver", "gnome-screensaver", "portal", "notifications")
    )
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--no-actions", action="store_true")
    parser.add_argument("--no-inhibited", action="store_true", help="no Inhibited property")
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    log = Log(args.log)
    keep: list[QObject] = []
    everything = Option.ExportAllSlots | Option.ExportAllSignals | Option.ExportAllProperties
    if args.service == "screensaver":
        keep.append(ScreenSaver(log))
        bus.registerObject("/org/freedesktop/ScreenSaver", keep[-1], everything)
        name = "org.freedesktop.ScreenSaver"
    elif args.service == "gnome-screensaver":
        keep.append(GnomeScreenSaver(log))
        bus.registerObject("/org/freedesktop/ScreenSaver", keep[-1], everything)
        name = "org.freedesktop.ScreenSaver"
    elif args.service == "portal":
        keep.append(PortalInhibit(log))
        bus.registerObject("/org/freedesktop/portal/desktop", keep[-1], everything)
        name = "org.freedesktop.portal.Desktop"
    else:
        notifications = Notifications(log, actions=not args.no_actions)
        keep += [notifications, TestControl(notifications)]
        # GNOME Shell's server has no Inhibited property: exported without properties.
        exported = everything & ~Option.ExportAllProperties if args.no_inhibited else everything
        bus.registerObject("/org/freedesktop/Notifications", notifications, exported)
        bus.registerObject("/org/footcare/TestControl", keep[-1], everything)
        name = "org.freedesktop.Notifications"
    if not bus.registerService(name):
        print(f"cannot own {name}: {bus.lastError().message()}", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
