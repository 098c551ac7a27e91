"""The core parses what it is given and knows no files (issue 15): every file is read and
written in services/, where FIFOs, devices and oversized files are refused. Read from the
source, so a new ``open()`` or ``Path.read_text()`` in core/ fails here at once."""

from __future__ import annotations

import ast
from pathlib import Path

import footcare_gui.core

CORE = Path(footcare_gui.core.__file__).parent
# Calls that touch the file system: open(), any call on these modules, Path's file methods, and
# loading from an open file.
FILE_MODULES = frozenset({"os", "shutil", "tempfile", "io", "pathlib"})
PATH_METHODS = frozenset(
    {
        "open",
        "read_text",
        "read_bytes",
        "write_text",
        "write_bytes",
        "iterdir",
        "glob",
        "rglob",
        "mkdir",
        "unlink",
        "rmdir",
        "touch",
        "stat",
        "exists",
        "is_file",
        "is_dir",
    }
)
LOADERS = frozenset({"json", "tomllib", "pickle"})  # their load() reads an open file


def file_calls(source: str) -> list[str]:
    """Each call in ``source`` that reads or writes a file, as "line: name()"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id == "open":
            found.append(f"{node.lineno}: open()")
        elif isinstance(function, ast.Attribute):
            owner = function.value.id if isinstance(function.value, ast.Name) else "…"
            if (
                owner in FILE_MODULES
                or function.attr in PATH_METHODS
                or (owner in LOADERS and function.attr == "load")
            ):
                found.append(f"{node.lineno}: {owner}.{function.attr}()")
    return sorted(found, key=lambda call: int(call.split(":")[0]))


def test_no_module_of_the_core_reads_or_writes_a_file() -> None:
    offenders = {
        path.name: calls
        for path in sorted(CORE.glob("*.py"))
        if (calls := file_calls(path.read_text(encoding="utf-8")))
    }
    assert not offenders, f"file I/O in core/ (move it to services/): {offenders}"


def test_the_scan_finds_what_the_core_used_to_do() -> None:
    """What core/catalogue.py and core/outcomes.py did before issue 15 moved it out."""
    before = (
        "handle = os.open(path, os.O_RDONLY)\n"
        "with os.fdopen(handle, 'rb') as file:\n"
        "    data = file.read()\n"
        "raw = tomllib.loads(THRESHOLDS_FILE.read_text(encoding='utf-8'))\n"
        "text = open(path).read()\n"
    )
    assert file_calls(before) == [
        "1: os.open()",
        "2: os.fdopen()",
        "4: THRESHOLDS_FILE.read_text()",
        "5: open()",
    ]
    assert file_calls("name = text.replace('a', 'b')\nparts = value.split()\n") == []
