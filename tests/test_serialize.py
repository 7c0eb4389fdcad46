"""JSON serialisation of records: the public contract of ``newsevents extract``."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsevents.records import (
    Actor,
    ActorRef,
    Article,
    DateMention,
    Event,
    Extraction,
    Figure,
    Location,
    Quote,
)
from newsevents.serialize import extraction_from_dict, extraction_to_dict, extraction_to_json

CONTRACT_KEYS = {"article", "actors", "events", "quotes", "dates", "figures"}

text = st.text(min_size=1, max_size=30)
maybe = st.none() | text
spans = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
codes = st.none() | st.sampled_from(["BLRGOV", "CHNGOV", "USA", "IGOUNO", "RUSMIL"])
refs = st.builds(ActorRef, name=text, code=codes, country=st.none() | st.sampled_from(["BLR", "CHN"]),
                 sector=maybe, text=maybe, span=st.none() | spans)
events = st.builds(
    Event, date=st.none() | st.sampled_from(["2023-03-01", "2022-09", "2022"]), source=st.none() | refs,
    target=st.none() | refs, cameo=st.sampled_from(["042", "051", "112", "195"]), plover=maybe,
    goldstein=st.floats(-10, 10, allow_nan=False), quad_class=st.integers(1, 4), sentence=text, span=spans,
    trigger=text, rule=text, confidence=st.floats(0, 1), trigger_span=st.none() | spans,
    location=st.none() | st.builds(Location, name=text, country=maybe,
                                   lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180)),
    plover_mode=maybe, plover_context=maybe,
)
extractions = st.builds(
    Extraction,
    article=st.builds(Article, id=text, text=st.just(""), date=st.none() | st.just("2023-03-01"), title=maybe,
                      url=maybe, source=maybe, line=st.none() | st.integers(1, 100)),
    actors=st.lists(st.builds(Actor, name=text, text=text, code=codes, country=maybe, sector=maybe,
                              kind=st.sampled_from(["person", "country"]), span=spans, rule=text, role=maybe,
                              mentions=st.lists(spans, max_size=3)), max_size=3),
    events=st.lists(events, max_size=3),
    quotes=st.lists(st.builds(Quote, text=text, span=spans, speaker=st.none() | refs, cue=maybe, rule=text),
                    max_size=2),
    dates=st.lists(st.builds(DateMention, text=text, value=maybe, precision=text, span=spans, rule=text),
                   max_size=2),
    figures=st.lists(st.builds(Figure, text=text, value=st.floats(0, 1e12), unit=text, kind=text, span=spans,
                               year=st.none() | st.integers(1900, 2100), what=maybe), max_size=2),
    warnings=st.lists(text, max_size=2),
)


@given(extractions)
def test_serialize_round_trip_keeps_every_record(ex: Extraction) -> None:
    back = extraction_from_dict(json.loads(extraction_to_json(ex)))
    assert back == ex


def test_serialize_contract_keys_and_cameo_root() -> None:
    e = Event(date="2023-03-01", source=ActorRef("Belarus", "BLR", "BLR"), target=None, cameo="042",
              plover="CONSULT", goldstein=1.9, quad_class=1, sentence="s", span=(0, 1), trigger="visit", rule="r")
    d = extraction_to_dict(Extraction(Article("a", "text", "2023-03-01"), events=[e]))
    assert set(d) >= CONTRACT_KEYS
    assert "text" not in d["article"]
    assert d["events"][0]["cameo_root"] == "04"
    assert d["events"][0]["source"] == {"name": "Belarus", "code": "BLR", "country": "BLR", "sector": None,
                                        "text": None, "span": None}
