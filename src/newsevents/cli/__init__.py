"""The ``newsevents`` command line: thin Typer commands over the library API."""

from __future__ import annotations

import sys

import typer

from newsevents.errors import NewsEventsError

app = typer.Typer(
    name="newsevents",
    help="Turn dated news articles into political event data (CAMEO, PLOVER, Goldstein).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from newsevents import __version__

        typer.echo(f"newsevents {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Turn dated news articles into political event data (CAMEO, PLOVER, Goldstein)."""


def _register() -> None:
    from newsevents.cli import dictionaries, evaluate, extract, serve, store

    for module in (extract, evaluate, store, serve, dictionaries):
        module.register(app)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``newsevents: error: message`` on stderr; return the Exit to raise."""
    typer.echo(f"newsevents: error: {message}", err=True)
    return typer.Exit(code)


def main() -> None:
    """Console-script entry point."""
    _register()
    try:
        app()
    except NewsEventsError as exc:
        typer.echo(f"newsevents: error: {exc}", err=True)
        sys.exit(1)
    except Exception as exc:
        # A DuckDB error raised by a query (a damaged block is found only when read): one line.
        if type(exc).__module__.partition(".")[0] not in ("duckdb", "_duckdb"):
            raise
        from newsevents.store.damage import describe, last_opened

        typer.echo(f"newsevents: error: {describe(exc, last_opened())}", err=True)
        sys.exit(1)
