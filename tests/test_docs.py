"""The README documents every command and every option (sqlite-utils' test_docs habit).

Each command needs a ``### scrutiny <name>`` section in README.md that mentions each of
its long options; the README's first screen must keep the two commands it promises.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from scrutiny.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def commands() -> dict[str, Any]:
    """Command name -> command object (Typer's click group; typed loosely on purpose,
    since Typer may bring its own copy of click)."""
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def section(name: str) -> str:
    """The README text under ``### scrutiny <name>``, up to the next heading of that level."""
    text = README.read_text()
    match = re.search(rf"^### scrutiny {re.escape(name)}\b.*?(?=^#{{1,3}} |\Z)", text,
                      re.MULTILINE | re.DOTALL)
    return match.group(0) if match else ""


@pytest.mark.parametrize("name", sorted(commands()))
def test_command_is_documented(name: str):
    assert section(name), f"README.md has no '### scrutiny {name}' section"


@pytest.mark.parametrize(
    ("name", "option"),
    [(name, opt) for name, command in sorted(commands().items())
     for param in command.params for opt in param.opts
     if opt.startswith("--") and opt != "--help"],
)
def test_option_is_documented(name: str, option: str):
    assert option in section(name), f"README.md's 'scrutiny {name}' section lacks {option}"


def test_first_screen_has_the_two_commands():
    first_screen = "\n".join(README.read_text().splitlines()[:30])
    assert "make demo" in first_screen
    assert "make test" in first_screen


def test_ci_runs_the_readme_test_command():
    ci = (README.parent / ".ci" / "run").read_text()
    assert re.search(r"^\s*make test\b", ci, re.MULTILINE)
