#!/usr/bin/env bash
# Re-reads every translatable text in footcare_gui/ into the translation sources:
#   assets/translations/footcare_de.ts     (German, translated by hand in Qt Linguist or an editor)
#   assets/translations/footcare_en_XA.ts  (the stretched pseudo-translation, regenerated)
# then builds the .qm files (scripts/build_translations.sh). Run it after adding or changing a
# text in the code, or after scripts/extract_catalogue_strings.py. New German texts come in
# as "unfinished" until translated; the tests fail until none is left.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=.venv/bin/pyside6-lupdate
[ -x "$lupdate" ] || lupdate=pyside6-lupdate
python=.venv/bin/python
[ -x "$python" ] || python=python3

"$python" scripts/extract_catalogue_strings.py
mapfile -t sources < <(find footcare_gui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
# -locations none: line numbers would make every edit of the code a change to the .ts files.
"$lupdate" -locations none -no-obsolete -source-language en -target-language de \
  "${sources[@]}" -ts assets/translations/footcare_de.ts
"$python" scripts/pseudo_translation.py
bash scripts/build_translations.sh
