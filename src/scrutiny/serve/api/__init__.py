"""The machine-readable side of every page: one view, three formats (HTML, JSON, CSV)."""
