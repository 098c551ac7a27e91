"""One instance: a second process hands its request over; stale sockets and garbage are survived.

Two real processes talk here (tests/single_instance_peer.py). Nothing sleeps: each wait is on a
condition (a line on a pipe, a signal, a process ending) with a timeout.
"""

from __future__ import annotations

import json
import logging
import os
import selectors
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.services.single_instance import (
    MAX_MESSAGE_BYTES,
    OK_REPLY,
    SingleInstance,
    peer_uid,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 30

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets in the tests")


def peer(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.single_instance_peer", *args]


def peer_env() -> dict[str, str]:
    env = dict(os.environ)  # conftest points XDG_* and the data folder at scratch folders
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def read_line(process: subprocess.Popen[str], timeout_s: float = TIMEOUT_S) -> str:
    """The process's next stdout line, or a failure after timeout_s (never a hang)."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout_s):
            pytest.fail(f"no line from the peer in {timeout_s} s")
    return process.stdout.readline().strip()


@pytest.fixture
def name(tmp_path: Path) -> str:
    return str(tmp_path / "footcare.sock")


@pytest.fixture
def primary(name: str) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        peer("primary", name), env=peer_env(), cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert read_line(process) == "listening"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=TIMEOUT_S)


@pytest.fixture
def instance(qtbot: QtBot, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(name, idle_timeout_ms=200)
    yield instance
    instance.close()


@pytest.mark.slow
def test_a_second_launch_hands_its_request_to_the_running_one(
    primary: subprocess.Popen[str], instance: SingleInstance
) -> None:
    assert not instance.listen()  # somebody is running
    start = {"action": "start", "exercise": "calf-stretch"}
    assert instance.forward(start, timeout_ms=10_000)
    assert json.loads(read_line(primary)) == start
    routine = {"action": "start-routine", "name": "Soirée"}
    assert instance.forward(routine, timeout_ms=10_000)
    assert json.loads(read_line(primary)) == routine
    assert instance.forward({"action": "quit"}, timeout_ms=10_000)
    assert read_line(primary) == '{"action": "quit"}'
    assert primary.wait(timeout=TIMEOUT_S) == 0
    assert not Path(instance.name).exists()  # a clean exit takes its socket with it


def test_forward_with_nobody_running_is_refused_quickly(instance: SingleInstance) -> None:
    assert not instance.forward({"action": "show"}, timeout_ms=10_000)


@pytest.mark.slow
def test_the_socket_of_a_crashed_instance_is_taken_over(
    primary: subprocess.Popen[str], instance: SingleInstance, qtbot: QtBot
) -> None:
    primary.kill()  # SIGKILL: no chance to remove its socket
    primary.wait(timeout=TIMEOUT_S)
    assert Path(instance.name).exists()
    assert not instance.forward({"action": "show"}, timeout_ms=10_000)
    assert instance.listen()
    # And it is really listening: a new launch reaches it.
    with qtbot.waitSignal(instance.received, timeout=TIMEOUT_S * 1000) as got:
        launch = subprocess.Popen(
            peer("forward", instance.name, '{"action": "show"}'), env=peer_env(), cwd=ROOT
        )
    assert got.args == [{"action": "show"}]
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=TIMEOUT_S * 1000)
    assert launch.returncode == 0


def test_a_left_over_socket_file_is_removed(
    name: str, instance: SingleInstance, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(name)  # bound and closed without unlinking: what a crash leaves
    leftover.close()
    assert Path(name).exists()
    assert instance.listen()
    assert instance.listening
    assert "removing a stale socket" in caplog.text


class RawPeer:
    """A client that sends raw bytes, to show what the listener does with garbage."""

    def __init__(self, path: str):
        self.socket = socket.socket(socket.AF_UNIX)
        self.socket.connect(path)
        self.socket.setblocking(False)
        self.reply = b""
        self.closed = False
        self._pending = b""

    def send(self, data: bytes) -> None:
        self._pending += data
        self.pump()

    def pump(self) -> bool:
        """Move bytes both ways without blocking; True once the other side has closed."""
        try:
            while self._pending:
                sent = self.socket.send(self._pending)
                self._pending = self._pending[sent:]
        except BlockingIOError:
            pass
        except OSError:  # the listener hung up mid-send
            self.closed = True
        try:
            while chunk := self.socket.recv(65536):
                self.reply += chunk
            self.closed = True
        except BlockingIOError:
            pass
        except OSError:
            self.closed = True
        return self.closed


@pytest.mark.parametrize(
    "data",
    [
        b"not json\n",
        b'["a", "list"]\n',
        b'{"no": "action"}\n',
        b'{"action": 3}\n',
        b"\xff\xfe\n",
        b"x" * (MAX_MESSAGE_BYTES + 10),  # no newline in 64 KB
        b'{"action": "show", "pad": "' + b"x" * MAX_MESSAGE_BYTES + b'"}\n',
    ],
    ids=["text", "list", "no-action", "number", "not-utf8", "endless", "oversized"],
)
def test_garbage_is_logged_and_dropped(
    instance: SingleInstance, qtbot: QtBot, data: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    assert instance.listen()
    client = RawPeer(instance.name)
    with qtbot.assertNotEmitted(instance.received):
        client.send(data)
        qtbot.waitUntil(client.pump, timeout=TIMEOUT_S * 1000)
    assert client.reply == b""
    assert "single instance: ignored a message" in caplog.text
    client.socket.close()


def test_a_peer_that_says_nothing_is_dropped(instance: SingleInstance, qtbot: QtBot) -> None:
    assert instance.listen()
    client = RawPeer(instance.name)
    qtbot.waitUntil(client.pump, timeout=TIMEOUT_S * 1000)  # idle_timeout_ms=200
    client.socket.close()


def test_a_message_is_answered_and_delivered_once(instance: SingleInstance, qtbot: QtBot) -> None:
    assert instance.listen()
    client = RawPeer(instance.name)
    got: list[dict[str, object]] = []
    instance.received.connect(got.append)
    client.send(b'{"action": "show"}\n{"action": "show"}\n')
    qtbot.waitUntil(client.pump, timeout=TIMEOUT_S * 1000)
    assert client.reply == OK_REPLY
    assert got == [{"action": "show"}]
    client.socket.close()


def test_the_name_is_per_user_and_per_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = server_name()
    if sys.platform.startswith("linux"):
        # The private runtime folder, not /tmp where every user sees the name.
        assert Path(default).parent == Path(os.environ["XDG_RUNTIME_DIR"])
    assert server_name(tmp_path / "other") != default
    monkeypatch.setenv("FOOTCARE_DATA_DIR", str(tmp_path / "other"))
    mine = server_name()
    assert mine == server_name(tmp_path / "other")
    monkeypatch.setattr("getpass.getuser", lambda: "someone-else")
    assert server_name() != mine
    if sys.platform.startswith("linux"):
        monkeypatch.delenv("XDG_RUNTIME_DIR")
        folder = Path(server_name()).parent  # not a bare name in the shared temp folder
        assert folder == Path(tempfile.gettempdir()) / f"footcare-{os.getuid()}"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A scratch folder with a short path: a socket's path is at most ~100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="fc-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's folders and SO_PEERCRED")
@pytest.mark.parametrize("trap", ["open to all", "someone else's", "a link"])
def test_a_folder_another_user_prepared_is_never_used(
    short_tmp: Path, monkeypatch: pytest.MonkeyPatch, trap: str
) -> None:
    """Without XDG_RUNTIME_DIR the folder's name is predictable: another user may make it first
    (to answer every launch "ok" and receive its requests). It must be checked, not assumed."""
    tmp_path = short_tmp
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "tmp").mkdir(mode=0o777)
    predictable = tmp_path / "tmp" / f"footcare-{os.getuid()}"
    if trap == "a link":
        (tmp_path / "attacker").mkdir(mode=0o700)
        predictable.symlink_to(tmp_path / "attacker")
    else:
        predictable.mkdir(mode=0o700)
        predictable.chmod(0o777 if trap == "open to all" else 0o700)
        if trap == "someone else's":
            if os.getuid() != 0:
                pytest.skip("only root can give a folder to another user here")
            os.chown(predictable, 65534, 65534)
    folder = Path(server_name()).parent
    assert folder == tmp_path / "cache" / "footcare-runtime"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    instance = SingleInstance(server_name())
    try:
        assert instance.claim()
        assert [path.suffix for path in folder.iterdir()] == [".lock"]  # the lock is there too
    finally:
        instance.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED is Linux's")
def test_a_listener_of_another_user_is_not_handed_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
        listener.listen(1)
        ends = socket.socketpair()
        assert peer_uid(ends[0]) == os.getuid()  # what the check reads
        for end in ends:
            end.close()
        # This process plays the victim, as a user other than the listener's.
        monkeypatch.setattr(os, "getuid", lambda: 4242)
        assert SingleInstance(str(path)).forward({"action": "show"}, timeout_ms=500) is False


def test_a_message_too_large_to_send_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="larger than"):
        SingleInstance("unused").forward({"action": "x", "pad": "x" * MAX_MESSAGE_BYTES})


def test_only_one_instance_holds_the_lock_until_it_closes(name: str) -> None:
    first, second = SingleInstance(name), SingleInstance(name)
    assert first.claim()
    assert not second.claim()  # a double-click's second launch: it hands over instead
    first.close()
    assert second.claim()
    second.close()


def test_the_lock_of_a_killed_instance_is_taken_over(name: str) -> None:
    process = subprocess.Popen(
        peer("primary", name), env=peer_env(), cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert read_line(process) == "listening"
        process.kill()  # no chance to free its lock
        process.communicate(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
    later = SingleInstance(name)
    assert later.claim()
    later.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED is Linux's")
def test_a_connection_from_another_user_is_refused_by_the_listener(
    instance: SingleInstance,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert instance.listen()
    monkeypatch.setattr(os, "getuid", lambda: 4242)  # the listener's user is not the client's
    client = RawPeer(instance.name)
    with qtbot.assertNotEmitted(instance.received):
        client.send(b'{"action": "start", "exercise": "calf-stretch"}\n')
        qtbot.waitUntil(client.pump, timeout=TIMEOUT_S * 1000)
    assert client.reply == b""
    assert "refused a connection from another user" in caplog.text
    client.socket.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's folders")
def test_with_no_private_folder_at_all_the_launch_runs_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared, cache = tmp_path / "tmp", tmp_path / "cache"
    for folder in (shared / f"footcare-{os.getuid()}", cache / "footcare-runtime"):
        folder.mkdir(parents=True)
        folder.chmod(0o777)  # open to all: not private, so not used
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    first, second = Path(server_name()).parent, Path(server_name()).parent
    try:
        assert first != second  # unpredictable: nobody can make it first
        for folder in (first, second):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert folder.stat().st_uid == os.getuid()
    finally:
        first.rmdir()
        second.rmdir()
