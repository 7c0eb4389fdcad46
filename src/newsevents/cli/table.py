"""The ``--format table`` view: a readable summary of one extraction for a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsevents.records import ActorRef, Extraction


def _who(ref: ActorRef | None) -> str:
    if ref is None:
        return "-"
    return f"{ref.name} ({ref.code})" if ref.code else ref.name


def render_table(ex: Extraction, console: Console | None = None) -> None:
    """Print the article header, then one table per kind of record that is not empty."""
    console = console or Console()
    a = ex.article
    console.print(f"[bold]{a.id}[/bold]  {a.date or 'undated'}  {a.title or ''}  {a.source or ''}")
    for warning in ex.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")
    if ex.events:
        t = Table("date", "source", "cameo", "plover", "gold.", "target", "trigger", title="events")
        for e in ex.events:
            t.add_row(e.date or "-", _who(e.source), e.cameo, e.plover or "-", f"{e.goldstein:+.1f}",
                      _who(e.target), e.trigger)
        console.print(t)
    if ex.actors:
        t = Table("name", "code", "country", "sector", "kind", "mentions", title="actors")
        for x in ex.actors:
            t.add_row(x.name, x.code or "-", x.country or "-", x.sector or "-", x.kind, str(len(x.mentions)))
        console.print(t)
    if ex.quotes:
        t = Table("speaker", "quote", title="quotes")
        for q in ex.quotes:
            t.add_row(_who(q.speaker), q.text if len(q.text) < 100 else q.text[:97] + "...")
        console.print(t)
    if ex.dates:
        t = Table("text", "value", "precision", title="dates")
        for d in ex.dates:
            t.add_row(d.text, d.value or "?", d.precision)
        console.print(t)
    if ex.figures:
        t = Table("text", "value", "unit", "year", "what", title="figures")
        for f in ex.figures:
            t.add_row(f.text, f"{f.value:,.10g}", f.unit, str(f.year or "-"), f.what or "-")
        console.print(t)
