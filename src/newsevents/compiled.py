"""Use the mypyc-compiled modules only while they match their sources.

setup.py compiles the extraction's hot modules to C extensions that sit beside their sources
(in an editable install too), and Python imports an extension before a source of the same name.
After a source is edited the extension still runs the old code, and the other compiled modules
call it directly, not through the import system. So setup.py records the SHA-256 of every
compiled source in :data:`MANIFEST`; when any source differs from its record, or an extension
is there without a record, :func:`prefer_sources` makes every module of the package import
from its source until the next build. ``NEWSEVENTS_PURE=1`` does the same on purpose.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, SOURCE_SUFFIXES, FileFinder, ModuleSpec, SourceFileLoader
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
MANIFEST = "compiled.json"
"""Written by setup.py beside this module: compiled source (relative path) -> its SHA-256."""
_SUFFIXES = tuple(EXTENSION_SUFFIXES)


def source_digests(root: Path, sources: Sequence[Path]) -> dict[str, str]:
    """The SHA-256 of each source, keyed by its path relative to ``root`` (the manifest's form)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}


def extensions(root: Path = PACKAGE) -> list[Path]:
    """The compiled modules of the package under ``root``."""
    found = []
    for folder, _, files in os.walk(root):
        found += [Path(folder, name) for name in files if name.endswith(_SUFFIXES)]
    return sorted(found)


def up_to_date(root: Path = PACKAGE, built: Sequence[Path] | None = None) -> bool:
    """Whether every extension under ``root`` (``built``, if already listed) was compiled from the
    source beside it as it is now. True when there are none (the pure package)."""
    built = extensions(root) if built is None else built
    if not built:
        return True
    try:
        recorded: object = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    sources = [ext.with_name(ext.name.split(".")[0] + ".py") for ext in built]
    if not all(p.is_file() for p in sources):
        return False
    return recorded == source_digests(root, sources)


class _SourcesFirst(MetaPathFinder):
    """Finds the package's modules among their sources only, never their extensions."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if not fullname.startswith(f"{__package__}.") or not path:
            return None
        for entry in path:
            spec = FileFinder(entry, (SourceFileLoader, SOURCE_SUFFIXES)).find_spec(fullname, target)
            if spec is not None:
                return spec
        return None


@functools.cache
def in_use() -> bool:
    """Whether the compiled modules load: there are some, they match their sources, and
    ``NEWSEVENTS_PURE`` is unset (as the package was imported: the answer is kept)."""
    built = extensions()
    return not os.environ.get("NEWSEVENTS_PURE") and bool(built) and up_to_date(PACKAGE, built)


def pure_reason(root: Path = PACKAGE) -> str:
    """Why the package under ``root`` runs its sources, in words for a message; empty when the
    compiled modules are in use."""
    if root == PACKAGE and in_use():
        return ""
    if os.environ.get("NEWSEVENTS_PURE"):
        return "NEWSEVENTS_PURE is set"
    built = extensions(root)
    if not built:
        return ("no compiled modules are built (installed with COMPILE=0, or the compile could not run: "
                "see .venv/compile.log)")
    try:
        json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"the build did not finish (no readable {MANIFEST} beside the compiled modules): run make compile"
    if up_to_date(root, built):
        return ""
    return "the compiled modules are stale: a source was edited after the build (run make compile)"


def prefer_sources() -> bool:
    """Import the package's modules from their sources when compiled ones are there but stale
    or switched off; whether it did. Called once, as the package is imported."""
    if in_use() or not extensions():
        return False
    if not any(isinstance(f, _SourcesFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourcesFirst())
    return True
