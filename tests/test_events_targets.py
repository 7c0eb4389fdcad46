"""Where an event's target comes from: prepositional and nominal complements, the objects of
noun triggers, the agents of passives and reduced relatives, and the place an appeal is about;
and whom a pronoun or a role noun stands for in a paragraph that names several leaders. The
sentences and paragraphs are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, coded, country_triples
from newsevents.extraction import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    # prepositional complements of the trigger or of its theme
    ("Kenyan riot police threw stun grenades at marchers in Nairobi.", ("KEN", "KEN", "175")),
    ("Venezuelan students threw stones at the National Guard in Caracas.", ("VEN", "VEN", "145")),
    ("Peru signed a defence pact with Chile on Monday.", ("PER", "CHL", "057")),
    ("The Ethiopian prime minister held talks in Nairobi with the Kenyan president.", ("ETH", "KEN", "040")),
    ("Nigerian troops launched an offensive against Boko Haram in Borno.", ("NGA", "NGA", "190")),
    # an appeal for something in a place is aimed at that place's country
    ("The Arab League called for a truce in Khartoum.", ("IGOARL", "SDN", "0256")),
])
def test_events_targets_from_complements(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Colombian government demanded the release of 30 prisoners held by the FARC.", ("COL", "COL", "1053")),
    ("Indonesia demanded the release of Indonesian sailors seized by Somali pirates.", ("IDN", "SOM", "1053")),
])
def test_events_a_release_is_demanded_of_whoever_holds_the_captives(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Journalists detained by Egyptian police were released on Friday.", ("EGY", "EGY", "173")),
    ("Ukrainian soldiers captured by Russian forces were shown on television.", ("RUS", "UKR", "173")),
])
def test_events_agents_of_reduced_relatives_are_sources(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_a_participle_without_its_doer_is_still_a_reference(nlp: Language) -> None:
    events = code(nlp, "The Thai junta lifted the curfew imposed after the coup.")
    assert not {e.cameo[:2] for e in events} & {"17"}


@pytest.mark.parametrize(("text", "expected"), [
    # a subject role noun continues the previous sentence's subject, not the last person named
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
     "The president later accused Uganda of closing the border.", ("KENGOV", "UGA", "112")),
    ("The Indian foreign minister met his Chinese counterpart Wang Yi in Beijing. "
     "The minister later accused Pakistan of sheltering militants.", ("INDGOV", "PAK", "112")),
    # a subject pronoun likewise, through the previous sentence's pronoun subject too
    ("Russian President Vladimir Putin said Ukrainian President Volodymyr Zelensky had refused to negotiate. "
     "He accused NATO of prolonging the war.", ("RUSGOV", "IGONAT", "112")),
    ("French President Emmanuel Macron spoke with German Chancellor Olaf Scholz about Ukraine. "
     "He said the talks were useful. He then criticised Hungary over its veto.", ("FRAGOV", "HUN", "111")),
    # the previous sentence's subject changes: the pronoun follows it
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. "
     "Hassan said the talks had gone well. She later urged Uganda to reopen the border.", ("TZAGOV", "UGA", "025")),
])
def test_events_pronouns_and_role_nouns_continue_the_subject(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:3])
             for e in code(nlp, text)}
    assert expected in found
    wrong = {s for s, t, c in found if t == expected[1] and s != expected[0]}
    assert not wrong, f"the act was given to {wrong}"


def test_events_an_object_pronoun_is_not_its_own_clauses_subject(nlp: Language) -> None:
    text = ("Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing. "
            "Xi praised him for his climate policy.")
    found = {(e.source.code, e.target.code) for e in code(nlp, text)
             if e.cameo.startswith("05") and e.source is not None and e.target is not None}
    assert found == {("CHNGOV", "BRAGOV")}


def test_events_a_criticised_act_is_aimed_at_its_doer(nlp: Language) -> None:
    text = ("Zambian police fired tear gas at opposition supporters in Lusaka on Saturday. "
            "The opposition condemned the crackdown.")
    found = {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
             for e in code(nlp, text)}
    assert ("ZMBOPP", "ZMBCOP", "11") in found


def test_events_a_criticised_act_with_no_earlier_doer_is_not_guessed(nlp: Language) -> None:
    # no target is guessed; a criticism aimed at no one is left out and reported (events.aimless)
    ex = extract("Brazil condemned the coup on Monday.", "2023-03-01", nlp=nlp)
    assert not [e for e in ex.events if e.cameo.startswith("11")]
    assert any(w.startswith("no target named") and "condemned" in w for w in ex.warnings)


def test_events_the_purpose_of_force_names_whom_it_hits(nlp: Language) -> None:
    text = ("Hundreds of opposition supporters gathered in Tegucigalpa, "
            "and Honduran troops fired tear gas to push them back.")
    found = {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
             for e in code(nlp, text)}
    assert ("HNDMIL", "HNDOPP", "175") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Zimbabwe's opposition leader was arrested on Friday at his home in Harare.", ("ZWECOP", "ZWEOPP", "173")),
    ("A British journalist was detained in Moscow on Tuesday.", ("RUSCOP", "GBRMED", "173")),
])
def test_events_an_agentless_arrest_is_by_the_local_police(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = code(nlp, text)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in events] == [expected]
    assert events[0].rule.endswith("+implied-police")


@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader was arrested by soldiers in Nairobi.",  # the doer is named
    "Two opposition activists were arrested on Monday.",  # no country to take the police from
])
def test_events_no_police_is_implied_without_need_or_evidence(nlp: Language, text: str) -> None:
    assert not any(e.rule.endswith("+implied-police") for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause of occurrence reports the noun's event
    ("Protests against the Bolivian government erupted in La Paz.", (None, "BOL", "141")),
    ("Zambian police detained 20 people at an opposition rally that took place in Lusaka.", ("ZMB", "ZMB", "141")),
    # a span of time stands in for its acts when their doer is named
    ("The Indonesian president resigned after weeks of student protests against his rule.", (None, "IDN", "141")),
])
def test_events_noun_triggers_in_more_report_positions(
        nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    found = country_triples(coded(nlp, text))  # "Protests ... erupted" names no doer
    if expected[0] is None:
        assert any(t == expected[1] and c == expected[2] for _, t, c in found), found
    else:
        assert expected in found


def test_events_a_background_span_without_its_doer_is_by_the_civilians_of_its_place(nlp: Language) -> None:
    # the gold convention of CAMEO coders: a protest with no protesters named is the country's civilians'
    text = "The Georgian party withdrew its draft law on Thursday after two nights of mass protests in Tbilisi."
    protests = [e for e in code(nlp, text) if e.cameo == "141"]
    assert [(e.source.code, e.target.country) for e in protests if e.source and e.target] == [("GEOCVL", "GEO")]
    assert protests[0].rule.endswith("+implied-civilians")


def test_events_a_mediation_of_earlier_talks_acts_on_both_parties(nlp: Language) -> None:
    text = ("Peace talks between the Ugandan government and the Lord's Resistance Army continued in Juba. "
            "The talks are brokered by the South Sudanese government.")
    mediations = {(e.source.code, e.target.code) for e in code(nlp, text)
                  if e.cameo == "045" and e.source is not None and e.target is not None}
    assert mediations == {("SSDGOV", "UGAGOV"), ("SSDGOV", "UGAREB")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Russian president agreed to a six-point plan put forward by the French president.", ("RUS", "FRA", "030")),
    ("Hamas rejected the ceasefire proposal made by Egypt.", ("PSE", "EGY", "125")),
    ("The UN Security Council approved measures aimed at persuading Iran to suspend enrichment.",
     ("IGOUNO", "IRN", "163")),
])
def test_events_targets_from_who_proposed_or_who_is_aimed_at(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_a_welcome_with_nothing_earlier_keeps_no_target(nlp: Language) -> None:
    text = "Washington reopened its embassy in Havana on Friday. The Cuban foreign minister welcomed the step."
    assert [e.target for e in coded(nlp, text) if e.cameo.startswith("05")] == [None]
    # support aimed at no one is then left out of the events (events/aimless.py, session 20)
    assert not [e for e in code(nlp, text) if e.cameo.startswith("05")]
