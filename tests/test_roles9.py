"""Common news actors that used to get no actor at all: critics and opponents of someone, forces
and militias that fight for the government, and the posts of a country's forces named by its
adjective ("Azerbaijani positions").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.events.implied_actors import _owner_country
from newsevents.extraction import extract

pytestmark = pytest.mark.model


def roots(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


def actors(nlp: Language, text: str) -> dict[str, str | None]:
    """Each actor's text and its code."""
    return {a.text: a.code for a in extract(text, "2023-03-01", nlp=nlp).actors}


# -- critics, opponents, detractors --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Critics of President Hichilema accused the Zambian government of buying votes.", ("ZMB", "ZMB", "11")),
    ("Detractors of the Ghanaian president accused him of bribing judges.", ("GHA", "GHA", "11")),
    ("Political opponents of the Malawian president held a march in Lilongwe on Friday.", ("MWI", "MWI", "14")),
])
def test_critics_of_someone_are_an_actor_of_their_own(nlp: Language, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_the_person_criticised_is_not_swallowed_into_the_critics(nlp: Language) -> None:
    found = actors(nlp, "Critics of President Hichilema accused the Zambian government of buying votes.")
    assert found.get("Critics") == "ZMBOPP"
    # the president is his own actor, still the government's
    assert any(code == "ZMBGOV" and "Hichilema" in text and "Critics" not in text for text, code in found.items())


def test_of_after_an_ordinary_role_still_says_whose_it_is(nlp: Language) -> None:
    found = actors(nlp, "The foreign minister of Estonia criticised the Russian embassy on Monday.")
    assert "ESTGOV" in found.values()


def test_a_state_jailing_its_opponents_aims_at_the_opposition(nlp: Language) -> None:
    events = code(nlp, "Belarusian police detained dozens of critics of the president in Minsk.")
    assert any(e.cameo.startswith("17") and e.target is not None and e.target.code == "BLROPP" for e in events)


def test_a_sports_teams_opponents_are_no_actor(nlp: Language) -> None:
    # in a sports story "opponents" are the rival side, no political opposition
    assert not code(nlp, "Kenya's rugby team crushed their opponents in Nairobi on Saturday.")



# -- pro-government forces and militias ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In Yemen, pro-government forces shelled a Houthi camp on Sunday.", "YEMMIL"),
    ("Pro-government militiamen beat reporters in Managua, Nicaragua on Tuesday.", "NICMIL"),
    ("In Sudan, government-backed militias burned a village in Darfur on Monday.", "SDNMIL"),
])
def test_forces_fighting_for_the_government_are_the_states(nlp: Language, text: str, expected: str) -> None:
    sources = {e.source.code for e in code(nlp, text) if e.source is not None}
    assert expected in sources


def test_fighting_between_rebels_and_pro_government_forces_runs_both_ways(nlp: Language) -> None:
    text = "Clashes between Houthi rebels and pro-government fighters killed 30 people in Yemen on Sunday."
    found = {(e.source.code, e.target.code) for e in code(nlp, text)
             if e.cameo.startswith("19") and e.source is not None and e.target is not None}
    assert ("YEMMIL", "YEMREB") in found


def test_a_pro_government_crowd_is_not_an_army(nlp: Language) -> None:
    found = actors(nlp, "Pro-government demonstrators marched in Caracas, Venezuela on Saturday.")
    assert not any(code and code.endswith("MIL") for code in found.values())


# -- a country's posts named by its adjective ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Armenian troops shelled Azerbaijani positions along the border overnight.", ("ARM", "AZE", "19")),
    ("Indian soldiers fired at Pakistani outposts on Tuesday.", ("IND", "PAK", "19")),
])
def test_posts_named_by_a_countrys_adjective_are_its_forces(nlp: Language, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(("phrase", "owner"), [
    ("They shelled Azerbaijani positions.", "AZE"),
    ("They shelled Israel's outposts.", "ISR"),
    ("They shelled Donetsk positions.", None),       # a city says where, not whose
    ("They shelled forward positions.", None),
    ("They shelled Armenian and Azerbaijani positions.", None),  # two countries: no guess
])
def test_the_owner_of_a_post_is_one_country_named_on_it(nlp: Language, phrase: str, owner: str | None) -> None:
    doc = nlp(phrase)
    post = next(t for t in doc if t.lemma_ in ("position", "outpost"))
    assert _owner_country(post) == owner
