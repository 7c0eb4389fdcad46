"""Store benchmark: bulk write speed and the monthly dyad query on 10 million events.

Run: .venv/bin/python bench/store_bench.py [--events 10000000] [--write 1000000] [--keep DIR]

Prints, in one run:
  1. event rows per second written through the store's bulk path (``EventStore.write`` with Arrow
     batches, deduplication included) on the first ``--write`` synthetic event mentions;
  2. the same through the record path (``ingest_extractions``: dataclasses -> Arrow -> store) on a
     smaller sample, for comparison;
  3. the time of ``EventStore.dyad(A, B, by="month")`` once the store holds ``--events`` events.
Synthetic data: 200 actor codes (25 countries x 8 sectors), 40 CAMEO codes, ten years of days,
ten events per article; the key space is large, so almost every mention is its own event.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa

from newsevents.events.codebook import lookup
from newsevents.records import ActorRef, Article, Event, Extraction, Location
from newsevents.store import EventStore, StagedBatch
from newsevents.store.rows import (
    ACTOR_COLUMNS,
    DATE_COLUMNS,
    FIGURE_COLUMNS,
    QUOTE_COLUMNS,
    column_type,
)

COUNTRIES = ["USA", "CHN", "RUS", "FRA", "DEU", "GBR", "IND", "BRA", "JPN", "IRN", "ISR", "UKR", "TUR",
             "SAU", "EGY", "NGA", "ZAF", "MEX", "KOR", "PRK", "PAK", "AFG", "SYR", "BLR", "POL"]
SECTORS = ["GOV", "MIL", "COP", "OPP", "REB", "BUS", "MED", "CVL"]
# Forty CAMEO codes across all four QuadClasses; their Goldstein score, QuadClass and PLOVER type
# come from the package's codebook, as the event coder's do.
CAMEO = ("010", "014", "020", "031", "036", "040", "042", "043", "046", "050", "051", "057", "061", "070",
         "071", "073", "081", "084", "090", "100", "110", "111", "112", "120", "130", "138", "140", "150",
         "160", "163", "172", "173", "180", "181", "186", "190", "193", "194", "195", "200")
CITIES = [("Beijing", "CHN", 39.9, 116.4), ("Moscow", "RUS", 55.75, 37.62), ("Kyiv", "UKR", 50.45, 30.52),
          ("Paris", "FRA", 48.85, 2.35), ("Washington", "USA", 38.9, -77.04), ("Tehran", "IRN", 35.69, 51.39)]
PER_ARTICLE = 10
FIRST_DAY = 16436  # 2015-01-01 as days since the epoch
DAYS = 3652


def _pool(values: Sequence[str | None], idx: np.ndarray) -> pa.Array:
    return pa.array(values, pa.string()).take(pa.array(idx))


def synthetic_batch(rng: np.random.Generator, first: int, n: int) -> StagedBatch:
    """``n`` event mentions in ``n / PER_ARTICLE`` articles; article ids start at ``first``."""
    n_art = n // PER_ARTICLE
    art_no = np.arange(first, first + n_art)
    art_ids = pa.array([f"bench{i:027d}" for i in art_no])
    art_day = rng.integers(FIRST_DAY, FIRST_DAY + DAYS, n_art).astype(np.int32)
    domains = [f"news{i}.example.org" for i in range(500)]
    dom = rng.integers(0, len(domains), n_art)
    texts = [f"Synthetic article text number {i}." for i in range(100)]
    articles = pa.table({
        "id": art_ids, "doc_id": art_ids, "date": pa.array(art_day, pa.date32()).cast(pa.string()),
        "day": pa.array(art_day, pa.date32()), "title": pa.nulls(n_art, pa.string()),
        "url": _pool([f"https://{d}/story" for d in domains], dom), "source": pa.nulls(n_art, pa.string()),
        "line": pa.nulls(n_art, pa.int32()), "source_key": _pool(domains, dom),
        "text": _pool(texts, rng.integers(0, len(texts), n_art)),
        "warnings": pa.array([[]] * n_art, pa.list_(pa.string())),
    })
    owner = np.repeat(np.arange(n_art), PER_ARTICLE)
    actors = [c + s for c in COUNTRIES for s in SECTORS]
    src, tgt = rng.integers(0, len(actors), n), rng.integers(0, len(actors), n)
    ev = rng.integers(0, len(CAMEO), n)
    day = art_day[owner] - rng.integers(0, 3, n).astype(np.int32)
    city = rng.integers(0, len(CITIES) + 2, n)  # two in eight have no place
    city_ok = city < len(CITIES)
    city_idx = np.where(city_ok, city, 0)
    sentences = [f"Officials of one country met their counterparts, report {i} says." for i in range(1000)]
    mentions = {
        "article_id": art_ids.take(pa.array(owner)), "idx": np.tile(np.arange(PER_ARTICLE), n_art),
        "day": pa.array(day, pa.date32()), "article_day": pa.array(art_day[owner], pa.date32()),
        "source_key": _pool(domains, dom[owner]), "in_lead": np.tile(np.arange(PER_ARTICLE) < 2, n_art),
        "date": pa.array(day, pa.date32()).cast(pa.string()),
        "cameo": _pool(list(CAMEO), ev), "plover": _pool([lookup(c).plover for c in CAMEO], ev),
        "goldstein": np.array([lookup(c).goldstein for c in CAMEO])[ev],
        "quad_class": np.array([lookup(c).quad_class for c in CAMEO], np.int32)[ev],
        "sentence": _pool(sentences, rng.integers(0, len(sentences), n)), "span_start": np.zeros(n, np.int32),
        "span_end": np.full(n, 64, np.int32), "trigger": _pool(["met", "said", "accused", "attacked"],
                                                                 rng.integers(0, 4, n)),
        "rule": pa.array(["bench"] * n), "confidence": np.full(n, 0.9),
        "location_name": pa.array(np.array([c[0] for c in CITIES], dtype=object)[city_idx], pa.string(),
                                  mask=~city_ok),
        "location_country": pa.array(np.array([c[1] for c in CITIES], dtype=object)[city_idx], pa.string(),
                                     mask=~city_ok),
        "location_lat": pa.array(np.array([c[2] for c in CITIES])[city_idx], mask=~city_ok),
        "location_lon": pa.array(np.array([c[3] for c in CITIES])[city_idx], mask=~city_ok),
        "trigger_start": np.zeros(n, np.int32), "trigger_end": np.full(n, 3, np.int32),
        "plover_mode": pa.nulls(n, pa.string()), "plover_context": pa.nulls(n, pa.string()),
    }
    for side, pick in (("source", src), ("target", tgt)):
        mentions[f"{side}_code"] = _pool(actors, pick)
        mentions[f"{side}_name"] = _pool([f"{a} official" for a in actors], pick)
        mentions[f"{side}_country"] = _pool([a[:3] for a in actors], pick)
        mentions[f"{side}_sector"] = _pool([a[3:] for a in actors], pick)
        mentions[f"{side}_text"] = mentions[f"{side}_name"]
        mentions[f"{side}_start"] = np.zeros(n, np.int32)
        mentions[f"{side}_end"] = np.full(n, 10, np.int32)

    def empty(cols: tuple[str, ...], table: str) -> pa.Table:
        return pa.table({c: pa.array([], column_type(c, table)) for c in cols})

    return StagedBatch(articles=articles, mentions=pa.table(mentions), actors=empty(ACTOR_COLUMNS, "actors"),
                       quotes=empty(QUOTE_COLUMNS, "quotes"), dates=empty(DATE_COLUMNS, "dates"),
                       figures=empty(FIGURE_COLUMNS, "figures"))


def record_sample(n_articles: int) -> list[Extraction]:
    """Extractions built as the pipeline builds them, for the record path."""
    out = []
    for i in range(n_articles):
        day = f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}"
        article = Article(id=f"rec{i}", text=f"Record path article {i}.", date=day,
                          url=f"https://site{i % 50}.example.org/{i}")
        events = [Event(date=day, source=ActorRef("A", COUNTRIES[(i + k) % 25] + "GOV", COUNTRIES[(i + k) % 25]),
                        target=ActorRef("B", COUNTRIES[(i + 2 * k + 1) % 25] + "MIL"), cameo=CAMEO[k],
                        plover=lookup(CAMEO[k]).plover, goldstein=lookup(CAMEO[k]).goldstein,
                        quad_class=lookup(CAMEO[k]).quad_class,
                        sentence="A met B.", span=(0, 8), trigger="met", rule="bench",
                        location=Location(*CITIES[k % 6])) for k in range(PER_ARTICLE)]
        out.append(Extraction(article=article, events=events))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000_000, help="events in the store for the query")
    parser.add_argument("--write", type=int, default=1_000_000, help="mentions timed on the bulk path")
    parser.add_argument("--batch", type=int, default=500_000, help="mentions per write transaction")
    parser.add_argument("--keep", help="directory for the database (kept); default a temporary one")
    args = parser.parse_args()
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsevents-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "bench.duckdb"
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    rng = np.random.default_rng(7)
    try:
        with EventStore(db) as store:
            written, seconds, cpu, first = 0, 0.0, 0.0, 0
            while written < args.write:
                batch = synthetic_batch(rng, first, min(args.batch, args.write - written))
                started, cpu_started = time.perf_counter(), time.process_time()
                report = store.write(batch)
                seconds += time.perf_counter() - started
                cpu += time.process_time() - cpu_started
                written += report.mentions
                first += batch.articles.num_rows
            print(f"bulk write: {written:,} event mentions in {seconds:.2f} s = {written / seconds:,.0f} rows/s "
                  f"(batches of {args.batch:,}, dedup included; {cpu:.2f} s of CPU over all threads, "
                  f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
            sys.stdout.flush()
            while written < args.events:
                batch = synthetic_batch(rng, first, min(1_000_000, args.events - written))
                written += store.write(batch).mentions
                first += batch.articles.num_rows
            events = store.count_events()
            print(f"store: {written:,} mentions -> {events:,} events "
                  f"({db.stat().st_size / 1e9:.2f} GB on disk)")
            sys.stdout.flush()
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                points = store.dyad("USA", "CHN", by="month")
                timings.append(time.perf_counter() - started)
            print(f"dyad USA-CHN by month over {events:,} events: first {timings[0]:.3f} s, "
                  f"median {statistics.median(timings):.3f} s ({len(points)} months, "
                  f"{sum(p.events for p in points):,} events in the dyad)")
        with EventStore(workdir / "records.duckdb") as store:
            sample = record_sample(10_000)
            started = time.perf_counter()
            report = store.ingest_extractions(sample, batch_size=1000)
            seconds = time.perf_counter() - started
            print(f"record path: {report.mentions:,} event mentions from Extraction records in {seconds:.2f} s "
                  f"= {report.mentions / seconds:,.0f} rows/s")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
