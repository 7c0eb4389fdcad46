"""Protest, strike and demand forms of any news of unrest (session 15): untargeted strikes aimed at
home, crowds "met by" police, gatherings at a seat of power, sentences whose strikers vetoed them,
working people by trade, sit-ins, demands stated by a present-tagged subjunctive, and the main verb
of a subject with a relative clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.events.protest_forms import drop_seatless_gatherings, governed_strike_target
from newsevents.extraction import extract
from newsevents.records import ActorMention, ActorRef, Event

Triple = tuple[str | None, str, str | None]


def _events(nlp: Language, text: str) -> list[Triple]:
    ex = extract(text, "2016-05-02", nlp=nlp)
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in ex.events]


def _mention(code: str, sector: str | None) -> ActorMention:
    return ActorMention(0, 1, 0, 5, "x", "x", code, code[:3], sector, "group", "role")


# --- strikes aimed at no one ----------------------------------------------------------------------

@pytest.mark.parametrize(("code", "sector", "expected"), [
    ("143", "LAB", "GHAGOV"),
    ("142", "OPP", "GHAGOV"),
    ("1431", "EDU", "GHAGOV"),
    ("143", "GOV", None),  # a state's organ: no strike of the governed
    ("141", "LAB", None),  # demonstrations have their own rules
    ("190", "LAB", None),
])
def test_protest_forms_untargeted_strike_of_the_governed_is_aimed_at_home(
        code: str, sector: str, expected: str | None) -> None:
    found = governed_strike_target(code, _mention("GHA" + sector, sector))
    assert (found.code if found is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "cameo", "expected"), [
    ("Ghanaian nurses went on strike over unpaid allowances.", "143", ("GHAHLH", "GHAGOV")),
    ("A jailed Ethiopian opposition leader went on a hunger strike.", "142", ("ETHOPP", "ETHGOV")),
    ("Peruvian miners walked off the job on Tuesday.", "143", ("PERLAB", "PERGOV")),
])
def test_protest_forms_strike_named_with_no_target_codes_the_government(
        nlp: Language, text: str, cameo: str, expected: tuple[str, str]) -> None:
    found = [(s, t) for s, c, t in _events(nlp, text) if c == cameo]
    assert expected in found


# --- "met by" the police --------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Striking Bolivian miners were met by riot police who fired tear gas.",
    "Opposition marchers in Lusaka were met by soldiers at the bridge.",
])
def test_protest_forms_crowd_met_by_police_is_no_meeting(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e[1] == "040"]


@pytest.mark.model
def test_protest_forms_police_meeting_protest_leaders_stays_a_meeting(nlp: Language) -> None:
    events = _events(nlp, "Zambian police met opposition leaders in Lusaka to agree on the route of the march.")
    assert any(c == "040" for _, c, _ in events)


# --- gatherings at a seat of power ------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of Malawian teachers gathered outside the education ministry.", ("MWIEDU", "MWIGOV")),
    ("Relatives of the detained gathered outside the court in Blantyre.", ("MWICVL", "MWIJUD")),
])
def test_protest_forms_governed_gathering_at_a_state_body_protests(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "141", expected[1]) in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Malawian residents gathered at the scene of the crash.",
    "Malawian farmers gathered at the market in Lilongwe.",
])
def test_protest_forms_gathering_elsewhere_is_no_protest(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e[1].startswith("14")]


def _gathering(target: ActorRef | None, rule: str = "protest.gather_at_seat") -> Event:
    source = ActorRef("students", "MWIEDU", "MWI", "EDU")
    return Event(date=None, source=source, target=target, cameo="141", plover="PROTEST", goldstein=-6.5,
                 quad_class=3, sentence="x", span=(0, 1), trigger="gathered", rule=rule)


@pytest.mark.parametrize(("target", "rule", "kept"), [
    (ActorRef("ministry", "MWIGOV", "MWI", "GOV"), "protest.gather_at_seat", True),
    (ActorRef("embassy", "CHNGOV", "CHN", "GOV"), "protest.gather_at_seat", True),
    (ActorRef("Malawi", "MWI", "MWI", None), "protest.gather_at_seat+place-target", False),
    (ActorRef("university", "MWIEDU", "MWI", "EDU"), "protest.gather_at_seat", False),
    (None, "protest.gather_at_seat", False),
    (None, "protest.gather", True),  # other rules are not this filter's
])
def test_protest_forms_gathering_kept_only_at_a_seat_of_power(
        target: ActorRef | None, rule: str, kept: bool) -> None:
    assert bool(drop_seatless_gatherings([_gathering(target, rule)])) == kept


# --- strikers, working people and sit-ins ---------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivian police fired tear gas at strikers in La Paz.", ("BOLCOP", "175", "BOLLAB")),
    ("Chilean truckers blocked highways near Santiago.", ("CHLLAB", "144", "CHL")),
    ("Russian pensioners protested against the pension reform.", ("RUSCVL", "141", "RUS")),
])
def test_protest_forms_strikers_and_working_people_are_doers(
        nlp: Language, text: str, expected: Triple) -> None:
    assert expected in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of Ghanaian nurses held a sit-in at the health ministry.", ("GHAHLH", "141")),
    ("Sudanese students began a sit-in at the university.", ("SDNEDU", "141")),
])
def test_protest_forms_sit_in_is_a_protest_noun(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    events = _events(nlp, text)
    assert any((s, c) == expected for s, c, _ in events)
    assert not [e for e in events if e[1] == "173"]  # "held a sit-in" arrests no one


# --- demands and relative clauses -----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivian miners renewed their demand that the government raise wages.", ("BOLLAB", "100", "BOLGOV")),
    # "cancel" is a policy-withdrawal verb (yield.withdraw_policy): a demand to cancel a tax is one for a policy change
    ("The Peruvian union repeated its demand that the government cancel the tax.", ("PERLAB", "1042", "PERGOV")),
])
def test_protest_forms_demand_noun_with_present_tagged_subjunctive(
        nlp: Language, text: str, expected: Triple) -> None:
    assert expected in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Students who were protesting against the fees clashed with police in Accra.", ("GHAEDU", "145", "GHACOP")),
    ("Bolivian miners who had gathered outside the mine clashed with police.", ("BOLLAB", "145", "BOLCOP")),
])
def test_protest_forms_subject_with_relative_clause_does_the_main_verb(
        nlp: Language, text: str, expected: Triple) -> None:
    assert expected in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean students pressed demands that the government cancel the fees.", ("CHLEDU", "CHLGOV")),
    ("The Chilean union issued a demand that the government cancel the fees.", ("CHLLAB", "CHLGOV")),
])
def test_protest_forms_demand_voiced_by_the_verbs_subject(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert any((s, t) == expected and c.startswith("10") for s, c, t in _events(nlp, text))


@pytest.mark.model
def test_protest_forms_rejected_demand_is_not_the_rejecters(nlp: Language) -> None:
    events = _events(nlp, "The Chilean government rejected demands that it cancel the fees.")
    assert not [e for e in events if e[1].startswith("10") and e[0] == "CHLGOV"]


# --- a demand participle hung on the place marched to ---------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Malian students took to the streets demanding lower fees.", ("MLIEDU", "MLIGOV")),
    ("Malian teachers marched through the capital demanding higher pay.", ("MLIEDU", "MLIGOV")),
])
def test_protest_forms_demand_participle_on_a_place_is_the_marchers(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    events = _events(nlp, text)
    assert any((s, t) == expected and c.startswith("10") for s, c, t in events)
    assert any(c.startswith("14") for _, c, _ in events)


@pytest.mark.model
def test_protest_forms_participle_on_an_object_place_names_no_demand(nlp: Language) -> None:
    # the streets patrolled are the object: no move to a place, no demand of the police
    events = _events(nlp, "Malian police patrolled the streets demanding identity papers.")
    assert not [e for e in events if e[1].startswith("10")]
