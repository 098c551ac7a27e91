#!/usr/bin/env bash
# Runs a command inside a private accessibility stack, as a screen reader's desktop has it: an
# Xvfb screen (1366x768), a D-Bus session bus of its own (dbus-run-session), and on it the
# AT-SPI bus launcher, which starts the accessibility bus and the registry. Nothing of the
# user's desktop is touched; everything ends with the command.
#   bash scripts/with-test-a11y.sh /usr/bin/python3 tests/a11y/atspi_walk.py .venv/bin/python
# Needs the Debian packages xvfb, xauth, dbus-daemon (dbus-run-session), at-spi2-core and, for
# the walker, python3-pyatspi (scripts/setup.sh installs them).
set -euo pipefail

fail() {
  printf 'with-test-a11y: %s\n' "$*" >&2
  exit 1
}
launcher=/usr/libexec/at-spi-bus-launcher
[ -x "$launcher" ] || fail "$launcher is missing; install at-spi2-core (scripts/setup.sh)"
for tool in xvfb-run dbus-run-session dbus-send; do
  command -v "$tool" >/dev/null || fail "'$tool' is missing; run scripts/setup.sh"
done
(($#)) || fail "usage: with-test-a11y.sh COMMAND [ARGS...]"

if [ "${1:-}" != --inside ]; then
  # -a: a free display number; no TCP. Then a private session bus around the rest.
  exec xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" \
    dbus-run-session -- bash "$0" --inside "$@"
fi
shift

# The launcher runs the accessibility bus (and the registry on demand) for this session bus;
# it is ended with the command.
"$launcher" --launch-immediately 2>/dev/null &
launcher_pid=$!
trap 'kill "$launcher_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
    >/dev/null 2>&1 && break
  sleep 0.05
done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
  >/dev/null 2>&1 || fail "the AT-SPI bus did not start"
"$@"
