#!/usr/bin/env bash
# Runs `PROGRAM --self-test` RUNS times (default 20) in each of the conditions where it once
# cried wolf, and fails on any failure or any output besides its one line:
#   no-sound  no sound server to reach (none started on demand): "no sound device: tone not played"
#   c-locale  LC_ALL=C LANG=C
#   cpu-load  every core busy with twice as many spinning processes
# Usage: scripts/self-test-conditions.sh PROGRAM [RUNS]
# Called by scripts/test.sh (the venv's footcare) and scripts/build.sh (the bundle).
set -euo pipefail

program=${1:?usage: self-test-conditions.sh PROGRAM [RUNS]}
runs=${2:-20}
scratch=$(mktemp -d)
spinners=()
cleanup() {
  ((${#spinners[@]})) && kill "${spinners[@]}" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
trap "exit 143" TERM INT  # so that the spinners stop with the script

# No sound server: no PULSE_* settings, an empty runtime folder, no autospawn.
mkdir -m 700 "$scratch/runtime"
printf 'autospawn = no\n' >"$scratch/pulse-client.conf"
no_sound=(env)
for variable in $(compgen -e); do
  [[ $variable != PULSE_* ]] || no_sound+=(-u "$variable")
done
no_sound+=(XDG_RUNTIME_DIR="$scratch/runtime" PULSE_CLIENTCONFIG="$scratch/pulse-client.conf")

# One run: ok only when it succeeds and prints its one line and nothing else; $1 is the
# sound result the line must contain ("" for either).
one() {
  local want=$1 out
  shift
  out=$(env -u QT_QPA_PLATFORM "$@" "$program" --self-test 2>&1) || {
    echo "$out"
    return 1
  }
  [ "$(printf '%s\n' "$out" | grep -c .)" -eq 1 ] && [[ $out == "footcare self-test: ok ("* ]] &&
    [[ $out == *"$want"* ]] || {
    echo "$out"
    return 1
  }
}

total_failed=0
condition() {
  local name=$1 want=$2 failed=0 i out
  shift 2
  for ((i = 1; i <= runs; i++)); do
    if ! out=$(one "$want" "$@"); then
      failed=$((failed + 1))
      printf '  %s run %d failed: %s\n' "$name" "$i" "$out" >&2
    fi
  done
  printf '  %-9s %2d runs, %d failed\n' "$name" "$runs" "$failed"
  total_failed=$((total_failed + failed))
}

condition no-sound "no sound device: tone not played" "${no_sound[@]}"
condition c-locale "" env LC_ALL=C LANG=C
for ((i = 0; i < 2 * $(nproc); i++)); do
  sh -c 'while :; do :; done' &
  spinners+=($!)
done
condition cpu-load "" env
kill "${spinners[@]}" 2>/dev/null
spinners=()
((total_failed == 0)) || {
  echo "self-test-conditions: $total_failed of $((3 * runs)) runs of $program failed" >&2
  exit 1
}
