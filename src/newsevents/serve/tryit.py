"""The "try it" page's extraction: a pasted article in, its extraction out, nothing stored.

The spaCy pipeline loads on the first request (not when the server starts) and is shared; calls
are serialised with a lock because a spaCy pipeline is not meant to run two documents at once
from two threads. The app runs :meth:`Extractor.run` in a worker thread, so the event loop keeps
serving other requests meanwhile.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from newsevents.records import Extraction

if TYPE_CHECKING:
    from newsevents.dictionaries import DictionarySpec

MAX_CHARS = 20_000
"""The longest text the "try it" page takes (about three thousand words)."""

MAX_BODY_BYTES = 256_000
"""The largest request body the server reads at all (JSON escaping can double a text's size)."""


class TooLong(ValueError):
    """The pasted text is longer than :data:`MAX_CHARS`."""

    def __init__(self, length: int) -> None:
        self.length = length
        super().__init__(f"the text is {length:,} characters long; the \"try it\" page takes at most "
                         f"{MAX_CHARS:,}: paste a shorter article, or use `newsevents extract` for long ones")


class Extractor:
    """Runs the extraction pipeline on demand (loaded once, lazily) for the "try it" page."""

    def __init__(self, model: str | None = None, dictionaries: DictionarySpec | None = None) -> None:
        self.model = model
        self.dictionaries = dictionaries
        self._lock = threading.Lock()

    def run(self, text: str, date: str | None) -> Extraction:
        """The extraction of ``text`` published on ``date`` (ISO); never touches the store."""
        from newsevents.extraction import extract
        from newsevents.nlp.pipeline import load_pipeline

        if len(text) > MAX_CHARS:
            raise TooLong(len(text))
        with self._lock:
            nlp = load_pipeline(self.model, dictionaries=self.dictionaries)
            return extract(text, date, id="pasted", title=None, nlp=nlp)
