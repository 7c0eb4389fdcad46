"""A ruler's pledges of reform, agreements to concede, and the one list of meeting words
(session 14). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.events.meeting_words import meeting_verbs, meeting_words, talk_forms, talk_nouns
from newsevents.events.patterns import lexicon


def _pairs(nlp: Language, text: str, cameo: str) -> set[tuple[str | None, str | None]]:
    return {((e.source.country if e.source else None), (e.target.country if e.target else None))
            for e in code(nlp, text) if e.cameo == cameo}


def _roots(nlp: Language, text: str, root: str) -> list[str]:
    return [e.cameo for e in code(nlp, text) if e.cameo.startswith(root)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("The Malawian president promised to hold elections within two years.", "MWI"),
    ("The Peruvian president pledged to fight corruption in the police.", "PER"),
    ("The Zambian government has promised to create thousands of jobs for young people.", "ZMB"),
    ("The Tunisian president promised reforms after a week of unrest.", "TUN"),
    ("The Chadian junta pledged to organise a referendum on a new constitution.", "TCD"),
])
def test_home_pledges_ruler_pledging_reform_intends_reform(nlp: Language, text: str, country: str) -> None:
    assert (country, country) in _pairs(nlp, text, "034")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Peruvian president pledged to follow the path of his predecessor.",  # no reform named
    "Malawian protesters promised to hold more rallies next week.",  # not a ruler
    "Kenyan opposition leaders pledged to fight corruption if elected.",  # not a ruler
    "The Chilean president assumed the presidency promising to address the problems of the country.",
])
def test_home_pledges_other_promises_are_no_reform(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "034")


@pytest.mark.model
def test_home_pledges_promise_to_a_partner_stays_an_intent_to_cooperate(nlp: Language) -> None:
    text = "Ethiopia promised Kenya to respect its border."
    assert ("ETH", "KEN") in _pairs(nlp, text, "030") and not _roots(nlp, text, "034")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Malawian president agreed to step down on Friday.",
    "The Malawian president agreed to hold a new election.",
    "The Malawian president agreed to hold early elections next year.",
])
def test_home_pledges_agreement_to_concede_is_no_unaimed_intent(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "03")


@pytest.mark.model
def test_home_pledges_agreement_to_hand_over_power_is_the_handover(nlp: Language) -> None:
    text = "The Malian junta agreed to hand over power to civilians."
    assert _roots(nlp, text, "08") == ["0831"] and not _roots(nlp, text, "03")


@pytest.mark.model
@pytest.mark.parametrize(("text", "cameo", "pair"), [
    ("Armenia and Azerbaijan agreed on a roadmap to normalise relations.", "030", ("ARM", "AZE")),
    ("The Sudanese army and the RSF agreed to a 72-hour truce.", "0871", ("SDN", "SDN")),
    ("The Zimbabwean government agreed to release the jailed Botswanan journalist.", "0353", ("ZWE", "BWA")),
])
def test_home_pledges_other_agreements_unchanged(nlp: Language, text: str, cameo: str,
                                                 pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, cameo)


@pytest.mark.parametrize("word", ["talk", "negotiation", "dialogue", "meeting", "summit", "conference"])
def test_meeting_words_nouns_come_from_the_pattern_class(word: str) -> None:
    assert word in talk_nouns() and word in lexicon().classes["talks"]
    assert word in meeting_words() and word + "s" in talk_forms()


@pytest.mark.parametrize("word", ["meet", "negotiate", "discuss", "confer"])
def test_meeting_words_verbs_come_from_the_pattern_class(word: str) -> None:
    assert word in meeting_verbs() and word in meeting_words()
    assert word in lexicon().word_list("meeting_words")


CEREMONY = "The new Ghanaian president was sworn in on Saturday at a ceremony in Accra. "


def _visits(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return _pairs(nlp, text, "042")


@pytest.mark.model
@pytest.mark.parametrize(("text", "guests"), [
    (CEREMONY + "Heads of state in attendance included Nigerian President Bola Tinubu and Kenyan President "
     "William Ruto.", {"NGA", "KEN"}),
    (CEREMONY + "Attending the ceremony were President Julius Bio of Sierra Leone and President Joseph Boakai "
     "of Liberia.", {"SLE", "LBR"}),
    (CEREMONY + "Togolese President Faure Gnassingbe and Beninese President Patrice Talon were among the leaders "
     "who attended the inauguration.", {"TGO", "BEN"}),
    (CEREMONY + "Present at the inauguration ceremony was the president of Chad.", {"TCD"}),
    ("Dozens of leaders are attending the funeral of the former president in the Ghanaian capital Accra. "
     "Heads of state attending include President Yoweri Museveni of Uganda and President Paul Kagame of Rwanda.",
     {"UGA", "RWA"}),
    (CEREMONY + "Heads of state in attendance included Nigerian President Bola Tinubu. Senegalese President "
     "Bassirou Faye was also present.", {"NGA", "SEN"}),
])
def test_ceremony_guests_foreign_guests_visit_the_host(nlp: Language, text: str, guests: set[str]) -> None:
    visits, hosts = _visits(nlp, text), _pairs(nlp, text, "043")
    assert {(g, "GHA") for g in guests} <= visits
    assert {("GHA", g) for g in guests} <= hosts


@pytest.mark.model
@pytest.mark.parametrize("text", [
    CEREMONY + "The Senegalese president was also present.",  # no attendance told before it
    CEREMONY + "The Senegalese president was not present at the ceremony.",
    CEREMONY + "Supporters of the ruling party were among those in attendance.",
    CEREMONY + "Ghanaian ministers were among the officials who attended the inauguration.",  # at home
])
def test_ceremony_guests_others_are_no_visit(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "04")


@pytest.mark.model
def test_home_pledges_agreed_resignation_yields_to_own_country(nlp: Language) -> None:
    assert ("MWI", "MWI") in _pairs(nlp, "The Malawian president agreed to step down on Friday.", "0831")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands of Ukrainians attended the rally in Kyiv. The Polish president was also present.",
    CEREMONY + "Heads of state in attendance included the Nigerian ambassador to Ghana.",
])
def test_ceremony_guests_no_guest_list_or_no_trip(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "04")
