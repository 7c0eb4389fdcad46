"""Missed events of the former blind sets (session 20): an active verb coordinated with a passive
one takes the passive's subject as its doer, talks scheduled "to discuss" are an intent to meet,
"most of the town" is the town, a state of emergency whose unrest the next sentence tells codes,
a correspondent's bureau town is no story country, and "eSwatini" is a country's name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads
from newsevents.actors.place_clues import spoken_from
from newsevents.extraction import extract


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


# --- an active conjunct of a passive verb (events/passive_conjuncts.py) ----------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenyan police were deployed in Kisumu and arrested ten opposition supporters.",
     ("KENCOP", "KENOPP", "17")),
    ("Ugandan riot police have been sent to Jinja and have imposed a curfew on the town.",
     ("UGACOP", "UGA", "17")),
    ("The Malawian opposition leader was freed on bail on Monday and condemned the government.",
     ("MWIOPP", "MWIGOV", "11")),
])
def test_passive_conjunct_takes_the_passive_subject(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.model
def test_passive_conjunct_of_a_bare_participle_has_no_such_doer(nlp: Language) -> None:
    # both verbs are done to the journalists: they are no doer of the beating
    dyads = code_dyads(nlp, "Two Kenyan journalists were arrested and beaten by police in Nairobi.")
    assert not any(src is not None and src.startswith("KENMED") for src, _, _ in dyads)
    assert not any(src is not None and src.startswith("KENMED") for src, _, _ in
                   code_dyads(nlp, "The Kenyan editor was beaten and detained overnight in Nairobi."))


@pytest.mark.model
def test_passive_conjunct_with_its_own_subject_keeps_it(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Five Kenyan protesters were injured and police arrested ten opposition supporters.")
    assert any(src is not None and src.endswith("COP") and root == "17" for src, _, root in dyads)
    assert not any(src is not None and src.endswith("CVL") and root == "17" for src, _, root in dyads)


# --- talks planned for a purpose (events/schedules.py) ---------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The prime ministers of Hungary and Slovakia scheduled talks Wednesday at the border to discuss the dispute.",
    "The presidents of Kenya and Uganda arranged a meeting in Nairobi to discuss the border dispute.",
])
def test_planned_talks_purpose_is_an_intent(nlp: Language, text: str) -> None:
    codes = {cameo for _, _, cameo in _codes(nlp, text)}
    assert "036" in codes
    assert "040" not in codes


@pytest.mark.model
def test_held_talks_purpose_is_a_meeting(nlp: Language) -> None:
    text = "The prime ministers of Hungary and Slovakia held talks Wednesday at the border to discuss the dispute."
    codes = {cameo for _, _, cameo in _codes(nlp, text)}
    assert "040" in codes
    assert "036" not in codes


# --- a part of a place (quantity_nouns) ------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Congolese troops captured most of the rebel-held town of Goma on Tuesday.",
    "Malian rebels seized much of the northern region on Tuesday.",
])
def test_part_of_a_place_is_the_place(nlp: Language, text: str) -> None:
    roots = {root for _, _, root in code_dyads(nlp, text)}
    assert "19" in roots


@pytest.mark.model
def test_most_of_a_group_arrested_stays_an_arrest(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Kenyan police arrested most of the opposition leaders in Nairobi on Tuesday.")
    assert ("KENCOP", "KENOPP", "17") in dyads
    assert not any(root == "19" for _, _, root in dyads)


# --- a state of emergency with its unrest told next (events/matching.py) ---------------------------

@pytest.mark.model
def test_emergency_with_unrest_in_the_next_sentence(nlp: Language) -> None:
    text = ("Armenia's president has declared a state of emergency in the capital, Yerevan. "
            "The decree came after police used batons to disperse demonstrators outside parliament.")
    assert any(cameo == "1724" for _, _, cameo in _codes(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("second", [
    "The decree came after floods and demonstrations hit the city.",  # a hazard next: not coded
    "Officials said the economy grew by four percent.",  # no unrest at all
])
def test_emergency_without_unrest_next_is_not_coded(nlp: Language, second: str) -> None:
    text = f"Armenia's president has declared a state of emergency in the capital, Yerevan. {second}"
    assert not any(cameo == "1724" for _, _, cameo in _codes(nlp, text))


# --- a correspondent's bureau (actors/place_clues.py) ----------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "place", "spoken"), [
    ("Correspondent Jane Roe reports from our Southern Africa bureau in Johannesburg.", "Johannesburg", True),
    ("Correspondent Jane Roe reports from Johannesburg.", "Johannesburg", True),
    ("Refugees from camps in Zimbabwe marched on Monday.", "Zimbabwe", False),
    ("The minister arrived from talks in Johannesburg on Monday.", "Johannesburg", False),
])
def test_spoken_from_a_bureau(nlp: Language, text: str, place: str, spoken: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == place)
    assert spoken_from(tok) is spoken


@pytest.mark.model
def test_bureau_town_is_no_story_country(nlp: Language) -> None:
    text = ("The government of the Comoros says its forces have captured the rebel-held island of Anjouan. "
            "Correspondent Jane Roe reports from our Southern Africa bureau in Johannesburg.\n\n"
            "The spokesman said the army is in control of the island's main port.")
    actors = {a.text: a.country for a in extract(text, date="2008-03-25", nlp=nlp).actors}
    assert actors.get("the army") == "COM"


# --- a country's name with a capital inside (actors/lexicon.py) ------------------------------------

@pytest.mark.model
def test_inner_capital_country_name(nlp: Language) -> None:
    assert ("SWZOPP", "SWZ", "14") in code_dyads(nlp, "Activists in eSwatini took to the streets on Thursday.")
    # the lower-case word alone is no name
    assert not any(src is not None and src.startswith("SWZ")
                   for src, _, _ in code_dyads(nlp, "Activists in eswatini took to the streets on Thursday."))
