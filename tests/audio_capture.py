"""Records what plays into the test sound server, for tests that check real audio output.

scripts/start-test-audio.sh starts a PulseAudio daemon whose default sink is the null sink
``footcare_test``; everything played to a null sink comes out of its monitor source, which
``parec`` records here as 48 kHz mono signed 16-bit samples into a temporary file. Qt-free, so a
test waits for samples with ``qtbot.waitUntil(lambda: capture.recorded_samples() >= n)``.

The daemon is shared by every test run of the same user (and anything else pointed at it), so a
test that must hear only its own sound plays into a ``NullSink`` of its own and records that
sink's monitor, not the default sink's.

The recorder is bounded in time twice over: ``parec`` runs under coreutils ``timeout``, so it
ends by itself even if the test process dies, and ``stop()`` (also called on leaving the
``with`` block) always ends and reaps it.
"""

from __future__ import annotations

import math
import os
import subprocess
import tempfile
import uuid
from array import array
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

SINK = "footcare_test"
MONITOR = f"{SINK}.monitor"
RATE = 48_000
BYTES_PER_SAMPLE = 2  # s16le, one channel
FULL_SCALE = 32768.0
SILENCE_DBFS = -120.0  # what an all-zero stretch measures as, instead of minus infinity


class CaptureError(RuntimeError):
    """parec or pactl could not do its job, or parec stopped before it was asked to."""


def pactl(*args: str) -> str:
    """Runs ``pactl`` against $PULSE_SERVER (5 s at most); its stdout, or CaptureError."""
    try:
        done = subprocess.run(
            ["pactl", *args], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise CaptureError(f"pactl {' '.join(args)}: {error}") from error
    if done.returncode != 0:
        raise CaptureError(f"pactl {' '.join(args)}: {done.stderr.strip() or done.returncode}")
    return done.stdout


class NullSink:
    """A null sink of the test's own, loaded into the running daemon and unloaded on exit.

    ``with NullSink("footcare_test_123") as sink:`` play to the output whose id is
    ``sink.name`` and record ``sink.monitor``.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.monitor = f"{name}.monitor"
        self._module: str | None = None

    def __enter__(self) -> NullSink:
        self._module = pactl(
            "load-module",
            "module-null-sink",
            f"sink_name={self.name}",
            f"rate={RATE}",
            "channels=2",
            f"sink_properties=device.description={self.name}",
        ).strip()
        return self

    def restart_clock(self) -> None:
        """Makes the sink render in its recorders' small blocks from now on.

        An idle null sink renders (and so feeds its monitor) up to 2 s ahead, then sleeps until
        that time; a recorder that connects meanwhile gets its first sample only then. Suspend
        and resume restart its clock at "now" with the latency its recorders asked for. Call it
        once the recorder is connected (``MonitorCapture.is_connected``).
        """
        pactl("suspend-sink", self.name, "1")
        pactl("suspend-sink", self.name, "0")

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._module is not None:
            module, self._module = self._module, None
            pactl("unload-module", module)


class MonitorCapture:
    """Records the null sink's monitor with parec: ``start()``, wait, ``stop()`` -> samples."""

    def __init__(self, *, source: str = MONITOR, max_seconds: float = 30.0) -> None:
        self.source = source
        self.max_seconds = max_seconds
        self.client_name = f"footcare-tests-{uuid.uuid4().hex[:12]}"
        self._process: subprocess.Popen[bytes] | None = None
        self._path: Path | None = None
        self._stderr: Path | None = None

    def start(self) -> MonitorCapture:
        if self._process is not None:
            raise CaptureError("this capture is already recording")
        fd, raw = tempfile.mkstemp(prefix="footcare-capture-", suffix=".s16le")
        fd_err, err = tempfile.mkstemp(prefix="footcare-capture-", suffix=".log")
        self._path, self._stderr = Path(raw), Path(err)
        command = [
            "timeout",
            "--kill-after=2",
            f"{self.max_seconds:g}",
            "parec",
            f"--device={self.source}",
            "--format=s16le",
            f"--rate={RATE}",
            "--channels=1",
            "--raw",
            # Small fragments: samples reach the file within ~20 ms instead of in ~2 s chunks.
            "--latency-msec=20",
            f"--client-name={self.client_name}",
        ]
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=fd, stderr=fd_err
            )
        except OSError as error:  # parec or timeout missing
            self._cleanup_files()
            raise CaptureError(f"cannot run {command[3]!r}: {error}") from error
        finally:
            os.close(fd)
            os.close(fd_err)
        return self

    def recorded_samples(self) -> int:
        """How many samples are in the file so far; CaptureError if parec has already ended."""
        if self._process is None or self._path is None:
            raise CaptureError("the capture is not recording")
        if self._process.poll() is not None:
            raise CaptureError(f"parec ended early: {self._describe_exit()}")
        return self._path.stat().st_size // BYTES_PER_SAMPLE

    def is_connected(self) -> bool:
        """Whether parec's record stream is on the server yet; CaptureError if parec ended."""
        self.recorded_samples()
        return f'application.name = "{self.client_name}"' in pactl("list", "source-outputs")

    def stop(self) -> array[int]:
        """End the recording and return its samples; safe to call more than once."""
        process, path = self._process, self._path
        if process is None or path is None:
            return array("h")
        try:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=3)
            data = path.read_bytes()
        finally:
            self._process = None
            self._cleanup_files()
        samples = array("h")
        samples.frombytes(data[: len(data) - len(data) % BYTES_PER_SAMPLE])
        return samples

    def _describe_exit(self) -> str:
        assert self._process is not None
        stderr = self._stderr.read_text(errors="replace").strip() if self._stderr else ""
        return f"exit status {self._process.returncode}; stderr: {stderr or '(empty)'}"

    def _cleanup_files(self) -> None:
        for path in (self._path, self._stderr):
            if path is not None:
                path.unlink(missing_ok=True)
        self._path = self._stderr = None

    def __enter__(self) -> MonitorCapture:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def to_dbfs(level: float) -> float:
    """A sample magnitude (0..32768) in dB relative to full scale; silence is SILENCE_DBFS."""
    if level <= 0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 20 * math.log10(level / FULL_SCALE))


def rms(samples: Sequence[int]) -> float:
    if not samples:
        return 0.0
    return math.sqrt(math.fsum(s * s for s in samples) / len(samples))


def peak(samples: Sequence[int]) -> int:
    return max((abs(s) for s in samples), default=0)


def rms_dbfs(samples: Sequence[int]) -> float:
    return to_dbfs(rms(samples))


def peak_dbfs(samples: Sequence[int]) -> float:
    return to_dbfs(peak(samples))


def loudest_window_dbfs(
    samples: Sequence[int], *, window_ms: float = 50, rate: int = RATE
) -> float:
    """RMS level of the loudest window of ``window_ms`` (windows step by half their length)."""
    size = max(1, round(rate * window_ms / 1000))
    if len(samples) <= size:
        return rms_dbfs(samples)
    step = max(1, size // 2)
    return max(rms_dbfs(samples[i : i + size]) for i in range(0, len(samples) - size + 1, step))
