"""What the frozen bundle keeps of Qt and Python: the rules footcare.spec applies.

PyInstaller's PySide6 hooks collect every plugin of each kind a module might load (all image
formats, all platforms, the test-only speech engine) and every library those pull in. The app
uses a handful: these rules name them, and anything not named is dropped. Each exclusion was
checked by running the bundle (scripts/build.sh runs its --self-test; see the README).

Plain functions on PyInstaller's (destination, source, typecode) entries, Qt-free, so the tests
can check the rules without building anything.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import PurePosixPath

QT_PREFIX = "PySide6/Qt/"

# Python modules the app never imports but hooks or the standard library drag in.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pdb",
    "doctest",
    "lib2to3",
    "idlelib",
    "setuptools",
    "pip",
    # hashlib falls back to its built-in sha256 (the single-instance socket name) without
    # OpenSSL's _hashlib, and nothing opens a TLS connection: 5 MB of libcrypto and libssl.
    "_hashlib",
    "ssl",
    "_ssl",
    # Qt modules the app never imports (QtPdf is only used by tests and scripts; QPdfWriter is in
    # QtGui). Excluding the Python module keeps its hook from collecting the library.
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
]

# Plugins kept, by folder; a folder not listed is dropped whole.
KEPT_PLUGINS: dict[str, set[str]] = {
    # xcb for X11 (and XWayland), wayland for Wayland sessions, offscreen for --self-test and
    # headless exports, minimal as the documented last resort.
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"},
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": {"libbradient.so", "libadwaita.so"},
    # Native file dialogs (export, import) through the desktop portal. The GTK 3 theme is not
    # kept: the window has its own style sheet, and it drags in GTK's whole library stack.
    "platformthemes": {"libqxdgdesktopportal.so"},
    # Dead keys and input methods in the note and routine-name fields.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    # Desktop icon themes (file dialogs, message boxes) are SVG; PNG is built into QtGui.
    "iconengines": {"libqsvgicon.so"},
    "imageformats": {"libqsvg.so"},
    # No "multimedia" backend: QSoundEffect, QMediaDevices and QAudioDevice work without one
    # (PulseAudio is in QtMultimedia itself), and the FFmpeg backend needs QtQuick, QtQml,
    # QtOpenGL and FFmpeg's libraries: 45 MB for players and recorders the app does not have.
    # The system's speech engine only; "mock" is a test double and must never ship.
    "texttospeech": {"libqtexttospeech_speechd.so"},
}

# The desktop's own libraries are used from the system, as by PySide6 itself when installed
# with pip: the same ones scripts/setup.sh installs (the README's list). Bundling them copies
# Debian 12's builds onto other systems, and an old bundled libstdc++ is a known cause of
# crashes in the system's graphics drivers. The compression libraries and SQLite are on every
# Linux system, and Debian forbids private copies of them (lintian: embedded-library). What
# Python and Qt bring (libpython, ICU, Qt itself) stays in the bundle. Sound and voice degrade
# to a notice when theirs are missing.
SYSTEM_LIBRARIES = re.compile(
    r"^lib("
    r"stdc\+\+|gcc_s"  # the C++ runtime
    r"|X11|X11-xcb|xcb(-[a-z-]+)?|xkbcommon(-x11)?"  # X11 / XWayland
    r"|fontconfig|freetype|png16|expat|brotli(common|dec)"  # fonts
    r"|glib-2\.0|gthread-2\.0|pcre2-8|dbus-1|systemd|gcrypt|gpg-error|lz4|zstd|cap"
    r"|krb5|krb5support|k5crypto|gssapi_krb5|com_err|keyutils"  # QtNetwork's Kerberos
    r"|pulse|pulsecommon-[0-9.]+|sndfile|FLAC|vorbis|vorbisenc|opus|mpg123|mp3lame|ogg"
    r"|asyncns"  # PulseAudio's client (libpulse0)
    r"|speechd"  # speech-dispatcher's client (libspeechd2)
    r"|z|bz2|lzma|sqlite3"  # zlib1g, libbz2-1.0, liblzma5, libsqlite3-0
    r")\.so"
)

# Libraries nothing names in DT_NEEDED but that are opened at run time all the same.
DLOPENED = re.compile(r"^libpython3\.\d+\.so")


def qt_translation_languages(app_translations: Iterable[str]) -> set[str]:
    """The languages of the app's own .qm files (``footcare_de.qm`` -> ``de``)."""
    languages = set()
    for name in app_translations:
        stem = PurePosixPath(name).stem
        if "_" in stem:
            languages.add(stem.split("_", 1)[1])
    return languages


def keep_qt_file(dest: str, languages: set[str]) -> bool:
    """Whether a file under PySide6/Qt/ stays: kept plugins, and Qt's own translations
    (``qtbase_<lang>.qm``, the standard buttons and dialogs) only for the app's languages."""
    path = PurePosixPath(dest)
    if not dest.startswith(QT_PREFIX):
        return True
    parts = path.parts
    if parts[2] == "plugins":
        return parts[3] in KEPT_PLUGINS and path.name in KEPT_PLUGINS[parts[3]]
    if parts[2] == "translations":
        match = re.fullmatch(r"qtbase_(.+)\.qm", path.name)
        return match is not None and match.group(1) in languages
    return True


def _is_shared_library(dest: str) -> bool:
    name = PurePosixPath(dest).name
    return name.startswith("lib") and ".so" in name and "/plugins/" not in dest


def needed_libraries(path: str) -> list[str]:
    """The DT_NEEDED names of one ELF file (readelf comes with binutils, which PyInstaller
    needs on Linux anyway)."""
    out = subprocess.run(
        ["readelf", "-d", path], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def prune_unreferenced(
    entries: list[tuple[str, str, str]], needed: dict[str, list[str]]
) -> list[tuple[str, str, str]]:
    """Drop shared libraries no remaining binary needs (after plugins were dropped, the
    libraries only they used are still listed). ``needed`` maps a source path to its NEEDED
    names; roots are every entry that is not a plain shared library (extension modules,
    plugins) plus the libraries the bootloader opens itself."""
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    reached: set[str] = set()
    queue = [
        PurePosixPath(e[0]).name
        for e in entries
        if not _is_shared_library(e[0]) or DLOPENED.match(PurePosixPath(e[0]).name)
    ]
    while queue:
        name = queue.pop()
        if name in reached:
            continue
        reached.add(name)
        for entry in by_name.get(name, []):
            queue.extend(needed.get(entry[1], []))
    return [
        e for e in entries if not _is_shared_library(e[0]) or PurePosixPath(e[0]).name in reached
    ]


def is_system_library(dest: str) -> bool:
    return "/" not in dest and SYSTEM_LIBRARIES.match(dest) is not None


def drop_dangling_symlinks(
    entries: list[tuple[str, str, str]], kept: set[str]
) -> list[tuple[str, str, str]]:
    """PyInstaller links libraries into the top folder; drop the links to dropped ones."""
    return [e for e in entries if e[2] != "SYMLINK" or e[1] in kept]
