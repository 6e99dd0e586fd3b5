"""Extract: Papers in, contract records out. Extractors never see file formats."""

import importlib

EXTRACTOR_MODULES = (
    "meetings",
    "agenda",
    "questions",
    "actions",
    "findings",
    "judgements",
    "statistics",
)


def load_all() -> None:
    """Import every extractor module so its ``@register`` runs (a missing one is skipped)."""
    for name in EXTRACTOR_MODULES:
        try:
            importlib.import_module(f"scrutiny.extract.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"scrutiny.extract.{name}":
                raise
