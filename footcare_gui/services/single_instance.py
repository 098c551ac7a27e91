"""One Footcare per user and history: a second launch hands its request to the running one.

The first instance listens on a local socket. A later launch connects, sends one JSON object
on one line ({"action": "show"}, {"action": "start", "exercise": "calf-stretch"},
{"action": "start-routine", "name": "Morning"}), waits for {"ok": true} and exits. Meaning is the
receiver's business; this module only checks that a message is a JSON object with a string
"action". Garbage, oversized or silent connections are logged and dropped.

The lock and the socket live in a folder only this user can enter: $XDG_RUNTIME_DIR, else
footcare-UID in the temp folder, else one in the user's cache folder, each checked (a real
folder, owned by this user, mode 0700) and never assumed, so another user cannot create them
first and answer in Footcare's place. On Linux both ends also check that the peer on the
socket is this same user (SO_PEERCRED).
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket as stdlib_socket
import stat
import struct
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from footcare_gui.services.private_folder import make_private_folder

if TYPE_CHECKING:  # QtNetwork is loaded when first needed: most launches only forward or listen
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 64 * 1024
IDLE_TIMEOUT_MS = 5_000  # a peer that connects and says nothing is dropped after this
SOCKET_PATH_MAX = 100  # sun_path is 108 bytes on Linux, 104 on macOS
OK_REPLY = b'{"ok": true}\n'


def with_activation_token(request: Mapping[str, object]) -> dict[str, object]:
    """``request`` with the launcher's activation token, if any: on Wayland only that token lets
    the running Footcare come to the front (ui/desktop.py's handle_request uses it)."""
    token = os.environ.get("XDG_ACTIVATION_TOKEN", "")
    return {**request, "activation_token": token} if token else dict(request)


def sha256_hex(data: bytes) -> str:
    """hashlib's SHA-256, from Python's own implementation: hashlib's would load OpenSSL's
    libcrypto for this one digest and hold it for the life of the app (3.7 MB of RSS)."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
        except ImportError:  # a Python built without them
            from hashlib import sha256
    return str(sha256(data).hexdigest())


def server_name(data_dir: Path | str | None = None) -> str:
    """The socket for this user and this history: two users, or two --data-dir histories,
    never meet. ``data_dir`` None means $FOOTCARE_DATA_DIR (tests set it) or the default."""
    where = str(data_dir or os.environ.get("FOOTCARE_DATA_DIR", ""))
    digest = sha256_hex(f"{_user()}\0{where}".encode())[:16]
    name = f"footcare-{digest}"
    if not sys.platform.startswith("linux"):
        return name
    for folder in _private_folders():
        path = str(folder / f"{name}.sock")
        if len(path.encode()) <= SOCKET_PATH_MAX:
            return path
    # No private folder to meet in: a new one of our own, which no other launch finds (two
    # windows are possible), never a name another user could take first.
    log.warning("single instance: no private folder for the socket; this launch runs alone")
    return str(Path(tempfile.mkdtemp(prefix="footcare-")) / f"{name}.sock")


def _private_folders() -> Iterator[Path]:
    """Folders only this user can enter, best first; each made if missing, then checked."""
    uid = os.getuid()
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _is_private(Path(runtime), uid):
        yield Path(runtime)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    for folder in (Path(tempfile.gettempdir()) / f"footcare-{uid}", cache / "footcare-runtime"):
        with suppress(OSError):
            make_private_folder(folder)  # ~/.cache too, when it makes it
        if _is_private(folder, uid):
            yield folder
        else:
            log.warning("single instance: %s is not this user's private folder; not used", folder)


def _is_private(folder: Path, uid: int) -> bool:
    """A real folder (not a link), owned by ``uid``, that no one else may enter or list."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077


def peer_uid(connection: stdlib_socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix socket (None where unknown)."""
    option = getattr(stdlib_socket, "SO_PEERCRED", None)
    if option is None:
        return None
    data = connection.getsockopt(stdlib_socket.SOL_SOCKET, option, struct.calcsize("3i"))
    uid: int = struct.unpack("3i", data)[1]
    return uid


def _peer_uid_of_descriptor(descriptor: int) -> int | None:
    with stdlib_socket.socket(fileno=os.dup(descriptor)) as connection:
        return peer_uid(connection)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return str(os.getuid()) if hasattr(os, "getuid") else ""


class SingleInstance(QObject):
    received = Signal(dict)

    def __init__(
        self,
        name: str | None = None,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.name = name or server_name()
        self._idle_timeout_ms = idle_timeout_ms
        self._server: QLocalServer | None = None
        folder = Path(self.name).parent if os.path.isabs(self.name) else Path(tempfile.gettempdir())
        self._lock = QLockFile(str(folder / f"{Path(self.name).stem}.lock"))

    def claim(self) -> bool:
        """Become the one instance, from the first moment: a lock file, taken or not.

        The socket only listens once the window is up; the lock closes that gap, so a quick
        second launch (a double-click) waits to hand over instead of opening a second window.
        A crashed instance's lock is stale (its process is gone) and is taken over.
        """
        return self._lock.tryLock(0)

    def hand_over(self, message: dict[str, Any], within_s: float = 5.0) -> bool:
        """Forward ``message`` to the instance holding the lock, waiting for it to listen."""
        deadline = time.monotonic() + within_s
        while True:
            if self.forward(message):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)  # before any event loop: the other instance is starting up

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    # --- the second launch -------------------------------------------------------------------
    def forward(self, message: dict[str, Any], timeout_ms: int = 2000) -> bool:
        """Hand ``message`` to the running instance; True once it has accepted it.

        Blocking, with a timeout on each wait: it runs before this process has an event loop.
        """
        data = json.dumps(message, ensure_ascii=False).encode() + b"\n"
        if len(data) > MAX_MESSAGE_BYTES:
            raise ValueError(f"message is larger than {MAX_MESSAGE_BYTES} bytes")
        if os.path.isabs(self.name) and hasattr(stdlib_socket, "AF_UNIX"):
            # QLocalServer on Unix is a plain Unix socket: the standard library reaches it
            # without loading QtNetwork into every launch.
            return _forward_unix(self.name, data, timeout_ms)
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False  # nobody listens, or a crashed instance left its socket behind
        try:
            socket.write(data)
            if not socket.waitForBytesWritten(timeout_ms):
                log.warning("single instance: the running instance did not take the message")
                return False
            reply = b""
            while not reply.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
                reply += socket.readAll().data()
            if reply != OK_REPLY:
                log.warning("single instance: the running instance did not answer")
            return reply == OK_REPLY
        finally:
            socket.abort()

    # --- the first launch --------------------------------------------------------------------
    def listen(self) -> bool:
        """Become the instance others forward to; False when another one is running."""
        # Asked first: a live instance's socket must never be removed or replaced below.
        if self._alive():
            log.info("single instance: another instance is running")
            return False
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        if not os.path.isabs(self.name):
            # A bare name lives in the shared temp folder: only this user may connect. (A path
            # is in the private runtime folder, which guards it.)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                log.info("single instance: not listening: %s", server.errorString())
                server.deleteLater()
                return False
            # Nobody answers on it: a crashed instance's leftover socket file.
            log.info("single instance: removing a stale socket %s", self.name)
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single instance: cannot listen: %s", server.errorString())
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
        if self._server is not None:
            self._server.close()  # and, on Unix, removes the socket file
            self._server.deleteLater()
            self._server = None

    def _alive(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(500)
        probe.abort()
        return alive

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            if not _same_user(int(socket.socketDescriptor())):
                log.warning("single instance: refused a connection from another user")
                socket.abort()
                socket.deleteLater()
                continue
            _Connection(socket, self._idle_timeout_ms, self)

    def _deliver(self, message: dict[str, Any]) -> None:
        self.received.emit(message)


class _Connection(QObject):
    """One peer: reads a line, answers, hands the message on, and goes."""

    def __init__(self, socket: QLocalSocket, idle_timeout_ms: int, owner: SingleInstance):
        super().__init__(owner)
        self._socket: QLocalSocket | None = socket  # None once its one message is read
        self._owner = owner
        self._buffer = b""
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(lambda: self._drop("said nothing in time"))
        self._idle.start(idle_timeout_ms)
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._finish)
        self._read()  # bytes may have come with the connection

    def _read(self) -> None:
        if self._socket is None:
            return
        self._buffer += self._socket.readAll().data()
        line, newline, _ = self._buffer.partition(b"\n")
        if len(line) > MAX_MESSAGE_BYTES:
            self._drop(f"message larger than {MAX_MESSAGE_BYTES} bytes")
        elif newline:
            message = _parse(line)
            if message is None:
                self._drop("not a JSON object with an 'action'")
                return
            # Answered before it is acted on: a slot that opens a dialog must not keep the
            # other launch waiting until it gives up and starts a second instance.
            socket, self._socket = self._socket, None  # one message per connection
            self._idle.stop()
            socket.write(OK_REPLY)
            socket.flush()  # out now, even if the slots below keep the event loop busy
            socket.disconnectFromServer()  # once the answer is out; then _finish
            self._owner._deliver(message)

    def _drop(self, why: str) -> None:
        log.warning("single instance: ignored a message: %s", why)
        if self._socket is not None:
            self._socket.abort()
        self._finish()

    def _finish(self) -> None:
        self._idle.stop()
        self._socket = None
        self.deleteLater()


def _same_user(descriptor: int) -> bool:
    """True unless the peer is known to be another user."""
    if descriptor < 0 or not sys.platform.startswith("linux"):
        return True  # SO_PEERCRED is Linux's; elsewhere the private folder guards the socket
    try:
        uid = _peer_uid_of_descriptor(descriptor)
    except OSError:
        return False
    return uid is None or uid == os.getuid()


def _forward_unix(path: str, data: bytes, timeout_ms: int) -> bool:
    with stdlib_socket.socket(stdlib_socket.AF_UNIX, stdlib_socket.SOCK_STREAM) as peer:
        peer.settimeout(timeout_ms / 1000)
        try:
            peer.connect(path)
        except OSError:
            return False  # nobody listens, or a crashed instance left its socket behind
        if (uid := peer_uid(peer)) is not None and uid != os.getuid():
            log.warning("single instance: %s belongs to another user (uid %s); ignored", path, uid)
            return False
        try:
            peer.sendall(data)
            reply = b""
            while not reply.endswith(b"\n") and len(reply) <= len(OK_REPLY):
                chunk = peer.recv(len(OK_REPLY))
                if not chunk:
                    break
                reply += chunk
        except OSError as error:
            log.warning("single instance: the running instance did not answer (%s)", error)
            return False
    if reply != OK_REPLY:
        log.warning("single instance: the running instance did not answer")
    return reply == OK_REPLY


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(message, dict) and isinstance(message.get("action"), str):
        return message
    return None
