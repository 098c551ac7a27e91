"""Packaging metadata and the bundle's rules, checked without building anything (scripts/build.sh
builds and runs the bundle)."""

from __future__ import annotations

import plistlib
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import footcare_gui

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "assets" / "icons"
APP_ID = "org.footcare.Footcare"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"

sys.path.insert(0, str(PACKAGING))
import bundle_rules  # noqa: E402


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    # A failure, not a skip: CI must never pass without validating (scripts/setup.sh installs).
    assert shutil.which(command[0]), f"{command[0]} is missing: run scripts/setup.sh"
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_desktop_entry_is_valid() -> None:
    result = run_tool("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "", "desktop-file-validate has hints"


def test_metainfo_is_valid() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_app_and_its_desktop_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    releases = component.findall("releases/release")
    assert releases[0].get("version") == footcare_gui.__version__
    assert len(component.findall("screenshots/screenshot")) >= 1
    for image in component.findall("screenshots/screenshot/image"):
        assert (ROOT / "docs" / Path(image.text or "").name).is_file()
    assert f"Icon={APP_ID}" in DESKTOP.read_text().splitlines()


def test_info_plist_names_the_app_and_its_version() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as file:
        plist = plistlib.load(file)
    assert plist["CFBundleName"] == "Footcare"
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == footcare_gui.__version__
    assert plist["CFBundleVersion"] == footcare_gui.__version__


def test_spec_ships_every_asset_folder() -> None:
    spec = (PACKAGING / "footcare.spec").read_text()
    # The whole assets folder (icons, sounds, translations when present), and the package data.
    assert '(str(ROOT / "assets"), "assets")' in spec
    assert '(str(ROOT / "footcare_gui" / "data"), "footcare_gui/data")' in spec
    assert "footcare.ico" in spec
    assert "footcare.icns" in spec


# Apple's icns element types that hold a PNG of each size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
ICNS_TYPES[1024] = b"ic10"


def ico_sizes(data: bytes) -> set[int]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an ICO file"
    sizes = set()
    for index in range(count):
        width, _height, _c, _r, _planes, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
    return sizes


def icns_sizes(data: bytes) -> set[int]:
    assert data[:4] == b"icns", "not an ICNS file"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    types = {value: key for key, value in ICNS_TYPES.items()}
    sizes, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        sizes.add(types[kind])
        offset += length
    assert offset == len(data)
    return sizes


def test_windows_icon_holds_16_to_256_px() -> None:
    assert {16, 32, 48, 256} <= ico_sizes((ICONS / "footcare.ico").read_bytes())


def test_macos_icon_holds_16_to_1024_px() -> None:
    assert {16, 32, 256, 512, 1024} <= icns_sizes((ICONS / "footcare.icns").read_bytes())


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", True),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtmultimedia_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("assets/sounds/hold.wav", True),
    ],
)
def test_bundle_keeps_only_what_the_app_uses(dest: str, kept: bool) -> None:
    assert bundle_rules.keep_qt_file(dest, languages={"de"}) is kept


def test_tkinter_and_unused_qt_modules_are_excluded() -> None:
    for module in ("tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf"):
        assert module in bundle_rules.EXCLUDED_MODULES


def test_translation_languages_come_from_the_apps_own_files() -> None:
    assert bundle_rules.qt_translation_languages(["footcare_de.qm", "footcare_pt_BR.qm"]) == {
        "de",
        "pt_BR",
    }


def test_libraries_only_dropped_plugins_needed_are_pruned() -> None:
    entries = [
        ("PySide6/QtCore.abi3.so", "/src/QtCore", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/core", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/quick", "BINARY"),
        ("libpython3.11.so.1.0", "/src/python", "BINARY"),
    ]
    needed = {"/src/QtCore": ["libQt6Core.so.6"], "/src/quick": ["libQt6Core.so.6"]}
    kept = [dest for dest, _src, _kind in bundle_rules.prune_unreferenced(entries, needed)]
    assert kept == ["PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6", kept[2]]
    assert kept[2] == "libpython3.11.so.1.0"  # opened by the bootloader, named by nothing


def test_system_libraries_are_left_to_the_system() -> None:
    assert bundle_rules.is_system_library("libstdc++.so.6")
    assert bundle_rules.is_system_library("libxcb-cursor.so.0")
    assert bundle_rules.is_system_library("libpulsecommon-16.1.so")
    # Debian forbids private copies of these (lintian: embedded-library).
    for library in ("libz.so.1", "libbz2.so.1.0", "liblzma.so.5", "libsqlite3.so.0"):
        assert bundle_rules.is_system_library(library)
    assert not bundle_rules.is_system_library("libzip.so.5")
    assert not bundle_rules.is_system_library("libpython3.11.so.1.0")
    assert not bundle_rules.is_system_library("libicudata.so.73")
    assert not bundle_rules.is_system_library("PySide6/Qt/lib/libQt6Core.so.6")
