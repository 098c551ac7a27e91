"""The measuring ends of the benchmark: each runs in a process of its own and prints JSON.

    python benchmarks/probes.py session           real app window, a real-time session of
                                                  short steps (1-5 s)
    python benchmarks/probes.py dose-session      the same, at an exercise's own dose
    python benchmarks/probes.py idle SECONDS      real app window, no session
    python benchmarks/probes.py bare SECONDS      a bare PySide6 window (the reference)
    python benchmarks/probes.py bare-widgets SECONDS
                                                  a bare window of the same Qt classes as
                                                  Footcare's list (what PySide6 itself costs)
    python benchmarks/probes.py bare-widgets-python SECONDS
                                                  the same, with one Python event filter and
                                                  one widget Qt made handed to Python
    python benchmarks/probes.py bare-widgets-tones SECONDS
                                                  the same, with the six tones loaded and the
                                                  tick played every second
    python benchmarks/probes.py app-startup       the real start-up path, until the first paint
    python benchmarks/probes.py bare-startup      a bare PySide6 window, until its first paint

Start-up probes print the monotonic clock at the first paint; the parent, which noted the clock
before starting the process, takes the difference. FOOTCARE_BENCH_SOUND=0 runs the session and
idle probes with the tones off, to see what audio costs.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def session_clock_s() -> float:
    """The clock the engine reads (MonotonicClock), in seconds with sub-millisecond detail."""
    return time.clock_gettime_ns(getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC)) / 1e9


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_paint_exits(app: object) -> None:
    """Print the clock at the first paint of any window, then leave at once."""
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(json.dumps({"painted_at": time.monotonic()}), flush=True)
                os._exit(0)
            return False

    watcher = Watcher(app)  # type: ignore[arg-type]
    app.installEventFilter(watcher)  # type: ignore[attr-defined]


def app_startup() -> None:
    """The app's own start-up path (cli.main), observed: nothing is added before the paint."""
    import footcare_gui.app as app_module

    original = app_module.create_application

    def observed():  # type: ignore[no-untyped-def]
        app = original()
        first_paint_exits(app)
        return app

    app_module.create_application = observed
    from footcare_gui.cli import main

    main([])


def bare_startup() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    first_paint_exits(app)
    window = QWidget()
    window.resize(960, 680)
    window.show()
    app.exec()


def bare_widgets_startup() -> None:
    """A window of the same Qt classes as Footcare's list, with none of Footcare's code.

    PySide6 creates each Qt class (and its enums) on first use; this is what that costs.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    first_paint_exits(app)
    window = same_classes_window()
    window.show()
    app.exec()


def same_classes_window(python_sees_qt_objects: bool = False):  # type: ignore[no-untyped-def]
    """The bare window built from the Qt classes Footcare's list uses, with none of its code.

    ``python_sees_qt_objects``: also what every PySide6 app with a Python event filter does.
    The filter is handed the events Qt makes, and one widget that Qt made (a scroll area's
    viewport) is handed to Python. The first time shiboken meets such an object it finds its
    exact class by walking all classes derived from the one declared, and it creates each
    of those on the way (libshiboken's bindingmanager.cpp, Graph::identifyType).
    """
    from PySide6.QtCore import QObject, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QFrame,
        QHBoxLayout,
        QLabel,
        QListWidget,
        QMainWindow,
        QPushButton,
        QScrollArea,
        QSplitter,
        QStackedWidget,
        QStyle,
        QStyledItemDelegate,
        QVBoxLayout,
        QWidget,
    )

    window = QMainWindow()
    window.menuBar().addMenu("&File").addAction(QAction("&Quit", window))
    listing = QListWidget()
    listing.setItemDelegate(QStyledItemDelegate(listing))
    listing.addItems(["Calf stretch", "Achilles tendon stretch", "Ankle extension"])
    detail = QLabel("<h1>Calf stretch</h1><p>Hold for 30 seconds.</p>", wordWrap=True)
    body = QWidget()
    column = QVBoxLayout(body)
    column.addWidget(detail)
    column.addWidget(QLabel("Safety note", frameShape=QFrame.Shape.StyledPanel))
    scroll = QScrollArea(widgetResizable=True)
    scroll.setWidget(body)
    side = QWidget()
    row = QHBoxLayout(side)
    row.addWidget(scroll)
    row.addWidget(QPushButton("Start"))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(listing)
    splitter.addWidget(side)
    pages = QStackedWidget()
    pages.addWidget(splitter)
    window.setCentralWidget(pages)
    window.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    if python_sees_qt_objects:

        class PassEverything(QObject):
            def eventFilter(self, watched: QObject, event: object) -> bool:
                return False

        window.installEventFilter(PassEverything(window))
        scroll.viewport()
    window.resize(960, 680)
    return window


def measure_window(make_window, seconds: float) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Show a window, let it settle, then measure CPU and memory over ``seconds``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    keep = make_window()
    result: dict[str, float] = {}

    def start() -> None:
        result["cpu0"], result["wall0"] = cpu_seconds(), time.monotonic()
        QTimer.singleShot(round(seconds * 1000), stop)

    def stop() -> None:
        wall = time.monotonic() - result.pop("wall0")
        result["cpu_pct"] = 100 * (cpu_seconds() - result.pop("cpu0")) / wall
        result["rss_mb"] = rss_mb()
        app.quit()

    QTimer.singleShot(2000, start)  # settle: fonts, first paints, lazy loads
    app.exec()
    del keep
    return result


def scratch_settings():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from footcare_gui.services.settings import Settings

    settings = Settings(
        QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    )
    settings.voice_enabled = False  # speech runs in a process of its own anyway
    settings.safety_note_acknowledged = True
    settings.sound_enabled = os.environ.get("FOOTCARE_BENCH_SOUND", "1") == "1"
    return settings


def idle(seconds: float) -> dict[str, float]:
    def make():  # type: ignore[no-untyped-def]
        from footcare_gui.services.audio import AudioCues
        from footcare_gui.services.catalogue_file import load_catalogue
        from footcare_gui.ui.main_window import MainWindow

        settings = scratch_settings()
        # As footcare_gui/app.py does: the audio service is made with the first session.
        window = MainWindow(load_catalogue(), settings, audio=lambda: AudioCues(settings))
        window.show()
        return window

    return measure_window(make, seconds)


def bare(seconds: float) -> dict[str, float]:
    def make():  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QWidget

        window = QWidget()
        window.resize(960, 680)
        window.show()
        return window

    return measure_window(make, seconds)


def same_classes(
    seconds: float, python_sees_qt_objects: bool = False, tones: bool = False
) -> dict[str, float]:
    """The same-classes window idle; ``tones``: with Footcare's six tones loaded into
    QSoundEffects (no media backend, as the app does) and the tick played every second."""

    def make():  # type: ignore[no-untyped-def]
        window = same_classes_window(python_sees_qt_objects)
        window.show()
        if tones:
            from PySide6.QtCore import QTimer, QUrl

            from footcare_gui.services.sound import start_multimedia_without_backend

            start_multimedia_without_backend()
            from PySide6.QtMultimedia import QSoundEffect

            effects = {}
            for path in sorted((ROOT / "assets" / "sounds").glob("*.wav")):
                effects[path.stem] = QSoundEffect(window)
                effects[path.stem].setSource(QUrl.fromLocalFile(str(path)))
            ticking = QTimer(window)
            ticking.timeout.connect(effects["tick"].play)
            ticking.start(1000)
        return window

    return measure_window(make, seconds)


def short_step_plan():  # type: ignore[no-untyped-def]
    """About 64 s of steps from 1 to 5 s: the ankle extension at a brisk, uneven dose."""
    from footcare_gui.core.plan import Dose, build_plan
    from footcare_gui.services.catalogue_file import load_catalogue

    exercise = load_catalogue().get("ankle-extension")
    dose = replace(
        Dose.default_for(exercise),
        phase_seconds=(3, 2),
        reps=6,
        sets=2,
        rest_seconds=5,
        prepare_seconds=4,
    )
    return build_plan(exercise, dose)


def own_dose_plan():  # type: ignore[no-untyped-def]
    """The calf stretch at the catalogue's dose: 30 s holds, as a user would do it (75 s)."""
    from footcare_gui.core.plan import build_plan
    from footcare_gui.services.catalogue_file import load_catalogue

    return build_plan(load_catalogue().get("calf-stretch"))


def session(plan_maker=short_step_plan, pictures: bool = True) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A real-time session in the real window through the real engine and driver, with the
    exercise's picture easing at each step change (``pictures=False``: without pictures).

    Alongside it, the reference: a naive countdown that decrements a counter on a 1 s QTimer.
    Lateness is measured against the plan (start + the sum of the step lengths), not against
    the engine's own deadlines, so an engine that drifted would show it. Everything is read on
    the session's own clock.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from footcare_gui.core.session import ChangeReason, StepChange
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.services.catalogue_file import load_catalogue
    from footcare_gui.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings = scratch_settings()
    audio = AudioCues(settings)
    app.aboutToQuit.connect(audio.shutdown)  # as the app does
    window = MainWindow(load_catalogue(), settings, audio=audio)
    window.show()
    if not pictures:
        window.sessions.figures = {}  # the reference: the same session, countdown alone
    plan = plan_maker()
    boundaries, elapsed = [], 0
    for step in plan.steps:
        elapsed += step.duration_ms or 0
        boundaries.append(elapsed)
    delivered: list[float] = []
    out: dict[str, object] = {"planned_s": plan.total_ms / 1000}
    naive = {"left": plan.total_ms // 1000}
    naive_timer = QTimer()  # the default (coarse) timer, as a naive app would have it
    naive_timer.setInterval(1000)
    marks: dict[str, float] = {}

    def naive_tick() -> None:
        naive["left"] -= 1
        if naive["left"] == 0:
            naive_timer.stop()
            out["naive_drift_ms"] = (session_clock_s() - marks["start"]) * 1000 - plan.total_ms

    def on_end(_summary: object) -> None:
        delivered.append(session_clock_s())
        wall = session_clock_s() - marks["start"]
        out["cpu_pct"] = 100 * (cpu_seconds() - marks["cpu"]) / wall
        out["rss_mb"] = rss_mb()
        out["picture_paints"] = window.session_view.live.figure.paints
        QTimer.singleShot(1500, app.quit)  # let the naive countdown finish too

    def begin() -> None:
        marks["cpu"] = cpu_seconds()
        # What MainWindow.start_exercise does, with our plan: the session page in front (its
        # countdown and picture painted), then the run.
        window.sessions.start(plan, None)
        driver = window.session_view.driver
        assert driver is not None
        driver.step_changed.connect(on_step)
        driver.ended.connect(on_end)
        marks["start"] = driver.session.summary().started_at_ms / 1000
        naive_timer.start()

    naive_timer.timeout.connect(naive_tick)

    def on_step(change: StepChange) -> None:
        if change.reason is not ChangeReason.START:  # the start is the zero, not a boundary
            delivered.append(session_clock_s())

    QTimer.singleShot(2000, begin)  # settle first, as a user would look before pressing Start
    app.exec()
    late = [(t - marks["start"]) * 1000 - b for t, b in zip(delivered, boundaries, strict=True)]
    out["late_ms"] = late
    out["drift_ms"] = late[-1]
    return out


def main() -> None:
    mode = sys.argv[1]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if mode in ("idle", "session", "dose-session", "dose-session-plain"):  # as cli.main does
        from footcare_gui.source_cache import stop_caching_module_sources

        stop_caching_module_sources()
    if not mode.endswith("startup"):  # start-up probes measure the app's own path only
        from footcare_gui.services.qt_log import install_qt_message_handler

        install_qt_message_handler()
    if mode == "app-startup":
        app_startup()
    elif mode == "bare-startup":
        bare_startup()
    elif mode == "bare-widgets-startup":
        bare_widgets_startup()
    elif mode == "session":
        print(json.dumps(session()))
    elif mode == "dose-session":
        print(json.dumps(session(own_dose_plan)))
    elif mode == "dose-session-plain":
        print(json.dumps(session(own_dose_plan, pictures=False)))
    elif mode in ("idle", "bare", "bare-widgets"):
        print(
            json.dumps(
                {"idle": idle, "bare": bare, "bare-widgets": same_classes}[mode](float(sys.argv[2]))
            )
        )
    elif mode in ("bare-widgets-python", "bare-widgets-tones"):
        tones = mode == "bare-widgets-tones"
        print(json.dumps(same_classes(float(sys.argv[2]), True, tones)))


if __name__ == "__main__":
    main()
