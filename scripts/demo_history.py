"""Fill a data folder with simulated sessions, for screenshots and trying the History view.

    python scripts/demo_history.py DIR [--days 28]
    footcare --data-dir DIR          # then look at it

Refuses a folder that already holds a history: it never mixes invented sessions into real ones.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from footcare_gui.services.catalogue_file import load_catalogue
from footcare_gui.services.store import DB_FILENAME, HistoryStore
from scripts.demo_data import simulated_sessions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--days", type=int, default=28)
    args = parser.parse_args()
    if (args.directory / DB_FILENAME).exists():
        print(f"{args.directory / DB_FILENAME} exists: not adding invented sessions to it")
        return 1
    now = datetime.now().astimezone()
    records = simulated_sessions(load_catalogue(), now.date(), args.days, now.tzinfo)
    records = [r for r in records if r.started_at <= now]  # nothing in the future
    store = HistoryStore.open(args.directory)
    for record in records:
        store.add(record)
    store.close()
    print(f"wrote {len(records)} simulated sessions to {args.directory / DB_FILENAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
