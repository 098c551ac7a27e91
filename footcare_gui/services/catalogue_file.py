"""The exercise catalogue's file: the built-in data/catalogue.toml, or one given with
``--catalogue``, read safely (services/safe_read.py) and handed to core/catalogue.py to parse.

Every refusal is a CatalogueError naming the file and why, so the app never starts with half a
catalogue and never hangs on a FIFO or fills the memory from a device.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from footcare_gui.core.catalogue import Catalogue, CatalogueError, parse_catalogue
from footcare_gui.services.safe_read import NotARegularFileError, read_regular_file

DEFAULT_CATALOGUE = Path(__file__).resolve().parent.parent / "data" / "catalogue.toml"
MAX_CATALOGUE_BYTES = 1024 * 1024  # the built-in one is under 10 kB


def load_catalogue(path: Path | str = DEFAULT_CATALOGUE) -> Catalogue:
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_CATALOGUE_BYTES + 1)
        if len(data) > MAX_CATALOGUE_BYTES:
            raise CatalogueError(path, f"is larger than {MAX_CATALOGUE_BYTES // 1024 // 1024} MB")
        raw = tomllib.loads(data.decode("utf-8"))
    except NotARegularFileError as error:
        raise CatalogueError(path, "is not a regular file") from error
    except OSError as error:
        raise CatalogueError(path, f"cannot be read ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise CatalogueError(path, "is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(path, f"is not valid TOML ({error})") from error
    return parse_catalogue(raw, path)
