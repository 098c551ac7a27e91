#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu machine for Footcare: the system libraries Qt needs, a Python
# virtual environment in .venv with the app in it, and only on request the developer tools:
#
#   scripts/setup.sh           what the app needs at run time (scripts/run-app.sh)
#   scripts/setup.sh --test    + the test tools (scripts/test.sh)
#   scripts/setup.sh --build   + the build tools (scripts/build.sh)
#   scripts/setup.sh --list [--test] [--build]   print what would be installed, install nothing
#
# Safe to run again: each step is skipped when it is already done, and tools installed by an
# earlier --test or --build stay (a user's set-up never gains them unasked).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# At run time. Qt's xcb platform opens no window without the xcb helper libraries;
# libwayland-* is what Qt's Wayland platform needs on Wayland desktops; fonts-dejavu-core gives
# the offscreen platform (--self-test, --report) a font; libpulse0 is what QtMultimedia links
# against (the desktop's own sound server plays it); speech-dispatcher with espeak-ng is the
# speech engine Qt's text-to-speech uses on Linux, for the spoken prompts (without it the app
# stays silent on that side and says so). python3-venv makes the .venv.
RUNTIME_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0
  libwayland-client0 libwayland-cursor0
  libpulse0 fonts-dejavu-core
  speech-dispatcher speech-dispatcher-espeak-ng
)

# For the tests (scripts/test.sh). xvfb and xauth let the tests and screenshots run without a
# screen. The real-playback test plays into a PulseAudio null sink and records its monitor:
# pulseaudio is the sound server (started by scripts/start-test-audio.sh, no sound card
# needed), pulseaudio-utils gives pactl and parec. desktop-file-utils and appstream check the
# desktop entry and the metainfo (desktop-file-validate, appstreamcli validate).
TEST_PACKAGES=(
  xvfb xauth
  pulseaudio pulseaudio-utils
  desktop-file-utils appstream
  # tests/a11y (the AT-SPI walk, scripts/with-test-a11y.sh): a private session bus, the AT-SPI
  # bus launcher and registry, and pyatspi for the system python3 that walks the tree.
  # dbus-daemon is also the private bus of the idle-inhibition and reminder tests
  # (scripts/start-test-dbus.sh).
  dbus-daemon dbus-bin at-spi2-core python3-pyatspi
  # The full-screen test marks a window full screen as a window manager would (xprop)
  x11-utils
  # The Wayland test runs the app in a headless Weston compositor (scripts/start-test-weston.sh)
  weston
  # poppler-utils: pdftotext, pdfinfo and pdfimages read PDFs back as a clinician's tools would:
  # the report (tests/report/test_outcomes_page.py, tests/report/test_pdf_text.py) and the
  # exercise sheet (tests/report/test_handout.py)
  poppler-utils
  # tests/services/test_store_constraints.py checks the history with the sqlite3 command line
  sqlite3
)

# For scripts/build.sh and its checks: binutils (PyInstaller strips and reads libraries with
# it), xz-utils (the archive), dpkg-dev (dpkg-shlibdeps, for the .deb's Depends), patchelf
# (the .deb's library search paths), lintian (the .deb's check), procps (pgrep: the .deb's
# check ends its test user's processes); the checks run the built app on Xvfb and on a
# headless Weston with the test sound server, and validate the installed desktop entry and
# metainfo, as the tests do.
BUILD_PACKAGES=(
  binutils xz-utils dpkg-dev patchelf lintian procps
  xvfb xauth pulseaudio pulseaudio-utils weston desktop-file-utils appstream
)

list=0
extras=()
for argument in "$@"; do
  case "$argument" in
    --test) extras+=(test) ;;
    --build) extras+=(build) ;;
    --list) list=1 ;;
    *)
      echo "usage: $0 [--test] [--build] [--list]" >&2
      exit 2
      ;;
  esac
done

wanted=("${RUNTIME_PACKAGES[@]}")
for extra in "${extras[@]}"; do
  case "$extra" in
    test) wanted+=("${TEST_PACKAGES[@]}") ;;
    build) wanted+=("${BUILD_PACKAGES[@]}") ;;
  esac
done
mapfile -t wanted < <(printf '%s\n' "${wanted[@]}" | awk '!seen[$0]++')

if ((list)); then
  echo "debian: ${wanted[*]}"
  echo "python extras: ${extras[*]}"
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 \
    install -y -qq --no-install-recommends "${missing[@]}"
else
  say "Debian packages: all present"
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Footcare needs Python 3.11 or newer; $python is $("$python" --version 2>&1)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  say "Creating the virtual environment in .venv ($("$python" --version))"
  "$python" -m venv .venv
fi

# The stamp holds the hash of pyproject.toml and the extras installed with it. Reinstall when
# the dependencies changed or an extra is asked for that is not there yet; extras installed
# before stay (switching from scripts/test.sh to scripts/run-app.sh removes nothing).
stamp=.venv/.footcare-installed
hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
line=$(cat "$stamp" 2>/dev/null || true)
case "$line" in
  *" extras="*) had=${line##* extras=} ;;
  "") had="" ;;
  *) had=test ;; # a stamp from before the extras were separate: it came with the test tools
esac
all=$(printf '%s\n' ${had//,/ } "${extras[@]}" | grep . | sort -u | paste -sd, - || true)
if [ "${line%% *}" != "$hash" ] || [ "$all" != "$had" ]; then
  target=.
  [ -z "$all" ] || target=".[$all]"
  say "Installing Footcare into .venv${all:+ with the extras: $all}"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet --editable "$target"
  echo "$hash extras=$all" >"$stamp"
else
  say "Python packages: up to date${all:+ (extras: $all)}"
fi
