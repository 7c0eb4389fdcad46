"""Keep tables built at start-up on disk, keyed by everything they are built from.

Every extraction process builds the same tables on its first article (the gazetteer's index of
place names, the actor lexicon, the pre-filter's cue words, the compiled dictionaries). Building
them takes seconds; loading a pickle of the result takes a fraction of that, and a pool or a Dask
cluster starts one process per core. A table is stored under a key that covers this package's
code (every module), the data files it is read from, the versions of the libraries whose data it
copies and a format number, so an edited file or an upgrade builds it anew.

The cache lives in ``$NEWSEVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsevents``, else
``~/.cache/newsevents``; ``NEWSEVENTS_NO_CACHE=1`` turns it off. Writes go to a temporary file
renamed into place: processes starting together may each build a table, but none reads a
half-written file. An unreadable or unwritable cache is skipped, never an error.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FORMAT = 1
"""Bumped when the way tables are stored changes."""

_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """The directory the tables are kept in."""
    if os.environ.get("NEWSEVENTS_CACHE_DIR"):
        return Path(os.environ["NEWSEVENTS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def enabled() -> bool:
    """Whether tables are read from and written to disk (``NEWSEVENTS_NO_CACHE`` unset)."""
    return not os.environ.get("NEWSEVENTS_NO_CACHE")


def file_hash(path: Path) -> str:
    """The sha256 of a file's bytes; ``"missing"`` for a file that cannot be read (the key then
    still differs from the one of a present file)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every module of this package: any change of code makes new keys, and the
    compiled modules (setup.py) keep tables of their own, as their classes pickle differently."""
    from newsevents import compiled

    digest = hashlib.sha256(f"compiled {compiled.in_use()}".encode())
    for module in sorted(_PACKAGE.rglob("*.py")):
        digest.update(f"|{module.relative_to(_PACKAGE)}|{file_hash(module)}".encode())
    return digest.hexdigest()


def library_version(name: str) -> str:
    """The installed version of the distribution ``name`` (``"none"`` if it is not installed)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def table_key(name: str, files: Iterable[Path], libraries: Iterable[str] = (), extra: str = "") -> str:
    """The key of table ``name`` built from ``files`` with the data of ``libraries``."""
    from newsevents import __version__

    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{name}|{extra}|{code_digest()}".encode())
    for library in libraries:
        digest.update(f"|{library} {library_version(library)}".encode())
    for path in files:
        digest.update(f"|{path.name}|{file_hash(path)}".encode())
    return digest.hexdigest()


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The table ``name`` stored under ``key``: loaded from the cache if it holds it, else built
    by ``build()`` and stored."""
    if not enabled():
        return build()
    path = cache_dir() / f"{name}-{key[:32]}.pickle"
    try:
        with path.open("rb") as handle, collector_paused():
            loaded: T = pickle.load(handle)
        return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    built = build()
    store(path, built)
    prune(name, keep=path)
    return built


@contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector off while a block makes many objects and no cycle: a table loading
    here (unpickling makes a few hundred thousand objects that all live on, and the collector
    would scan the growing heap again and again: a quarter to three quarters of the load time,
    measured on the dictionaries and gazetteer), or the store's rows of a batch being staged.
    The caller's setting is back afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


KEEP = 8
"""How many stored versions of one table are kept (several dictionary sets, or checkouts of
different code, each have their own); older ones are removed when a new one is stored."""


def prune(name: str, keep: Path) -> None:
    """Remove all but the :data:`KEEP` most recently written versions of table ``name``."""
    try:
        versions = sorted(cache_dir().glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in versions if p != keep][KEEP - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned the same file first


def store(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` through a temporary file renamed into place (errors skipped)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        pass
