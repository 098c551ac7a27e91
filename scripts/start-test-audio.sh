#!/usr/bin/env bash
# Starts the sound server the real-playback test plays into: a user-mode PulseAudio daemon with
# one null sink, "footcare_test" (no sound card needed; its ".monitor" source records what plays),
# listening on a socket of its own. Safe to run again: a daemon that already answers is reused.
#
# Progress goes to stderr; stdout gets exactly one line, the variable the tests need:
#   PULSE_SERVER=unix:/path/to/native
# so a caller can do:  audio_env=$(bash scripts/start-test-audio.sh) && export "$audio_env"
#
# Works as root on a machine with no session bus and no XDG_RUNTIME_DIR (as on CI): the daemon's
# files live under $XDG_RUNTIME_DIR/footcare-test-audio when that is set, else under
# /tmp/footcare-test-audio-<uid>; FOOTCARE_TEST_AUDIO_DIR overrides both.
set -euo pipefail

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() {
  printf 'start-test-audio: %s\n' "$*" >&2
  exit 1
}

SINK=footcare_test

for tool in pulseaudio pactl; do
  command -v "$tool" >/dev/null ||
    fail "'$tool' is not installed; run scripts/setup.sh (Debian packages pulseaudio, pulseaudio-utils)"
done

if [ -n "${FOOTCARE_TEST_AUDIO_DIR:-}" ]; then
  dir=$FOOTCARE_TEST_AUDIO_DIR
elif [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && [ -w "$XDG_RUNTIME_DIR" ]; then
  dir=$XDG_RUNTIME_DIR/footcare-test-audio
else
  dir=/tmp/footcare-test-audio-$(id -u)
fi
mkdir -p -m 700 "$dir"
# The folder may sit in the shared /tmp: it must be a real folder of ours, closed to others.
[ ! -L "$dir" ] && [ -O "$dir" ] || fail "$dir is not a folder owned by $(id -un); remove it"
chmod 700 "$dir"
mkdir -p -m 700 "$dir/runtime" "$dir/state"

socket=$dir/native
log=$dir/pulseaudio.log
pidfile=$dir/runtime/pid
export PULSE_SERVER=unix:$socket

answers() { timeout 5 pactl info >/dev/null 2>&1; }
# Whether $1 is a live (not zombie) pulseaudio serving our socket.
is_our_daemon() {
  [[ $1 =~ ^[0-9]+$ ]] && [ "$(cat "/proc/$1/comm" 2>/dev/null)" = pulseaudio ] &&
    [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ] &&
    tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF "socket=$socket "
}

if answers; then
  say "Test audio: PulseAudio already running at $PULSE_SERVER"
else
  # A daemon of ours that is alive but does not answer (its socket was removed, say) would make
  # a new one refuse to start ("daemon already running"): stop it first, by its own pid file.
  if [ -f "$pidfile" ]; then
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if is_our_daemon "$pid"; then
      say "Test audio: stopping PulseAudio $pid, which does not answer at $PULSE_SERVER"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do
        is_our_daemon "$pid" || break
        sleep 0.1
      done
      ! is_our_daemon "$pid" || kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  fi
  rm -f "$socket" 2>/dev/null || true  # a stale socket; anything else makes the start fail below

  say "Test audio: starting PulseAudio with null sink '$SINK' at $PULSE_SERVER (log: $log)"
  # -n: no default.pa, so only the two modules below load (no hardware detection, no D-Bus
  # or X11 modules; its log notes that no session bus answers, which is harmless).
  # --exit-idle-time=-1 and --disallow-exit: it stays up between test runs.
  # The null sink runs at 48 kHz so a 48 kHz asset plays without resampling.
  # PULSE_RUNTIME_PATH/PULSE_STATE_PATH keep its pid file and state in $dir, not /run/user
  # (absent on CI) or /tmp/pulse-*; auth-anonymous: no cookie file is needed by clients.
  started=0
  env -u PULSE_SERVER \
    PULSE_RUNTIME_PATH="$dir/runtime" PULSE_STATE_PATH="$dir/state" HOME="${HOME:-$dir}" \
    pulseaudio --daemonize=yes --fail=yes --system=no \
    --exit-idle-time=-1 --disallow-exit=yes --realtime=no --high-priority=no \
    --use-pid-file=yes --log-target="file:$log" --log-level=info -n \
    --load="module-native-protocol-unix socket=$socket auth-anonymous=1" \
    --load="module-null-sink sink_name=$SINK rate=48000 channels=2 \
sink_properties=device.description=Footcare-test-sink" \
    2>>"$log" && started=1
  if ((started)); then
    for _ in $(seq 50); do
      answers && break
      sleep 0.1
    done
  fi
  if ! answers; then
    printf 'start-test-audio: PulseAudio did not start or does not answer at %s.\n' \
      "$PULSE_SERVER" >&2
    printf 'Last lines of %s:\n' "$log" >&2
    tail -n 20 "$log" >&2 2>/dev/null || true
    # A failed module load does not stop the daemon: leave no unreachable one behind.
    pid=$(cat "$pidfile" 2>/dev/null || true)
    ! is_our_daemon "$pid" || kill "$pid" 2>/dev/null || true
    exit 1
  fi
fi

# Reused or new, the daemon must have the sink, and it must be the default output.
if ! timeout 5 pactl list short sinks | cut -f2 | grep -qx "$SINK"; then
  say "Test audio: loading the null sink '$SINK'"
  timeout 5 pactl load-module module-null-sink "sink_name=$SINK" rate=48000 channels=2 \
    sink_properties=device.description=Footcare-test-sink >/dev/null ||
    fail "could not load module-null-sink into the PulseAudio at $PULSE_SERVER"
fi
timeout 5 pactl set-default-sink "$SINK" || fail "could not make '$SINK' the default sink"
# Full volume, unmuted: what plays reaches the monitor at the level it was written.
timeout 5 pactl set-sink-volume "$SINK" 100% && timeout 5 pactl set-sink-mute "$SINK" 0 ||
  fail "could not set the volume of '$SINK'"
say "Test audio: default sink '$SINK', record its monitor '$SINK.monitor'; PULSE_SERVER=$PULSE_SERVER"

echo "PULSE_SERVER=$PULSE_SERVER"
