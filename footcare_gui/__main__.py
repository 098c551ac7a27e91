"""``python -m footcare_gui``."""

import sys

from footcare_gui.cli import main

sys.exit(main())
