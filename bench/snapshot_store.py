"""Snapshot of the stored database after ingesting examples/ serially, on a pool and with Dask.

Run: .venv/bin/python bench/snapshot_store.py OUT_DIR [--modes serial,workers2,dask] [--input DIR]

For each mode, runs ``newsevents ingest`` (the CLI, in a subprocess with this interpreter, from
the checkout so that stored source paths are relative) into a fresh DuckDB file, then writes
every table, rows sorted, as JSON Lines under ``OUT_DIR/<mode>/<table>.jsonl``. Columns that hold
the wall-clock time of the write (``added``) are left out. Compare two snapshots with ``diff -r``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

import newsevents

ROOT = Path(newsevents.__file__).resolve().parents[2]
MODES = {
    "serial": ["--workers", "1"],
    "workers2": ["--workers", "2"],
    "dask": ["--dask", "local", "--workers", "2"],
}
CLOCK_COLUMNS = {"added"}


def ingest(db: Path, inputs: str, flags: list[str]) -> None:
    """``newsevents ingest`` of ``inputs`` into ``db`` with ``flags``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    subprocess.run([sys.executable, "-m", "newsevents", "ingest", inputs, "--db", str(db), "--no-progress", *flags],
                   check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)


def dump_tables(db: Path, out: Path) -> None:
    """Every table of ``db``, its rows sorted, one JSON object per line, one file per table."""
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        for table in tables:
            cols = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if r[0] not in CLOCK_COLUMNS]
            select = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f'SELECT {select} FROM "{table}" ORDER BY ALL').fetchall()
            with open(out / f"{table}.jsonl", "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(dict(zip(cols, row, strict=True)), default=str, ensure_ascii=False) + "\n")
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--input", default="examples/articles",
                        help="relative to the checkout, so that stored paths match between checkouts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsevents-snapshot-") as work:
        for mode in args.modes.split(","):
            db = Path(work) / f"{mode}.duckdb"
            ingest(db, args.input, MODES[mode])
            dump_tables(db, args.out / mode)
            print(f"{mode}: {args.out / mode}")


if __name__ == "__main__":
    main()
