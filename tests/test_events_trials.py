"""The accused who go on trial or face trial are tried by the court of the trial's country
(newsevents.events.trials). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("Two Kenyan opposition leaders went on trial in Nairobi on Monday.", ("KEN", "KEN", "173")),
    ("The former Ugandan army commander faced trial in Kampala last week.", ("UGA", "UGA", "173")),
    ("Three Zambian journalists have gone on trial in Lusaka over their reporting.", ("ZMB", "ZMB", "173")),
])
def test_trials_the_accused_are_tried_by_the_court_of_the_country(nlp: Language, text: str,
                                                                  triple: tuple[str, str, str]) -> None:
    events = code(nlp, text)
    assert triple in country_triples(events)
    assert any(e.source is not None and e.source.sector == "JUD" for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The former Kenyan minister will stand trial next month.",
    "The Ugandan opposition leader could face trial for treason.",
    "The former Ugandan army commander faces trial next year.",
    "The Kenyan general, who faces trial for treason, left Nairobi on Monday.",
    "The Kenyan team went on to win the trial match in Nairobi.",
])
def test_trials_no_trial_held_codes_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo[:2] in ("13", "17")]
