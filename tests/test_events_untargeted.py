"""Targets read from the text around a reaction (a pronoun for an act, a step taken against the
reacting side), and acts that still name no target: left out of the events and reported in a
warning, except statements, appeals and shows of force (events/aimless.py, events/referents.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, coded
from newsevents.events.aimless import faceless, needs_target, split_aimless
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event

pytestmark = pytest.mark.model


def _triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize("text", [
    "The Ethiopian army fought fiercely on Tuesday afternoon.",
    "The Ugandan foreign minister condemned the decision on Friday.",
])
def test_an_act_aimed_at_no_one_is_left_out_and_reported(nlp: Language, text: str) -> None:
    found = coded(nlp, text)
    assert found and all(e.target is None for e in found)  # the coder did find the act
    ex = extract(text, "2023-03-01", nlp=nlp)
    assert ex.events == []
    warnings = [w for w in ex.warnings if w.startswith("no target named")]
    assert len(warnings) == len(found) and text[:25] in warnings[0]


@pytest.mark.parametrize(("text", "code"), [
    ("Pope Francis appealed for calm in a message on Sunday.", "02"),
    ("The Pentagon sent two more warships to the Gulf on Friday.", "15"),
    ("Pyongyang launched a short-range missile toward the ocean on Tuesday.", "15"),
])
def test_appeals_and_shows_of_force_keep_an_empty_target(nlp: Language, text: str, code: str) -> None:
    events = extract(text, "2023-03-01", nlp=nlp).events
    assert any(e.cameo.startswith(code) and e.target is None for e in events)


@pytest.mark.parametrize("text", [
    "Officials asked for patience on Monday as crews worked through the night.",
    "The government called for calm after the vote.",
])
def test_an_act_with_no_target_by_a_doer_with_no_country_is_left_out_and_reported(
        nlp: Language, text: str) -> None:
    found = coded(nlp, text)
    assert found and all(e.target is None and e.source and e.source.country is None for e in found)
    ex = extract(text, "2023-03-01", nlp=nlp)
    assert ex.events == []
    assert any(w.startswith("no target and no country for the doer") and text[:20] in w for w in ex.warnings)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The African Union appealed for calm after the vote.", "IGOAU", None),
    # a state side's appeal for calm is made to its own country (events/public_appeals.py, session 24)
    ("Kenyan officials asked for patience after the vote.", "KENGOV", "KEN"),
])
def test_an_organisation_or_a_placed_doer_keeps_its_untargeted_appeal(
        nlp: Language, text: str, source: str, target: str | None) -> None:
    events = extract(text, "2023-03-01", nlp=nlp).events
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in events] == [(source, target, "02")]


def test_faceless_by_doer() -> None:
    def event(source: ActorRef | None, rule: str = "x.y") -> Event:
        return Event(None, source, None, "020", None, None, None, "s", (0, 1), "t", rule)

    assert faceless(event(None)) and faceless(event(ActorRef("officials", "GOV")))
    assert not faceless(event(ActorRef("the UN", "IGOUNO"))) and not faceless(event(ActorRef("Kenya", "KEN", "KEN")))
    assert not faceless(event(ActorRef("officials", "GOV"), "dictionary:verbs.txt:3"))


def test_a_targeted_act_is_kept(nlp: Language) -> None:
    events = code(nlp, "Kenyan police fired tear gas at opposition supporters in Nairobi.")
    assert [(e.cameo, e.target is not None) for e in events] == [("175", True)]


def test_needs_target_by_kind_of_act() -> None:
    def event(cameo: str, rule: str = "x.y") -> Event:
        return Event(None, ActorRef("Kenya", "KENGOV", "KEN"), None, cameo, None, None, None, "s", (0, 1), "t", rule)

    assert needs_target(event("173")) and needs_target(event("0874")) and needs_target(event("111"))
    assert not needs_target(event("020")) and not needs_target(event("013")) and not needs_target(event("150"))
    assert needs_target(event("141")) and needs_target(event("030"))  # since session 21 (test_aimless21.py)
    assert not needs_target(event("0333")) and not needs_target(event("016"))
    assert not needs_target(event("173", "dictionary:verbs.txt:12"))  # a user's dictionary codes as it likes
    kept, warnings = split_aimless([event("173"), event("020")])
    assert [e.cameo for e in kept] == ["020"] and len(warnings) == 1 and "173" in warnings[0]


@pytest.mark.parametrize(("text", "triple"), [
    ("Pyongyang launched two rockets on Friday. Tokyo condemned it as a provocation.", ("PRK", "JPN")),
    ("Iraqi troops shelled Kurdish villages in Turkey on Monday. Ankara denounced it.", ("IRQ", "TUR")),
])
def test_a_criticism_of_it_is_aimed_at_the_doer_of_the_act_just_told(
        nlp: Language, text: str, triple: tuple[str, str]) -> None:
    doer, critic = triple
    events = code(nlp, text)
    assert any(e.cameo[:2] == "11" and e.source and e.source.country == critic
               and e.target and e.target.country == doer for e in events)


@pytest.mark.parametrize("text", [
    "The Security Council imposed new sanctions on Syria on Monday. Damascus rejected the decision.",
    "The Security Council imposed new sanctions on Syria on Monday. Damascus rejected it.",
    "Norway expelled three Syrian diplomats, and Damascus rejected the move on Tuesday.",
])
def test_a_rejected_step_is_aimed_at_who_took_it_against_the_rejecting_side(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    rejections = [e for e in events if e.cameo[:2] == "12"]
    assert rejections and all(e.source and e.source.country == "SYR" for e in rejections)
    assert all(e.target and e.target.code in ("IGOUNO", "NOR") for e in rejections)


@pytest.mark.parametrize("text", [
    # the step was not taken against the rejecting side: no guess
    "The Security Council imposed new sanctions on Syria on Monday. Israel rejected the decision.",
    # a step whose owner is named is that owner's: not the latest act
    "Norway expelled three Syrian diplomats. Damascus rejected the Turkish decision.",
    # two sentences back is too far for a pronoun
    "Norway expelled three Syrian diplomats. The ministers met in Oslo. Later, Damascus rejected it.",
])
def test_no_rejected_step_is_guessed(nlp: Language, text: str) -> None:
    events = coded(nlp, text)
    assert not any(e.cameo[:2] == "12" and e.target is not None and e.target.code == "NOR" for e in events)
    assert not any(e.cameo[:2] == "12" and e.target is not None and e.target.code == "IGOUNO" for e in events)


@pytest.mark.parametrize(("text", "target"), [
    ("Niger's army seized power in July. Washington suspended military aid to the country.", "NER"),
    ("The Kenyan president visited Tanzania on Monday and praised the nation for its help.", "TZA"),
])
def test_the_country_is_the_one_country_named_just_before(nlp: Language, text: str, target: str) -> None:
    events = [e for e in code(nlp, text) if e.rule.endswith("+country-noun")]
    assert events and all(e.target and e.target.country == target for e in events)


@pytest.mark.parametrize("text", [
    # two countries named before: no guess
    "Armenia accused Azerbaijan of shelling its villages. France suspended military aid to the country.",
    # the doer's own country is no referent
    "The Ghanaian president vowed to defend the country.",
])
def test_the_country_is_not_guessed(nlp: Language, text: str) -> None:
    assert not any(e.rule.endswith("+country-noun") for e in coded(nlp, text))


@pytest.mark.parametrize(("text", "target"), [
    ("Turkey halted its air strikes on Kurdish militants in Iraq.", "IRQ"),
    ("The Sudanese army stepped up its raids against Ethiopian troops.", "ETH"),
    ("The Guinean junta accepted the demands of ECOWAS on Monday.", "IGOECO"),
])
def test_a_target_named_in_the_objects_phrase(nlp: Language, text: str, target: str) -> None:
    assert any(e.target and target in (e.target.country, e.target.code) for e in code(nlp, text))


def test_a_judged_acts_phrase_names_its_own_target_not_the_judges(nlp: Language) -> None:
    # "the attack on the embassy" is the attackers' act: the criticism is not aimed at Turkey
    events = coded(nlp, "The Chilean minister condemned the attack on the Turkish embassy.")
    assert not any(e.cameo[:2] == "11" and e.target and e.target.country == "TUR" for e in events)


@pytest.mark.parametrize(("text", "target"), [
    ("Somali militants stormed a hotel in Mogadishu on Sunday.", "SOM"),
    ("Somali militants attacked a restaurant in Nairobi.", "KEN"),
])
def test_an_attack_on_a_public_place_is_aimed_at_its_country(nlp: Language, text: str, target: str) -> None:
    assert any(e.cameo[:2] in ("18", "19") and e.target and e.target.country == target for e in code(nlp, text))


@pytest.mark.parametrize(("text", "target"), [
    ("Zambian opposition parties demanded that the Zambian president resign. He refused.", "ZMBOPP"),
    ("France urged Algeria to free the journalist. Algeria rejected the call on Monday.", "FRA"),
])
def test_a_bare_refusal_answers_who_just_asked(nlp: Language, text: str, target: str) -> None:
    refusals = [e for e in code(nlp, text) if e.cameo[:2] == "12"]
    assert refusals and all(e.target and e.target.code and e.target.code.startswith(target) for e in refusals)


def test_a_refusal_to_act_is_not_aimed_at_an_earlier_asker(nlp: Language) -> None:
    # "refused to comment" has an object of its own: not an answer to the demand
    text = "Zambian opposition parties demanded that the Zambian president resign. He refused to comment."
    assert not any(e.cameo[:2] == "12" and e.rule.endswith("+rejected-step") for e in coded(nlp, text))


def test_a_criticised_attack_is_aimed_at_who_claimed_it(nlp: Language) -> None:
    text = "Boko Haram claimed responsibility for the bombing in Maiduguri. Chad condemned the attack."
    events = [e for e in code(nlp, text) if e.cameo[:2] == "11"]
    assert events and all(e.target and e.target.code and e.target.code.endswith(("INS", "REB")) for e in events)


@pytest.mark.parametrize(("text", "target"), [
    ("The Malian prime minister resigned on Friday, a day after the Malian army demanded his resignation.", "MLIMIL"),
    ("Protesting students called on the Serbian minister to resign. The minister announced his resignation.",
     "SRBEDU"),
])
def test_a_concession_yields_to_who_asked_for_it(nlp: Language, text: str, target: str) -> None:
    yielded = [e for e in code(nlp, text) if e.cameo[:2] == "08"]
    assert yielded and all(e.target and (e.target.code or "")[:3] == target[:3] for e in yielded)
    assert any(e.rule.endswith("+yielded-to") for e in yielded)


def test_a_concession_no_one_asked_for_is_not_aimed(nlp: Language) -> None:
    text = "The Serbian minister met students on Monday. The minister announced his resignation."
    assert not any(e.rule.endswith("+yielded-to") for e in coded(nlp, text))
