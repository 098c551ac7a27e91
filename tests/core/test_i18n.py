"""The Qt-free translation hook: English by default, plurals, and the translator it routes to."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import pytest

from footcare_gui.core.i18n import Context, placeholders, set_translator, translate, upper_first


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_translator(None)


def test_english_by_default() -> None:
    assert translate("PlanText", "Get ready") == "Get ready"
    assert Context("PlanText").tr("Rest before set {set}.").format(set=2) == "Rest before set 2."


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 reps"), (1, "1 rep"), (2, "2 reps"), (25, "25 reps")]
)
def test_english_plurals(count: int, expected: str) -> None:
    assert Context("DescribeText").tr("%n rep(s)", None, count) == expected


def test_the_installed_translator_is_used() -> None:
    calls = []

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, text, disambiguation, n))
        return {"Get ready": "Bereit machen", "%n rep(s)": f"{n} Wiederholungen"}.get(text, text)

    set_translator(german)
    assert Context("PlanText").tr("Get ready", "a step") == "Bereit machen"
    assert Context("DescribeText").tr("%n rep(s)", None, 3) == "3 Wiederholungen"
    assert calls == [
        ("PlanText", "Get ready", "a step", -1),
        ("DescribeText", "%n rep(s)", None, 3),
    ]
    set_translator(None)
    assert translate("PlanText", "Get ready") == "Get ready"


def test_an_untranslated_plural_gets_english_forms_even_through_qt() -> None:
    # QCoreApplication.translate hands back the source with %n filled in when it has nothing.
    set_translator(lambda _c, text, _d, n: text.replace("%n", str(n)))
    assert translate("DescribeText", "%n rep(s)", n=1) == "1 rep"
    assert translate("DescribeText", "%n rep(s)", n=4) == "4 reps"


def test_placeholders_are_found_and_kept() -> None:
    text = "{label}: {value} s is outside {{...}} %n"
    assert placeholders(text) == {"{label}", "{value}", "%n"}
    set_translator(lambda _c, text, _d, _n: text.upper().replace("{LABEL}", "{label}"))
    assert translate("X", "{label} ok").format(label="Reps") == "Reps OK"


def test_upper_first_leaves_the_rest_alone() -> None:
    assert upper_first("linker Fuß") == "Linker Fuß"
    assert upper_first("each foot") == "Each foot"
    assert upper_first("") == ""


def test_each_context_is_named_like_its_variable() -> None:
    """lupdate files `PlanText.tr(...)` under the name before the dot; the lookup uses the
    Context's own name. They must be the same, or the translation is never found."""
    found = 0
    for package in ("footcare_gui.core", "footcare_gui.report"):
        path = importlib.import_module(package).__path__
        for info in pkgutil.iter_modules(path):
            module = importlib.import_module(f"{package}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, Context):
                    assert value.name == name, f"{module.__name__}.{name} is {value!r}"
                    found += 1
    assert found >= 10
