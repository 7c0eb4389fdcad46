"""Damaged, truncated, busy or full databases: a quick check on opening, and one clear line for
any DuckDB error (which file, what is wrong, what to do) instead of a traceback.

DuckDB checks each block's checksum when it reads the block, so bytes overwritten in the middle
of a file surface only when a query reaches them; :func:`describe` turns that error, wherever it
is raised, into a :class:`~newsevents.errors.StoreDamaged`. A file cut short is caught on opening
by :func:`check_size`: DuckDB's own header says how many blocks the file holds.
"""

from __future__ import annotations

import errno
from contextvars import ContextVar
from pathlib import Path

import duckdb

from newsevents.errors import StoreDamaged, StoreError, StoreFull, StoreLocked

HEADER_BYTES = 3 * 4096
"""DuckDB's file header and its two database headers, in front of the first block."""

_opened: ContextVar[str | None] = ContextVar("newsevents_opened_store", default=None)


def remember(path: str) -> None:
    """Note ``path`` as the database this process (context) works on, for :func:`last_opened`."""
    _opened.set(path)


def last_opened() -> str:
    """The database opened last in this context (for errors raised outside the store's methods)."""
    return _opened.get() or "(the event database)"


def check_size(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Raise :class:`StoreDamaged` if the file is shorter than the blocks its header counts."""
    file = Path(path)
    if not file.is_file() or Path(f"{path}.wal").exists():
        return  # blocks still in the write-ahead log may not be in the file yet
    row = con.execute("SELECT block_size, total_blocks FROM pragma_database_size() "
                      "WHERE database_name = current_database()").fetchone()
    if row is None or not row[0]:
        return
    expected = HEADER_BYTES + int(row[0]) * int(row[1])
    size = file.stat().st_size
    if size < expected:
        raise StoreDamaged(path, f"is cut short: it holds {size:,} bytes where its header counts {expected:,} "
                                 "(a copy or download that stopped early, or a full disk)")


def verify(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Read every column of every table once (DuckDB checks each block's checksum as it reads
    it): :class:`StoreDamaged` if a block is damaged. A full scan, at the speed DuckDB reads."""
    try:
        tables = [row[0] for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()]
        for table in tables:
            # One aggregate per column: every block of every column is read, none is skipped.
            con.execute(f'SELECT max(hash(COLUMNS(*))) FROM "{table}"').fetchall()
    except duckdb.Error as exc:
        raise describe(exc, path) from None


def describe(exc: BaseException, path: str) -> StoreError:
    """The one-line error for ``exc`` raised by DuckDB on the database ``path``."""
    text = str(exc)
    low = text.lower()
    if isinstance(exc, StoreError):
        return exc
    if _no_space(exc, low):
        return StoreFull(path)
    if "checksum" in low or "corrupt" in low:
        return StoreDamaged(path, "is damaged: a block's checksum does not match (bytes in the file were "
                                  "overwritten)")
    if "could not read enough bytes" in low or "could not read all bytes" in low or "end of file" in low:
        return StoreDamaged(path, "is cut short: DuckDB tried to read past the end of the file")
    if "not a valid duckdb database" in low or "not a duckdb" in low or "invalid magic" in low:
        return StoreDamaged(path, "is not a DuckDB database (or its header is damaged)")
    if "lock" in low and "conflicting" in low:
        return StoreLocked(path)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return StoreError(f"the database {path} could not be used ({first}); check the file and the disk, "
                      "or use another file with --db")


def _no_space(exc: BaseException, low: str) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "no space left" in low \
        or "file too large" in low or "disk is full" in low
