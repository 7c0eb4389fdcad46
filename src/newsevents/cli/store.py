"""The store commands: ``ingest``, ``events``, ``dyad``, ``actors``, ``stats`` and ``export``.

Each command parses its options, opens an :class:`~newsevents.store.EventStore` and calls one of
its methods; errors from the library reach the user as one line (see :func:`newsevents.cli.main`).
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
import time
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

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
from newsevents.records import QuadClass
from newsevents.store.export import EXPORTS, FORMATS
from newsevents.store.models import Period

if TYPE_CHECKING:
    from newsevents.ingest.extractors import Extractor
    from newsevents.reading import ReadProblem
    from newsevents.store import EventFilter, EventStore, IngestReport


# The --format choices are the export registry's names (a new format needs no change here).
ExportChoice = StrEnum("ExportChoice", [(name, name) for name in FORMATS])  # type: ignore[misc]


class Output(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"




DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="NEWSEVENTS_DB", help="Database file (default ./newsevents.duckdb).")]
ActorOpt = Annotated[str | None, typer.Option(
    "--actor", help="Actor code or country on either side (USA, CHNGOV, IGOUNO).")]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Source actor code or country.")]
TargetOpt = Annotated[str | None, typer.Option("--target", help="Target actor code or country.")]
StartOpt = Annotated[str | None, typer.Option("--start", help="First day (YYYY-MM-DD or YYYY-MM).")]
EndOpt = Annotated[str | None, typer.Option("--end", help="Last day (YYYY-MM-DD or YYYY-MM).")]
CameoOpt = Annotated[str | None, typer.Option("--cameo", help="CAMEO code (042) or root (04).")]
PloverOpt = Annotated[str | None, typer.Option("--plover", help="PLOVER event type (CONSULT, ACCUSE...).")]
QuadOpt = Annotated[int | None, typer.Option("--quad", help=f"QuadClass: {QuadClass.help()}.")]
TextOpt = Annotated[str | None, typer.Option("--text", help="Words in a reporting sentence.")]
OutputOpt = Annotated[Output, typer.Option("--format", "-f", help="Output format.")]


def _open(db: str | None, *, read_only: bool = True) -> EventStore:
    from newsevents.store import EventStore

    return EventStore(db, read_only=read_only).open()


def _filter(**values: Any) -> EventFilter:
    from newsevents.store import make_filter

    return make_filter(**values)


def _emit(rows: list[dict[str, Any]], columns: list[str], output: Output, title: str) -> None:
    """Print ``rows`` as a table, CSV or JSON on stdout."""
    if output is Output.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif output is Output.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, title=title)
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row[c]) for c in columns))
        # Piped output has no terminal width to fit; keep rows whole rather than cut at 80.
        Console(width=None if sys.stdout.isatty() else 180).print(table)


# -- ingest ---------------------------------------------------------------------------------
def _problem(problem: ReadProblem) -> None:
    typer.echo(f"newsevents: skipped {problem}", err=True)


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")],
    db: DbOption = None,
    date: DateOption = None,
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1,
        help="Most articles per transaction; a batch is also written 5 s after its first article.")] = 256,
    dedup_window: Annotated[int | None, typer.Option(
        "--dedup-window", min=0,
        help="Days within which reports of the same event merge (default 0: same day; fixed per database)."
    )] = None,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal).")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first input that cannot be read.")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, help="Extraction processes (default: all cores; with --dask local, its workers).")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS|local",
        help="Extract on a Dask cluster (tcp://HOST:8786) or a LocalCluster (local); needs newsevents[dask].")] = None,
    out_parquet: Annotated[str | None, typer.Option(
        "--out-parquet", metavar="DIR",
        help="With --dask: write a Parquet dataset (articles, events, actors, quotes, dates, figures) to DIR "
             "instead of the database.")] = None,
    prefilter: Annotated[bool, typer.Option(
        "--prefilter/--no-prefilter", envvar="NEWSEVENTS_PREFILTER",
        help="Skip parsing text that cannot yield a record (boilerplate, sentences without actor, "
             "number, date or quote).")] = True,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    discards: DiscardsOption = None,
    no_builtin_dictionaries: NoBuiltinOption = False,
    dictionary_verbs: DictionaryVerbsOption = False,
) -> None:
    """Read, extract and store articles; articles already stored are skipped."""
    from newsevents.articles import check_date
    from newsevents.ingest.driver import ingest_paths, make_extractor
    from newsevents.store import EventStore

    day = check_date(date)
    if dask is not None:
        from newsevents.ingest.cluster import require_dask

        require_dask()  # says what to install before any input is read
    elif out_parquet is not None:
        raise typer.BadParameter("--out-parquet needs --dask (use --dask local on one machine)",
                                 param_hint="--out-parquet")
    spec = dictionary_spec(actors, agents, verbs, discards, no_builtin_dictionaries, dictionary_verbs)
    warn_dictionary_problems(spec)
    extractor = make_extractor(workers=workers, dask=dask, out_dir=out_parquet, model=model, prefilter=prefilter,
                               batch_size=batch_size, dictionaries=spec)
    show = sys.stderr.isatty() if progress is None else progress
    with contextlib.ExitStack() as stack:
        store = None if out_parquet is not None else stack.enter_context(EventStore(db, dedup_window=dedup_window))
        if not show:
            report = ingest_paths(store, paths, extractor, date=day, batch_size=batch_size, strict=strict,
                                  on_problem=_problem)
        else:
            report = _ingest_with_bar(store, paths, extractor, day, batch_size, strict)
    typer.echo(f"newsevents: {report.summary()}", err=True)
    if report.failed:
        raise typer.Exit(1)


def _ingest_with_bar(store: EventStore | None, paths: list[str], extractor: Extractor, date: str | None,
                     batch_size: int, strict: bool) -> IngestReport:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from newsevents.ingest.driver import ingest_paths

    started = time.perf_counter()
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} articles/s"), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None, rate="-")

        def update(done: int, total: int | None) -> None:
            rate = done / max(time.perf_counter() - started, 1e-9)
            bar.update(task, completed=done, total=total, rate=f"{rate:.1f}")

        def problem(p: ReadProblem) -> None:
            bar.console.print(f"newsevents: skipped {p}")

        return ingest_paths(store, paths, extractor, date=date, batch_size=batch_size, strict=strict,
                            on_progress=update, on_problem=problem)


# -- queries --------------------------------------------------------------------------------
_EVENT_COLUMNS = ["id", "date", "source", "cameo", "plover", "goldstein", "quad_class", "target",
                  "num_mentions", "num_sources", "num_articles", "trigger"]


def events_command(
    db: DbOption = None, actor: ActorOpt = None, source: SourceOpt = None, target: TargetOpt = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option(
        "--dyad", help="Two actors, events between them in either direction.")] = None,
    start: StartOpt = None, end: EndOpt = None, cameo: CameoOpt = None, plover: PloverOpt = None,
    quad: QuadOpt = None, text: TextOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Events to show.")] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Events to skip first.")] = 0,
    output: OutputOpt = Output.table,
) -> None:
    """List stored events (deduplicated, with their mention counts)."""
    from newsevents.serialize import record_to_dict

    f = _filter(actor=actor, source=source, target=target, dyad=tuple(dyad) if dyad else None, start=start,
                end=end, cameo=cameo, plover=plover, quad_class=quad, text=text)
    with _open(db) as store:
        found = store.events(f, limit=limit, offset=offset)
        total = store.count_events(f)
    if output is Output.json:
        _emit([record_to_dict(e) for e in found], [], output, "")
        return
    rows = []
    for e in found:
        row = record_to_dict(e)
        row["source"] = e.source.code or e.source.name if e.source else None
        row["target"] = e.target.code or e.target.name if e.target else None
        rows.append(row)
    _emit(rows, _EVENT_COLUMNS, output, f"events {offset + 1}-{offset + len(found)} of {total}")


def dyad_command(
    a: Annotated[str, typer.Argument(help="First actor (code or country).")],
    b: Annotated[str, typer.Argument(help="Second actor (code or country).")],
    by: Annotated[Period, typer.Option("--by", help="Period of each point.")] = "month",
    directed: Annotated[bool, typer.Option("--directed", help="Only events from A to B.")] = False,
    db: DbOption = None, start: StartOpt = None, end: EndOpt = None, cameo: CameoOpt = None,
    plover: PloverOpt = None, output: OutputOpt = Output.table,
) -> None:
    """The cooperation–conflict curve of A and B: events per period and QuadClass, Goldstein."""
    from newsevents.serialize import record_to_dict

    f = _filter(start=start, end=end, cameo=cameo, plover=plover)
    with _open(db) as store:
        points = store.dyad(a, b, by, f, directed=directed)
    columns = ["period", "events", *(q.field for q in QuadClass), "goldstein_sum", "goldstein_mean", "mentions"]
    arrow = "→" if directed else "↔"
    _emit([record_to_dict(p) for p in points], columns, output, f"{a.upper()} {arrow} {b.upper()} by {by}")


def actors_command(
    db: DbOption = None, start: StartOpt = None, end: EndOpt = None, cameo: CameoOpt = None,
    plover: PloverOpt = None, quad: QuadOpt = None, actor: ActorOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Actors to show.")] = 20,
    no_country: Annotated[bool, typer.Option(
        "--no-country", help="List the actors coded by a sector alone, whose country is unknown, one row "
                             "per sector as '(no country) GOV'; they are left out of the ranking.")] = False,
    output: OutputOpt = Output.table,
) -> None:
    """The most active actors: events as source and as target."""
    from newsevents.serialize import record_to_dict

    f = _filter(start=start, end=end, cameo=cameo, plover=plover, quad_class=quad, actor=actor)
    with _open(db) as store:
        found = store.actors(f, limit=limit, no_country=no_country)
    columns = ["code", "name", "country", "sector", "events", "as_source", "as_target", "mentions",
               "goldstein_mean"]
    title = "actors without a country" if no_country else "most active actors"
    _emit([record_to_dict(a) for a in found], columns, output, title)


def stats_command(db: DbOption = None, output: OutputOpt = Output.table) -> None:
    """What the database holds (every stored block is read once, so a damaged file is reported)."""
    from newsevents.serialize import record_to_dict

    with _open(db) as store:
        store.verify()
        stats = record_to_dict(store.stats())
    if output is Output.json:
        typer.echo(json.dumps(stats, indent=2))
    elif output is Output.csv:
        _emit([stats], list(stats), output, "")
    else:
        _emit([{"what": k, "value": v} for k, v in stats.items()], ["what", "value"], output, "newsevents store")


def export_command(
    format: Annotated[ExportChoice, typer.Option(
        "--format", "-f",
        help="File format: " + "; ".join(f"{f.name}: {f.help}" for f in EXPORTS.values()) + ".")],
    out: Annotated[str, typer.Option("--out", "-o", help="File to write, or - for standard output.")],
    db: DbOption = None, actor: ActorOpt = None, source: SourceOpt = None, target: TargetOpt = None,
    start: StartOpt = None, end: EndOpt = None, cameo: CameoOpt = None, plover: PloverOpt = None,
    quad: QuadOpt = None, text: TextOpt = None,
) -> None:
    """Export events to a file or standard output in one of the export formats."""
    f = _filter(actor=actor, source=source, target=target, start=start, end=end, cameo=cameo,
                plover=plover, quad_class=quad, text=text)
    with _open(db) as store:
        if out == "-":
            n = store.export(format.value, sys.stdout.buffer, f)
            sys.stdout.buffer.flush()
        else:
            n = store.export(format.value, out, f)
    what = "mentions" if format.value == "gdelt-mentions" else "events"  # a line per telling
    typer.echo(f"newsevents: wrote {n} {what} to {'standard output' if out == '-' else out} ({format.value})",
               err=True)


def register(app: typer.Typer) -> None:
    """Add the store commands to ``app``."""
    app.command("ingest")(ingest_command)
    app.command("events")(events_command)
    app.command("dyad")(dyad_command)
    app.command("actors")(actors_command)
    app.command("stats")(stats_command)
    app.command("export")(export_command)
