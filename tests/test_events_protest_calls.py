"""What a call asks for decides the act (events/protest_calls.py): a call for political change is a
demand, a call for talks with someone an offer to talk, a protest told vaguely and again is one
event; and the demands a crowd's participle states and the strike of "striking workers" (frames.subject)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.events.protest_calls import drop_vague_protests
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event


def _events(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    ex = extract(text, "2016-05-02", nlp=nlp)
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in ex.events]


IMPLIED = "protest.protest_noun+implied-civilians"


def _protest(source: str, target: str, rule: str = "protest.demonstrate", date: str | None = "2016-05-02") -> Event:
    return Event(date=date, source=ActorRef(source, source, source[:3]), target=ActorRef(target, target, target[:3]),
                 cameo="141", plover="PROTEST", goldstein=-6.5, quad_class=3, sentence="x", span=(0, 1),
                 trigger="x", rule=rule)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("The Gabonese opposition has called for a change of government.", "1041"),
    ("Opposition leaders in Gabon renewed their calls for the prime minister's resignation.", "1041"),
    ("The Togolese opposition called for new elections.", "104"),
    ("Separatist leaders in Cameroon called for independence.", "1044"),
])
def test_protest_calls_call_for_political_change_is_a_demand(nlp: Language, text: str, code: str) -> None:
    events = _events(nlp, text)
    assert any(e[1] == code for e in events)
    assert not any(e[1].startswith("02") for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Gabonese president called for calm after the vote.",
    "Amnesty International called for an independent investigation into the killings in Gabon.",
])
def test_protest_calls_call_for_no_change_stays_an_appeal(nlp: Language, text: str) -> None:
    assert not any(e[1].startswith("10") for e in _events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The crown prince of Bahrain called for a national dialogue with the opposition parties.",
    "The king of Bahrain called for talks with the opposition.",
    "The Kuwaiti emir called for an open dialogue with all of Kuwait's political parties.",
])
def test_protest_calls_call_for_talks_with_a_side_is_an_offer(nlp: Language, text: str) -> None:
    assert any(e[1] == "036" and e[2] is not None for e in _events(nlp, text))


@pytest.mark.model
def test_protest_calls_call_for_talks_between_others_stays_an_appeal(nlp: Language) -> None:
    events = _events(nlp, "The United Nations called for talks between the Yemeni government and the rebels.")
    assert not any(e[1] == "036" for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Protesters demanding the resignation of the Cambodian prime minister clashed with police in Phnom Penh.",
    "Thousands of Malaysians attended a banned rally in Kuala Lumpur demanding electoral reforms.",
    "Malawian demonstrators sang songs while carrying placards demanding that the president keep his promises.",
])
def test_protest_calls_crowd_participle_demands(nlp: Language, text: str) -> None:
    assert any(e[1].startswith("10") and e[0] is not None for e in _events(nlp, text))


@pytest.mark.parametrize(("first", "second", "kept"), [
    (_protest("BHRCVL", "BHR", IMPLIED), _protest("BHRCVL", "BHRGOV"), 1),  # "protests in Bahrain ... massed at"
    (_protest("SWZCVL", "SWZ", IMPLIED), _protest("SWZLAB", "SWZ"), 1),
    (_protest("BHRCVL", "BHR"), _protest("BHRCVL", "BHRGOV"), 2),  # both crowds named: maybe two protests
    (_protest("BHROPP", "BHRGOV"), _protest("BHRCVL", "BHROPP"), 2),  # a counter-demonstration
    (_protest("BHRCVL", "BHR", IMPLIED), _protest("BHRCVL", "BHRGOV", date="2016-05-09"), 2),  # another day
    (_protest("BHRCVL", "BHR", IMPLIED), _protest("KWTCVL", "KWTGOV"), 2),
])
def test_protest_calls_vague_protest_told_better_is_dropped(first: Event, second: Event, kept: int) -> None:
    assert len(drop_vague_protests([first, second])) == kept
    assert len(drop_vague_protests([second, first])) == kept


@pytest.mark.model
@pytest.mark.parametrize(("text", "crowd", "mission"), [
    ("Crowds gathered outside the Chinese embassy in Hanoi to denounce the oil rig.", "VNM", "CHN"),
    ("Protesters rallied outside the U.S. embassy in Islamabad on Friday.", "PAK", "USA"),
])
def test_protest_calls_crowd_at_a_mission_is_of_its_host(nlp: Language, text: str, crowd: str,
                                                          mission: str) -> None:
    events = [e for e in _events(nlp, text) if e[1].startswith("14")]
    assert events and all(e[0] is not None and e[0].startswith(crowd) for e in events)
    assert all(e[2] is not None and e[2].startswith(mission) for e in events)


@pytest.mark.model
def test_protest_calls_striking_workers_strike(nlp: Language) -> None:
    events = _events(nlp, "Striking garment workers blocked a road in Phnom Penh on Sunday.")
    assert any(e[1] == "143" and e[0] == "KHMLAB" for e in events)


@pytest.mark.model
def test_protest_calls_striking_things_strike_no_one(nlp: Language) -> None:
    assert not any(e[1].startswith("14") for e in _events(nlp, "The striking images from Kabul shocked the world."))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan police blocked the route of the opposition march in Nairobi.",
    "Belarusian police sealed off the centre of Minsk on Sunday.",
])
def test_protest_calls_forces_blocking_roads_restrict_movement(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    assert any(e[1] == "191" for e in events)
    assert not any(e[1].startswith("144") for e in events)


@pytest.mark.model
def test_protest_calls_crowd_blocking_roads_still_protests(nlp: Language) -> None:
    events = _events(nlp, "Hundreds of Kenyan farmers blocked the main highway to Nairobi.")
    assert any(e[1] == "144" for e in events)
    assert not any(e[1] == "191" for e in events)


@pytest.mark.model
def test_protest_calls_place_of_a_protests_cause_is_not_its_place(nlp: Language) -> None:
    events = _events(nlp, "The protests, inspired by the recent uprisings in Tunisia and Egypt, began in Bahrain.")
    assert not any(e[1].startswith("14") and e[2] is not None and e[2].startswith(("TUN", "EGY")) for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Venezuelan opposition leader called on the country to reject the decree.",
    "The Venezuelan president called on the nation to unite.",
    "Venezuela's opposition urged the public to join the strike.",
])
def test_protest_calls_appeal_to_the_nation_is_made_of_its_people(nlp: Language, text: str) -> None:
    assert any(e[1].startswith("02") and e[2] == "VENCVL" for e in _events(nlp, text))


@pytest.mark.model
def test_protest_calls_appeal_to_anothers_citizens_keeps_their_country(nlp: Language) -> None:
    assert any(e[1].startswith("02") and e[2] == "UKRCVL"
               for e in _events(nlp, "The EU called on Ukraine's citizens to vote."))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Zimbabwean opposition's demands include electoral reforms and the release of political prisoners.",
    "Thousands of Kenyans marched in Nairobi on Monday. "
    "The protesters' main demand is the resignation of the president.",
])
def test_protest_calls_stated_demand_of_the_governed(nlp: Language, text: str) -> None:
    assert any(e[1].startswith("10") and e[0] is not None and e[2] is not None for e in _events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The demand for oil is rising in China.",
    "The opposition's demands are not the government's concern in Zimbabwe.",
])
def test_protest_calls_demand_noun_without_owner_or_negated_codes_nothing(nlp: Language, text: str) -> None:
    assert not any(e[1].startswith("10") for e in _events(nlp, text))
