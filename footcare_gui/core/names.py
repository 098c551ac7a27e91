"""What a name (a routine's, typed or from a shared file) may hold, and how it is compared.

Names come from anyone: a routine file travels by e-mail and forums. A name is one line of
visible text. Refused: control characters (NUL, ESC, newlines: C0, DEL, C1, and the Unicode line
and paragraph separators), bidirectional overrides and isolates (they reorder what is shown
around them), lone surrogates (not text at all: stored, they turn into U+FFFD and two names
become one) and names of nothing but blanks and invisible characters. The published schema
(footcare_gui/data/routine.schema.json, "$defs/name") says the same; tests keep them in step.
"""

from __future__ import annotations

import re
import unicodedata

from footcare_gui.core.i18n import Context

NamesText = Context("NamesText")

# Kept in step with "$defs/name" in routine.schema.json (tests/core/test_names.py checks both).
FORBIDDEN = re.compile(
    "[\u0000-\u001f\u007f-\u009f"  # C0 (NUL, ESC, tab, newlines), DEL and C1 controls
    "\u2028\u2029"  # line and paragraph separators: newlines too
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ud800-\udfff]"  # surrogates: never part of real text on their own
)
# Blanks and characters that take no room or draw nothing (Hangul fillers, the blank braille
# cell): a name of only these looks empty.
INVISIBLE = re.compile(
    "[\\s\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u2800\u3164\ufeff\uffa0]*"
)


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a name, in words; None when it can."""
    bad = FORBIDDEN.search(name)
    if bad is not None:
        return NamesText.tr("holds the invisible control character {code}").format(
            code=f"U+{ord(bad.group()):04X}"
        )
    if INVISIBLE.fullmatch(name):
        return NamesText.tr("has no visible character")
    return None


def stored_form(name: str) -> str:
    """The name as it reads back from storage (UTF-8 or UTF-16 with errors replaced)."""
    return name.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def same_name(first: str, second: str) -> bool:
    """Two names one user would take for the same: compared as stored, ignoring case and how
    an accent is encoded (é, or e and a combining accent: Unicode's NFC)."""

    def key(name: str) -> str:
        return unicodedata.normalize("NFC", stored_form(name.strip())).casefold()

    return key(first) == key(second)


def terminal_safe(text: str) -> str:
    """``text`` for a terminal: control and bidi characters shown as escapes (\\x1b, \\u202e),
    never sent raw, so a name cannot move the cursor, recolour or hide what follows."""
    return FORBIDDEN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
