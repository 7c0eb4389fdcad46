"""STUB, to be replaced: the CLI commands of the store feature."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
