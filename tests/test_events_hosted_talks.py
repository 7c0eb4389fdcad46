"""Hosts of talks between two other sides (events/hosted_talks.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


@pytest.mark.model
def test_a_host_verb_receives_each_side_of_the_talks(nlp: Language) -> None:
    got = country_triples(code(nlp, "Oman hosted talks between Iran and the United States in Muscat on Friday."))
    assert {("OMN", "IRN", "043"), ("OMN", "USA", "043"), ("IRN", "OMN", "042"), ("USA", "OMN", "042")} <= got
    assert ("IRN", "USA", "040") in got and ("USA", "IRN", "040") in got
    assert not any(tgt == "OMN" for src, tgt, cameo in got if src == "OMN")  # the venue city is no guest


@pytest.mark.model
def test_hosted_by_on_the_talks_names_the_host(nlp: Language) -> None:
    got = country_triples(code(nlp, "Talks between Serbia and Kosovo, hosted by Belgium, broke down on Monday."))
    assert ("BEL", "SRB", "043") in got and ("BEL", "XKX", "043") in got


@pytest.mark.model
def test_a_hyphenated_host_modifier_names_the_host(nlp: Language) -> None:
    got = country_triples(code(nlp, "The Turkish-hosted talks between Russia and Ukraine ended on Tuesday."))
    assert ("TUR", "RUS", "043") in got and ("TUR", "UKR", "043") in got


@pytest.mark.model
def test_an_offer_to_host_talks_hosts_no_one(nlp: Language) -> None:
    events = code(nlp, "Ghana offered to host talks between Togo and Benin.")
    assert not [e for e in events if e.cameo in ("042", "043")]


@pytest.mark.model
def test_a_host_is_no_guest_of_its_own_side(nlp: Language) -> None:
    got = country_triples(code(nlp, "Kenya hosted talks between Kenyan officials and Somalia in Nairobi."))
    assert not any(src == tgt for src, tgt, cameo in got if cameo in ("042", "043"))


@pytest.mark.model
def test_an_offer_to_host_talks_is_no_intent_of_the_sides(nlp: Language) -> None:
    got = country_triples(code(nlp, "Ghana offered to host talks between Togo and Benin."))
    assert not any({src, tgt} == {"TGO", "BEN"} for src, tgt, cameo in got if cameo.startswith("03"))
