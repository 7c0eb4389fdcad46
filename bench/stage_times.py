"""Where newsevents' time goes: CPU time per stage of extraction, in one process.

Run: .venv/bin/python bench/stage_times.py [--articles 300] [--realnews] [--rounds 3] [--constructions]

On articles generated as for the throughput benchmark (bench/make_corpus.py), or on the texts
of the real-news gold (``--realnews``), runs every stage on the whole list in turn and prints
its CPU time per article: reading (the pre-filter, the story frame, tokenising), each component
of the pipeline (the model's and ours; batches of a pool task's size), collecting the records,
and storing them in DuckDB. The event coder is split further: finding the candidate triggers
and reading each with the constructions (``_matches``), and coding the matches
(``_code_matches``); with ``--constructions`` each construction of ``coder.READERS`` gets its
own line (the wrappers add some overhead of their own). The coder's own lines need the pure
package (``NEWSEVENTS_PURE=1``): compiled modules (setup.py) call each other directly, past the
wrappers. Each figure is the best of ``--rounds`` runs over the same articles, so that other
work on a shared machine inflates it less; the garbage collector is settled as in a pool worker.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from make_corpus import generate

from newsevents.extraction import doc_to_extraction, make_doc
from newsevents.ingest.extractors import DEFAULT_CHUNK
from newsevents.nlp import prefilter as pf
from newsevents.nlp.blas import one_blas_thread
from newsevents.nlp.pipeline import load_pipeline
from newsevents.records import Article

REALNEWS = Path(__file__).resolve().parent.parent / "tests" / "data" / "realnews" / "gold.jsonl"
SPACY_STEPS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
_SPENT: defaultdict[str, float] = defaultdict(float)


@contextmanager
def spent(name: str) -> Iterator[None]:
    """Add the CPU seconds of the block to ``name``."""
    started = time.process_time()
    yield
    _SPENT[name] += time.process_time() - started


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn``, its CPU time added to ``name`` on every call."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with spent(name):
            return fn(*args, **kwargs)
    return wrapper


def articles(n: int, realnews: bool) -> list[Article]:
    if realnews:
        rows = [json.loads(line) for line in REALNEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [Article(id=r["id"], text=r["text"], date=r.get("date"), title=r.get("title")) for r in rows]
    return [Article(id=f"a{i:05d}", text=text, date=day) for i, (day, text) in enumerate(generate(n))]


def instrument_coder(constructions: bool) -> None:
    """Wrap the coder's steps (and, with ``constructions``, each construction) in timers."""
    from newsevents.events import coder

    coder._matches = timed("events: _matches", coder._matches)  # type: ignore[attr-defined]
    coder._code_matches = timed("events: _code_matches", coder._code_matches)  # type: ignore[attr-defined]
    if not constructions:
        return
    from newsevents.events import gates

    wrapped = []
    for fn in (part for read in coder.READERS for part in gates.parts_of(read)):  # as the chain runs them
        name, clock = fn.__name__, timed(f"  construction {fn.__name__}", fn)
        # keyword-only clocks: the chain counts positional arguments to pass the mention index
        if fn.__code__.co_argcount >= 3:
            def reader(tok: Any, lex: Any, index: Any, *, clock: Callable[..., Any] = clock) -> Any:
                return clock(tok, lex, index)
        else:
            def reader(tok: Any, lex: Any, *, clock: Callable[..., Any] = clock) -> Any:  # type: ignore[misc]
                return clock(tok, lex)
        reader.__name__ = name
        if fn in gates._GATES:
            gates._GATES[reader] = gates._GATES[fn]  # the same gates, or the timing would not be the coder's
        wrapped.append(reader)
    coder.READERS = tuple(wrapped)  # type: ignore[attr-defined]
    coder.may_trigger = timed("  may_trigger", coder.may_trigger)  # type: ignore[attr-defined]


def run(batch: list[Article], rounds: int) -> dict[str, float]:
    """The best CPU seconds of each stage over ``rounds`` runs of ``batch``."""
    from newsevents.store import EventStore

    nlp = load_pipeline()
    best: dict[str, float] = {}
    for _ in range(rounds):
        _SPENT.clear()
        with spent("read: pre-filter, story, tokenise"):
            skips = [pf.skipped_spans(a.text) for a in batch]
            docs = [make_doc(nlp, a, skip=s) for a, s in zip(batch, skips, strict=True)]
        for name, proc in nlp.pipeline:
            label = name if name in SPACY_STEPS else f"ours: {name}"
            with spent(label), one_blas_thread():
                pipe = getattr(proc, "pipe", None)
                docs = list(pipe(docs, batch_size=DEFAULT_CHUNK)) if pipe is not None else [proc(d) for d in docs]
        with spent("records"):
            found = [pf.restore(doc_to_extraction(d), s) for d, s in zip(docs, skips, strict=True)]
        with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "bench.duckdb") as store, \
                spent("store (DuckDB)"):
            store.ingest_extractions(found)
        for name, seconds in _SPENT.items():
            best[name] = min(best.get(name, seconds), seconds)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--realnews", action="store_true", help="the real-news gold's texts instead")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--constructions", action="store_true", help="time each construction of _matches")
    args = parser.parse_args()
    batch = articles(args.articles, args.realnews)
    instrument_coder(args.constructions)
    list(load_pipeline().pipe([make_doc(load_pipeline(), a) for a in batch[:4]]))  # warm the caches
    gc.collect()  # as a pool worker does once it is ready (newsevents.ingest.pool)
    gc.freeze()
    gc.set_threshold(50_000, 50, 1_000)
    best = run(batch, args.rounds)
    words = sum(len(a.text.split()) for a in batch)
    total = sum(v for k, v in best.items() if not k.startswith(("events:", "  ")))
    print(f"{len(batch)} articles, {words:,} words; CPU ms per article, best of {args.rounds}")
    for name, seconds in best.items():
        share = f"{100 * seconds / total:5.1f}%" if not name.startswith(("events:", "  ")) else "      "
        print(f"  {name:<40} {1000 * seconds / len(batch):8.2f}  {share}")
    print(f"  {'total':<40} {1000 * total / len(batch):8.2f}  ({words / total:,.0f} words/s)")


if __name__ == "__main__":
    main()
