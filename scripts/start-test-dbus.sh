#!/usr/bin/env bash
# Starts a private D-Bus session bus for tests and CI (Debian package dbus-daemon): the tests'
# stand-in desktop services (tests/dbus_services.py) and the app under test meet on it, and
# nothing reaches the real desktop's bus. Each call starts a new bus; stop it with
#   kill "$DBUS_SESSION_BUS_PID"
#
# Progress goes to stderr; stdout gets exactly two lines:
#   DBUS_SESSION_BUS_ADDRESS=unix:path=/.../bus
#   DBUS_SESSION_BUS_PID=<pid>
# so a caller can do:  while read -r line; do export "$line"; done < <(bash scripts/start-test-dbus.sh)
#
# The socket lives in a new 0700 folder under $XDG_RUNTIME_DIR when that is usable, else under
# /tmp. The bus uses the standard session configuration, so services installed for D-Bus
# activation (e.g. the AT-SPI bus launcher) can still be started on it.
set -euo pipefail

fail() {
  printf 'start-test-dbus: %s\n' "$*" >&2
  exit 1
}
command -v dbus-daemon >/dev/null ||
  fail "'dbus-daemon' is not installed; run scripts/setup.sh (Debian package dbus-daemon)"

base=/tmp
if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && [ -w "$XDG_RUNTIME_DIR" ]; then
  base=$XDG_RUNTIME_DIR
fi
dir=$(mktemp -d "$base/footcare-test-dbus.XXXXXX") # mktemp makes it 0700
info=$(dbus-daemon --session --fork --nopidfile --address="unix:path=$dir/bus" \
  --print-address=1 --print-pid=1) || fail "dbus-daemon did not start"
{
  read -r address
  read -r pid
} <<<"$info"
[ -n "${address:-}" ] && [ -n "${pid:-}" ] || fail "dbus-daemon printed no address or pid: $info"
printf 'start-test-dbus: private session bus %s (pid %s)\n' "$address" "$pid" >&2
echo "DBUS_SESSION_BUS_ADDRESS=$address"
echo "DBUS_SESSION_BUS_PID=$pid"
