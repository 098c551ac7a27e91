"""The translation sources and their builds: complete German, intact placeholders, .qm files
built from the committed .ts, the catalogue's texts extracted, German on screen once installed,
a pseudo-translation long enough to test layouts with, and a voice for the prompts' language.
(The windows in German and the layouts with the pseudo-translation: tests/ui.)"""

from __future__ import annotations

import importlib
import importlib.util
import math
import pkgutil
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.cues import prompt_for
from footcare_gui.core.describe import dose_line, position_text
from footcare_gui.core.i18n import Context, placeholders
from footcare_gui.core.plan import Foot, Position, build_plan
from footcare_gui.report.text import long_date
from footcare_gui.services import translations as i18n
from footcare_gui.speech_worker import pick_locale

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "assets" / "translations"
GERMAN_TS = TRANSLATIONS / "footcare_de.ts"
PSEUDO_TS = TRANSLATIONS / "footcare_en_XA.ts"
SCRIPTS = ROOT / "scripts"
# Every text of the app, as scripts/update_translations.sh reads them.
TRANSLATED_SOURCES = ("footcare_gui",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(ROOT / ".venv" / "bin")) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Key = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in core, report and the catalogue today."""
    sources = sorted(
        str(path)
        for folder in TRANSLATED_SOURCES
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    )
    ts = tmp_path_factory.mktemp("lupdate") / "footcare_de.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        cwd=ROOT,
    )
    return messages(ts)


@pytest.fixture(scope="module")
def german() -> dict[Key, ET.Element]:
    return messages(GERMAN_TS)


def test_lupdate_finds_the_texts(extracted: dict[Key, ET.Element]) -> None:
    contexts = {context for context, _, _ in extracted}
    assert {"Catalogue", "PlanText", "DescribeText", "PdfText", "RoutineFileText"} <= contexts
    assert {"MainWindow", "LivePage", "SessionText", "HistoryView", "StoreText"} <= contexts
    assert "" not in contexts, "a tr() with no context: use a Context object"
    assert len(extracted) > 600


def test_each_context_of_the_app_is_named_like_its_variable() -> None:
    """As tests/core/test_i18n.py checks for core and report: `StoreText.tr(...)` is filed by
    lupdate under "StoreText", so the Context must be called that too."""
    found = 0
    for package in ("footcare_gui", "footcare_gui.ui", "footcare_gui.services"):
        path = importlib.import_module(package).__path__
        for info in pkgutil.iter_modules(path):
            if info.ispkg or info.name in ("__main__", "self_test"):
                continue
            module = importlib.import_module(f"{package}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, Context) and module.__name__.startswith(package):
                    assert value.name == name, f"{module.__name__}.{name} is {value!r}"
                    found += 1
    assert found >= 12


def test_plural_messages_are_exactly_those_with_a_count(extracted: dict[Key, ET.Element]) -> None:
    """lupdate marks a message "numerus" when a third argument follows; a stray trailing comma
    after a disambiguation does that too, and then the plural forms make no sense."""
    for (context, source, _), message in extracted.items():
        assert (message.get("numerus") == "yes") == ("%n" in source), (context, source)


def test_every_text_has_a_finished_german_translation(
    extracted: dict[Key, ET.Element], german: dict[Key, ET.Element]
) -> None:
    missing = sorted(set(extracted) - set(german))
    assert not missing, f"run scripts/update_translations.sh and translate: {missing}"
    for key, message in german.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished or obsolete: {key}"
        texts = forms(message)
        assert texts, f"no translation: {key}"
        assert all(text.strip() for text in texts), f"empty translation: {key}"
        if message.get("numerus") == "yes":
            assert len(texts) == 2, f"German has two plural forms: {key}"


def test_placeholders_survive_in_every_german_translation(
    german: dict[Key, ET.Element],
) -> None:
    for (context, source, _), message in german.items():
        for text in forms(message):
            assert placeholders(text) == placeholders(source), (context, source, text)
            assert text.count("{{") == source.count("{{"), (context, source, text)


def test_the_german_sentences_address_the_user_formally(german: dict[Key, ET.Element]) -> None:
    informal = (" du ", " dein", " dich ", " dir ", "Du ", "Dein")
    for key, message in german.items():
        for text in forms(message):
            assert not any(word in f" {text} " for word in informal), (key, text)


@pytest.mark.parametrize("language", ["de", "en_XA"])
def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path: Path, language: str) -> None:
    built = tmp_path / f"footcare_{language}.qm"
    ts = TRANSLATIONS / f"footcare_{language}.ts"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True)
    committed = TRANSLATIONS / f"footcare_{language}.qm"
    assert committed.read_bytes() == built.read_bytes(), "run scripts/build_translations.sh"


def test_the_catalogue_texts_module_is_up_to_date(catalogue: Catalogue) -> None:
    extract = script("extract_catalogue_strings")
    assert extract.OUTPUT.read_text(encoding="utf-8") == extract.render(catalogue), (
        "run scripts/extract_catalogue_strings.py and scripts/update_translations.sh"
    )


def test_the_pseudo_translation_is_up_to_date() -> None:
    pseudo = script("pseudo_translation")
    expected = pseudo.pseudo_ts(GERMAN_TS.read_text(encoding="utf-8"))
    assert PSEUDO_TS.read_text(encoding="utf-8") == expected, "run scripts/update_translations.sh"


def test_the_pseudo_translation_stretches_every_text_by_30_percent() -> None:
    plural = script("pseudo_translation").english_plural  # keeps %n
    pseudo = messages(PSEUDO_TS)
    assert set(pseudo) == set(messages(GERMAN_TS))
    for (context, source, _), message in pseudo.items():
        english = [plural(source, n) for n in (1, 2)] if "%n" in source else [source]
        for original, stretched in zip(english, forms(message), strict=True):
            if original.strip():
                assert len(stretched) >= math.ceil(len(original) * 1.3), (context, original)
            assert placeholders(stretched) == placeholders(original), (context, original)


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[QApplication]:
    assert i18n.install_translations(qapp, "de") == "de"
    try:
        yield qapp
    finally:
        i18n.remove_translations(qapp)


@pytest.mark.usefixtures("in_german")
def test_core_texts_come_out_german(catalogue: Catalogue) -> None:
    assert (
        dose_line(catalogue.get("ankle-extension")) == "3 × 8 · schmerzender Fuß · einmal täglich"
    )
    assert dose_line(catalogue.get("toe-pulling")) == "25 Wiederholungen pro Fuß · 3-mal täglich"
    position = Position(3, 8, 1, 3, Foot.LEFT, 1, 2)
    assert position_text(position) == "Wiederholung 3 von 8 · Satz 1 von 3 · Linker Fuß (1 von 2)"
    plan = build_plan(catalogue.get("calf-stretch"))
    labels = [step.label for step in plan.steps]
    assert labels[:2] == ["Bereit machen", "Dehnung halten"]
    assert "Wechseln Sie zum rechten Fuß" in labels
    assert plan.exercise_name == "Wadendehnung"
    assert (
        prompt_for(plan.steps[0], plan.exercise_name) == "Bereit machen: Wadendehnung, linker Fuß"
    )


@pytest.mark.usefixtures("in_german")
def test_catalogue_texts_and_dates_come_out_german(catalogue: Catalogue) -> None:
    names = [localized(exercise).name for exercise in catalogue.exercises]
    assert names == [
        "Wadendehnung",
        "Achillessehnendehnung",
        "Sprunggelenk-Streckung",
        "Sprunggelenk-Beugung",
        "Zehenziehen",
    ]
    calf = localized(catalogue.get("calf-stretch"))
    assert calf.steps[0].startswith("Machen Sie mit einem Fuß")
    assert calf.phases[0].seconds is not None
    assert calf.phases[0].seconds.note == "30 bis 60 Sekunden halten."
    assert long_date(date(2026, 3, 2)) == "2. März 2026"


def test_english_again_once_removed(qapp: QApplication, catalogue: Catalogue) -> None:
    i18n.install_translations(qapp, "de")
    i18n.remove_translations(qapp)
    assert dose_line(catalogue.get("toe-pulling")) == "25 reps per foot · 3 times a day"
    assert localized(catalogue.get("toe-pulling")).name == "Toe pulling"


def test_the_pseudo_translation_installs(qapp: QApplication, catalogue: Catalogue) -> None:
    try:
        assert i18n.install_pseudo_translation(qapp) == "en_XA"
        line = dose_line(catalogue.get("toe-pulling"))
        assert line.startswith("[25 ŕéþš þéŕ fööţ")
        assert len(line) >= 1.3 * len("25 reps per foot · 3 times a day")
    finally:
        i18n.remove_translations(qapp)


def test_a_missing_translation_falls_back_to_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install_translations(qapp, "de") == "en"
    assert i18n.install_translations(qapp, "fr") == "en"
    assert localized(catalogue.get("calf-stretch")).name == "Calf stretch"


def test_the_system_language_picks_the_first_one_footcare_has() -> None:
    assert i18n.system_language(["de-DE", "en-GB"]) == "de"
    assert i18n.system_language(["fr-FR", "de-AT"]) == "de"
    assert i18n.system_language(["fr-FR"]) == "en"
    assert i18n.system_language([]) == "en"


def test_the_voice_is_chosen_for_the_prompts_language() -> None:
    engine = ["en_GB", "en_US", "de_AT", "de_DE", "nb_NO"]
    assert pick_locale(engine, "de") == "de_AT"  # the first German voice
    assert pick_locale(engine, "de", preferred="de_DE") == "de_DE"  # the system's, if German
    assert pick_locale(engine, "de", preferred="en_US") == "de_AT"
    assert pick_locale(engine, "de_DE", preferred="de_AT") == "de_DE"  # an exact match first
    assert pick_locale(engine, "en", preferred="en-US") == "en_US"
    assert pick_locale(["en_GB", "fi_FI"], "de") is None  # the engine's default voice stays
    assert pick_locale([], "de") is None
