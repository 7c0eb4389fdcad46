"""False events of session 24's census of fresh news: an act between two companies (a patent
war's suits, complaints and "attacks") is no political event (events/company_disputes.py); the act
inside the that-clause of "alleged", "claimed" is the claimant's word, not a fact, whatever its
root (events/claimed_acts.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes
from newsevents.events.company_disputes import company, split_company_disputes
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event

DATE = "2021-05-04"


def _side(code: str | None, sector: str | None, country: str | None = None) -> ActorRef | None:
    return None if code is None else ActorRef(name=code, code=code, country=country, sector=sector)


def _event(source: ActorRef | None, target: ActorRef | None, cameo: str = "115") -> Event:
    return Event(date=None, source=source, target=target, cameo=cameo, plover=None, goldstein=None,
                 quad_class=None, sentence="One firm sued another.", span=(0, 22), trigger="sued", rule="test")


# ---- the records: both sides firms ------------------------------------------------------------

@pytest.mark.parametrize(("source", "target"), [
    (("DEUBUS", "BUS", "DEU"), ("JPNBUS", "BUS", "JPN")),
    (("MNCUSAMED", "MNC", None), ("USABUS", "BUS", "USA")),
    (("FRABUS", "BUS", "FRA"), ("MNCCHEFIN", "MNC", None)),
])
def test_event_between_two_firms_is_left_out(source: tuple[str, str, str | None],
                                             target: tuple[str, str, str | None]) -> None:
    event = _event(_side(*source), _side(*target))
    kept, warnings = split_company_disputes([event])
    assert kept == []
    assert len(warnings) == 1 and "business dispute" in warnings[0] and '"sued"' in warnings[0]


@pytest.mark.parametrize(("source", "target"), [
    (("DEUGOV", "GOV", "DEU"), ("DEUBUS", "BUS", "DEU")),      # a state fines a firm
    (("USABUS", "BUS", "USA"), ("USAJUD", "JUD", "USA")),      # a firm asks a court
    (("SOMCRM", "CRM", "SOM"), ("GRCBUS", "BUS", "GRC")),      # pirates seize a ship
    (("KENLAB", "LAB", "KEN"), ("MNCGBRAGR", "MNC", None)),    # workers against a plantation's owner
    (("USABUS", "BUS", "USA"), (None, None, None)),            # a firm's act with no coded target
    (("IGOEU", "IGO", None), ("MNCUSAMED", "MNC", None)),      # the EU fines a multinational
])
def test_event_with_one_firm_stays(source: tuple[str, str, str | None],
                                   target: tuple[str | None, str | None, str | None]) -> None:
    event = _event(_side(*source), _side(*target))
    assert split_company_disputes([event]) == ([event], [])


def test_company_reads_the_sector_not_the_code() -> None:
    assert company(_side("USABUS", "BUS", "USA"))
    assert company(_side("MNCUSAMED", "MNC", None))
    assert not company(_side("USAGOV", "GOV", "USA"))
    assert not company(_side("USA", None, "USA"))
    assert not company(None)


# ---- whole stories ------------------------------------------------------------------------------

FIRMS = ("Samsung fires back at Apple\n\n"
         "Samsung sued Apple in a court in Seoul on Tuesday, accusing it of copying the design of its "
         "tablets. Apple said it would fight the suit. Samsung also filed a complaint against Apple "
         "with Japan's trade regulator.")


@pytest.mark.model
def test_patent_war_codes_no_event_between_the_firms(nlp: Language) -> None:
    ex = extract(FIRMS, date=DATE, nlp=nlp)
    firms = {"Samsung", "Apple"}
    assert not [e for e in ex.events if e.source and e.target and e.source.name in firms and e.target.name in firms]
    assert any("business dispute" in w for w in ex.warnings)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a government against a firm: a political act, kept
    ("The Russian government sued Google on Tuesday over its search results.", ("RUSGOV", "USABUS", "115")),
    # a firm against a state and a state's union: kept
    ("Gazprom cut gas supplies to Ukraine on Tuesday.", ("RUSBUS", "UKR", "162")),
    ("Google sued the European Commission on Tuesday over the fine.", ("USABUS", "IGOEU", "115")),
])
def test_one_side_not_a_firm_keeps_the_event(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    codes = [(s, t, c) for s, t, c, _ in event_codes(text, nlp, DATE)]
    assert expected in codes


# ---- what a claim reports is no fact ------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "kept", "gone"), [
    # the claimed insult is the ministry's word; the accusation has no coded target and is warned of
    ("The Kenyan interior ministry alleged that the activist had insulted the army.", [], "111"),
    # the detention is a fact, the help it was justified by is the police's claim
    ("Kenyan police detained three reporters on Monday, claiming that they were helping the rebels.",
     [("KENCOP", "KENMED", "173")], "070"),
    # a document that claims: its content is no fact either
    ("A report that claimed the Malawian government had rejected the proposal angered the ruling party.", [], "125"),
])
def test_claimed_act_is_not_coded(nlp: Language, text: str, kept: list[tuple[str, str, str]], gone: str) -> None:
    codes = [(s, t, c) for s, t, c, _ in event_codes(text, nlp, DATE)]
    assert codes == kept
    assert gone not in {c for _, _, c in codes}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a claim of one's own act reports it (rule 4.2)
    ("The Kenyan ministry claimed that it had delivered aid to the camps.", ("KENGOV", None, "070")),
    # plain reported speech is coded as before
    ("The Kenyan opposition said that the activist had insulted the army.", ("OPP", "KENMIL", "111")),
    # a claimed attack stays an accusation, and a claim of responsibility a claim
    ("Kenyan officials claimed that the opposition had attacked a police station.", ("KENGOV", "OPP", "1123")),
    ("The rebels claimed responsibility for the attack on the Kenyan army.", ("REB", "KENMIL", "015")),
])
def test_near_misses_of_claims_stay(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in [(s, t, c) for s, t, c, _ in event_codes(text, nlp, DATE)]
