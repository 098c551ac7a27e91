"""Translation for Qt-free code: core and report call this; the app plugs Qt's translator in.

How core code marks a text (pyside6-lupdate 6.11 was run on each form to check what it extracts):

- A module names its translation context once, the variable spelt exactly like the context::

      PlanText = Context("PlanText")

  and wraps every user-visible sentence whole, with named placeholders filled in afterwards::

      PlanText.tr("Rest before set {set} of {sets}. Let the foot relax.").format(set=2, sets=3)

  lupdate reads ``PlanText.tr("...")`` as a ``tr()`` call whose context is the name before the
  dot, so the variable's name *is* the context (a test checks that they agree). Never write
  f-strings inside ``tr()``: lupdate would store the braces, and the lookup would miss.

- Counts use Qt's plural forms: ``%n`` in the text and the count as the third argument,
  positionally (lupdate marks a message "numerus" only then)::

      DescribeText.tr("%n rep(s)", None, reps)

  With no translation (English), ``(s)`` becomes "s" unless the count is 1, and ``%n`` the
  number: "1 rep", "3 reps".

- Why not a bare ``tr(context, text, n)`` function: lupdate takes a bare ``tr`` as
  ``tr(text, disambiguation)`` with an empty context, and it marks ``translate(ctx, text, "",
  count)`` as a plural only when the count is an integer literal (a name in that place is read
  as a legacy "encoding" argument). ``Context.tr`` has neither problem.

- Texts that are data, not code (the exercise catalogue), or constants built at import time,
  are marked with :func:`QT_TRANSLATE_NOOP` and translated when shown with :func:`translate`.

By default nothing is translated and English comes out exactly as written. The application
calls :func:`set_translator` with ``QCoreApplication.translate`` once translations are loaded
(``footcare_gui.services.translations.install_translations`` does it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, text, disambiguation, n) -> translated text; QCoreApplication.translate fits.
Translator = Callable[[str, str, str | None, int], str]

_PLURAL_MARK = "(s)"
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text


_translator: Translator = _untranslated


def set_translator(translator: Translator | None) -> None:
    """Routes every translation through ``translator``; None goes back to English."""
    global _translator
    _translator = translator or _untranslated


def english_plural(text: str, n: int) -> str:
    """The English form of a plural message: "%n rep(s)" -> "1 rep", "3 reps"."""
    return text.replace(_PLURAL_MARK, "" if n == 1 else "s").replace("%n", str(n))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; ``n`` >= 0 picks a plural form and fills in ``%n``.

    A text the translator does not know (English, or a missing translation) comes back as
    written, with English plural endings for ``n``.
    """
    result = _translator(context, text, disambiguation, n)
    if n >= 0 and result in (text, text.replace("%n", str(n))):
        return english_plural(text, n)
    return result


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:
    """Marks ``text`` for lupdate without translating it; :func:`translate` it when shown."""
    return text


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders and ``%n`` of a text, for checking translations."""
    found = set(_PLACEHOLDER.findall(text))
    if "%n" in text:
        found.add("%n")
    return found


def upper_first(text: str) -> str:
    """The text with its first letter upper-cased and the rest untouched (unlike
    ``str.capitalize``, which would lower-case the German nouns that follow)."""
    return text[:1].upper() + text[1:]


class Context:
    """The translatable texts of one translation context.

    Bind it to a module-level variable with the same name as the context, so that lupdate
    files each ``Name.tr("...")`` under the context the lookup uses.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"
