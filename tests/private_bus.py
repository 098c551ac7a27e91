"""Fixtures for tests against real D-Bus: a private session bus (scripts/start-test-dbus.sh)
and stand-in desktop services on it (tests/dbus_services.py). A plugin of tests/conftest.py,
so every test can ask for ``private_bus`` and ``desktop_services``.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface

ROOT = Path(__file__).resolve().parent.parent
_names = itertools.count()


@dataclass
class PrivateBus:
    address: str
    pid: int
    connection: QDBusConnection

    @property
    def env(self) -> dict[str, str]:
        """The environment of a process that is to use this bus as its session bus."""
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}


def start_bus() -> tuple[str, int]:
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "start-test-dbus.sh")],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    values = dict(line.split("=", 1) for line in out.splitlines())
    return values["DBUS_SESSION_BUS_ADDRESS"], int(values["DBUS_SESSION_BUS_PID"])


def stop_bus(address: str, pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    socket = Path(address.split("unix:path=", 1)[1].split(",", 1)[0])
    shutil.rmtree(socket.parent, ignore_errors=True)


@pytest.fixture
def private_bus() -> Iterator[PrivateBus]:
    address, pid = start_bus()
    name = f"footcare-test-bus-{next(_names)}"
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected(), connection.lastError().message()
    try:
        yield PrivateBus(address, pid, connection)
    finally:
        QDBusConnection.disconnectFromBus(name)
        stop_bus(address, pid)


@dataclass
class Service:
    process: subprocess.Popen[str]
    log: Path
    bus: PrivateBus
    _seen: int = field(default=0)

    def calls(self) -> list[list[Any]]:
        """Every call the service has received so far, in order."""
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]

    def names(self) -> list[str]:
        return [call[0] for call in self.calls()]

    def wait_for(self, call: str, timeout_s: float = 60) -> None:
        """Block until the service has received ``call`` (for tests of a real-time process)."""
        stdout = self.process.stdout
        assert stdout is not None
        deadline = time.monotonic() + timeout_s
        while True:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([stdout], [], [], max(0.0, left))
            assert ready, f"no {call} within {timeout_s} s; calls: {self.names()}"
            line = stdout.readline().strip()
            assert line, f"the service ended before {call}; calls: {self.names()}"
            if line == call:
                return

    def control(self, method: str, *args: tuple[str, object]) -> None:
        """Call the notification stand-in's test control interface (InvokeAction...)."""
        remote = QDBusInterface(
            "org.freedesktop.Notifications",
            "/org/footcare/TestControl",
            "org.footcare.TestControl",
            self.bus.connection,
        )
        typed = [Q_ARG(kind, value) for kind, value in args]
        QMetaObject.invokeMethod(remote, method, Qt.ConnectionType.DirectConnection, *typed)
        assert not remote.lastError().isValid(), remote.lastError().message()


@pytest.fixture
def desktop_services(private_bus: PrivateBus, tmp_path: Path) -> Iterator[Callable[..., Service]]:
    """``start("screensaver" | "portal" | "notifications", *options)`` starts a stand-in on the
    private bus and returns once its name is owned."""
    started: list[Service] = []

    def start(kind: str, *options: str) -> Service:
        log = tmp_path / f"{kind}-{len(started)}.jsonl"
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.dbus_services", kind, "--log", str(log), *options],
            cwd=ROOT,
            env={**private_bus.env, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        ready = process.stdout.readline().strip()  # blocks until the name is on the bus
        assert ready == "ready", f"{kind} stand-in did not start: {ready!r}"
        started.append(Service(process, log, private_bus))
        return started[-1]

    try:
        yield start
    finally:
        for service in started:
            service.process.terminate()
            service.process.wait(timeout=10)
            if service.process.stdout is not None:
                service.process.stdout.close()
