"""Footcare's benchmark: is the timer exact, and is the app light? (about 3 minutes)

    .venv/bin/python benchmarks/run.py [--quick]

Every figure is printed next to a reference measured in the same run:
1. step boundaries of a real-time ~64 s session of 2-5 s steps, through the real engine, Qt
   driver and window, against a naive 1 s QTimer countdown; again with both cores kept busy;
2. start-up to the first paint (median of 7), against a bare PySide6 window and against a bare
   window that uses the same Qt classes as ours (what PySide6 itself costs to set them up);
3. CPU and memory: during the unloaded session, and for an idle main window, against an idle
   bare window (measured in parallel with the session run); the calf stretch at its own dose
   with its picture moving at each step change, against the same session without a picture.
   The RSS ratios to the bare window are keys of their own (rss_ratio: session,
   idle_rss_ratio: idle main window). Beside them, the floors under those ratios: the bare
   window of the same Qt classes idle, again with a Python event filter and a widget Qt made
   seen from Python (PySide6 then creates every derived class it walks), and again with the
   six tones loaded and one played each second (floor_*_rss_mb).
The last line is machine-readable key=value pairs. --quick shortens the idle runs, for trying.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBES = HERE / "probes.py"
STARTUP_RUNS = 7


def probe(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt's chatter goes to a log file, not the table; it is shown if a probe fails.
    log = open(HERE / ".probe.log", "a")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen(
        [sys.executable, str(PROBES), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )


def result(process: subprocess.Popen[str]) -> dict[str, object]:
    try:
        out, _ = process.communicate(timeout=150)
    except subprocess.TimeoutExpired:
        process.kill()
        raise SystemExit(f"probe hung: {process.args}; see benchmarks/.probe.log") from None
    if process.returncode:
        raise SystemExit(f"probe failed ({process.args}): exit {process.returncode}")
    return json.loads(out.strip().splitlines()[-1])


def startup(mode: str) -> float:
    started = time.monotonic()
    painted = result(probe(mode))["painted_at"]
    return float(painted) - started  # type: ignore[arg-type]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def burn_cores() -> list[subprocess.Popen[bytes]]:
    """Keep both cores busy, as another program would."""
    return [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 2)
    ]


def main() -> None:
    quick = "--quick" in sys.argv
    (HERE / ".probe.log").unlink(missing_ok=True)
    idle_seconds = "10" if quick else "40"
    print("Footcare benchmark (each figure beside a reference from this run)\n")

    # 1 + 3: the session, with the idle app and a bare window measured alongside it.
    idle, bare = probe("idle", idle_seconds), probe("bare", idle_seconds)
    dose = None if quick else probe("dose-session")
    plain = None if quick else probe("dose-session-plain")
    time.sleep(3)  # let them start up first: the calm run should not share the CPU with that
    calm = result(probe("session"))
    idle_result, bare_result = result(idle), result(bare)
    nothing = {"cpu_pct": float("nan"), "rss_mb": float("nan"), "picture_paints": 0}
    dose_result = result(dose) if dose else nothing
    plain_result = result(plain) if plain else nothing
    burners = burn_cores()
    try:
        loaded = result(probe("session"))
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()

    # 2: start-up, interleaved so that a busy moment hurts all three alike.
    times: dict[str, list[float]] = {
        "app-startup": [],
        "bare-startup": [],
        "bare-widgets-startup": [],
    }
    for _ in range(STARTUP_RUNS):
        for mode in times:
            times[mode].append(startup(mode))
    startup_s = statistics.median(times["app-startup"])
    bare_startup_s = statistics.median(times["bare-startup"])
    widgets_startup_s = statistics.median(times["bare-widgets-startup"])

    # The floors under the memory ratios: windows of the same Qt classes, none of Footcare.
    # Last and together, so that their start-up and ticking share the CPU with nothing timed.
    floors = {
        mode: probe(mode, idle_seconds)
        for mode in ("bare-widgets", "bare-widgets-python", "bare-widgets-tones")
    }
    floor_results = {mode: result(process) for mode, process in floors.items()}

    rows = []
    for label, run in (("no load", calm), ("both cores busy", loaded)):
        late: list[float] = run["late_ms"]  # type: ignore[assignment]
        rows.append((label, run, late))
        print(
            f"Step boundaries, {label}: {len(late)} boundaries over {run['planned_s']:.0f} s\n"
            f"  late by   p50 {percentile(late, 0.5):6.2f} ms"
            f"   p99 {percentile(late, 0.99):6.2f} ms"
            f"   max {max(late):6.2f} ms   earliest {min(late):+.2f} ms\n"
            f"  session end off the plan by {run['drift_ms']:+.2f} ms"
            f"   | naive 1 s QTimer countdown: {run['naive_drift_ms']:+.2f} ms\n"
        )
    print(
        f"Start-up to first paint (median of {STARTUP_RUNS})\n"
        f"  Footcare {startup_s * 1000:6.0f} ms   bare window {bare_startup_s * 1000:6.0f} ms"
        f"   ratio {startup_s / bare_startup_s:.2f}\n"
        f"  bare window using the same Qt classes as Footcare {widgets_startup_s * 1000:6.0f} ms"
        f"   ratio {startup_s / widgets_startup_s:.2f}\n"
    )
    print("Running cost")
    for label, run in (
        ("session running ", calm),
        ("at its own dose  ", dose_result),
        ("  without picture", plain_result),
        ("idle main window", idle_result),
        ("idle bare window", bare_result),
    ):
        print(f"  {label} CPU {run['cpu_pct']:6.3f} %   RSS {run['rss_mb']:6.1f} MB")
    print(
        "  (session running: 1-5 s steps, a tone or tick about every second; at its own dose:\n"
        "   the calf stretch's 30 s holds, 75 s, run alongside; without picture: the same\n"
        "   session with the countdown alone, the reference for the pictures' cost)\n"
        f"  pictures on: {calm['picture_paints']} picture paints in the session running,"
        f" {dose_result['picture_paints']} at its own dose (they move only at step changes)"
    )
    bare_rss = float(bare_result["rss_mb"])  # type: ignore[arg-type]
    ratio = float(calm["rss_mb"]) / bare_rss  # type: ignore[arg-type]
    idle_ratio = float(idle_result["rss_mb"]) / bare_rss  # type: ignore[arg-type]
    print(f"  session RSS / bare RSS {ratio:.2f}   idle RSS / bare RSS {idle_ratio:.2f}")
    floor_mb = {mode: float(run["rss_mb"]) for mode, run in floor_results.items()}  # type: ignore[arg-type]
    idle_floor, python_floor, tones_floor = floor_mb.values()
    print(
        "  Floors, windows of the same Qt classes as Footcare's with none of its code:\n"
        f"    idle {idle_floor:6.1f} MB ({idle_floor / bare_rss:.2f}x bare);"
        " with a Python event filter and a widget Qt made seen from Python"
        f" {python_floor:6.1f} MB ({python_floor / bare_rss:.2f}x);\n"
        "    that with the six tones in QSoundEffects, one a second"
        f" {tones_floor:6.1f} MB ({tones_floor / bare_rss:.2f}x)\n"
    )
    calm_late: list[float] = calm["late_ms"]  # type: ignore[assignment]
    loaded_late: list[float] = loaded["late_ms"]  # type: ignore[assignment]
    figures = {
        "boundary_p50_ms": percentile(calm_late, 0.5),
        "boundary_p99_ms": percentile(calm_late, 0.99),
        "boundary_max_ms": max(calm_late),
        "drift_ms": calm["drift_ms"],
        "naive_drift_ms": calm["naive_drift_ms"],
        "startup_s": startup_s,
        "bare_startup_s": bare_startup_s,
        "startup_ratio": startup_s / bare_startup_s,
        "cpu_pct": calm["cpu_pct"],
        "idle_cpu_pct": idle_result["cpu_pct"],
        "rss_mb": calm["rss_mb"],
        "bare_rss_mb": bare_result["rss_mb"],
        "loaded_boundary_p99_ms": percentile(loaded_late, 0.99),
        "loaded_boundary_max_ms": max(loaded_late),
        "loaded_drift_ms": loaded["drift_ms"],
        "loaded_naive_drift_ms": loaded["naive_drift_ms"],
        "boundary_earliest_ms": min(min(calm_late), min(loaded_late)),
        "bare_widgets_startup_s": widgets_startup_s,
        "bare_cpu_pct": bare_result["cpu_pct"],
        "idle_rss_mb": idle_result["rss_mb"],
        "rss_ratio": ratio,
        "idle_rss_ratio": idle_ratio,
        "dose_cpu_pct": dose_result["cpu_pct"],
        "dose_rss_mb": dose_result["rss_mb"],
        "dose_plain_cpu_pct": plain_result["cpu_pct"],
        "floor_rss_mb": idle_floor,
        "floor_python_rss_mb": python_floor,
        "floor_tones_rss_mb": tones_floor,
        "picture_paints": calm["picture_paints"],
        "dose_picture_paints": dose_result["picture_paints"],
    }
    print(" ".join(f"{key}={value:.3f}" for key, value in figures.items()))  # type: ignore[str-format]


if __name__ == "__main__":
    main()
