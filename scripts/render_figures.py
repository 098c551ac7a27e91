"""Renders every exercise picture (each pose, as the app paints it) to PNG files.

    .venv/bin/python scripts/render_figures.py OUT_DIR [--review KEY.json] [--size PX] [--dark]

Without --review the files are named EXERCISE-POSE.png. With --review they are shuffled under
neutral names (p01.png, ...) with no caption and no foot mark, for a reviewer who matches them
to the exercise descriptions; KEY.json (kept outside OUT_DIR) says which is which.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette  # noqa: E402

from footcare_gui.core.catalogue import Exercise  # noqa: E402
from footcare_gui.core.figure import Figure  # noqa: E402
from footcare_gui.services.catalogue_file import load_catalogue  # noqa: E402
from footcare_gui.services.figures import figures_for  # noqa: E402
from footcare_gui.ui.widgets.figure_painter import FigureColours, paint_figure  # noqa: E402


def shows(figure: Figure, exercise: Exercise, pose_name: str) -> str:
    """Which parts of the exercise a pose illustrates, e.g. "starting position; steps 2, 3"."""
    parts = []
    if pose_name == figure.position:
        parts.append("starting position")
    steps = [str(i) for i, name in enumerate(figure.steps, start=1) if name == pose_name]
    if steps:
        parts.append(f"step{'s' if len(steps) > 1 else ''} {', '.join(steps)}")
    phases = [exercise.phases[i].label for i, p in enumerate(figure.phases) if pose_name in p]
    if phases:
        parts.append(f"phase {' / '.join(phases)}")
    return "; ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--review", type=Path, help="shuffle, neutral names; write the key here")
    parser.add_argument("--size", type=int, default=480)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    app = QGuiApplication(["render_figures"])
    catalogue = load_catalogue()
    figures = figures_for(catalogue)
    palette = QPalette(app.palette())
    colours = FigureColours.for_print()
    if args.dark:
        from PySide6.QtGui import QColor

        palette.setColor(QPalette.ColorRole.Window, QColor("#202326"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#1b1e20"))
        colours = FigureColours.for_palette(palette)
    jobs = [
        (exercise, figures[exercise.id], name)
        for exercise in catalogue.exercises
        if exercise.id in figures
        for name in figures[exercise.id].unique_poses()
    ]
    if args.review:
        random.Random(16).shuffle(jobs)
    args.out.mkdir(parents=True, exist_ok=True)
    key = {}
    for number, (exercise, figure, name) in enumerate(jobs, start=1):
        file = f"p{number:02d}.png" if args.review else f"{exercise.id}-{name}.png"
        image = QImage(args.size, args.size, QImage.Format.Format_RGB32)
        image.fill(colours.background)
        painter = QPainter(image)
        rect = QRectF(8, 8, args.size - 16, args.size - 16)
        paint_figure(painter, rect, figure, figure.pose(name), colours, "right", mark=False)
        painter.end()
        image.save(str(args.out / file))
        key[file] = {
            "exercise": exercise.id,
            "exercise_name": exercise.name,
            "pose": name,
            "shows": shows(figure, exercise, name),
            "description": figure.pose(name).text,
        }
    if args.review:
        args.review.write_text(json.dumps(key, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(key)} pictures to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
