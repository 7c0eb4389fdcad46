"""The dictionary knowledge a pipeline codes with: built-in tables plus the user's files.

Built-in knowledge is our own tables (``newsevents/actors/data``) and the Phoenix dictionaries
shipped in ``data/phoenix`` (actors, agents, the story-wide discards); where they disagree
ours win (our terms run past 2015, theirs stop in 2014). A user's files
(:class:`DictionarySpec`) win over both. The Phoenix verb patterns are off unless asked
for (``builtin_verbs``): they lower precision (docs/dictionaries.md has the figures).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.actors.lexicon import Lexicon, country_names, lexicon, tokenizer_split
from newsevents.actors.persons import Person, PersonTable, load_persons
from newsevents.dictionaries.actors import read_actors
from newsevents.dictionaries.agents import read_agents
from newsevents.dictionaries.compile_actors import add_actor_records, add_agents, merge_persons
from newsevents.dictionaries.discards import Discards, compile_discards
from newsevents.dictionaries.lists import Discard, read_discards
from newsevents.dictionaries.verbs import VerbFile, read_verbs
from newsevents.errors import DictionaryProblem

#: The Phoenix files read as built-in knowledge, by kind, in the order they are read.
PHOENIX_FILES: dict[str, tuple[str, ...]] = {
    "actors": ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt"),
    "agents": ("Phoenix.agents.txt",),
    "discards": ("Phoenix.discards.txt",),
    "verbs": ("CAMEO.2.0.txt",),
}


def phoenix_path(name: str) -> Path:
    """Where a shipped Phoenix file lives."""
    return Path(str(resources.files("newsevents.dictionaries") / "data" / "phoenix" / name))


@dataclass(frozen=True, slots=True)
class DictionarySpec:
    """Which dictionaries to code with: the built-in ones (or not) and the user's files.

    ``builtin``: our tables and (with ``phoenix``) the Phoenix dictionaries; ``builtin_verbs``:
    the Phoenix verb patterns too.

    Hashable, so a pipeline and its compiled knowledge can be cached by it; paths are kept as
    given and read when the knowledge is compiled.
    """

    actors: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    discards: tuple[str, ...] = ()
    builtin: bool = True
    phoenix: bool = True
    builtin_verbs: bool = False

    @classmethod
    def from_config(cls, config: dict[str, Any] | None) -> DictionarySpec:
        """The spec a component's config holds (see :meth:`to_config`); default if ``None``."""
        if not config:
            return cls()
        def files(key: str) -> tuple[str, ...]:
            return tuple(str(p) for p in config.get(key) or ())

        return cls(files("actors"), files("agents"), files("verbs"), files("discards"),
                   bool(config.get("builtin", True)), bool(config.get("phoenix", True)),
                   bool(config.get("builtin_verbs", False)))

    def to_config(self) -> dict[str, Any]:
        """The spec as plain lists and booleans, for a spaCy component's config."""
        return {"actors": list(self.actors), "agents": list(self.agents), "verbs": list(self.verbs),
                "discards": list(self.discards), "builtin": self.builtin, "phoenix": self.phoenix,
                "builtin_verbs": self.builtin_verbs}

    def files(self) -> list[tuple[str, Path, bool]]:
        """Every file read, as (kind, path, is the user's), built-in ones first."""
        out: list[tuple[str, Path, bool]] = []
        if self.builtin and self.phoenix:
            for kind, names in PHOENIX_FILES.items():
                if kind != "verbs" or self.builtin_verbs:
                    out.extend((kind, phoenix_path(n), False) for n in names)
        for kind in ("actors", "agents", "verbs", "discards"):
            out.extend((kind, Path(p), True) for p in getattr(self, kind))
        return out


@dataclass(slots=True)
class Knowledge:
    """Compiled dictionaries: the actor lexicon, known persons, discards and verb files."""

    lexicon: Lexicon
    persons: PersonTable
    discards: Discards
    verbs: list[VerbFile] = field(default_factory=list)
    problems: list[DictionaryProblem] = field(default_factory=list)


def compile_knowledge(spec: DictionarySpec) -> Knowledge:
    """Read every file of ``spec`` and build the knowledge (no caching: see :func:`knowledge`)."""
    split = tokenizer_split()
    lex = lexicon().copy() if spec.builtin else Lexicon()
    countries = set(country_names()) if spec.builtin else set()
    ours = list(load_persons().persons) if spec.builtin else []
    user_persons: list[Person] = []
    phoenix_persons: list[Person] = []
    problems: list[DictionaryProblem] = []
    discards: list[Discard] = []
    verbs: list[VerbFile] = []
    # User files first: their phrases replace ours; Phoenix's only fill gaps.
    files = sorted(spec.files(), key=lambda f: not f[2])
    for kind, path, mine in files:
        if kind == "actors":
            actors = read_actors(path)
            found = add_actor_records(lex, split, actors.records, countries, win=mine)
            (user_persons if mine else phoenix_persons).extend(found)
            result: Any = actors
        elif kind == "agents":
            result = read_agents(path)
            add_agents(lex, split, result.agents, win=mine)
        elif kind == "discards":
            result = read_discards(path)
            # Of Phoenix's discards only the story-wide ones (sports, shows) are used: its
            # sentence discards ("years ago", "landslide", "typhoon", every year 1914-2013) drop
            # news sentences we code (two gold events of the PETRARCH-2 set among them).
            discards.extend(d for d in result.discards if mine or d.story)
        else:
            result = read_verbs(path)
            verbs.append(result)
        if mine:
            problems.extend(result.problems)
    persons = merge_persons([user_persons, ours, phoenix_persons])
    return Knowledge(lex, persons, compile_discards(discards), verbs, problems)


@functools.lru_cache(maxsize=4)
def knowledge(spec: DictionarySpec | None = None) -> Knowledge:
    """The knowledge for ``spec`` (default: built-in only), compiled once per process and kept
    on disk between runs (see :mod:`newsevents.dictionaries.cache`)."""
    from newsevents.dictionaries.cache import cached

    spec = spec or DictionarySpec()
    return cached(spec, compile_knowledge)
