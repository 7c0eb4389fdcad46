"""The web dashboard: a FastAPI application over a read-only :class:`~newsevents.store.EventStore`.

:func:`create_app` builds the application (JSON API under ``/api``, HTML pages, our own CSS and
JavaScript, and plotly.js served from the installed ``plotly`` package, so nothing is fetched from
the internet); :func:`serve` opens the database read-only and runs it under Uvicorn.
FastAPI, Uvicorn, Jinja2 and plotly come with the ``serve`` extra and are imported lazily.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from newsevents.errors import MissingExtra

if TYPE_CHECKING:
    from fastapi import FastAPI

    from newsevents.dictionaries import DictionarySpec
    from newsevents.store import EventStore

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "create_app", "require_extra", "serve"]

DEFAULT_HOST = "127.0.0.1"
"""Where the dashboard listens unless told otherwise: this machine only."""

DEFAULT_PORT = 8000


def require_extra() -> None:
    """Raise :class:`~newsevents.errors.MissingExtra` unless the ``serve`` extra is installed."""
    for module in ("fastapi", "uvicorn", "jinja2", "plotly"):
        if importlib.util.find_spec(module) is None:
            raise MissingExtra("the dashboard", "serve", module)


def create_app(store: EventStore, *, model: str | None = None,
               dictionaries: DictionarySpec | None = None) -> FastAPI:
    """The dashboard application over an open ``store`` (opened read-only by the caller).

    ``model`` names the spaCy pipeline the "try it" page loads (on first use only).
    """
    require_extra()
    from newsevents.serve.app import build_app

    return build_app(store, model=model, dictionaries=dictionaries)


def serve(db: str | None = None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          model: str | None = None, dictionaries: DictionarySpec | None = None,
          reload_every: float | None = None) -> None:
    """Open ``db`` read-only and serve the dashboard on ``host:port`` until interrupted.

    ``reload_every``: serve an in-memory snapshot renewed every so many seconds instead, so that
    ``newsevents ingest`` can write the file meanwhile.
    """
    require_extra()
    from newsevents.serve.app import run

    run(db, host=host, port=port, model=model, dictionaries=dictionaries, reload_every=reload_every)
