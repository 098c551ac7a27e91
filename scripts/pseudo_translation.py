"""Writes assets/translations/footcare_en_XA.ts: every text of footcare_de.ts "translated" into
a stretched pseudo-English, at least 30 % longer, so a layout test can show where a longer
translation would be cut off or overflow.

Letters get accents (the text stays readable and shows it went through the translator) and a
tail of "~" pads it; placeholders ({name}, {{...}}, %n), HTML tags and entities are kept as
they are. Run by scripts/update_translations.sh;
footcare_gui.services.translations.install_pseudo_translation() loads the result.
"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets" / "translations" / "footcare_de.ts"
OUTPUT = ROOT / "assets" / "translations" / "footcare_en_XA.ts"
STRETCH = 1.3

ACCENTED = str.maketrans(
    "abcdeghijklnoprstuwyzABCDEGHIJKLNOPRSTUWYZ",
    "åƀçðéĝĥîĵķļñöþŕšţûŵýžÅßÇÐÉĜĤÎĴĶĻÑÖÞŔŠŢÛŴÝŽ",
)
# Kept exactly: {{ and }}, {placeholders}, %n / %1, HTML tags and entities.
KEPT = re.compile(r"(\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d+|<[^>]*>|&[A-Za-z#0-9]+;)")


def english_plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")


def stretch(text: str) -> str:
    """``text`` with its letters accented, in brackets, padded to at least 1.3 times its length."""
    if not text.strip():
        return text
    parts = KEPT.split(text)
    accented = "".join(p if i % 2 else p.translate(ACCENTED) for i, p in enumerate(parts))
    target = math.ceil(len(text) * STRETCH)
    padding = max(1, target - len(accented) - 3)
    return f"[{accented} {'~' * padding}]"


def pseudo_ts(source_ts: str) -> str:
    root = ET.fromstring(source_ts)
    root.set("language", "en_XA")
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for n in (1, 2):  # English: one, other
                form = ET.SubElement(translation, "numerusform")
                form.text = stretch(english_plural(source, n))
        else:
            translation.text = stretch(source)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def main(argv: list[str]) -> int:
    text = pseudo_ts(SOURCE.read_text(encoding="utf-8"))
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
