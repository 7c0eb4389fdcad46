"""Records survive pickling (they cross from worker processes to the parent) unchanged."""

from __future__ import annotations

import pickle

import pytest
from spacy.language import Language

from newsevents.extraction import extract
from newsevents.records import (
    ActorMention,
    ActorRef,
    Article,
    DateMention,
    Extraction,
    Figure,
    Location,
)

TEXT = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
        '"We will settle the border question," Ruto told reporters, adding that 3,000 refugees had crossed.')


@pytest.mark.parametrize("record", [
    Article(id="a1", text="Text.", date="2024-05-15", title="T", source="f.txt", line=3),
    ActorRef(name="Kenya", code="KEN", country="KEN", sector=None),
    ActorMention(start=0, end=1, start_char=0, end_char=5, text="Kenya", name="Kenya", code="KEN",
                 country="KEN", sector=None, kind="country", rule="dict", entity=0),
    DateMention(text="Monday", value="2024-05-13", precision="day", span=(10, 16), rule="weekday"),
    Figure(text="3,000 refugees", value=3000.0, unit="people", kind="count", span=(0, 14)),
    Location(name="Nairobi", country="KEN", lat=-1.28, lon=36.82),
    Extraction(article=Article(id="e", text="x", date=None)),
], ids=lambda r: type(r).__name__)
def test_records_pickle_round_trip(record: object) -> None:
    assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.model
def test_records_pickle_a_whole_extraction(nlp: Language) -> None:
    ex = extract(TEXT, date="2024-05-15", nlp=nlp)
    assert ex.events and ex.quotes and ex.actors and ex.figures
    back = pickle.loads(pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == ex
    assert type(back.events[0]) is type(ex.events[0])
