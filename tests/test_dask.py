"""Extraction on a Dask LocalCluster: same stored events as one process, nothing lost when a
worker dies, and a clear message when the extra is not installed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents.ingest.batch import BatchReport, good_articles
from newsevents.reading import iter_articles
from newsevents.records import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _articles() -> list[Article]:
    return list(good_articles(iter_articles([str(EXAMPLES)]), BatchReport()))


def _table(db: Path, sql: str) -> list[tuple[Any, ...]]:
    from newsevents.store import EventStore

    with EventStore(db, read_only=True) as store:
        return store.con.execute(sql).fetchall()


EVENTS = "SELECT * EXCLUDE (added) FROM events ORDER BY id"
MENTIONS = "SELECT * EXCLUDE (added) FROM mentions ORDER BY id"


@pytest.fixture(scope="module")
def single_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus stored by the one-process ingest."""
    from newsevents.ingest import ingest_paths
    from newsevents.store import EventStore

    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    with EventStore(db) as store:
        report = ingest_paths(store, [str(EXAMPLES)])
    assert report.articles_new == len(_articles()) and not report.failed
    return db


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


def test_dask_missing_extra_says_what_to_install(tmp_path: Path) -> None:
    # ``sys.modules[name] = None`` makes ``import name`` fail as if the package were absent.
    code = ("import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None; "
            "from newsevents.cli import main; "
            f"sys.argv = ['newsevents', 'ingest', {str(EXAMPLES)!r}, '--db', {str(tmp_path / 'x.duckdb')!r}, "
            "'--dask', 'local']; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "pip install 'newsevents[dask]'" in done.stderr
    assert "--dask needs the optional package 'distributed'" in done.stderr
    assert not (tmp_path / "x.duckdb").exists()


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.dask
def test_dask_local_cluster_stores_the_same_events_as_one_process(single_db: Path, cluster: Any,
                                                                    tmp_path: Path) -> None:
    from newsevents.ingest import ingest_paths
    from newsevents.ingest.cluster import DaskCluster
    from newsevents.store import EventStore

    db = tmp_path / "dask.duckdb"
    with EventStore(db) as store:
        report = ingest_paths(store, [str(EXAMPLES)], DaskCluster(cluster.scheduler_address, shard_size=5))
    assert report.articles_new == len(_articles()) and not report.failed
    single_events = _table(single_db, EVENTS)
    assert single_events, "the sample corpus must yield events"
    assert _table(db, EVENTS) == single_events
    assert _table(db, MENTIONS) == _table(single_db, MENTIONS)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.dask
def test_dask_parquet_dataset_loads_into_the_same_store(single_db: Path, cluster: Any, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from newsevents.ingest import ingest_paths
    from newsevents.ingest.cluster import DaskCluster
    from newsevents.ingest.parquet import load_dataset, partitions
    from newsevents.store import EventStore

    out = tmp_path / "dataset"
    report = ingest_paths(None, [str(EXAMPLES)], DaskCluster(cluster.scheduler_address, out_dir=out, shard_size=8))
    assert report.articles_new == len(_articles())
    assert partitions(out) == [0, 1, 2, 3, 4]
    assert sorted(p.name for p in out.iterdir()) == ["actors", "articles", "dates", "events", "figures", "quotes"]
    assert pq.read_table(out / "articles").num_rows == len(_articles())
    db = tmp_path / "loaded.duckdb"
    with EventStore(db) as store:
        load_dataset(store, out)
    assert _table(db, EVENTS) == _table(single_db, EVENTS)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.dask
def test_dask_worker_killed_mid_run_loses_no_article(cluster: Any, tmp_path: Path) -> None:
    from distributed import Client

    from newsevents.ingest.cluster import DaskRun, ShardResult, run_shards
    from newsevents.store import EventStore

    articles = _articles()
    killed: list[int] = []
    db = tmp_path / "killed.duckdb"
    with Client(cluster.scheduler_address) as client, EventStore(db) as store:
        client.wait_for_workers(2)

        def load(result: ShardResult) -> None:
            if not killed:
                # Shards are still queued and running on both workers: kill one of them hard.
                pid = next(iter(client.run(os.getpid).values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            assert not result.failed
            assert result.batch is not None
            store.write(result.batch)

        shards = run_shards(DaskRun(client, shard_size=2, window=8), articles, None, load)
    assert killed and shards == 20
    ids = [row[0] for row in _table(db, "SELECT doc_id FROM articles")]
    assert len(ids) == len(set(ids)) == len(articles)
    assert set(ids) == {a.id for a in articles}
