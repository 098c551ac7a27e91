"""Writes footcare_gui/data/catalogue_strings.py: every catalogue text a user reads, marked for
pyside6-lupdate with QT_TRANSLATE_NOOP("Catalogue", ...), so the exercise content is translated
with Qt's tools like the code's own texts (core.catalogue.localized() looks them up); and the
pictures' descriptions from figures.toml in the "Figures" context (core.figure.pose_text()).

Run it after editing footcare_gui/data/catalogue.toml or figures.toml, then
scripts/update_translations.sh.
``--check`` writes nothing and fails if the file is out of date (the tests check this too).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from footcare_gui.core.catalogue import (  # noqa: E402
    CATALOGUE_CONTEXT,
    Catalogue,
    catalogue_texts,
)
from footcare_gui.core.figure import FIGURES_CONTEXT  # noqa: E402
from footcare_gui.services.catalogue_file import DEFAULT_CATALOGUE, load_catalogue  # noqa: E402
from footcare_gui.services.figures import figure_texts  # noqa: E402

OUTPUT = ROOT / "footcare_gui" / "data" / "catalogue_strings.py"
LINE_LENGTH = 100

HEADER = f'''"""The catalogue's texts for translation: generated from catalogue.toml, do not edit.

Made by scripts/extract_catalogue_strings.py; pyside6-lupdate reads the QT_TRANSLATE_NOOP
markers below into the "{CATALOGUE_CONTEXT}" context, and each "#:" line becomes a note for
translators. Nothing imports this module at run time.
"""

# ruff: noqa: E501

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP

TEXTS = (
'''


def quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render(catalogue: Catalogue) -> str:
    lines = [HEADER]
    texts = [(CATALOGUE_CONTEXT, where, text) for where, text in catalogue_texts(catalogue)]
    texts += [(FIGURES_CONTEXT, where, text) for where, text in figure_texts()]
    for context, where, text in texts:
        lines.append(f"    #: {where}\n")
        call = f'    QT_TRANSLATE_NOOP("{context}", {quoted(text)}),'
        if len(call) <= LINE_LENGTH:
            lines.append(call + "\n")
        else:  # as ruff format would break it
            lines.append(
                f'    QT_TRANSLATE_NOOP(\n        "{context}",\n        {quoted(text)},\n    ),\n'
            )
    lines.append(")\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    text = render(load_catalogue(DEFAULT_CATALOGUE))
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
