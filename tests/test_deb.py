"""The Debian package's pieces that can be checked without building it: the user's set-up
keeps developer tools out, the Depends helper reads ldd, readelf and dpkg right, and every
lintian override says why. scripts/check-deb.sh installs the real package in CI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import deb_depends  # noqa: E402

DEVELOPER_TOOLS = {
    "xvfb",
    "xauth",
    "pulseaudio",
    "pulseaudio-utils",
    "binutils",
    "xz-utils",
    "dpkg-dev",
    "patchelf",
    "lintian",
    "appstream",
    "desktop-file-utils",
}


def setup_plan(*options: str) -> tuple[set[str], str]:
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh"), "--list", *options],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = {key: value for key, _, value in (line.partition(": ") for line in out.splitlines())}
    return set(lines["debian"].split()), lines["python extras"].strip()


def test_the_users_set_up_installs_no_developer_tool() -> None:
    packages, extras = setup_plan()
    assert packages & DEVELOPER_TOOLS == set()
    assert extras == ""
    # What the app needs at run time is there: Qt's X11 libraries, sound and speech.
    assert {"libxcb-cursor0", "libpulse0", "speech-dispatcher", "python3-venv"} <= packages


def test_tests_and_builds_bring_their_own_tools() -> None:
    test_packages, test_extras = setup_plan("--test")
    assert {"xvfb", "pulseaudio", "appstream"} <= test_packages
    assert test_extras == "test"
    build_packages, build_extras = setup_plan("--build")
    assert {"lintian", "dpkg-dev", "patchelf", "binutils", "xvfb"} <= build_packages
    assert build_extras == "build"
    runtime, _ = setup_plan()
    assert runtime <= test_packages
    assert runtime <= build_packages


LDD = """\
\tlinux-vdso.so.1 (0x00007ffd0d1f2000)
\tlibQt6Core.so.6 => /opt/footcare/_internal/PySide6/Qt/lib/libQt6Core.so.6 (0x00007f5e1b200000)
\tlibpulse.so.0 => /lib/x86_64-linux-gnu/libpulse.so.0 (0x00007f5e1b1a0000)
\tlibspeechd.so.2 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f5e1b600000)
"""


def test_ldd_output_gives_the_system_libraries_and_the_missing_ones() -> None:
    system, missing = deb_depends.resolved_libraries(LDD, Path("/opt/footcare"))
    assert system == {"/lib/x86_64-linux-gnu/libpulse.so.0", "/lib64/ld-linux-x86-64.so.2"}
    assert missing == {"libspeechd.so.2"}
    assert deb_depends.resolved_by_name(LDD)["libpulse.so.0"] == (
        "/lib/x86_64-linux-gnu/libpulse.so.0"
    )
    assert "libspeechd.so.2" not in deb_depends.resolved_by_name(LDD)


def test_readelf_output_gives_the_needed_names() -> None:
    readelf = (
        " 0x0000000000000001 (NEEDED)             Shared library: [libpulse.so.0]\n"
        " 0x000000000000001d (RUNPATH)            Library runpath: [$ORIGIN]\n"
        " 0x0000000000000001 (NEEDED)             Shared library: [libc.so.6]\n"
    )
    assert deb_depends.needed_names(readelf) == {"libpulse.so.0", "libc.so.6"}


def test_dpkg_search_output_gives_each_paths_package() -> None:
    out = (
        "diversion by dash from: /bin/sh\n"
        "libpulse0:amd64: /usr/lib/x86_64-linux-gnu/libpulse.so.0\n"
        "libc6:amd64, libc6-i386: /lib64/ld-linux-x86-64.so.2\n"
    )
    assert deb_depends.parse_dpkg_search(out) == {
        "/usr/lib/x86_64-linux-gnu/libpulse.so.0": "libpulse0",
        "/lib64/ld-linux-x86-64.so.2": "libc6",
    }


def test_a_merged_usr_path_is_looked_up_both_ways() -> None:
    variants = deb_depends.path_variants("/lib/x86_64-linux-gnu/libfoo.so.1")
    assert variants[0] == "/lib/x86_64-linux-gnu/libfoo.so.1"
    assert "/usr/lib/x86_64-linux-gnu/libfoo.so.1" in variants


@pytest.mark.parametrize(
    ("depends", "names"),
    [
        ("libc6 (>= 2.35), libgl1", {"libc6", "libgl1"}),
        ("pulseaudio | pipewire-pulse, libx11-6", {"pulseaudio", "pipewire-pulse", "libx11-6"}),
        ("libx11-xcb1 (>= 2:1.8.4), python3:any", {"libx11-xcb1", "python3"}),
        ("", set()),
    ],
)
def test_depends_fields_give_their_package_names(depends: str, names: set[str]) -> None:
    assert deb_depends.package_names(depends) == names


def test_every_lintian_override_says_why() -> None:
    lines = (ROOT / "packaging" / "deb" / "lintian-overrides").read_text().splitlines()
    overrides = [i for i, line in enumerate(lines) if line.startswith("footcare: ")]
    assert overrides
    for index in overrides:
        # Overrides in a group share the comment above the group.
        reason = next(line for line in reversed(lines[:index]) if not line.startswith("footcare"))
        assert reason.startswith("#"), f"no reason above: {lines[index]}"
