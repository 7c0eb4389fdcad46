"""First-person words inside a direct quote stand for the quote's speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "source", "root"), [
    ('"We strongly condemn Azerbaijan\'s shelling of our villages," the Armenian foreign ministry said.', "ARM", "11"),
    ('The Malian army said on Tuesday: "We reject the rebels\' offer of a truce."', "MLI", "12"),
    ('"I will never negotiate with these gunmen," Nigerian President Goodluck Jonathan told reporters.',
     "NGA", "12"),
])
def test_a_first_person_word_in_a_quote_is_its_speaker(nlp: Language, text: str, source: str,
                                                       root: str) -> None:
    events = [e for e in code(nlp, text, "2013-06-04") if e.cameo.startswith(root)]
    assert events and all(e.source is not None and e.source.country == source for e in events), events


def test_an_unattributed_quote_gives_we_no_speaker(nlp: Language) -> None:
    text = 'Protests spread across Yerevan on Monday. "We condemn the arrests," a banner read.'
    events = [e for e in code(nlp, text, "2013-06-04") if e.cameo.startswith("11")]
    assert all(e.source is None or e.source.sector != "GOV" for e in events), events


def test_we_outside_a_quote_is_left_alone(nlp: Language) -> None:
    text = "The Armenian foreign ministry issued a statement on Monday. We condemn the shelling, it read."
    events = [e for e in code(nlp, text, "2013-06-04") if e.cameo.startswith("11")]
    assert not any(e.source is not None and e.source.text == "We" for e in events), events


def test_an_obligation_told_to_reporters_is_a_demand_not_a_request(nlp: Language) -> None:
    # "told X that Y must": said to an audience, so the speaker demands; "told X to" stays a request
    text = ('"The junta must free the detained ministers," Malian opposition leader Soumaila Cisse '
            'told reporters in Bamako.')
    events = [e for e in code(nlp, text, "2012-04-03") if e.cameo.startswith("10")]
    assert events and all(e.source is not None and e.source.country == "MLI" for e in events), events
