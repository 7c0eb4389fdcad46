"""``newsevents serve --reload-every N``: serve a snapshot of the database, renewed every N seconds.

DuckDB lets a file be opened by one writing process, or by readers, never both: a server that
holds the file read-only keeps ``newsevents ingest`` out for as long as it runs. With a reload
period the server holds the file only while it copies it into memory (a fraction of a second for
a few hundred megabytes); between copies an ingest may open it and write. While an ingest holds
the file, the server keeps answering from its last snapshot and tries again a period later.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from newsevents.errors import StoreError, StoreLocked
from newsevents.store import EventStore

_log = logging.getLogger("newsevents.serve")


def _signature(path: str) -> tuple[tuple[int, int], ...]:
    """What changes when the database (or its write-ahead log) is written."""
    found = []
    for name in (path, f"{path}.wal"):
        try:
            st = os.stat(name)
        except OSError:
            continue
        found.append((st.st_mtime_ns, st.st_size))
    return tuple(found)


class Reloader:
    """Renews ``app.state.store`` from ``path`` every ``seconds`` when the file has changed.

    The store replaced stays open for one more period, for the requests still reading it.
    """

    def __init__(self, app: Any, path: str, seconds: float) -> None:
        self.app = app
        self.path = path
        self.seconds = seconds
        self.reloads = 0
        self._seen = _signature(path)
        self._retired: EventStore | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="newsevents-reload", daemon=True)

    def start(self) -> Reloader:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.seconds + 5)
        if self._retired is not None:
            self._retired.close()

    def _loop(self) -> None:
        while not self._stop.wait(self.seconds):
            self.reload_if_changed()

    def reload_if_changed(self) -> bool:
        """Take a new snapshot if the file changed since the last one; True if it did."""
        signature = _signature(self.path)
        if signature == self._seen:
            return False
        try:
            fresh = EventStore.snapshot(self.path)
        except StoreLocked:
            _log.info("%s is being written (an ingest?): serving the last snapshot until it is free", self.path)
            return False
        except StoreError as exc:
            _log.warning("cannot reload %s, serving the last snapshot: %s", self.path, exc)
            return False
        self._seen = signature
        if self._retired is not None:
            self._retired.close()
        self._retired = self.app.state.store
        self.app.state.store = fresh
        self.reloads += 1
        _log.info("reloaded %s", self.path)
        return True
