"""Global fixtures: the one spaCy pipeline every model-bound test shares, the sample corpus
stored once in a DuckDB file for the tests that need a database, and the ``extract`` command
alone for the tests that run it."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from spacy.language import Language

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full newsevents pipeline (English model plus our components), loaded once."""
    from newsevents.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """The sample corpus (examples/articles) ingested into a DuckDB file, once per session."""
    from newsevents.ingest import InProcess, ingest_paths
    from newsevents.store import EventStore

    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    with EventStore(path) as store:
        report = ingest_paths(store, [str(CORPUS)], InProcess(nlp=nlp))
    assert report.articles_new >= 30 and not report.failed, report.summary()
    return path


@pytest.fixture(scope="session")
def extract_app() -> typer.Typer:
    """A Typer app holding only ``extract``, as the real one registers it."""
    from newsevents.cli.extract import register

    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Keep ``extract`` a subcommand."""

    register(app)
    return app
