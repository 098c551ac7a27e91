"""Every folder Footcare makes on the way to its own is 0700, whatever the umask (the XDG base
directory spec's mode). Under umask 000 ~/.local, ~/.local/share and ~/.local/share/Footcare
were made world-writable: another user renamed the private folder inside away, put a folder and
a history.sqlite3 of their own in its place, and read every session saved after."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from footcare_gui.services import single_instance
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import DB_FILENAME, HistoryStore


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_folders_made_for_the_history_are_private(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "home" / ".local" / "share" / "Footcare" / "Footcare")
    store.close()
    made = [tmp_path / "home", *(tmp_path / "home").rglob("*")]
    folders = {str(p.relative_to(tmp_path)): mode(p) for p in made if p.is_dir()}
    assert folders == dict.fromkeys(folders, 0o700)
    assert len(folders) == 5


def test_the_folders_made_for_the_settings_are_private(tmp_path: Path) -> None:
    config = tmp_path / "home" / ".config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    settings = Settings()
    settings.set_json_value("routines/book", {"version": 1})
    assert settings.sync()
    assert mode(tmp_path / "home") == 0o700
    assert mode(config) == 0o700
    assert mode(config / "Footcare") == 0o700


def test_a_file_in_the_way_of_the_history_folder_is_still_said(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    store = HistoryStore.open(tmp_path / "data")
    try:
        assert "a file is in the way" in (store.reason() or "")
    finally:
        store.close()


def test_the_folders_made_for_the_socket_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "tmp"
    (shared / f"footcare-{os.getuid()}").mkdir(parents=True, mode=0o777)  # not private: skipped
    short = Path(tempfile.mkdtemp(prefix="fc-"))  # a socket path must stay short
    home = short / "home"
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    try:
        socket = Path(single_instance.server_name())
        assert socket.parent == home / ".cache" / "footcare-runtime"
        assert mode(home) == 0o700
        assert mode(home / ".cache") == 0o700
    finally:
        shutil.rmtree(short)


def test_a_history_others_can_read_that_cannot_be_made_private_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another user's history.sqlite3 (mode 0666) planted in the data folder: Footcare cannot
    chmod it, and used to save the user's sessions into it all the same."""
    HistoryStore.open(tmp_path).close()
    (tmp_path / DB_FILENAME).chmod(0o666)

    def not_the_owner(self: Path, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted", str(self))

    monkeypatch.setattr(Path, "chmod", not_the_owner)
    store = HistoryStore.open(tmp_path)
    try:
        assert store.read_only
        assert "other users can read it" in (store.reason() or "")
    finally:
        store.close()
