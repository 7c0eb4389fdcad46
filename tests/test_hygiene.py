"""Invisible characters (bidi controls, zero-width marks) are kept out of names and match keys,
with every span still pointing into the original text; blank-line runs are read in bulk."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.actors.lexicon import norm
from newsevents.extraction import extract
from newsevents.hygiene import visible
from newsevents.reading import iter_articles
from newsevents.records import Article

# Written for this test: two leaders' names with invisible marks inside and around them.
MARKED = ("Russian President Vladi\u200dmir Pu\u200etin met \u2067Chinese\u2069 President Xi\u200bJinping "
          "in Moscow on Monday.")


def test_hygiene_visible_maps_back_to_the_original() -> None:
    clean, positions = visible("a\u200eb\u200bc\u2066d\u2069")
    assert clean == "ab cd" and positions is not None
    assert [positions[i] for i in range(len(clean))] == [0, 2, 3, 4, 6] and positions[-1] == 8
    assert visible("plain text") == ("plain text", None)


@pytest.mark.parametrize("word", ["Pu\u200etin", "\u202aPutin\u202c", "Put\u00adin", "\ufeffPutin"])
def test_hygiene_match_keys_have_no_invisible_characters(word: str) -> None:
    assert norm(word) == "putin"


@pytest.mark.model
def test_hygiene_names_are_clean_and_spans_point_into_the_original(nlp: Language) -> None:
    ex = extract(MARKED, date="2024-03-04", nlp=nlp)
    plain = extract(MARKED.replace("\u200b", " ").translate({c: None for c in (0x200D, 0x200E, 0x2067, 0x2069)}),
                    date="2024-03-04", nlp=nlp)
    assert [(a.name, a.code) for a in ex.actors] == [(a.name, a.code) for a in plain.actors]
    assert ("Vladimir Putin", "RUSGOV") in [(a.name, a.code) for a in ex.actors]
    assert [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in ex.events] == \
        [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in plain.events]
    putin = next(a for a in ex.actors if a.name == "Vladimir Putin")
    assert MARKED[slice(*putin.span)].startswith("Russian President Vladi\u200dmir")
    assert ex.article.text == MARKED
    for event in ex.events:
        start, end = event.span
        assert MARKED[start:end].replace("\u200b", " ").startswith("Russian")
    for date in ex.dates:
        assert MARKED[slice(*date.span)] == date.text


def test_hygiene_blank_line_runs_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    record = {"id": "x", "date": "2024-01-01", "text": "Chile's president met Peru's foreign minister."}
    with gzip.open(path, "wb") as f:
        f.write(json.dumps(record).encode() + b"\n" + b"\n" * 300_000 + b"not json\n" + b"\n" * 70_000
                + json.dumps({**record, "id": "y"}).encode() + b"\n\n")
    out = list(iter_articles([str(path)]))
    assert [(getattr(o, "id", None), o.line) for o in out] == [("x", 1), (None, 300_002), ("y", 370_003)]
    assert not isinstance(out[1], Article)
