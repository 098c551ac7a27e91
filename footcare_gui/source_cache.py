"""Keeps Python's linecache from holding the source of every module the app imports.

PySide6 looks at the source of each module imported after it, to see whether it uses
``from __feature__ import ...`` (shibokensupport's feature check, through inspect.getsource);
linecache keeps every file read that way for the life of the process: about 3 MB of the idle
window's 77 MB, for source lines nothing shows. Lines read through linecache are still returned
(tracebacks show their source), only not kept.
"""

from __future__ import annotations

import linecache
from typing import Any

_installed = False


def stop_caching_module_sources() -> None:
    """Call before PySide6 is first imported; safe to call again."""
    global _installed
    if _installed:
        return
    _installed = True
    read_and_keep = linecache.updatecache

    def read_only(filename: str, module_globals: Any = None) -> list[str]:
        lines = read_and_keep(filename, module_globals)
        linecache.cache.pop(filename, None)
        return lines

    linecache.updatecache = read_only
