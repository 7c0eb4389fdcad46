"""``newsevents evaluate`` (score the coder on gold events) and ``newsevents codes`` (the codebook)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from newsevents.cli.common import ModelOption


class GoldFormat(StrEnum):
    auto = "auto"
    petrarch = "petrarch"
    plover = "plover"
    jsonl = "jsonl"


def _who(ref: object) -> str:
    return str(getattr(ref, "code", None) or "-") if ref is not None else "-"


def evaluate_command(
    gold: Annotated[str, typer.Argument(help="Gold file: PETRARCH XML, PLOVER JSON or our JSON Lines.")],
    format: Annotated[GoldFormat, typer.Option("--format", help="Gold format (auto: by extension).")] = (
        GoldFormat.auto
    ),
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and false event.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
) -> None:
    """Precision, recall and F1 of the event coder on a gold-standard file."""
    from rich.console import Console
    from rich.table import Table

    from newsevents.evaluate import evaluate, read_gold
    from newsevents.nlp.pipeline import load_pipeline

    items = read_gold(gold, format.value)
    report = evaluate(items, nlp=load_pipeline(model))
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        console = Console()
        t = Table("level", "precision", "recall", "F1", "tp", "fp", "fn",
                  title=f"{gold}: {len(report.items)} texts")
        for name, s in report.levels.items():
            t.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
        console.print(t)
        if report.roots:
            r = Table("root", "precision", "recall", "F1", "tp", "fp", "fn", title="dyad-root by CAMEO root")
            for root, s in sorted(report.roots.items()):
                r.add_row(root, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", str(s.tp), str(s.fp),
                          str(s.fn))
            console.print(r)
    if errors:
        for res in report.items:
            if not res.missed and not res.false:
                continue
            typer.echo(f"\n[{res.item.id}] {res.item.text}")
            for g in res.missed:
                typer.echo(f"  MISS  {g.source or '-'} -> {g.target or '-'}  {g.cameo or '-'} {g.plover or ''}")
            for e in res.false:
                typer.echo(f"  FALSE {_who(e.source)} -> {_who(e.target)}  {e.cameo} {e.plover or ''}"
                           f"  trigger={e.trigger!r} rule={e.rule}")


def codes_command(
    prefix: Annotated[str, typer.Argument(help="Show codes starting with this (e.g. 19).")] = "",
) -> None:
    """The CAMEO codebook with Goldstein scores, QuadClass and PLOVER types."""
    from newsevents.events.codebook import entries

    for e in entries().values():
        if e.code.startswith(prefix):
            typer.echo(f"{e.code:<5} {e.goldstein:+5.1f}  Q{e.quad_class}  {e.plover or '-':<9}  {e.name}")


def register(app: typer.Typer) -> None:
    """Add ``evaluate`` and ``codes`` to ``app``."""
    app.command("evaluate")(evaluate_command)
    app.command("codes")(codes_command)
