"""kill -9 of the app while its speech worker is stuck starting the engine (a speech-dispatcher
that never answers, as with no sound server) must not leave the worker running (issue 12.10)."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = (
    "import subprocess, sys\n"
    "worker = subprocess.Popen([sys.executable, '-m', 'footcare_gui', '--speech-worker',"
    " '--engine', 'speechd'], stdin=subprocess.PIPE)\n"
    "print(worker.pid, flush=True)\n"
    "sys.stdin.read()\n"
)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pidfd and PR_SET_PDEATHSIG")
def test_the_speech_worker_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    address = tmp_path / "speechd.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent_daemon:
        silent_daemon.bind(str(address))
        silent_daemon.listen(8)  # takes connections, never answers: spd_open waits for ever
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "SPEECHD_ADDRESS": f"unix_socket:{address}",
        }
        with subprocess.Popen(
            [sys.executable, "-c", APP],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as app:
            assert app.stdout is not None
            worker = int(app.stdout.readline())
            pidfd = os.pidfd_open(worker)
            try:
                app.send_signal(signal.SIGKILL)
                app.wait(timeout=60)
                ended, _, _ = select.select([pidfd], [], [], 30)  # readable once it has ended
                if not ended:
                    os.kill(worker, signal.SIGKILL)
                assert ended, "the speech worker outlived the app"
            finally:
                os.close(pidfd)
