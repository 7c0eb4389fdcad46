"""Fixes from the session 20 code review (review20): rules that fired wider than they say.

- A past wish under a verb of report is announced, not a motive (events/motives.py).
- No will to do something hostile is a reassurance, and "showed no sign of" a description, not
  criticism; a refusal told in the future is no broken obligation (events/failed_duties.py).
- A denial does not answer its own state's words (events/answered_claims.py).
- A vote held at an international body's seat is not the host's (events/vote_holders.py).
- An envoy or speaker in a scene at a seat of international bodies is not of that place
  (actors/place_clues.fronted_country).
- An order carried out tells its act as done, by those who obeyed (events/given_orders.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


def _roots(nlp: Language, text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for s, t, r in code_dyads(nlp, text) if r == root]


# --- a past wish under a report (events/motives.py) -----------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("The Russian president said he wanted to meet the Ukrainian president next month.", ("RUSGOV", "UKRGOV", "03")),
    ("Brazil said on Tuesday it wanted Argentina to reopen the border.", ("BRA", "ARG", "02")),
    ("Kenya's foreign minister told reporters that Kenya wanted Uganda to withdraw its troops.", ("KEN", "UGA", "02")),
    ("The Japanese prime minister said he had wanted to meet the Chinese president for a long time.",
     ("JPNGOV", "CHNGOV", "03")),
])
def test_review_reported_past_wish_keeps_its_event(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Ghanaian students had intended to visit the Togolese president.",
    "The Kenyan rebels wanted to hold talks with the government.",
])
def test_review_past_wish_told_as_a_motive_stays_no_event(nlp: Language, text: str) -> None:
    assert code_dyads(nlp, text) == []


# --- failed duties (events/failed_duties.py) -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kenyan government said Kenya had no desire to fight Uganda.",
    "The Ugandan army said Ugandan troops had no desire to fight Kenya.",
    "Kenyan officials said Ugandan troops showed no sign of leaving.",
    "Ethiopian officials said Eritrean soldiers showed no sign of moving.",
    "The Greek minister said Turkey showed no willingness to attack Greece.",  # no will to attack: a reassurance
])
def test_review_no_will_to_fight_and_no_sign_are_no_criticism(nlp: Language, text: str) -> None:
    assert _roots(nlp, text, "11") == []


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Kenyan minister said Uganda has shown little willingness to reconcile with Kenya.", ("KENGOV", "UGA")),
    ("The Georgian president said Russian troops have made no effort to withdraw.", ("GEOGOV", "RUSMIL")),
    ("The Kenyan minister said Uganda had not implemented the agreement.", ("KENGOV", "UGA")),
])
def test_review_neglect_still_criticises(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _roots(nlp, text, "11")


@pytest.mark.parametrize("text", [
    "The Kenyan minister said Uganda would not implement the agreement.",
    "The Kenyan minister said Uganda will not implement the agreement.",
    "Uganda won't implement the agreement, the Kenyan minister said.",
    "The Kenyan minister said Uganda would not honour the ceasefire.",
])
def test_review_future_refusal_is_no_broken_obligation(nlp: Language, text: str) -> None:
    assert _roots(nlp, text, "11") == []


# --- denials of one's own state's words (events/answered_claims.py) -------------------------------

@pytest.mark.parametrize("text", [
    "Uganda said it would hold talks with Kenya. Ugandan officials later denied it.",
    "Ghana said it would send troops to Mali. Ghanaian officials later denied it.",
    "Ghana said it would send troops to Mali. Ghanaian officials later denied the claim.",
])
def test_review_denial_of_ones_own_state_is_aimed_at_no_one(nlp: Language, text: str) -> None:
    assert _roots(nlp, text, "01") == [("UGAGOV" if "Uganda" in text else "GHAGOV", None)]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Togo claimed Ghana would send troops to Mali. Ghanaian officials later denied it.", ("GHAGOV", "TGO")),
    ("Kenyan opposition parties say the Kenyan government rigged the vote, a claim denied by Kenyan officials.",
     ("KENGOV", "KENOPP")),
])
def test_review_denial_still_answers_another(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _roots(nlp, text, "01")


# --- whose vote (events/vote_holders.py) ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The UN General Assembly vote in New York condemned Syria. Russia rejected the vote.",
    "The Security Council vote in New York condemned Iran. China rejected the vote.",
])
def test_review_a_bodys_vote_is_not_its_hosts(nlp: Language, text: str) -> None:
    assert not any(t is not None and t.startswith("USA") for _, t, _ in code_dyads(nlp, text))


def test_review_a_named_holder_still_owns_its_vote(nlp: Language) -> None:
    text = "Switzerland held a referendum on minarets. Muslim leaders in France denounced the vote."
    assert ("FRAREL", "CHEGOV") in _roots(nlp, text, "11")


# --- a scene set before the clause (actors/place_clues.fronted_country) ---------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("In New York, the ambassador condemned the Russian attack on Kyiv.", "USA"),
    ("In Brussels, the spokesman condemned the Russian attack on Kyiv.", "BEL"),
    ("In Geneva, the envoy criticised the Israeli strikes on Gaza.", "CHE"),
    ("In Vienna, the spokesman praised the Iranian decision.", "AUT"),
])
def test_review_envoys_and_body_seats_say_no_country(nlp: Language, text: str, place: str) -> None:
    assert not any(s is not None and s.startswith(place) for s, _, _ in code_dyads(nlp, text))


@pytest.mark.parametrize(("text", "source"), [
    ("In Kenya, the spokesman condemned the Ugandan raid.", "KENGOV"),
    ("In Britain, the newspaper called the vote an attack on democracy.", "GBRMED"),
])
def test_review_a_fronted_country_still_places_its_doers(nlp: Language, text: str, source: str) -> None:
    assert any(s == source for s, _, _ in code_dyads(nlp, text))


# --- orders carried out (events/given_orders.py) ----------------------------------------------------

@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenyan police obeyed orders to arrest the protesters.", ("KENCOP", "KENCVL", "17")),
    ("Kenyan soldiers carried out orders to arrest the protesters.", ("KENMIL", "KENCVL", "17")),
    ("Kenyan police followed instructions to arrest the opposition leader.", ("KENCOP", "KENOPP", "17")),
    ("Kenyan police obeyed orders from the president to arrest the protesters.", ("KENCOP", "KENCVL", "17")),
])
def test_review_an_obeyed_order_codes_its_act(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenyan police defied orders to arrest the protesters.",
    "Kenyan police defied orders from the president on Monday to arrest the protesters.",
    "Kenyan soldiers refused orders to arrest the protesters.",
    "The Kenyan commander gave orders to arrest the protesters.",
    "The king issued a directive to arrest the protesters.",
])
def test_review_an_order_not_obeyed_codes_no_act(nlp: Language, text: str) -> None:
    assert _roots(nlp, text, "17") == []


def test_review_the_nearest_vote_a_body_held_hides_an_older_one(nlp: Language) -> None:
    text = ("Switzerland held a referendum on minarets last year. The UN General Assembly vote in New York "
            "condemned Syria. Russia rejected the vote.")
    assert not any(t is not None and t[:3] in ("CHE", "USA") for _, t in _roots(nlp, text, "12"))
