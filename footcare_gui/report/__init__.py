"""Reports on what was done: charts (QtGui), a CSV export (no Qt) and a PDF for the clinician.

Import the modules themselves; this package imports nothing, so the CSV export stays Qt-free.
"""
