"""A UTF-8 character locale before Qt starts, as Python itself arranges (PEP 538).

Qt needs UTF-8 for file names and text: in the C or POSIX locale it switches LC_CTYPE to
C.UTF-8 itself but warns ("Detected locale "C" ... not UTF-8") on every start, which reads as a
fault and fails the self-test. Python coerces a C locale to C.UTF-8 when it starts, except when
LC_ALL is set or in a PyInstaller bundle, whose interpreter starts isolated. So the app does the
same switch, quietly and before Qt reads the locale: only LC_CTYPE changes (to the same language
in UTF-8, else C.UTF-8); the
language of messages, number and date formats stay the user's. Child processes (the speech
worker) inherit the environment.
"""

from __future__ import annotations

import locale
import os
from collections.abc import MutableMapping

UTF8_NAMES = ("UTF-8", "UTF8")
FALLBACKS = ("C.UTF-8", "C.utf8")


def _codeset(name: str) -> str:
    """The character set of the LC_CTYPE locale ``name`` ("" for the environment's)."""
    try:
        locale.setlocale(locale.LC_CTYPE, name)
    except locale.Error:  # a locale that is not installed behaves as C
        locale.setlocale(locale.LC_CTYPE, "C")
    return locale.nl_langinfo(locale.CODESET)


def ensure_utf8_ctype(environ: MutableMapping[str, str] = os.environ) -> str | None:
    """Switch LC_CTYPE to C.UTF-8 when the environment's is not UTF-8; returns the locale
    switched to, or None when nothing needed to change (or no UTF-8 locale exists)."""
    if _codeset("").upper() in UTF8_NAMES:
        return None
    base = locale.setlocale(locale.LC_CTYPE).split(".")[0].split("@")[0]
    same_language = () if base in ("C", "POSIX") else (f"{base}.UTF-8",)
    for fallback in (*same_language, *FALLBACKS):
        if _codeset(fallback).upper() in UTF8_NAMES:
            break
    else:
        _codeset("")
        return None
    everything = environ.pop("LC_ALL", "")
    if everything:
        # LC_ALL overrides every category: keep its value for all of them but LC_CTYPE.
        environ["LANG"] = everything
        for name in list(environ):
            if name.startswith("LC_"):
                environ[name] = everything
    environ["LC_CTYPE"] = fallback
    return fallback
