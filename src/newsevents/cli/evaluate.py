"""``newsevents evaluate`` (score the coder on gold events) and ``newsevents codes`` (the codebook)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

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

if TYPE_CHECKING:
    from rich.table import Table

    from newsevents.evaluate_articles import ArticleScores


class GoldFormat(StrEnum):
    auto = "auto"
    petrarch = "petrarch"
    plover = "plover"
    jsonl = "jsonl"


def _who(ref: object) -> str:
    return str(getattr(ref, "code", None) or "-") if ref is not None else "-"


def evaluate_command(
    gold: Annotated[str, typer.Argument(help="Gold file: PETRARCH XML, PLOVER JSON or our JSON Lines "
                                             "(sentences, or whole articles with exhaustive_chars/key_events).")],
    format: Annotated[GoldFormat, typer.Option("--format", help="Gold format (auto: by extension).")] = (
        GoldFormat.auto
    ),
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and false event.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    verbs: VerbsOption = None,
    discards: DiscardsOption = None,
    no_builtin_dictionaries: NoBuiltinOption = False,
    dictionary_verbs: DictionaryVerbsOption = False,
    environment_dictionaries: Annotated[bool, typer.Option(
        "--environment-dictionaries",
        help="Code with the dictionary files a PETRARCH XML's <Environment> block names (relative to it), "
             "and no built-in ones.")] = False,
) -> None:
    """Precision, recall and F1 of the event coder on a gold-standard file."""
    from rich.console import Console
    from rich.table import Table

    from newsevents.evaluate import evaluate, read_gold
    from newsevents.nlp.pipeline import load_pipeline

    spec = dictionary_spec(actors, agents, verbs, discards, no_builtin_dictionaries, dictionary_verbs)
    if environment_dictionaries:
        from dataclasses import replace

        from newsevents.dictionaries.environment import environment_dictionaries as named

        env = named(gold)
        spec = replace(env, actors=env.actors + tuple(actors or ()), agents=env.agents + tuple(agents or ()),
                       verbs=env.verbs + tuple(verbs or ()), discards=env.discards + tuple(discards or ()))
    items = read_gold(gold, format.value)
    nlp = load_pipeline(model, dictionaries=spec)
    warn_dictionary_problems(spec)
    report = evaluate(items, nlp=nlp)
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
        if report.articles is not None:
            console.print(_article_table(report.articles))
    if errors:
        for res in report.items:
            if not (res.missed or res.false or res.key_missed or res.actor_errors):
                continue
            text = res.item.text
            if res.item.article is not None:  # the exhaustively coded part is what the misses refer to
                text = text[:res.item.article.exhaustive_chars] + " [...]"
            typer.echo(f"\n[{res.item.id}] {text}")
            for g in res.missed:
                typer.echo(f"  MISS  {g.source or '-'} -> {g.target or '-'}  {g.cameo or '-'} {g.plover or ''}")
            for e in res.false:
                typer.echo(f"  FALSE {_who(e.source)} -> {_who(e.target)}  {e.cameo} {e.plover or ''}"
                           f"  trigger={e.trigger!r} rule={e.rule}")
            for g in res.key_missed:
                typer.echo(f"  KEY   {g.source or '-'} -> {g.target or '-'}  {g.cameo or '-'} {g.plover or ''}")
            for msg in res.actor_errors:
                typer.echo(f"  ACTOR {msg}")


def _article_table(scores: ArticleScores) -> Table:
    from rich.table import Table

    t = Table("article measure", "value", "count", title=f"article-level gold: {scores.articles} articles")
    t.add_row("key-event recall", f"{scores.key_recall:.3f}", f"{scores.key_found}/{scores.key_total}")
    t.add_row("actor country accuracy", f"{scores.actor_accuracy:.3f}", f"{scores.actors_right}/{scores.actors_found}")
    t.add_row("actors found (coverage)", f"{scores.actor_coverage:.3f}", f"{scores.actors_found}/{scores.actors_gold}")
    t.add_row("events on negatives", str(scores.negative_events),
              f"{len(scores.noisy_negatives)}/{scores.negatives} articles")
    return t


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
