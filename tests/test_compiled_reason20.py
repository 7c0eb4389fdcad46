"""Why the package runs its sources (``compiled.pure_reason``): an interrupted build, with compiled
modules and no readable manifest, says so and what to run, not that a source was edited.

The package trees are written here: sources beside stand-ins for their extensions (empty files
with the extension's name; nothing loads them).
"""

from __future__ import annotations

import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from newsevents import compiled

SUFFIX = EXTENSION_SUFFIXES[0]


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package with two sources, both built, and no manifest yet."""
    monkeypatch.delenv("NEWSEVENTS_PURE", raising=False)
    root = tmp_path / "pkg"
    root.mkdir()
    for name, text in {"frames": "X = 1\n", "roles": "Y = 2\n"}.items():
        (root / f"{name}.py").write_text(text, encoding="utf-8")
        (root / f"{name}{SUFFIX}").write_bytes(b"")
    return root


def _record(root: Path) -> None:
    digests = compiled.source_digests(root, sorted(root.glob("*.py")))
    (root / compiled.MANIFEST).write_text(json.dumps(digests), encoding="utf-8")


def test_compiled_reason_no_manifest_is_an_unfinished_build(package: Path) -> None:
    assert compiled.pure_reason(package) == ("the build did not finish (no readable compiled.json beside the "
                                             "compiled modules): run make compile")


def test_compiled_reason_a_cut_manifest_is_an_unfinished_build(package: Path) -> None:
    _record(package)
    text = (package / compiled.MANIFEST).read_text(encoding="utf-8")
    (package / compiled.MANIFEST).write_text(text[: len(text) // 2], encoding="utf-8")
    assert compiled.pure_reason(package).startswith("the build did not finish")


def test_compiled_reason_an_edit_after_the_build_is_stale(package: Path) -> None:
    _record(package)
    (package / "roles.py").write_text("Y = 3\n", encoding="utf-8")
    assert compiled.pure_reason(package) == ("the compiled modules are stale: a source was edited after the "
                                             "build (run make compile)")


def test_compiled_reason_a_build_as_recorded_has_none(package: Path) -> None:
    _record(package)
    assert compiled.pure_reason(package) == ""


def test_compiled_reason_no_extensions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSEVENTS_PURE", raising=False)
    assert compiled.pure_reason(tmp_path).startswith("no compiled modules are built")
