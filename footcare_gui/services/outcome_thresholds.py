"""When a change in an outcome is clinically meaningful: data/outcome_thresholds.toml, read
once (safely, as every data file: services/safe_read.py) and parsed by core/outcomes.py."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from footcare_gui.core.outcomes import Threshold, parse_thresholds
from footcare_gui.services.safe_read import read_regular_file

THRESHOLDS_FILE = Path(__file__).resolve().parent.parent / "data" / "outcome_thresholds.toml"
MAX_THRESHOLDS_BYTES = 64 * 1024  # the file is a few hundred bytes


@cache
def thresholds() -> dict[str, Threshold]:
    """{"pain": ..., "psfs": ...}; the file ships with the app, so a fault in it is a bug."""
    data = read_regular_file(THRESHOLDS_FILE, MAX_THRESHOLDS_BYTES + 1)
    if len(data) > MAX_THRESHOLDS_BYTES:
        raise ValueError(f"{THRESHOLDS_FILE} is larger than {MAX_THRESHOLDS_BYTES} bytes")
    return parse_thresholds(tomllib.loads(data.decode("utf-8")))
