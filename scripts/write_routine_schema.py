"""Rewrites footcare_gui/data/routine.schema.json from the built-in catalogue and the importer's
limits (footcare_gui/core/routine_schema.py); tests/core/test_routine_file.py checks it is
up to date. Run it after changing the catalogue or a limit:

    python scripts/write_routine_schema.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from footcare_gui.core.routine_file import SCHEMA_PATH  # noqa: E402
from footcare_gui.core.routine_schema import schema_text  # noqa: E402
from footcare_gui.services.catalogue_file import load_catalogue  # noqa: E402

if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(load_catalogue()), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH.relative_to(ROOT)}")
