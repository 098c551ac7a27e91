#!/usr/bin/env bash
# The build step for translations: compiles every assets/translations/*.ts into the .qm file
# the app loads (footcare_gui/services/translations.py). The .qm files are committed too, so a fresh checkout
# runs in German without a build; tests/test_translations.py checks they are up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease=.venv/bin/pyside6-lrelease
[ -x "$lrelease" ] || lrelease=pyside6-lrelease
for ts in assets/translations/*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
