"""Test-wide set-up: headless Qt, and config/data directories that are never the real user's."""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

# Before any Qt import: no window may appear and no real settings may be read or written.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="footcare-tests-"))
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SANDBOX / _variable.lower())
os.environ["XDG_RUNTIME_DIR"] = str(_SANDBOX / "runtime")
(_SANDBOX / "runtime").mkdir(mode=0o700)

import pytest  # noqa: E402

from footcare_gui.core.catalogue import Catalogue  # noqa: E402
from footcare_gui.core.clock import ManualClock  # noqa: E402
from footcare_gui.services.catalogue_file import load_catalogue  # noqa: E402

pytest_plugins = ["tests.private_bus"]  # private_bus, desktop_services: real D-Bus
START_THE_SOUND_SERVER = (
    "scripts/test.sh starts it; by hand: "
    'audio_env=$(bash scripts/start-test-audio.sh) && export "$audio_env"'
)


@functools.cache
def sound_server_missing() -> str | None:
    """Why no sound server answers the tests (None when one does): PULSE_SERVER alone counts,
    as XDG_RUNTIME_DIR is the tests' own (above)."""
    from tests.audio_capture import CaptureError, pactl

    server = os.environ.get("PULSE_SERVER", "")
    if not server:
        return "PULSE_SERVER is not set, so there is no test sound server"
    try:
        pactl("info")
    except CaptureError as error:
        return f"the test sound server at {server} does not answer: {error}"
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test marked ``sound_server`` is skipped, with the reason, where no sound server
    answers; in CI (CI set, as .ci/run's machines do) it fails instead: CI starts one."""
    if item.get_closest_marker("sound_server") is None:
        return
    missing = sound_server_missing()
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(
            f"needs the test sound server, and CI must have one: {missing}. "
            f"{START_THE_SOUND_SERVER}",
            pytrace=False,
        )
    pytest.skip(f"needs the test sound server: {missing}. {START_THE_SOUND_SERVER}")


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's session history lives in its own new folder (services/store.py)."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FOOTCARE_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def user_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test's default Settings() (routines, doses, reminders...) start empty: Qt reads
    XDG_CONFIG_HOME once per process, so the user-scope INI folder is moved per test instead.
    Processes a test starts get the folder through XDG_CONFIG_HOME.

    Empty but for one thing: the first-run welcome was seen, so no app a test starts waits
    behind it (tests/ui/test_welcome.py starts one without this)."""
    from PySide6.QtCore import QSettings

    path = tmp_path_factory.mktemp("config")
    (path / "Footcare").mkdir()
    (path / "Footcare" / "Footcare.ini").write_text("[welcome]\nshown=true\n")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))
    return path


@pytest.fixture
def output_device(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tones' device check (services/sound.audio_outputs) finds an output, with or without
    a sound server: for tests about what happens once there is one."""
    from footcare_gui.services import sound

    monkeypatch.setattr(sound, "audio_outputs", lambda: ["an output device"])
