"""Settings, read from the environment (``SCRUTINY_`` prefix) and injected, never global.

``get_settings()`` builds a fresh Settings each call so tests and the CLI's ``--db``
option can override values without touching module state.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime settings. Every field can be set as ``SCRUTINY_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="SCRUTINY_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///scrutiny.db",
        description="SQLAlchemy URL; sqlite:///path or postgresql+psycopg://user@host/db",
    )
    max_file_bytes: int = Field(
        default=100 * 1024 * 1024, description="Files above this size are refused."
    )
    max_pages: int = Field(default=2000, description="PDF pages read at most per file.")
    max_unzipped_bytes: int = Field(
        default=200 * 1024 * 1024,
        description="A DOCX whose parts inflate beyond this is treated as a zip bomb.",
    )
    max_seconds_per_file: float = Field(
        default=300.0, description="Reading and extracting one file may take this long."
    )
    fork_helper: bool = Field(
        default=True,
        description="On a large file, let a forked child share reading and extracting "
        "when a CPU is idle (never with other threads running); the output is the same.",
    )
    uploads_dir: Path = Field(default=Path("scrutiny-files"), description="Stored originals.")
    editable: bool = Field(default=False, description="Allow edits/uploads when not on localhost.")


def get_settings(**overrides: object) -> Settings:
    """Build Settings from the environment, with explicit overrides winning."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
