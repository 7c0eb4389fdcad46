"""``newsevents extract``: print what the pipeline finds in articles."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from newsevents.cli.common import (
    ActorsOption,
    AgentsOption,
    DateOption,
    DictionaryVerbsOption,
    DiscardsOption,
    ModelOption,
    NoBuiltinOption,
    VerbsOption,
    dictionary_spec,
    warn_dictionary_problems,
)
from newsevents.reading import ReadProblem
from newsevents.records import Article


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _warn(problem: ReadProblem) -> None:
    typer.echo(f"newsevents: skipped {problem}", err=True)


def _warn_undated(article: Article) -> None:
    from newsevents.extraction import UNDATED_WARNING

    where = article.source or article.id
    if article.line is not None:
        where += f":{article.line}"
    typer.echo(f"newsevents: warning: {where}: {UNDATED_WARNING}; give --date YYYY-MM-DD to date it",
               err=True)


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    date: DateOption = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first input that cannot be read.")] = False,
    model: ModelOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    discards: DiscardsOption = None,
    no_builtin_dictionaries: NoBuiltinOption = False,
    dictionary_verbs: DictionaryVerbsOption = False,
) -> None:
    """Extract actors, events, quotes, dates and figures; one JSON object per article."""
    from newsevents.articles import check_date
    from newsevents.cli.table import render_table
    from newsevents.ingest.batch import BatchReport, extract_paths
    from newsevents.nlp.pipeline import load_pipeline
    from newsevents.serialize import extraction_to_dict, extraction_to_json

    report = BatchReport()
    spec = dictionary_spec(actors, agents, verbs, discards, no_builtin_dictionaries, dictionary_verbs)
    nlp = load_pipeline(model, dictionaries=spec)
    warn_dictionary_problems(spec)
    results = extract_paths(paths, report, date=check_date(date), strict=strict, nlp=nlp,
                            on_problem=_warn, on_undated=_warn_undated)
    if format is Format.jsonl:
        for ex in results:
            sys.stdout.write(extraction_to_json(ex) + "\n")
            sys.stdout.flush()
    elif format is Format.json:
        json.dump([extraction_to_dict(ex) for ex in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for ex in results:
            render_table(ex)
    typer.echo(f"newsevents: {report.summary()}", err=True)
    if report.skipped:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``extract`` to ``app``."""
    app.command("extract")(extract_command)
