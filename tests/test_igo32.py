"""An international body's office named with a place (session 32): the body's, not the place's.

"The UN's Western Sahara envoy", "the UN Syria envoy": a place named after the body and before
the office is the office's remit; the title is the body's (``actors/igo_holders.py``: the
possessor or compound before the title's phrase names the body, and a state counts as the owner
only before the body's name). A full name that
opens the next sentence, which nothing else codes, is that holder ("... *Lena Halvorsen* was
received by ...": ``igo_holders.named_next``). Near misses: a state's envoy to the body (the
state's possessive or name before the body's), a UN-backed government, a known person, a name
after a state's title holder, a name that is not the next sentence's subject.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import named_actor
from newsevents.extraction import extract
from newsevents.records import Actor

DATE = "2024-03-04"


def _actor(nlp: Language, text: str, words: str) -> Actor:
    return named_actor(nlp, text, words, DATE)


def _pairs(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    ex = extract(text, date=DATE, nlp=nlp)
    return {(e.source.code, e.target.code, e.cameo) for e in ex.events}


@pytest.mark.model
@pytest.mark.parametrize("text, words, code", [
    ("The UN's Western Sahara envoy met Morocco's foreign minister on Monday.",
     "Western Sahara envoy", "IGOUNO"),
    ("The European Union's Sahel envoy visited Niger on Tuesday.", "Sahel envoy", "IGOEU"),
    ("The UN Syria envoy arrived in Ankara on Tuesday for talks.", "Syria envoy", "IGOUNO"),
])
def test_a_place_after_the_body_is_the_offices_remit(nlp: Language, text: str, words: str,
                                                    code: str) -> None:
    actor = _actor(nlp, text, words)
    assert actor.code == code
    assert actor.country is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, code", [
    # the state named before the body owns the title: its man at the body
    ("Kenya's UN envoy criticized Sudan on Wednesday.", "Kenya's UN envoy", "KENGOV"),
    ("Syria's UN envoy accused Israel of aggression.", "Syria's UN envoy", "SYRGOV"),
])
def test_a_state_before_the_body_owns_the_title(nlp: Language, text: str, words: str, code: str) -> None:
    assert _actor(nlp, text, words).code == code


@pytest.mark.model
def test_a_un_backed_government_is_the_states(nlp: Language) -> None:
    pairs = _pairs(nlp, "Libya's UN-backed government condemned the rebels' attack on Tripoli.")
    assert all(source is not None and not source.startswith("IGO") for source, _, _ in pairs)


@pytest.mark.model
def test_the_next_sentences_name_is_the_holder(nlp: Language) -> None:
    text = ("The UN's Western Sahara envoy met Morocco's foreign minister on Monday. "
            "Lena Halvorsen was received by the minister in Rabat. "
            "Last week she met Algeria's prime minister in Algiers.")
    assert _actor(nlp, text, "Lena Halvorsen").code == "IGOUNO"
    assert ("IGOUNO", "DZAGOV", "040") in _pairs(nlp, text)


@pytest.mark.model
def test_a_name_after_a_states_envoy_is_left(nlp: Language) -> None:
    text = ("Norway's Western Sahara envoy met Morocco's foreign minister on Monday. "
            "Lena Halvorsen was received by the minister in Rabat.")
    assert _actor(nlp, text, "Lena Halvorsen").code != "IGOUNO"


@pytest.mark.model
def test_a_name_not_opening_the_next_sentence_is_left(nlp: Language) -> None:
    text = ("The UN's Western Sahara envoy met Morocco's foreign minister on Monday. "
            "The minister later received Lena Halvorsen, a Norwegian lawyer, in Rabat.")
    ex = extract(text, date=DATE, nlp=nlp)
    assert all(a.code != "IGOUNO" for a in ex.actors if "Halvorsen" in a.text)


@pytest.mark.model
def test_a_known_national_minister_keeps_his_state(nlp: Language) -> None:
    # a person the persons table knows is not taken for the unnamed holder
    text = ("The UN's Syria envoy met Turkey's foreign minister on Monday. "
            "Vladimir Putin was received by the Turkish president in Ankara.")
    ex = extract(text, date=DATE, nlp=nlp)
    assert all(a.code != "IGOUNO" for a in ex.actors if "Putin" in a.text)
