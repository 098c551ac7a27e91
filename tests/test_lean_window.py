"""The main window holds only what it shows (issue 18, lighter at run time): what a session,
History, the reports or the tones need is imported when they are first used, so an idle
window does not carry it for the life of the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fresh_python import fresh_python

pytestmark = pytest.mark.slow

# The window as the benchmark's idle probe builds it: the audio service made, no session run.
SCRIPT = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from footcare_gui.services.catalogue_file import load_catalogue
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.main_window import MainWindow

app = QApplication([])
ini = str(Path(tempfile.mkdtemp()) / "s.ini")
settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
window = MainWindow(load_catalogue(), settings, audio=AudioCues(settings))
window.show()
app.processEvents()
print(" ".join(sys.modules))
"""

NOT_YET = [
    "PySide6.QtMultimedia",  # the tones: loaded with the first session
    "PySide6.QtNetwork",  # comes with QtMultimedia
    "wave",  # reads the tones
    "footcare_gui.core.session",  # the engine
    "footcare_gui.ui.session_view",
    "footcare_gui.ui.history_view",
    "footcare_gui.ui.routine_editor",
    "footcare_gui.report",  # PDF, CSV, FHIR
    "html",  # its entity table (html.entities) is 0.3 MB held for life
]


def test_an_idle_window_has_not_imported_what_it_does_not_show() -> None:
    loaded = set(fresh_python(SCRIPT, QT_QPA_PLATFORM="offscreen")[-1].split())
    assert "footcare_gui.ui.exercise_browser" in loaded  # the window really was built
    assert [name for name in NOT_YET if name in loaded] == []


LAUNCH = """
import sys
from footcare_gui.services.outcome_store import OutcomeStore
from footcare_gui.services.single_instance import server_name
print(server_name("/some/history"))
print(" ".join(sys.modules))
"""


def test_finding_the_running_footcare_loads_no_openssl_and_keeps_its_socket_name(
    tmp_path: Path,
) -> None:
    """Every launch names the socket with a SHA-256 digest: hashlib's would load OpenSSL's
    libcrypto (3.7 MB) for life. The name is the one hashlib gives, so a Footcare of an
    earlier version that is running is still found."""
    import getpass
    import hashlib

    name, modules = fresh_python(LAUNCH, XDG_RUNTIME_DIR=str(tmp_path))[-2:]
    digest = hashlib.sha256(f"{getpass.getuser()}\0/some/history".encode()).hexdigest()[:16]
    assert Path(name).name.startswith(f"footcare-{digest}")
    assert {"hashlib", "_hashlib", "uuid"} & set(modules.split()) == set()
