"""``newsevents dictionaries``: check CAMEO dictionary files (PETRARCH/TABARI formats)."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(help="Check CAMEO dictionaries (actors, agents, verbs, discards, issues).",
                  no_args_is_help=True)

KINDS = ("actors", "agents", "verbs", "discards", "issues")


@app.command("check")
def check_command(
    paths: Annotated[list[str], typer.Argument(help="Dictionary files to check.")],
    kind: Annotated[str | None, typer.Option(
        "--kind", help="actors, agents, verbs, discards or issues (default: guessed from the name).")] = None,
) -> None:
    """Read each file and list every malformed line with its file, line and reason (exit 1 if any)."""
    from newsevents.cli import fail
    from newsevents.dictionaries import check_file

    if kind is not None and kind not in KINDS:
        raise fail(f"--kind {kind!r} is not one of {', '.join(KINDS)}")
    total = 0
    for path in paths:
        found_kind, size, problems = check_file(path, kind)
        for problem in problems:
            typer.echo(str(problem))
        total += len(problems)
        typer.echo(f"newsevents: {path}: {found_kind}, {size} entries read, {len(problems)} problems",
                   err=True)
    if total:
        raise typer.Exit(1)


def register(root: typer.Typer) -> None:
    """Add ``dictionaries`` to ``root``."""
    root.add_typer(app, name="dictionaries")
