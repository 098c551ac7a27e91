"""Text from a file or the user, made safe to put inside HTML.

The standard library's ``html.escape`` does the same, but importing ``html`` loads
``html.entities`` (its table of every named character, about 0.3 MB of Python objects) for
``html.unescape``, which the app never calls: the window, the tray and notifications would hold
it for life. The report builders, imported only when a report is made, keep ``html.escape``.
"""

from __future__ import annotations

_ALWAYS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))  # "&" first: it begins the others
_QUOTES = (('"', "&quot;"), ("'", "&#x27;"))


def escape(text: str, quote: bool = True) -> str:
    """As ``html.escape``: &, < and > (and with ``quote`` both quotes) as character references."""
    for plain, reference in _ALWAYS + (_QUOTES if quote else ()):
        text = text.replace(plain, reference)
    return text
