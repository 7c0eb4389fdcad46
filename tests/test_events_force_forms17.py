"""Coercion and force forms of session 17: an attack noun retold by its verb
(events/force_acts.py, first written as weapon_strikes.py by another helper for the same form), permission refused for a
gathering (events/denied_gatherings.py) and force nouns of the role table. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("A Turkish airstrike hit a school in northern Iraq on Monday.", ("TUR", "IRQ", "19")),
    ("An Israeli missile strike on Gaza destroyed a police station.", ("ISR", "PSE", "19")),
])
def test_weapon_strikes_noun_and_verb_are_one_act(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    events = code(nlp, text)
    keys = [(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo[:2])
            for e in events]
    assert dyad in keys
    assert len([k for k in keys if k[2] in ("18", "19")]) == 1


@pytest.mark.parametrize("text", [
    # the subject noun names no doer and codes nothing: the verb is the only telling
    "Rockets hit southern Israel on Tuesday.",
])
def test_weapon_strikes_verb_kept_when_the_noun_codes_nothing(nlp: Language, text: str) -> None:
    assert any(e.cameo[:2] == "19" for e in coded(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("Belarusian police denied permission for the opposition march in Minsk.", ("BLRCOP", "BLROPP", "17")),
    ("The Moscow city government refused to grant permission for the opposition rally in Russia.",
     ("RUSGOV", "RUSOPP", "17")),
    ("Georgian authorities refused to authorize the opposition demonstration.", ("GEOGOV", "GEOOPP", "17")),
    ("The Maldivian ministry cancelled the permit for the opposition rally.", ("MDVGOV", "MDVOPP", "17")),
    ("The Cambodian authorities said they would not grant permission for a demonstration.", ("KHMGOV", "KHM", "17")),
    ("Zimbabwean police did not allow the opposition rally in Harare.", ("ZWECOP", "ZWEOPP", "17")),
    ("Kenyan authorities refused to allow Kenyan opposition supporters to hold a rally.", ("KENGOV", "KEN", "17")),
])
def test_denied_gatherings_refused_permission_is_a_ban(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert dyad in dyads
    assert not any(r == "12" for _, _, r in dyads)


@pytest.mark.parametrize("text", [
    # other permissions stay refusals (or nothing)
    "The Nigerian authorities denied permission to land to the Ghanaian plane.",
    "The Tunisian minister refused to give permission for the talks.",
    "The Kenyan court did not allow the opposition to appeal.",
    # a permission granted is no ban; a union's own strike is its own call
    "Ukrainian police granted permission for the opposition rally.",
    "The Nigerian union refused to approve the strike.",
])
def test_denied_gatherings_other_permissions_are_no_ban(nlp: Language, text: str) -> None:
    assert not any(r == "17" for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("Egypt's army took power on Wednesday. Army tanks surrounded the presidential palace in Cairo.",
     ("EGYMIL", "EGYGOV", "17")),
])
def test_force_forms17_army_tanks_are_the_military(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("Mozambican officials say they are responding to an assault by Renamo fighters against Mozambican troops.",
     ("MOZPTY", "MOZMIL", "19")),
    ("The Nigerian army acted in response to an attack by Boko Haram militants on Nigerian soldiers.",
     ("NGAINS", "NGAMIL", "19")),
    ("The anger followed the killing of two Kenyan protesters by Kenyan police.", ("KENCOP", "KENCVL", "18")),
    ("Reporters spoke about the abduction of a Ugandan journalist by Ugandan police.", ("UGACOP", "UGAMED", "18")),
])
def test_agent_nouns_act_noun_with_doer_and_victim(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # a possible act, a prevented one, or a victim's possessive: no event
    "Taiwanese officials warned of the threat of an invasion of Taiwan by Chinese forces.",
    "Kenyan police moved to prevent the killing of Kenyan protesters by gangs.",
    "Officials say his abduction shocked Nigeria.",
    "Kenyan police would not tolerate the killing of Kenyan officials by protesters.",
    # a time is no doer; a noun that may code without a victim is not read here
    "Kenyan unions held a strike in protest of last week's arrest of Kenyan activists.",
    "Greece denounced as a crime Turkey's suppression of the unrest in Cyprus.",
])
def test_agent_nouns_possible_acts_are_no_event(nlp: Language, text: str) -> None:
    assert not any(r in ("17", "18", "19") for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text", [
    "The new Turkmen president praised Niyazov, who suppressed the Turkmen opposition during his 21 years of rule.",
    "Yemenis remember Saleh, who jailed Yemeni opposition activists throughout his rule.",
    "Chileans recall Pinochet, who jailed Chilean opposition leaders over two decades in power.",
])
def test_tenure_clauses_a_rulers_record_is_no_event(nlp: Language, text: str) -> None:
    assert not any(r in ("17", "18") for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, root", [
    # a span that is no tenure: the act stands
    ("Kenyan police arrested the Kenyan activist who organized protests during the election.", "17"),
    ("Egyptian police, who detained Egyptian journalists during the protests, arrested the Egyptian blogger.", "17"),
])
def test_tenure_clauses_other_spans_keep_the_act(nlp: Language, text: str, root: str) -> None:
    assert any(r == root for _, _, r in code_dyads(nlp, text))
