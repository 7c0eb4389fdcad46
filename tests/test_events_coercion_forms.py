"""Coercion in forms the verb patterns missed (session 15): rulers ousted by armed men or in a coup,
the held named by a list, and gatherings dispersed with no force named. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

UNREST = "Malawi has seen weeks of protests led by the opposition. "
"""A first sentence that makes the story's one country Malawi."""


def _dyads(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO root) of each event."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text)}


def _rules(text: str, nlp: Language) -> set[str]:
    return {e.rule for e in code(nlp, text)}


# --- rulers ousted (pattern coerce.oust, events/coercion_forms.coup_ouster) -------------------------

@pytest.mark.parametrize("text", [
    "Malawian soldiers ousted President Banda on Tuesday.",
    "The Malawian army overthrew President Banda in a coup on Tuesday.",
    "President Banda of Malawi was deposed by the army on Tuesday.",
    "Mutinous Malawian troops toppled the government of President Banda.",
    "The Malawian military removed President Banda from power on Tuesday.",
])
def test_coercion_forms_armed_men_ousting_a_ruler_coerce_him(nlp: Language, text: str) -> None:
    assert ("MWIMIL", "MWIGOV", "17") in _dyads(text, nlp)


@pytest.mark.parametrize("text", [
    "Malawian President Banda was ousted in a military coup on Tuesday.",
    "The Malawian government was toppled in a military takeover on Tuesday.",
    "Malawian President Banda, who was overthrown in a coup on Tuesday, fled to Zambia.",
])
def test_coercion_forms_a_ruler_ousted_in_a_coup_is_ousted_by_his_army(nlp: Language, text: str) -> None:
    assert ("MWIMIL", "MWIGOV", "17") in _dyads(text, nlp)
    assert any(rule.endswith("+coup-makers") for rule in _rules(text, nlp))


@pytest.mark.parametrize("text", [
    "Malawian voters ousted President Banda in the election on Tuesday.",
    "The Malawian parliament ousted the prime minister in a vote on Tuesday.",
    "Malawian President Banda was ousted in a vote of no confidence on Tuesday.",
    "The Malawian opposition wants to topple President Banda.",
])
def test_coercion_forms_a_ruler_ousted_by_vote_is_not_coerced(nlp: Language, text: str) -> None:
    assert not any(root == "17" for _, _, root in _dyads(text, nlp))


# --- the held named by a list (events/coercion_forms.listed_held) --------------------------------

@pytest.mark.parametrize("text", [
    UNREST + "Those arrested on Monday included three journalists.",
    UNREST + "Police said those detained included three journalists.",
    UNREST + "Among the detainees were three journalists and a lawyer.",
    UNREST + "The detainees include three journalists.",
    UNREST + "Three journalists were among the detainees.",
])
def test_coercion_forms_the_held_named_by_a_list_were_arrested(nlp: Language, text: str) -> None:
    assert ("MWICOP", "MWIMED", "17") in _dyads(text, nlp)


def test_coercion_forms_a_listed_arrest_keeps_its_named_doer(nlp: Language) -> None:
    text = UNREST + "Those detained by the army included two opposition lawmakers."
    assert ("MWIMIL", "MWIOPP", "17") in _dyads(text, nlp)


@pytest.mark.parametrize("text", [
    UNREST + "Those killed included three journalists.",
    UNREST + "The detainees were released on Tuesday.",
    UNREST + "The guests included three journalists.",
])
def test_coercion_forms_other_lists_arrest_no_one(nlp: Language, text: str) -> None:
    assert not any(rule.startswith("coerce.listed_held") for rule in _rules(text, nlp))


# --- gatherings dispersed with no force named (events/dispersals.py) ------------------------------

@pytest.mark.parametrize("text", [
    UNREST + "The protest was dispersed with tear gas on Monday.",
    UNREST + "The rally was broken up with tear gas on Monday.",
    UNREST + "The march was suppressed with tear gas.",
    UNREST + "A march by students was crushed on Monday.",
])
def test_dispersals_a_gathering_dispersed_is_repressed_by_the_police(nlp: Language, text: str) -> None:
    dyads = _dyads(text, nlp)
    assert any(s == "MWICOP" and (t or "").startswith("MWI") and root == "17" for s, t, root in dyads)
    assert any("+gathering-holders" in rule for rule in _rules(text, nlp))


@pytest.mark.parametrize("text", [
    UNREST + "The meeting was broken up after an hour.",
    UNREST + "The protest was called off on Monday.",
])
def test_dispersals_a_gathering_that_ended_is_not_repressed(nlp: Language, text: str) -> None:
    assert not any(root == "17" for _, _, root in _dyads(text, nlp))


def test_dispersals_a_named_force_keeps_its_target(nlp: Language) -> None:
    rules = _rules(UNREST + "The rally was dispersed by police on Monday.", nlp)
    assert not any("+gathering-holders" in rule for rule in rules)


# --- forces shown on the ground (patterns mobilize.post_troops, forces_gather, checkpoints) -------

@pytest.mark.parametrize(("text", "root"), [
    ("The Malawian army put troops on the streets of Lilongwe.", "15"),
    ("The Malawian government placed the military on the streets.", "15"),
    (UNREST + "Soldiers gathered at the presidential palace on Tuesday.", "15"),
    ("Malawian soldiers set up checkpoints across Lilongwe.", "15"),
    ("Malawian police erected roadblocks around Lilongwe.", "15"),
])
def test_coercion_forms_forces_shown_on_the_ground_are_a_posture_at_home(nlp: Language, text: str,
                                                                        root: str) -> None:
    dyads = _dyads(text, nlp)
    assert any((s or "").startswith("MWI") and (t or "").startswith("MWI") and r == root for s, t, r in dyads)


@pytest.mark.parametrize("text", [
    UNREST + "Protesters gathered outside parliament on Tuesday.",
    UNREST + "Protesters set up roadblocks across the capital.",
    UNREST + "Rebels set up checkpoints on the main road.",
])
def test_coercion_forms_crowds_and_untargeted_rebels_show_no_force(nlp: Language, text: str) -> None:
    assert not any(root == "15" for _, _, root in _dyads(text, nlp))


def test_coercion_forms_an_alert_stays_an_alert(nlp: Language) -> None:
    assert {e.cameo for e in code(nlp, "Malawi put its army on high alert.")} == {"152"}


# --- crowds charged with sticks (nlp/hyphen_verbs.py, pattern coerce.baton_charge) ---------------

@pytest.mark.parametrize("text", [
    "Malawian police baton-charged the protesters in Lilongwe.",
    UNREST + "Protesters were lathi-charged outside parliament.",
    "Malawian police were baton-charging the crowd in Lilongwe.",
])
def test_coercion_forms_a_crowd_charged_with_batons_is_repressed(nlp: Language, text: str) -> None:
    assert any(r == "17" and (s or "").startswith("MWICOP") for s, _, r in _dyads(text, nlp))


def test_coercion_forms_a_baton_charge_is_one_token(nlp: Language) -> None:
    assert "baton-charged" in [t.text for t in nlp("Police baton-charged the crowd.")]


# --- exile with no doer named (implied_actors.IMPLIED_AUTHORITY_CODES takes 174) ------------------

@pytest.mark.parametrize("text", [
    UNREST + "Dozens of opposition supporters have been arrested or forced into exile.",
    UNREST + "The opposition leader was forced into exile last week.",
])
def test_coercion_forms_an_exile_with_no_doer_is_by_the_authorities(nlp: Language, text: str) -> None:
    dyads = _dyads(text, nlp)
    assert ("MWIGOV", "MWIOPP", "17") in dyads


def test_coercion_forms_an_arrest_beside_an_exile_stays(nlp: Language) -> None:
    text = UNREST + "Dozens of opposition supporters have been arrested or forced into exile."
    assert {e.cameo for e in code(nlp, text) if e.cameo.startswith("17")} == {"173", "174"}


# --- arrests counted by dozens (span_nouns takes dozen, score, hundred, thousand) ------------------

@pytest.mark.parametrize("text", [
    "Malawian police made dozens of arrests in Lilongwe.",
    "Malawian police have made hundreds of arrests in Lilongwe since Monday.",
])
def test_coercion_forms_arrests_counted_by_dozens_are_arrests(nlp: Language, text: str) -> None:
    assert any(s == "MWICOP" and r == "17" for s, _, r in _dyads(text, nlp))


def test_coercion_forms_counted_arrests_need_their_doer(nlp: Language) -> None:
    assert not any(r == "17" for _, _, r in _dyads(UNREST + "Dozens of arrests were reported.", nlp))


@pytest.mark.parametrize(("text", "held"), [
    (UNREST + "The crackdown has seen hundreds of opposition supporters arrested.", "MWIOPP"),
    (UNREST + "The protests saw dozens of students detained.", "MWIEDU"),
])
def test_coercion_forms_the_held_a_period_saw_arrested_were_arrested(nlp: Language, text: str, held: str) -> None:
    assert ("MWICOP", held, "17") in _dyads(text, nlp)


# --- the press's premises raided by armed men (pattern coerce.raid_media) ---------------------------

def test_coercion_forms_troops_raiding_a_news_outlet_coerce(nlp: Language) -> None:
    text = "Malawian troops raided an independent news outlet in Lilongwe on Sunday."
    roots = {r for _, _, r in _dyads(text, nlp)}
    assert "17" in roots and "19" not in roots


def test_coercion_forms_rebels_storming_a_radio_station_are_no_raid_by_the_state(nlp: Language) -> None:
    assert not any(e.rule.startswith("coerce.raid_media") for e in code(nlp, "Rebels stormed the radio station."))
