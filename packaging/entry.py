"""The frozen app's entry point (PyInstaller runs a script, not a console-script entry)."""

import sys

from footcare_gui.cli import main

sys.exit(main())
