"""The GitHub Actions workflow: linted by actionlint (the test extra's), and its matrix builds
on Linux, Windows and macOS. Only Linux runs here; the workflow prepares the others."""

from __future__ import annotations

import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    # Where pip put the test extra's programs (bin/ in a venv, Scripts/ on Windows).
    program = shutil.which("actionlint", path=sysconfig.get_path("scripts"))
    if program is None:
        pytest.fail("actionlint is not installed: run scripts/setup.sh --test")
    return subprocess.run(
        [program, "-no-color", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_the_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        WORKFLOW.read_text().replace("${{ matrix.bundle }}", "${{ matrix.bundel }}"),
        encoding="utf-8",
    )
    result = actionlint(broken)
    assert result.returncode == 1
    assert "bundel" in result.stdout


def test_the_matrix_covers_linux_windows_and_macos() -> None:
    text = WORKFLOW.read_text()
    for runner in ("os: ubuntu-", "os: windows-", "os: macos-"):
        assert runner in text
    assert "run: bash .ci/run" in text  # Linux runs exactly what CI runs here
    assert "packaging/footcare.spec" in text  # the others build the bundle
    assert "python -m pytest" in text
