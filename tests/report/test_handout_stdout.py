"""--handout - writes the sheet to standard output, as --report - does (issue 12): it wrote a file
literally named "-", though the usage error for --handout "" says "- for stdout"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_handout_dash_writes_the_pdf_to_stdout(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--handout", "-"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF")
    assert not (tmp_path / "-").exists()
    assert b"to stdout" in done.stderr
