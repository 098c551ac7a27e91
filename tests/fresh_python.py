"""Run a few lines of Python in a fresh interpreter that imports this checkout's footcare_gui:
for what only a new process shows (which modules a start-up imports, what it keeps)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fresh_python(script: str, **env: str) -> list[str]:
    """The lines ``script`` printed; fails the test with its stderr if it failed."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()
