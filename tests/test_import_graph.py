"""The layers import one way only, read from the source with ``ast`` (nothing is imported to check).

Layers, bottom up: the shared records (records, errors, articles, serialize, reading); the
language layer (nlp) and the stages (actors, dates, events, figures, places, quotes, story)
with extraction on top of them; the store (pure persistence); the ingest layer (read -> extract
-> write); the web app (serve) and the CLI. Imports under ``if TYPE_CHECKING:`` are for the type
checker only and do not count.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "newsevents"
STAGES = ("actors", "dates", "events", "figures", "places", "quotes", "story")
UPPER = ("newsevents.ingest", "newsevents.serve", "newsevents.cli")
KNOWN_CYCLES = {
    # sentence-level and article-level scoring call each other (changing with the evaluation work)
    "newsevents.evaluate -> newsevents.evaluate_articles -> newsevents.evaluate",
    # Extraction.to_arrow()/to_pandas() reach the typed tables, which are built from records
    "newsevents.records -> newsevents.frames -> newsevents.records",
}
"""Cycles still to untie: listed, so that any new cycle fails, and a fixed one must leave the list."""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports(path: Path) -> set[str]:
    """Every newsevents module ``path`` imports at run time (at the top or inside a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if _type_checking_only(node):
            skipped.update(id(n) for child in node.body for n in ast.walk(child))
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("newsevents"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsevents"):
            out.add(node.module)
            # "from newsevents.events import codebook" imports the submodule too
            out.update(f"{node.module}.{a.name}" for a in node.names if _exists(f"{node.module}.{a.name}"))
    return out


def _exists(name: str) -> bool:
    base = SRC.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


@functools.cache
def graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def test_import_graph_is_read_from_every_module() -> None:
    g = graph()
    assert "newsevents.ingest.driver" in g and "newsevents.store.store" in g
    assert "newsevents.store.models" in g["newsevents.store.filters"]  # a plain import is seen
    assert "newsevents.events.codebook" in g["newsevents.events.coder"]  # so is a submodule by name


@pytest.mark.parametrize("layer", ["newsevents.nlp", "newsevents.store", "newsevents.extraction",
                                   "newsevents.reading", *(f"newsevents.{s}" for s in STAGES)])
def test_import_graph_no_stage_or_store_module_imports_ingest_serve_or_cli(layer: str) -> None:
    bad = {m: sorted(i for i in deps if _within(i, UPPER))
           for m, deps in graph().items() if _within(m, (layer,))}
    assert {m: deps for m, deps in bad.items() if deps} == {}


def test_import_graph_store_is_pure_persistence() -> None:
    # places/ is a gazetteer lookup (no model): the exports name countries with it
    lower = ("newsevents.extraction", "newsevents.nlp", *(f"newsevents.{s}" for s in STAGES if s != "places"))
    bad = {m: sorted(i for i in deps if _within(i, lower))
           for m, deps in graph().items() if _within(m, ("newsevents.store",))}
    assert {m: deps for m, deps in bad.items() if deps} == {}


def test_import_graph_has_no_cycles_between_modules() -> None:
    g = graph()
    # A package's __init__ re-exporting its own submodules is not a cycle with them.
    edges = {m: {d for d in deps if d in g and d != m and not d.startswith(m + ".")} for m, deps in g.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(edges[m]):
            if state.get(d) == 1:
                cycles.append([*stack[stack.index(d):], d])
            elif d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m)
    assert {" -> ".join(c) for c in cycles} == KNOWN_CYCLES


@pytest.mark.parametrize("stage", ["actors", "dates", "events", "figures", "quotes"])
def test_import_graph_every_stage_has_a_thin_component_declaring_what_it_reads_and_writes(stage: str) -> None:
    path = PACKAGE / stage / "component.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    registered = [d for node in tree.body if isinstance(node, ast.FunctionDef) for d in node.decorator_list
                  if isinstance(d, ast.Call) and ast.unparse(d.func).startswith("Language.")]
    assert len(registered) == 1, "one spaCy factory or component per stage"
    declared = {k.arg for k in registered[0].keywords}
    assert {"requires", "assigns"} <= declared
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 80, "the algorithm lives in named modules"
