#!/usr/bin/env bash
# Starts a headless Weston compositor (Debian package weston) for running the app on Wayland
# in tests and CI, with no screen and no GPU: its own runtime folder (0700, as Wayland wants),
# a 1366x768 output. Each call starts a new compositor; stop it with  kill "$WESTON_PID".
#
# Progress goes to stderr; stdout gets exactly three lines:
#   XDG_RUNTIME_DIR=/tmp/footcare-test-weston.XXXXXX
#   WAYLAND_DISPLAY=wayland-footcare
#   WESTON_PID=<pid>
# so a caller can do:  while read -r line; do export "$line"; done < <(bash scripts/start-test-weston.sh)
# Weston's log is $XDG_RUNTIME_DIR/weston.log.
set -euo pipefail

fail() {
  printf 'start-test-weston: %s\n' "$*" >&2
  exit 1
}
command -v weston >/dev/null || fail "'weston' is not installed; run scripts/setup.sh (Debian package weston)"

dir=$(mktemp -d "${TMPDIR:-/tmp}/footcare-test-weston.XXXXXX") # mktemp makes it 0700
socket=wayland-footcare
log=$dir/weston.log
# setsid and closed descriptors: the compositor outlives this script without holding the
# caller's pipe open.
XDG_RUNTIME_DIR=$dir setsid weston --backend=headless-backend.so --socket="$socket" \
  --width=1366 --height=768 --idle-time=0 --log="$log" </dev/null >/dev/null 2>&1 &
pid=$!
for _ in $(seq 100); do
  [ -S "$dir/$socket" ] && break
  kill -0 "$pid" 2>/dev/null || fail "weston exited at start:
$(cat "$log" 2>/dev/null)"
  sleep 0.1
done
[ -S "$dir/$socket" ] || {
  kill "$pid" 2>/dev/null || true
  fail "weston did not open $dir/$socket within 10 s:
$(cat "$log" 2>/dev/null)"
}
printf 'start-test-weston: headless Weston %s at %s/%s\n' "$pid" "$dir" "$socket" >&2
echo "XDG_RUNTIME_DIR=$dir"
echo "WAYLAND_DISPLAY=$socket"
echo "WESTON_PID=$pid"
