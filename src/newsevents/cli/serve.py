"""The ``serve`` command: the web dashboard over an event database, opened read-only."""

from __future__ import annotations

from typing import Annotated

import typer

from newsevents.cli.common import (
    ActorsOption,
    AgentsOption,
    DictionaryVerbsOption,
    DiscardsOption,
    ModelOption,
    NoBuiltinOption,
    VerbsOption,
    dictionary_spec,
    warn_dictionary_problems,
)


def serve_command(
    db: Annotated[str | None, typer.Option(
        "--db", envvar="NEWSEVENTS_DB", help="Database file (default ./newsevents.duckdb); opened read-only.")] = None,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on; the default serves this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    model: ModelOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    discards: DiscardsOption = None,
    no_builtin_dictionaries: NoBuiltinOption = False,
    dictionary_verbs: DictionaryVerbsOption = False,
    reload_every: Annotated[float | None, typer.Option(
        "--reload-every", min=1, metavar="SECONDS",
        help="Serve an in-memory snapshot of the database, renewed this often when the file has changed, "
             "so `newsevents ingest` can write the file while the server runs.")] = None,
) -> None:
    """Serve the dashboard and JSON API (http://HOST:PORT/, API description at /openapi.json)."""
    from newsevents.serve import serve

    spec = dictionary_spec(actors, agents, verbs, discards, no_builtin_dictionaries, dictionary_verbs)
    warn_dictionary_problems(spec)
    serve(db, host=host, port=port, model=model, dictionaries=spec, reload_every=reload_every)


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""
    app.command("serve")(serve_command)
