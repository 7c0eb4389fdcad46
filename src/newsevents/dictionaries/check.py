"""Tell which kind of dictionary a file is, read it with its reader, and list its problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsevents.dictionaries.actors import read_actors
from newsevents.dictionaries.agents import read_agents
from newsevents.dictionaries.common import read_lines
from newsevents.dictionaries.lists import read_discards, read_issues
from newsevents.dictionaries.verbs import read_verbs
from newsevents.errors import DictionaryProblem

READERS: dict[str, Callable[[Path | str], Any]] = {
    "actors": read_actors,
    "agents": read_agents,
    "verbs": read_verbs,
    "discards": read_discards,
    "issues": read_issues,
}
"""Each dictionary kind and the function that reads it."""

# Words in a file name that say its kind ("Phoenix.agents.txt", "CAMEO.2.0.txt").
_NAME_HINTS = (("agent", "agents"), ("verb", "verbs"), ("cameo", "verbs"), ("discard", "discards"),
               ("issue", "issues"), ("actor", "actors"))


def guess_kind(path: Path | str) -> str:
    """The kind of dictionary at ``path``: from its name, else from what its lines look like."""
    name = Path(path).name.lower()
    for hint, kind in _NAME_HINTS:
        if hint in name:
            return kind
    lines = [text.strip() for _, text in read_lines(path).lines[:200]]
    if any(t.startswith("---") for t in lines):
        return "verbs"
    if any("[~" in t or "~]" in t for t in lines):
        return "agents"
    if any(t.startswith("<ISSUE") for t in lines):
        return "issues"
    if any("[" in t for t in lines):
        return "actors"
    return "discards"


def check_file(path: Path | str, kind: str | None = None) -> tuple[str, int, list[DictionaryProblem]]:
    """Read ``path`` as ``kind`` (guessed if not given): (kind, entries read, problems)."""
    kind = kind or guess_kind(path)
    result = READERS[kind](path)
    size = 0
    for attr in ("records", "agents", "blocks", "discards", "issues"):
        size = size or len(getattr(result, attr, ()) or ())
    return kind, size, list(result.problems)
