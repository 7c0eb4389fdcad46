"""Visitors given their host's country (session 26): ``story/venue_guests.py``.

A person who travels to a place, attends a session there, stops there on a trip, or meets its host
there is not of that place; a delegation "in" a place is there as a guest. A country the story
rules guessed from that place is taken away, and the visitor's events are left out with a warning.

Near misses: the host ("hosted the closing session in Nairobi"), a person meeting a guest of another
country in his own capital, a body placed in a city ("police in Doha"), an actor whose country is in
its own words.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

DATE = "2024-05-06"
FAIR = "NAIROBI, Kenya - Kenya's president opened a regional trade fair in Nairobi on Monday.\n\n"
TOKYO = "TOKYO, Japan - Japan's prime minister spoke about trade on Monday.\n\n"


def _codes(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=DATE, nlp=nlp).actors}


def _event_codes(nlp: Language, text: str) -> set[str | None]:
    events = extract(text, date=DATE, nlp=nlp).events
    return {ref.code for e in events for ref in (e.source, e.target) if ref is not None}


@pytest.mark.model
@pytest.mark.parametrize("text, visitor", [
    (FAIR + "Foreign Minister Halvard Tovik attended the closing session in Nairobi on Tuesday and praised "
            "the organisers.", "Foreign Minister Halvard Tovik"),
    (TOKYO + "Deputy Foreign Minister Tom Riley arrived in Tokyo on Tuesday and met the prime minister.",
     "Deputy Foreign Minister Tom Riley"),
    (TOKYO + "After a stop in Japan, Deputy Foreign Minister Tom Riley was heading to Vietnam and Laos to "
             "brief officials.", "Deputy Foreign Minister Tom Riley"),
    ("MOMBASA, Kenya - Kenya and Tanzania signed a trade deal on Monday.\n\nForeign Minister Amani Kolo held a "
     "meeting with Kenyan Foreign Minister Ruth Wanjiku at Mombasa, Kenya, on Monday.", "Foreign Minister Amani Kolo"),
])
def test_visitor_loses_the_host_country(nlp: Language, text: str, visitor: str) -> None:
    ex = extract(text, date=DATE, nlp=nlp)
    actor = next(a for a in ex.actors if a.text == visitor)
    assert actor.country is None and actor.code == "GOV", actor
    assert not any(ref is not None and ref.text and ref.text in visitor
                   for e in ex.events for ref in (e.source, e.target)), ex.events
    assert any("is a visitor" in w for w in ex.warnings), ex.warnings


@pytest.mark.model
def test_delegation_in_a_place_is_no_one_there(nlp: Language) -> None:
    text = ("ADDIS ABABA, Ethiopia - Sudan's army and the rebels fought again on Monday.\n\n"
            "The delegation in Ethiopia condemned the attack on Monday.")
    codes = _codes(nlp, text)
    assert codes["The delegation in Ethiopia"] == "GOV", codes
    assert "ETHGOV" not in _event_codes(nlp, text)


@pytest.mark.model
def test_host_keeps_the_place_country(nlp: Language) -> None:
    # near miss: the subject of "hosted" is of the place
    text = FAIR + "The foreign minister hosted the closing session in Nairobi on Tuesday and praised the organisers."
    assert _codes(nlp, text)["The foreign minister"] == "KENGOV"


@pytest.mark.model
def test_host_meeting_a_foreign_guest_keeps_its_country(nlp: Language) -> None:
    # near miss: the guest is of another country, so the minister at home is the host
    text = ("HANOI, Vietnam - Vietnam and Benin agreed to expand trade on Monday.\n\n"
            "Foreign Minister Tran Van Minh held talks with his Beninese counterpart in Hanoi on Monday.")
    assert _codes(nlp, text)["Foreign Minister Tran Van Minh"] == "VNMGOV"
    assert {"VNMGOV", "BENGOV"} <= _event_codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, actor, code", [
    # near misses: a body placed in a city is of it; a country in the actor's own words stays
    ("DOHA, Qatar - Qatar's emir spoke on Friday.\n\nPolice in Doha detained two protesters on Friday, officials said.",
     "Police in Doha", "QATCOP"),
    (FAIR + "Kenya's foreign minister attended the closing session in Nairobi on Tuesday.",
     "Kenya's foreign minister", "KENGOV"),
])
def test_placed_bodies_and_own_countries_stay(nlp: Language, text: str, actor: str, code: str) -> None:
    assert _codes(nlp, text)[actor] == code


@pytest.mark.model
def test_a_body_travelling_at_home_keeps_its_country(nlp: Language) -> None:
    # near miss: police of the story's country arriving in its capital are on a trip at home
    text = ("HARARE, Zimbabwe - Zimbabwe's opposition leader was detained on Friday.\n\n"
            "Riot police arrived in Harare on Saturday and fired tear gas at the protesters.")
    assert _codes(nlp, text)["Riot police"] == "ZWECOP"
    assert not any("is a visitor" in w for w in extract(text, date=DATE, nlp=nlp).warnings)


@pytest.mark.model
@pytest.mark.parametrize("text, visits", [
    ("Kenyan police arrived in Nairobi on Saturday.", set()),  # a trip at home, to the capital
    ("Kenyan opposition leaders arrived in Nairobi on Saturday.", set()),
    # near miss: a foreign leader's arrival in the capital is a visit, and its host receives him
    ("The Ugandan president arrived in Nairobi on Saturday.", {("UGAGOV", "KENGOV", "042")}),
])
def test_an_arrival_in_ones_own_capital_is_no_visit(nlp: Language, text: str, visits: set[tuple[str, ...]]) -> None:
    events = extract(text, date=DATE, nlp=nlp).events
    assert {(e.source.code, e.target.code, e.cameo) for e in events
            if e.cameo == "042" and e.source is not None and e.target is not None} == visits
