"""Throughput benchmark: newsevents from files to a stored database vs spaCy parsing alone.

Run: .venv/bin/python bench/throughput.py [--articles 2000] [--workers N] [--dask-articles N]
     [--no-dask] [--no-prefilter]   (make bench runs it with the defaults)

Prints, in one run, on a corpus generated from examples/articles (bench/make_corpus.py):
  S  spaCy's own nlp.pipe speed, with the same model and spaCy components newsevents uses
     (without our components; spaCy's stock attribute ruler, whose rules newsevents applies
     compiled, see newsevents.nlp.attribute_rules), n_process = all cores, over exactly the texts T
     reads (words/s), timed from loading the model, as T is timed from loading its pipeline;
  S' the same with the model on numpy's BLAS, one thread per process, as newsevents loads and
     runs it (``newsevents.nlp.blas``), so that T/S' shows what is left of newsevents' own cost;
  T  newsevents' end-to-end ingest speed: read the files, skip stored ones, extract on a pool
     of all cores, store in DuckDB (words/s, wall clock from first file read to last commit);
  T/S, the peak memory of each (resident memory summed over the process and its children),
  and the Dask LocalCluster ingest with 1 and 2 workers and the scaling efficiency.
Both timings include starting their worker processes. The tables newsevents builds on a worker's
first article (gazetteer, lexicons, dictionaries) are kept on disk (``newsevents.diskcache``), as
they are after any first run; the bench makes sure of it in a separate process before T and
prints how long that took (seconds only on the very first run of this code). The second line
says whether T runs the compiled modules or the sources (``make bench`` compiles stale ones
first). The last line reads ``T/S = <ratio>``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import psutil
from make_corpus import write_corpus

from newsevents import compiled
from newsevents.ingest.batch import BatchReport, good_articles
from newsevents.ingest.extractors import DEFAULT_CHUNK
from newsevents.ingest.pool import default_workers
from newsevents.nlp.pipeline import UNUSED, model_name
from newsevents.nlp.prefilter import skipped_share
from newsevents.reading import iter_articles


class PeakMemory:
    """Samples the resident memory of this process and all its children every 250 ms.

    Memory grows over seconds, so this finds the peak; sampling more often costs CPU that the
    runs being timed compete for.
    """

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.Error:  # a child that just ended
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(0.25)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@contextmanager
def timed() -> Iterator[Callable[[], float]]:
    started = time.perf_counter()
    elapsed: list[float] = []
    yield lambda: elapsed[0]
    elapsed.append(time.perf_counter() - started)


def spacy_speed(texts: list[str], workers: int, batch_size: int, numpy_blas: bool = False) -> tuple[float, int]:
    """Seconds and peak memory of spaCy parsing ``texts`` on ``workers`` processes; with
    ``numpy_blas``, the model loaded and run as newsevents does (``newsevents.nlp.blas``)."""
    import spacy

    from newsevents.nlp.blas import model_ops, one_blas_thread

    ops, threads = (model_ops(), one_blas_thread()) if numpy_blas else (nullcontext(), nullcontext())
    with PeakMemory() as mem, timed() as seconds:
        with ops:
            nlp = spacy.load(model_name(), exclude=list(UNUSED))
        with threads:  # spaCy forks its workers inside: they keep the parent's setting
            for _ in nlp.pipe(texts, n_process=workers, batch_size=batch_size):
                pass
    return seconds(), mem.peak


_WARM = ("from newsevents import extract; "
         "extract('LUSAKA - Zambian police arrested two opposition leaders on Monday.', date='2024-05-06')")


def warm_tables() -> float:
    """Seconds to make sure the start-up tables are on disk, in a process of its own (so T's peak
    memory and timing are not touched): a first run builds them, later runs only load them."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _WARM], check=True, capture_output=True)
    return time.perf_counter() - started


def ingest_speed(corpus: Path, db: Path, workers: int, prefilter: bool) -> tuple[float, int, Any]:
    """Seconds and peak memory of ``newsevents ingest --workers`` on ``corpus``."""
    from newsevents.ingest import ingest_paths
    from newsevents.ingest.pool import ProcessPool
    from newsevents.store import EventStore

    with PeakMemory() as mem, timed() as seconds, EventStore(db) as store:
        report = ingest_paths(store, [str(corpus)], ProcessPool(workers, prefilter=prefilter))
    return seconds(), mem.peak, report


def dask_speed(corpus: Path, db: Path, workers: int, prefilter: bool) -> tuple[float, Any]:
    """Seconds of ``newsevents ingest --dask local`` with ``workers`` workers."""
    from newsevents.ingest import ingest_paths
    from newsevents.ingest.cluster import LOCAL, DaskCluster
    from newsevents.store import EventStore

    with timed() as seconds, EventStore(db) as store:
        report = ingest_paths(store, [str(corpus)], DaskCluster(LOCAL, workers=workers, prefilter=prefilter))
    return seconds(), report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--batch-size", type=int, default=DEFAULT_CHUNK,
                        help="nlp.pipe batch size for S (default: the articles newsevents parses per batch)")
    parser.add_argument("--dask-articles", type=int, default=None, help="corpus size of the Dask runs")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-prefilter", action="store_true")
    args = parser.parse_args()
    prefilter = not args.no_prefilter
    work = Path(tempfile.mkdtemp(prefix="newsevents-bench-"))
    try:
        corpus = work / "corpus"
        write_corpus(corpus, args.articles)
        texts = [a.text for a in good_articles(iter_articles([str(corpus)]), BatchReport())]
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(texts)} articles, {words} words, {args.workers} cores; "
              f"pre-filter {'on' if prefilter else 'off'} (skips {skipped_share(texts):.1%} of the characters)")
        # T runs our steps compiled only while the build matches the sources (newsevents.compiled)
        build = "compiled modules in use" if compiled.in_use() else "pure Python: " + compiled.pure_reason()
        print(f"newsevents: {build}")
        s_seconds, s_mem = spacy_speed(texts, args.workers, args.batch_size)
        s = words / s_seconds
        print(f"S  spaCy nlp.pipe, n_process={args.workers}: {s:,.0f} words/s ({s_seconds:.1f} s), "
              f"peak memory {s_mem / 2**20:,.0f} MiB")
        s2_seconds, s2_mem = spacy_speed(texts, args.workers, args.batch_size, numpy_blas=True)
        s2 = words / s2_seconds
        print(f"S' the same, the model on numpy's BLAS as newsevents runs it: {s2:,.0f} words/s ({s2_seconds:.1f} s), "
              f"peak memory {s2_mem / 2**20:,.0f} MiB")
        print(f"start-up tables on disk ({warm_tables():.1f} s in a process of its own, model load included)")
        t_seconds, t_mem, report = ingest_speed(corpus, work / "t.duckdb", args.workers, prefilter)
        t = words / t_seconds
        print(f"T  newsevents ingest --workers {args.workers}: {t:,.0f} words/s ({t_seconds:.1f} s), "
              f"peak memory {t_mem / 2**20:,.0f} MiB; {report.articles_new} articles, {report.events_new} events, "
              f"{len(report.failed)} failed")
        if not args.no_dask:
            dask_corpus = corpus
            if args.dask_articles and args.dask_articles != args.articles:
                dask_corpus = work / "dask-corpus"
                write_corpus(dask_corpus, args.dask_articles)
            dask_words = sum(len(a.text.split()) for a in good_articles(iter_articles([str(dask_corpus)]),
                                                                         BatchReport()))
            speeds = {}
            for n in (1, 2):
                seconds, dreport = dask_speed(dask_corpus, work / f"dask{n}.duckdb", n, prefilter)
                speeds[n] = dask_words / seconds
                print(f"D{n} newsevents ingest --dask local --workers {n}: {speeds[n]:,.0f} words/s "
                      f"({seconds:.1f} s; {dreport.articles_new} articles)")
            print(f"Dask scaling efficiency 1 -> 2 workers: {speeds[2] / (2 * speeds[1]):.0%}")
        print(f"T/S' = {t / s2:.2f} (newsevents against spaCy with the same matrix products)")
        print(f"T/S = {t / s:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
