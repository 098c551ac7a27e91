"""The README reads as one document: a merge must not leave a section twice."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_readme_heading_is_there_once() -> None:
    text = re.sub(r"^```.*?^```", "", README.read_text(encoding="utf-8"), flags=re.M | re.S)
    headings = Counter(line.strip() for line in text.splitlines() if line.startswith("#"))
    assert [heading for heading, count in headings.items() if count > 1] == []
