#!/usr/bin/env bash
# Builds Footcare for distribution and checks what it built:
#   dist/footcare-<version>-py3-none-any.whl     the wheel
#   dist/footcare/                               the one-folder Linux bundle (PyInstaller)
#   dist/footcare-<version>-linux-x86_64.tar.xz  the bundle, compressed
#   dist/footcare_<version>_amd64.deb            the Debian package (scripts/build-deb.sh,
#                                                checked by scripts/check-deb.sh)
# Fails when the bundle or the archive is over its size target, when a library in the bundle
# cannot be found, when a left-out file crept back in, when the bundle's or the installed
# wheel's --self-test fails or prints anything besides its one line, or when the real app,
# started from the bundle on X11 into a session with sound and voice, or on Wayland (headless
# Weston) through a short session, logs a warning. Then it times the
# bundle's start-up to the first paint. CI runs it after the tests (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_BUNDLE_BYTES=110000000 # 110 MB
MAX_ARCHIVE_BYTES=45000000 # 45 MB
STARTUP_RUNS=7
# Warnings the real app may log in the bundle, each explained in footcare_gui/self_test.py.
ALLOWED='No QtMultimedia backends found|pipewire-0\.3|does not support (propagateSizeHints|raise)'

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\033[1;31mbuild failed: %s\033[0m\n' "$*" >&2
  exit 1
}

# The build tools: the 'build' extra (PyInstaller) and the Debian packages of the checks.
bash scripts/setup.sh --build
python=.venv/bin/python
version=$("$python" -c 'import footcare_gui; print(footcare_gui.__version__)')

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Whatever runs from here on keeps its history and settings out of the user's.
export FOOTCARE_DATA_DIR=$scratch/data XDG_CONFIG_HOME=$scratch/config

say "Building the translations (.ts -> .qm)"
bash scripts/build_translations.sh

say "Building the wheel"
rm -rf dist build/pyinstaller
"$python" -m pip wheel --quiet --no-deps --wheel-dir dist .
wheel=dist/footcare-$version-py3-none-any.whl
[ -f "$wheel" ] || fail "no wheel at $wheel"

say "Building the one-folder bundle (PyInstaller)"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/footcare.spec
bundle=dist/footcare
archive=dist/footcare-$version-linux-x86_64.tar.xz

say "Checking the bundle's contents"
missing=$(find "$bundle" -type f \( -name '*.so*' -o -name footcare \) -exec ldd {} + 2>/dev/null |
  grep 'not found' | sort -u || true)
[ -z "$missing" ] || fail "libraries not found (dropped from the bundle, or missing here):
$missing"
# What must never ship: the test-only speech engine, tkinter, Qt modules the app does not use.
unwanted=$(find "$bundle" \( -name '*texttospeech_mock*' -o -name '_tkinter*' -o -name 'libtk*' \
  -o -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name 'libQt6Pdf*' -o -name 'libQt6WebEngine*' \
  -o -name 'libQt63D*' -o -name 'libav*' -o -name 'libQt6OpenGL*' \) | sort || true)
[ -z "$unwanted" ] || fail "left-out files are in the bundle:
$unwanted"
for asset in assets/icons/footcare.svg assets/sounds/hold.wav footcare_gui/data/catalogue.toml \
  footcare_gui/data/figures.toml \
  footcare_gui/data/routine.schema.json; do
  [ -f "$bundle/_internal/$asset" ] || fail "$asset is not in the bundle"
done
if [ -d assets/translations ]; then
  [ -d "$bundle/_internal/assets/translations" ] || fail "assets/translations is not in the bundle"
fi

say "Compressing the bundle (xz -9)"
tar -C dist --owner=0 --group=0 --sort=name -cf - footcare | xz -9 -T0 >"$archive"
bundle_bytes=$(du -sb "$bundle" | cut -f1)
archive_bytes=$(stat -c %s "$archive")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
printf '  bundle   %-9s (target <= %s)\n  archive  %-9s (target <= %s)\n' \
  "$(mb "$bundle_bytes")" "$(mb $MAX_BUNDLE_BYTES)" "$(mb "$archive_bytes")" \
  "$(mb $MAX_ARCHIVE_BYTES)"
((bundle_bytes <= MAX_BUNDLE_BYTES)) || fail "the bundle is $(mb "$bundle_bytes")"
((archive_bytes <= MAX_ARCHIVE_BYTES)) || fail "the archive is $(mb "$archive_bytes")"

# The test sound server, so that the self-tests and the session below really play.
audio_env=$(bash scripts/start-test-audio.sh)
export "${audio_env:?scripts/start-test-audio.sh printed no PULSE_SERVER}"

# Runs a --self-test: it must succeed and print its one line and nothing else.
self_test() {
  local out
  out=$(QT_QPA_PLATFORM=offscreen "$@" --self-test 2>&1) || fail "self-test of $1:
$out"
  [ "$(printf '%s\n' "$out" | grep -c .)" -eq 1 ] && [[ $out == "footcare self-test: ok"* ]] ||
    fail "self-test of $1 printed more than its line:
$out"
  echo "  $out"
}

say "Self-test of the bundle"
self_test "$bundle/footcare"
say "Self-test of the bundle, 20 runs each: no sound server, C locale, CPU load"
bash scripts/self-test-conditions.sh "$bundle/footcare" 20

say "The real app from the bundle on X11 (Xvfb): a session with tones and voice, then SIGTERM"
log=$scratch/session.log
# Real time: the session starts, tones play, the speech worker comes up. A private runtime
# folder gives the check a speech-dispatcher of its own: one left hanging by another program of
# this user (seen on a shared machine) must not decide whether the bundle can speak.
speech_runtime=$scratch/runtime
mkdir -m 0700 "$speech_runtime"
XDG_RUNTIME_DIR=$speech_runtime xvfb-run -a bash -c '"$1" -v --start ankle-extension >"$2" 2>&1 &
  app=$!; sleep 8; kill -TERM "$app"; wait "$app"' _ "$bundle/footcare" "$log" ||
  fail "the app did not exit cleanly on SIGTERM:
$(cat "$log")"
pkill -f -- "--socket-path $speech_runtime/" || true  # the dispatcher it started for the check
problems=$(grep -E 'WARNING|ERROR|CRITICAL|Traceback' "$log" | grep -Ev "$ALLOWED" || true)
[ -z "$problems" ] || fail "the app from the bundle logged:
$problems"
grep -q "spoken prompts through the 'speechd' engine" "$log" ||
  fail "no voice from the bundle's speech worker:
$(cat "$log")"
echo "  session ran, voice: speechd, no warnings"

say "The real app from the bundle on Wayland (headless Weston): a whole short session, then SIGTERM"
weston_env=$(bash scripts/start-test-weston.sh)
weston_value() { sed -n "s/^$1=//p" <<<"$weston_env"; }
log=$scratch/wayland.log
# Real time: a 6-second exercise (tests/data/short-catalogue.toml) from start to its summary.
env QT_QPA_PLATFORM=wayland XDG_RUNTIME_DIR="$(weston_value XDG_RUNTIME_DIR)" \
  WAYLAND_DISPLAY="$(weston_value WAYLAND_DISPLAY)" "$bundle/footcare" -v --no-voice \
  --catalogue tests/data/short-catalogue.toml --start short-hold >"$log" 2>&1 &
app=$!
sleep 9
kill -TERM "$app"
wayland_ok=1
wait "$app" || wayland_ok=0
kill "$(weston_value WESTON_PID)" 2>/dev/null || true
rm -rf "$(weston_value XDG_RUNTIME_DIR)"
((wayland_ok)) || fail "the app on Wayland did not exit cleanly on SIGTERM:
$(cat "$log")"
problems=$(grep -E 'WARNING|ERROR|CRITICAL|Traceback' "$log" | grep -Ev "$ALLOWED" || true)
[ -z "$problems" ] || fail "the app from the bundle on Wayland logged:
$problems"
grep -q "no system tray on this desktop" "$log" || fail "no word about the missing tray on Wayland:
$(cat "$log")"
FOOTCARE_DATA_DIR=$FOOTCARE_DATA_DIR "$bundle/footcare" --export-csv - | grep -q short-hold ||
  fail "the session on Wayland was not saved"
echo "  session ran and was saved, no tray (said so), no warnings"

say "Self-test of the wheel, installed into a fresh virtual environment"
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/python" -m pip install --quiet "$wheel"
self_test "$scratch/venv/bin/footcare"

say "Start-up of the bundle to its first paint (median of $STARTUP_RUNS, offscreen)"
QT_QPA_PLATFORM=offscreen "$python" - "$STARTUP_RUNS" "$bundle/footcare" .venv/bin/footcare <<'EOF'
import statistics, subprocess, sys, time

runs = int(sys.argv[1])
for program in sys.argv[2:]:
    times = []
    for _ in range(runs):
        started = time.monotonic()
        out = subprocess.run(
            [program, "--self-test=first-paint"], capture_output=True, text=True, check=True
        ).stdout
        painted = float(out.split("painted_at=")[1].split()[0])
        times.append((painted - started) * 1000)
    print(f"  {program:28} median {statistics.median(times):4.0f} ms"
          f"  (min {min(times):.0f}, max {max(times):.0f})")
EOF

# The Debian package of the bundle: built and linted, then installed, run as a new user,
# upgraded and removed (root only: CI runs as root).
bash scripts/build-deb.sh "$bundle"
if [ "$(id -u)" -eq 0 ]; then
  bash scripts/check-deb.sh "dist/footcare_${version}_amd64.deb"
else
  say "Not installing the .deb to check it: scripts/check-deb.sh needs root (CI runs it)"
fi

say "Built: $wheel, $bundle/, $archive, dist/footcare_${version}_amd64.deb"
