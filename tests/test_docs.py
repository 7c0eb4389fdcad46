"""The docs move with the code: every command is documented and the CLI reference is current."""

from __future__ import annotations

from pathlib import Path

import typer.main

from newsevents.cli import _register, app
from newsevents.cli.reference import cli_reference

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    _register()
    group = typer.main.get_command(app)
    ctx = group.make_context("newsevents", ["--help"], resilient_parsing=True)  # type: ignore[attr-defined]
    return list(group.list_commands(ctx))  # type: ignore[attr-defined]


def test_docs_cli_reference_is_current() -> None:
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference(), (
        "docs/cli.md is stale: run `make docs`"
    )


def test_docs_readme_mentions_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands() if f"newsevents {c}" not in readme]
    assert not missing, f"commands not shown in README.md: {missing}"


def test_docs_readme_quick_start_is_the_two_make_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
