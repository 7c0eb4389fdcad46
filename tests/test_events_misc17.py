"""Session 17 forms of yielding, refusals and their look-alikes: disavowed intents ("has no intention of
resigning"), forces pulling out or back, and three usages that are no event (seeking refuge, insisting on
saying, deploying the means of an attack)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "cameo"), [
    ("The Zambian president has no intention of resigning before the vote.", "124"),
    ("The Togolese leader said he had no intention to step down.", "124"),
    ("The Bolivian president said he had no intention of meeting the opposition leader.", "125"),
])
def test_disavowed_intents_are_refusals(nlp: Language, text: str, cameo: str) -> None:
    events = code(nlp, text, "2012-05-02")
    assert [e.cameo for e in events] == [cameo], events
    assert all("[refuse]" in e.rule for e in events), events


@pytest.mark.parametrize("text", [
    "The Bolivian president said he had every intention of meeting the opposition leader.",
    "Chad has no intention of attacking Sudan, the minister said.",
    "The Zambian president has no plans to visit Malawi this year.",
])
def test_disavowed_intents_leave_kept_intents_and_conflict_alone(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2012-05-02")
    assert not any(e.cameo[:2] in ("12", "19") or "[refuse]" in e.rule for e in events), events


@pytest.mark.parametrize(("text", "pair"), [
    ("Georgian troops pulled out of the breakaway region of Abkhazia on Sunday.", ("GEO", "GEO")),
    ("Russian troops pulled back from Kyiv after a month of fighting.", ("RUS", "UKR")),
    ("Armenian forces have pulled out of the Lachin district of Azerbaijan.", ("ARM", "AZE")),
])
def test_pull_out_armed_is_a_retreat(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    events = [e for e in code(nlp, text, "2012-05-02") if e.cameo == "0874"]
    assert events, code(nlp, text, "2012-05-02")
    assert {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events} == {pair}, events


@pytest.mark.parametrize("text", [
    "The American fast-food chain pulled out of Russia in May.",
    "Kenya pulled out of the talks with Somalia on Friday.",
    "The Dutch cyclist pulled out of the race after a crash.",
])
def test_pull_out_armed_needs_armed_doers(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("087") for e in code(nlp, text, "2012-05-02"))


@pytest.mark.parametrize("text", [
    "The Guinean prime minister sought refuge in a foreign embassy after the shooting.",
    "Hundreds of Malian villagers took shelter in a church during the fighting.",
])
def test_seek_refuge_is_no_request(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("02") for e in code(nlp, text, "2012-05-02"))


def test_seek_refuge_leaves_requests_for_aid(nlp: Language) -> None:
    events = code(nlp, "The Somali government sought food aid from the United Nations.", "2012-05-02")
    assert any(e.cameo == "023" for e in events), events


@pytest.mark.parametrize("text", [
    "The Costa Rican state media insisted on saying that the square had been empty.",
    "The Peruvian minister insisted on calling the vote a victory for democracy.",
])
def test_insist_on_saying_is_no_demand(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("10") for e in code(nlp, text, "2012-05-02"))


def test_insist_on_leaves_demands(nlp: Language) -> None:
    events = code(nlp, "South Korea insisted on an apology from Japan.", "2012-05-02")
    assert any(e.cameo.startswith("10") for e in events), events


@pytest.mark.parametrize("text", [
    "The Sri Lankan rebels deployed suicide bombers against the army convoy.",
    "The militants have placed landmines and deployed car bombs around the Syrian town.",
])
def test_attack_means_are_no_show_of_force(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("15") for e in code(nlp, text, "2012-05-02"))


def test_attack_means_leave_bomber_aircraft(nlp: Language) -> None:
    events = code(nlp, "Russia deployed long-range bombers to Belarus.", "2012-05-02")
    assert any(e.cameo == "154" for e in events), events


def test_seek_refuge_in_a_country_stays_a_request(nlp: Language) -> None:
    events = code(nlp, "Thousands of Iraqi Kurds sought refuge in Turkey last month.", "2012-05-02")
    assert any(e.cameo == "023" and e.target is not None and e.target.country == "TUR" for e in events), events


@pytest.mark.parametrize(("text", "pair"), [
    ("Ankara vowed to retaliate for the Syrian attack on its border town.", ("TUR", "SYR")),
    ("The Pakistani army chief said Pakistan would retaliate for any Indian aggression.", ("PAK", "IND")),
])
def test_threats_provoker_named_by_nationality(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    events = [e for e in code(nlp, text, "2012-05-02") if e.cameo == "138"]
    assert [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events] == [pair], code(nlp, text, "2012-05-02")


def test_threats_provoker_needs_a_named_side(nlp: Language) -> None:
    events = code(nlp, "Hamas declared it would retaliate for the attack.", "2012-05-02")
    assert not any(e.cameo.startswith("13") for e in events), events


@pytest.mark.parametrize(("text", "pair"), [
    ("The Bulgarian protesters called the Bulgarian parties not to interfere in the rallies.", ("BGR", "BGR")),
    ("Malian officers called the Malian army to return to the barracks.", ("MLI", "MLI")),
    ("Kenya called Somalia to release the Kenyan hostages.", ("KEN", "SOM")),
])
def test_calls_to_act_are_appeals(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    events = code(nlp, text, "2012-05-02")
    # (a call for a release is the demand 1053 since session 30: CONVENTIONS 6.2)
    calls = [e for e in events if e.cameo.startswith("02") or e.cameo == "1053"]
    assert [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in calls] == [pair], events
    assert all(e.rule.startswith("appeal.call_to") for e in calls), events


@pytest.mark.parametrize("text", [
    "The French president called Putin to discuss the war in Ukraine.",
    "The Kenyan president called the Somali ambassador to protest the remarks.",
    "The Malian junta called a news conference to announce the vote.",
])
def test_calls_to_act_leave_calls_for_talk(nlp: Language, text: str) -> None:
    assert not any(e.rule.startswith("appeal.call_to") for e in code(nlp, text, "2012-05-02"))


@pytest.mark.parametrize("text", [
    "Uzbek protesters took over the town hall and released some 500 prisoners overnight.",
    "Hundreds of Haitian inmates were freed by rioters on Sunday.",
])
def test_crowd_frees_is_no_release(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("084") for e in code(nlp, text, "2012-05-02"))


def test_crowd_frees_leaves_captors_releasing(nlp: Language) -> None:
    events = code(nlp, "Colombian rebels freed two Colombian soldiers on Sunday.", "2012-05-02")
    assert any(e.cameo == "0841" for e in events), events


@pytest.mark.parametrize(("text", "cameo", "pairs"), [
    ("The presidents of Chile and Peru lobbed threats at each other on Sunday.", "130",
     {("CHL", "PER"), ("PER", "CHL")}),
    ("The Kenyan opposition leader hurled insults at President Uhuru Kenyatta.", "112", {("KEN", "KEN")}),
])
def test_hurled_words_are_verbal(nlp: Language, text: str, cameo: str, pairs: set[tuple[str, str]]) -> None:
    events = code(nlp, text, "2012-05-02")
    assert not any(e.cameo.startswith("19") for e in events), events
    assert {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.cameo == cameo} == pairs, events


def test_hurled_words_leave_stones_and_rockets(nlp: Language) -> None:
    events = code(nlp, "Hezbollah fired rockets at northern Israel on Sunday.", "2012-05-02")
    assert any(e.cameo == "195" for e in events), events


@pytest.mark.parametrize("text", [
    "The State Department warned American tourists to be careful when travelling to Mexico.",
    "The British government warned travellers to avoid the border region with Syria.",
])
def test_warn_public_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("13") for e in code(nlp, text, "2012-05-02"))


def test_warn_public_leaves_warnings_to_states(nlp: Language) -> None:
    events = code(nlp, "The United States warned Iran not to attack its ships.", "2012-05-02")
    assert any(e.cameo.startswith("13") for e in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Hamas said it would retaliate by launching rockets at Israel.", "13"),
    ("The Malian rebels threatened to respond by attacking army posts in Gao.", "13"),
])
def test_means_gerunds_share_a_threat(nlp: Language, text: str, root: str) -> None:
    events = code(nlp, text, "2012-05-02")
    assert events and all(e.cameo.startswith(root) for e in events), events


def test_means_gerunds_share_a_negation(nlp: Language) -> None:
    events = code(nlp, "Israel did not respond by launching air strikes on Gaza.", "2012-05-02")
    assert not any(e.cameo.startswith("19") for e in events), events


def test_means_gerunds_of_a_done_act_stay_done(nlp: Language) -> None:
    events = code(nlp, "Hamas retaliated by launching rockets at Israel.", "2012-05-02")
    assert any(e.cameo == "195" for e in events), events
