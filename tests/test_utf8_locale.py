"""The app starts with a UTF-8 character locale, as Qt needs, whatever the user's locale."""

from __future__ import annotations

import locale
from collections.abc import Iterator

import pytest

from footcare_gui.utf8_locale import ensure_utf8_ctype


@pytest.fixture(autouse=True)
def restore_locale() -> Iterator[None]:
    before = locale.setlocale(locale.LC_CTYPE)
    yield
    locale.setlocale(locale.LC_CTYPE, before)


def test_a_utf8_locale_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"LANG": "C.UTF-8"}
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_CTYPE", raising=False)
    assert ensure_utf8_ctype(env) is None
    assert env == {"LANG": "C.UTF-8"}


def test_lc_all_c_becomes_c_everywhere_but_a_utf8_ctype(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    env = {"LC_ALL": "C", "LC_MESSAGES": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
    assert ensure_utf8_ctype(env) == "C.UTF-8"
    # LC_ALL overrode the rest: they all stay C, only the character set is UTF-8 now.
    assert env == {"LANG": "C", "LC_MESSAGES": "C", "LC_CTYPE": "C.UTF-8"}
    assert locale.nl_langinfo(locale.CODESET) == "UTF-8"


def test_posix_lang_gets_a_utf8_ctype(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_CTYPE", raising=False)
    monkeypatch.setenv("LANG", "POSIX")
    env = {"LANG": "POSIX"}
    assert ensure_utf8_ctype(env) == "C.UTF-8"
    assert env == {"LANG": "POSIX", "LC_CTYPE": "C.UTF-8"}
