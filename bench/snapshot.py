"""Snapshot of the extraction JSON, to show that a refactoring changes no output.

Run: .venv/bin/python bench/snapshot.py OUT_DIR [--articles 300] [--also PATH ...]

Writes one JSON Lines file per input set under ``OUT_DIR`` (what ``newsevents extract --format
jsonl`` prints, through the library): ``examples.jsonl`` (examples/articles), ``gold.jsonl`` (the
texts of tests/data/gold/events.jsonl), ``generated.jsonl`` (``--articles`` articles from the
benchmark's corpus generator, bench/make_corpus.py) and one file per ``--also`` path. Compare two
snapshots with ``diff -r``. Only stable public names are used (``newsevents.extract_articles``,
``newsevents.extraction_to_dict``, ``newsevents.reading.iter_articles``), so the same script
snapshots a tree before and after its modules move; the generator is taken from the ``bench``
folder of the tree whose ``newsevents`` is imported.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import newsevents
from newsevents import Article, extract_articles, extraction_to_dict
from newsevents.reading import ReadProblem, iter_articles

ROOT = Path(newsevents.__file__).resolve().parents[2]
"""The checkout whose ``newsevents`` is imported (``src/newsevents`` -> two levels up)."""


def _articles(paths: list[str]) -> list[Article]:
    return [a for a in iter_articles(paths) if not isinstance(a, ReadProblem)]


def gold_articles() -> list[Article]:
    """The gold set's texts with their ids and dates."""
    out = []
    with open(ROOT / "tests" / "data" / "gold" / "events.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out.append(Article(id=rec["id"], text=rec["text"], date=rec.get("date")))
    return out


def generated_articles(n: int) -> list[Article]:
    """``n`` articles from the tree's own benchmark corpus generator."""
    sys.path.insert(0, str(ROOT / "bench"))
    make_corpus = importlib.import_module("make_corpus")
    return [Article(id=f"gen{i:05d}", text=text, date=day) for i, (day, text) in enumerate(make_corpus.generate(n))]


def dump(articles: Iterable[Article], path: Path) -> int:
    """Extract ``articles`` and write one JSON object per line to ``path``; return the count."""
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for ex in extract_articles(articles):
            f.write(json.dumps(extraction_to_dict(ex), ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--also", action="append", default=[], help="another file or folder to snapshot")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    also = [str(Path(p).resolve()) for p in args.also]
    os.chdir(ROOT)  # examples are read by relative path, so the sources match between checkouts
    sets = {
        "examples": _articles(["examples/articles"]),
        "gold": gold_articles(),
        "generated": generated_articles(args.articles),
    }
    for path in also:
        sets[Path(path).name] = _articles([path])
    for name, articles in sets.items():
        n = dump(articles, out / f"{name}.jsonl")
        print(f"{name}: {n} extractions -> {out / (name + '.jsonl')}")


if __name__ == "__main__":
    main()
