"""Loads Footcare's translations into Qt and routes the Qt-free code's texts through them.

``install_translations(app, language)`` picks the language ("" = the system's, else "en",
"de", or "en_XA" for the stretched pseudo-translation used to test layouts), loads
``assets/translations/footcare_<language>.qm`` and Qt's own ``qtbase_<language>.qm`` (the
standard buttons: "Abbrechen", "Schließen"), and points ``core.i18n`` at
``QCoreApplication.translate``. A missing file is logged and the app stays in English; the user
is not bothered with it. Call it again to switch languages (already-built widgets keep their
texts until rebuilt); ``remove_translations()`` goes back to English.

The .ts sources and the build of the .qm files: scripts/update_translations.sh and
scripts/build_translations.sh.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from footcare_gui.core import i18n as core_i18n
from footcare_gui.services.assets import assets_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de")  # offered to users; the pseudo-translation is for tests only
PSEUDO_LANGUAGE = "en_XA"
TRANSLATIONS_FOLDER = "translations"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return assets_dir() / TRANSLATIONS_FOLDER


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's preferred languages Footcare has, else English."""
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        language = name.replace("-", "_").split("_")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, language: str = "") -> str:
    """Installs the translations for ``language`` ("" = the system's); returns the language
    actually in use ("en" when the wanted one could not be loaded)."""
    remove_translations(app)
    wanted = language or system_language()
    if wanted not in (*LANGUAGES, PSEUDO_LANGUAGE):
        log.warning("no translation for language %r; using English", wanted)
        return SOURCE_LANGUAGE
    if wanted == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    own = _load(app, translations_dir() / f"footcare_{wanted}.qm")
    if own is None:
        return SOURCE_LANGUAGE
    if wanted != PSEUDO_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(app, qt_folder / f"qtbase_{wanted}.qm")  # without it only Qt's buttons stay English
    core_i18n.set_translator(QCoreApplication.translate)
    return wanted


def remove_translations(app: QCoreApplication) -> None:
    """Removes what :func:`install_translations` installed: English again."""
    while _installed:
        app.removeTranslator(_installed.pop())
    core_i18n.set_translator(None)


def install_pseudo_translation(app: QCoreApplication) -> str:
    """Every text stretched by at least 30 % (``[Ŝţŕéţçĥéð ţéxţ ~~~~]``), to check that layouts
    hold with longer translations. Undo with :func:`remove_translations`."""
    return install_translations(app, PSEUDO_LANGUAGE)


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    translator = QTranslator()  # kept alive by _installed once installed
    if not path.is_file() or not translator.load(str(path)):
        log.warning("translation %s is missing or unreadable; those texts stay English", path)
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    log.info("translation loaded: %s", path)
    return translator
