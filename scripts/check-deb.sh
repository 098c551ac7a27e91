#!/usr/bin/env bash
# Installs the .deb of scripts/build-deb.sh as a user's package manager would, and checks it.
# Needs root (it installs and removes the package); CI runs it from scripts/build.sh.
#
#   scripts/check-deb.sh [DEB]        (DEB: dist/footcare_<version>_amd64.deb)
#
#  1. The package: no maintainer scripts, and Depends names exactly the packages that own the
#     system libraries the bundle's files need, as ldd resolves them; every library ldd loads
#     for them comes with those packages (packaging/deb_depends.py --check).
#  2. apt-get install ./DEB; the installed desktop entry and metainfo pass desktop-file-validate
#     and appstreamcli validate, and the package's tree passes appstreamcli validate-tree.
#  3. As a freshly created unprivileged user: footcare --self-test passes, and a session of the
#     installed app on X11 (Xvfb), with its own sound server, logs no warning and is saved.
#  4. The same bundle packaged with a bumped version upgrades it: the user's history and
#     settings are byte for byte the same, and the session is still in the history.
#  5. apt-get remove, then purge: the user's files are still unchanged, and no file the package
#     brought is left (the whole file system is listed before the install and after the purge).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=footcare
APP_ID=org.footcare.Footcare
# Warnings the real app may log, as in scripts/build.sh (each explained in self_test.py).
ALLOWED='No QtMultimedia backends found|pipewire-0\.3|does not support (propagateSizeHints|raise)'
# Left out of the before/after listing: what changes with any process (and this check's own
# scratch files), and apt's and dpkg's own records, which rightly remember the package.
NOT_LISTED='^/(proc|sys|dev|run|tmp|var/tmp|var/cache|var/log|var/lib/apt|var/lib/dpkg|root|home|work|nix)(/|$)'

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\033[1;31mcheck-deb failed: %s\033[0m\n' "$*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run it as root: it installs and removes the package"
app_version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' footcare_gui/__init__.py)
deb=${1:-dist/${PACKAGE}_${app_version}_amd64.deb}
[ -f "$deb" ] || fail "no package at $deb: run scripts/build.sh"
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
  fail "$PACKAGE is already installed here; remove it first (apt-get purge $PACKAGE)"
fi

scratch=$(mktemp -d)
chmod 755 "$scratch" # the test user reads the copied sound-server script from here
user=footcare-check-$$
home=/home/$user
runtime=""
cleanup() {
  if id "$user" >/dev/null 2>&1; then
    # Only the test user's processes (its sound server, a speech-dispatcher it spawned).
    for pid in $(pgrep -u "$user" || true); do kill "$pid" 2>/dev/null || true; done
    sleep 0.5
    for pid in $(pgrep -u "$user" || true); do kill -9 "$pid" 2>/dev/null || true; done
    userdel --remove "$user" 2>/dev/null || true
  fi
  [ -z "$runtime" ] || rm -rf "$runtime"
  if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
    apt-get purge -y -qq "$PACKAGE" >/dev/null 2>&1 || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

installed_version() { dpkg-query -W -f='${Version}' "$PACKAGE" 2>/dev/null || true; }
apt_install() { # a file name, as apt wants it: with a slash
  local file=$1
  [[ $file == /* ]] || file=./$file
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "$file" >"$scratch/apt.log" 2>&1 ||
    fail "apt-get install $file: $(tail -20 "$scratch/apt.log")"
}
apt_remove() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$1" -y -qq "$PACKAGE" \
    >"$scratch/apt.log" 2>&1 || fail "apt-get $1 $PACKAGE: $(tail -20 "$scratch/apt.log")"
}
list_files() {
  find / -xdev -printf '%p\n' 2>/dev/null | grep -Ev "$NOT_LISTED" | LC_ALL=C sort
}

say "1. The package: maintainer scripts and Depends"
dpkg-deb --control "$deb" "$scratch/control"
scripts=$(cd "$scratch/control" && ls | grep -Ev '^(control|md5sums)$' || true)
[ -z "$scripts" ] || fail "the package has maintainer scripts or conffiles: $scripts"
dpkg-deb --extract "$deb" "$scratch/tree"
read -ra declared <<<"$(dpkg-deb --field "$deb" Depends | tr ',|' '  ' | sed 's/([^)]*)//g')"
problems=$(python3 packaging/deb_depends.py "$scratch/tree/usr/lib/$PACKAGE" --check \
  "${declared[@]}" 2>&1) || fail "Depends does not match what ldd resolves:
$problems"
echo "  no maintainer scripts; Depends = the ${#declared[@]} packages of the libraries the" \
  "bundle's files need (as ldd resolves them), and what they load comes with them"

say "2. apt-get install ./$deb"
list_files >"$scratch/files-before"
apt_install "$deb"
[ "$(installed_version)" = "$(dpkg-deb --field "$deb" Version)" ] || fail "not installed"
dpkg -L "$PACKAGE" | LC_ALL=C sort >"$scratch/package-files"
[ "$(readlink -f /usr/bin/footcare)" = "/usr/lib/$PACKAGE/footcare" ] ||
  fail "/usr/bin/footcare does not lead to the bundle"
desktop-file-validate "/usr/share/applications/$APP_ID.desktop" ||
  fail "desktop-file-validate: /usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net --pedantic "/usr/share/metainfo/$APP_ID.metainfo.xml" ||
  fail "appstreamcli validate: /usr/share/metainfo/$APP_ID.metainfo.xml"
# The tree as installed: the metainfo's launchable finds the desktop entry, and its icon.
appstreamcli validate-tree --no-net "$scratch/tree" >"$scratch/tree.log" 2>&1 ||
  fail "appstreamcli validate-tree: $(cat "$scratch/tree.log")"
for size in 16 32 48 64 128 256; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] || fail "no ${size}px icon"
done
echo "  installed $(wc -l <"$scratch/package-files") paths; desktop entry, metainfo and tree valid"

say "3. As a new unprivileged user ($user): self-test, then a session on X11"
useradd --create-home --shell /bin/bash --comment "Footcare package check" "$user"
runtime=$(mktemp -d /tmp/footcare-check-runtime-XXXXXX)
chown "$user:" "$runtime" && chmod 700 "$runtime"
# A login's environment, not root's: nothing of this checkout or its .venv is reachable.
as_user() {
  runuser -u "$user" -- env -i HOME="$home" USER="$user" LOGNAME="$user" SHELL=/bin/bash \
    PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$runtime" \
    ${pulse_server:+PULSE_SERVER=$pulse_server} "$@"
}
pulse_server=""
install -m 755 scripts/start-test-audio.sh "$scratch/start-test-audio.sh"
pulse_server=$(as_user bash "$scratch/start-test-audio.sh" 2>"$scratch/audio.log") ||
  fail "the user's test sound server did not start: $(cat "$scratch/audio.log")"
pulse_server=${pulse_server#PULSE_SERVER=}

self_test() {
  local out
  out=$(as_user footcare --self-test 2>&1) || fail "self-test as $user: $out"
  [ "$(printf '%s\n' "$out" | grep -c .)" -eq 1 ] && [[ $out == "footcare self-test: ok"* ]] ||
    fail "self-test as $user printed more than its line: $out"
  [[ $out == *"sound: played hold.wav"* ]] || fail "no tone in the self-test as $user: $out"
  echo "  $out"
}
self_test

log=$scratch/session.log
# Real time: the session starts, tones play, the speech worker comes up; SIGTERM saves the
# session as stopped early.
as_user xvfb-run -a bash -c 'footcare -v --start ankle-extension & app=$!
  sleep 8; kill -TERM "$app"; wait "$app"' >"$log" 2>&1 ||
  fail "the installed app did not exit cleanly on SIGTERM: $(cat "$log")"
problems=$(grep -E 'WARNING|ERROR|CRITICAL|Traceback' "$log" | grep -Ev "$ALLOWED" || true)
[ -z "$problems" ] || fail "the installed app logged: $problems"
grep -q "spoken prompts through the 'speechd' engine" "$log" ||
  fail "no voice from the installed app's speech worker: $(cat "$log")"
sessions() { as_user footcare --export-csv - | tail -n +2 | grep -c . || true; }
user_files() {
  (cd "$home" && find .local/share/Footcare .config/Footcare -printf '%p %m %s %T@\n' |
    LC_ALL=C sort && find .local/share/Footcare .config/Footcare -type f -exec sha256sum {} + |
    LC_ALL=C sort)
}
recorded=$(sessions)
[ "$recorded" -ge 1 ] || fail "the session was not saved in $user's history: $(cat "$log")"
user_files >"$scratch/user-files"
echo "  session ran with tones and voice, no warnings; $recorded session in the history of $user"

say "4. Upgrade to a bumped version"
bumped=${app_version}+ci1
bash scripts/build-deb.sh --version "$bumped" --no-lintian --uncompressed --out-dir "$scratch" \
  >/dev/null
apt_install "$scratch/${PACKAGE}_${bumped}_amd64.deb"
[ "$(installed_version)" = "$bumped" ] || fail "the upgrade to $bumped did not happen"
diff "$scratch/user-files" <(user_files) >/dev/null || fail "the upgrade changed $user's files"
[ "$(sessions)" = "$recorded" ] || fail "the session is gone after the upgrade"
user_files >"$scratch/user-files" # reading the history (export) may checkpoint its log
self_test
echo "  upgraded to $bumped: $user's history and settings untouched, $recorded session still there"

say "5. apt-get remove, then purge"
apt_remove remove
diff "$scratch/user-files" <(user_files) >/dev/null || fail "removing changed $user's files"
# With no configuration files, remove already takes everything and dpkg forgets the package;
# purge then has nothing to do (apt cannot even find it: it came from a file).
if [ -n "$(dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null)" ]; then
  apt_remove purge
else
  echo "  remove left nothing for purge: dpkg has forgotten $PACKAGE (no configuration files)"
fi
diff "$scratch/user-files" <(user_files) >/dev/null || fail "purging changed $user's files"
[ -z "$(installed_version)" ] || fail "$PACKAGE is still known to dpkg after the purge"
left=$(while read -r path; do
  if [ -e "$path" ] && [ ! -d "$path" ]; then echo "$path"; fi
done <"$scratch/package-files")
[ -z "$left" ] || fail "files of the package are left after the purge: $left"
list_files >"$scratch/files-after"
added=$(LC_ALL=C comm -13 "$scratch/files-before" "$scratch/files-after")
# On a shared machine other packages may be installed meanwhile: what a package owns is theirs.
unowned=$(while read -r path; do
  if [ -n "$path" ] && ! dpkg -S "$path" >/dev/null 2>&1; then echo "$path"; fi
done <<<"$added")
[ -z "$unowned" ] || fail "files appeared that no package owns (left by $PACKAGE?): $unowned"
echo "  removed and purged: nothing of the package left; $user's files untouched"
