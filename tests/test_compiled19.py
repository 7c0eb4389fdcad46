"""The compiled modules load only while they match their sources (newsevents/compiled.py).

The package trees here are written by the tests: a module's source beside a stand-in for its
extension (an empty file with the extension's name; nothing loads it).
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES, SourceFileLoader
from pathlib import Path

import pytest

from newsevents import compiled

SUFFIX = EXTENSION_SUFFIXES[0]


def _package(root: Path, sources: dict[str, str], built: list[str]) -> Path:
    """A package under ``root`` with ``sources`` (name -> text) and extensions of ``built``."""
    package = root / "pkg"
    package.mkdir()
    for name, text in sources.items():
        (package / f"{name}.py").write_text(text, encoding="utf-8")
    for name in built:
        (package / f"{name}{SUFFIX}").write_bytes(b"")
    return package


def _record(package: Path, names: list[str]) -> None:
    digests = compiled.source_digests(package, [package / f"{n}.py" for n in names])
    (package / compiled.MANIFEST).write_text(json.dumps(digests), encoding="utf-8")


def test_compiled_pure_package_is_up_to_date(tmp_path: Path) -> None:
    package = _package(tmp_path, {"frames": "X = 1\n"}, [])
    assert compiled.extensions(package) == []
    assert compiled.up_to_date(package)


def test_compiled_extensions_as_recorded_are_up_to_date(tmp_path: Path) -> None:
    package = _package(tmp_path, {"frames": "X = 1\n", "roles": "Y = 2\n", "cli": "Z = 3\n"}, ["frames", "roles"])
    _record(package, ["frames", "roles"])
    assert [p.name for p in compiled.extensions(package)] == [f"frames{SUFFIX}", f"roles{SUFFIX}"]
    assert compiled.up_to_date(package)


@pytest.mark.parametrize("change", ["edit", "no manifest", "unrecorded extension", "no source"])
def test_compiled_extensions_are_stale_after_any_change(tmp_path: Path, change: str) -> None:
    package = _package(tmp_path, {"frames": "X = 1\n", "roles": "Y = 2\n"}, ["frames", "roles"])
    _record(package, ["frames", "roles"])
    if change == "edit":
        (package / "roles.py").write_text("Y = 3\n", encoding="utf-8")
    elif change == "no manifest":
        (package / compiled.MANIFEST).unlink()
    elif change == "unrecorded extension":
        (package / "cli.py").write_text("Z = 3\n", encoding="utf-8")
        (package / f"cli{SUFFIX}").write_bytes(b"")
    else:
        (package / "roles.py").unlink()
    assert not compiled.up_to_date(package)


def test_compiled_an_edit_elsewhere_keeps_them_up_to_date(tmp_path: Path) -> None:
    package = _package(tmp_path, {"frames": "X = 1\n", "cli": "Z = 3\n"}, ["frames"])
    _record(package, ["frames"])
    (package / "cli.py").write_text("Z = 4\n", encoding="utf-8")  # not compiled: Python reads it anew
    assert compiled.up_to_date(package)


def test_compiled_sources_first_finds_the_source_beside_an_extension(tmp_path: Path) -> None:
    package = _package(tmp_path, {"frames": "X = 1\n"}, ["frames"])
    spec = compiled._SourcesFirst().find_spec("newsevents.frames", [str(package)])
    assert spec is not None and isinstance(spec.loader, SourceFileLoader)
    assert spec.origin == str(package / "frames.py")


def test_compiled_sources_first_leaves_other_packages_alone(tmp_path: Path) -> None:
    package = _package(tmp_path, {"frames": "X = 1\n"}, ["frames"])
    assert compiled._SourcesFirst().find_spec("spacy.frames", [str(package)]) is None
    assert compiled._SourcesFirst().find_spec("newsevents.roles", [str(package)]) is None


def _tables() -> dict[str, Callable[[], object]]:
    from newsevents.actors.lexicon import lexicon as actor_lexicon
    from newsevents.dictionaries.knowledge import knowledge
    from newsevents.events.patterns import lexicon as pattern_lexicon
    from newsevents.nlp.prefilter import cues
    from newsevents.places.gazetteer import _gazetteer

    return {"actor lexicon": actor_lexicon, "dictionaries": knowledge, "patterns": pattern_lexicon,
            "cues": cues, "gazetteer": _gazetteer}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["actor lexicon", "dictionaries", "patterns", "cues", "gazetteer"])
def test_compiled_disk_cache_tables_unpickle(name: str) -> None:
    """Every table of the disk cache unpickles: a compiled class whose ``__init__`` takes
    arguments does not (such a module stays out of setup.py's list), and the cache would then
    build the table anew in every process, silently."""
    table = _tables()[name]()
    back = pickle.loads(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is type(table)
