"""One act of force told by two verbs (events/force_acts.py), and the session-13 material-conflict
patterns: hostages held, premises surrounded, force named as such, crowds fired on in the passive,
detentions told in a relative clause. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _codes(nlp: Language, text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.rule)
            for e in code(nlp, text)]


def _triples(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, t, c) for s, t, c, _ in _codes(nlp, text)]


# --- the toll of a firing is no second act ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sudanese soldiers opened fire on marchers in Omdurman, killing five people.", ("SDNMIL", "SDNCVL", "175")),
    ("Riot police opened fire on demonstrators in Conakry, wounding dozens.", ("GINCOP", "GINCVL", "175")),
])
def test_force_acts_killing_after_opened_fire_is_its_toll(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(nlp, text) == [expected]


def test_force_acts_a_killing_by_another_doer_stays(nlp: Language) -> None:
    found = _triples(nlp, "Kenyan police opened fire on rioters in Kisumu. "
                          "Al-Shabaab gunmen killed two Kenyan soldiers in Mombasa.")
    assert any(c == "175" for _, _, c in found)
    assert any(s == "SOMINS" for s, _, _ in found), found


# --- coordinated verbs of one code are one act -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Malian president was captured and detained by mutinous soldiers in Kati.", ("MLIMIL", "MLIGOV", "173")),
    ("Police fired tear gas and used water cannons to disperse the crowds in Lusaka.", ("ZMBCOP", "ZMBCVL", "175")),
])
def test_force_acts_coordinated_acts_of_one_code_are_one(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(nlp, text) == [expected]


def test_force_acts_coordinated_acts_of_two_codes_stay_two(nlp: Language) -> None:
    found = _triples(nlp, "Belarusian police beat and detained students outside the university in Minsk.")
    assert {c for _, _, c in found} == {"182", "173"}, found


# --- hostages held are no arrest ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Armed rioters held six Kyrgyz policemen as hostages in Osh.",
    "The rebels kept two Colombian soldiers as captives for a year.",
])
def test_force_acts_held_as_hostages_is_a_hostage_taking(nlp: Language, text: str) -> None:
    found = _codes(nlp, text)
    assert [c for _, _, c, _ in found] == ["181"], found
    assert all(r == "assault.hold_as_hostage" for _, _, _, r in found)


# --- premises surrounded by armed men ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Riot police surrounded the headquarters of the Ugandan opposition party on Friday.", ("UGACOP", "UGAOPP", "170")),
    ("Guinean soldiers surrounded the presidential palace in Conakry.", ("GINMIL", "GINGOV", "170")),
])
def test_force_acts_forces_surrounding_premises_coerce(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(nlp, text) == [expected]


def test_force_acts_fans_surrounding_a_stadium_code_nothing(nlp: Language) -> None:
    assert not code(nlp, "Thousands of fans surrounded the stadium in Lagos.")


# --- force named as such, and answers with force ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Egyptian police used excessive force against students in Cairo.", ("EGYCOP", "EGYEDU", "175")),
    ("Bahraini security forces used lethal force to clear the square.", ("BHRCOP", "BHR", "175")),
    ("Police in Nairobi responded with tear gas and rubber bullets.", ("KENCOP", "KEN", "175")),
])
def test_force_acts_force_named_as_such_is_repression(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(nlp, text) == [expected]


def test_force_acts_a_minister_using_force_of_argument_is_nothing(nlp: Language) -> None:
    assert not code(nlp, "The French minister used the force of his argument to win the vote.")


# --- crowds fired on, told in the passive --------------------------------------------------------

def test_force_acts_crowd_fired_on_in_the_passive_is_repressed(nlp: Language) -> None:
    found = _triples(nlp, "Demonstrators in Mandalay were fired on by Myanmar soldiers on Sunday.")
    assert ("MMRMIL", "MMRCVL", "175") in found, found


# --- a detention told in a relative clause ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ten Belarusian activists, who were detained at the rally, will face charges.", ("BLRCOP", "BLROPP", "173")),
    # a custody with no time of its own ("who are being held in Asmara") is a state (test_fp27d.py)
    ("Two Eritrean journalists, who were being held in Asmara on Monday, have had no lawyer.",
     ("ERICOP", "ERIMED", "173")),
])
def test_force_acts_passive_relative_clause_holds_its_antecedent(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


# --- a gerund's "of" names what is shelled or bombed ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops resumed shelling of Ukrainian positions near Bakhmut.", ("RUSMIL", "UKR", "194")),
    ("Syrian government forces resumed shelling of rebel-held districts of Aleppo.", ("SYRMIL", "SYR", "194")),
])
def test_force_acts_shelling_of_names_the_shelled(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert any((s, (t or "")[:3], c) == expected for s, t, c in _triples(nlp, text))


# --- the doer of an act someone was seen doing, or was prompted to do ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan security forces were seen firing at protesters in Nairobi.", ("KENCOP", "KENCVL", "175")),
    ("Witnesses saw Ugandan soldiers beating opposition supporters in Kampala.", ("UGAMIL", "UGAOPP", "182")),
    ("The border raid prompted Chad to deploy troops to the border with Sudan.", ("TCD", "SDN", "154")),
])
def test_force_acts_seen_or_prompted_doer_is_the_object(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


# --- a storming is no storm -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kazakh authorities imposed a curfew in Almaty after protesters stormed government buildings.",
    "Kazakh authorities declared a state of emergency in Almaty after protesters stormed the city hall.",
])
def test_force_acts_stormed_buildings_are_no_natural_hazard(nlp: Language, text: str) -> None:
    assert any(c.startswith("172") for _, _, c in _triples(nlp, text))


def test_force_acts_a_real_storm_still_excuses_the_emergency(nlp: Language) -> None:
    text = "Cuba declared a state of emergency in Havana after a storm and protests hit the city."
    assert not any(c == "1724" for _, _, c in _triples(nlp, text))


# --- "militants killed 20 soldiers ..., sources said" --------------------------------------------------

def test_force_acts_killers_before_a_trailing_report_are_the_doers(nlp: Language) -> None:
    text = "Islamist militants killed 20 soldiers in northern Burkina Faso on Sunday, security sources said."
    assert any(s == "BFAINS" and (t or "").startswith("BFA") for s, t, _ in _triples(nlp, text))


def test_force_acts_soldiers_killed_by_militants_stay_the_victims(nlp: Language) -> None:
    text = "Twenty soldiers killed by Islamist militants in northern Burkina Faso were buried, officials said."
    assert not any(s == "BFAMIL" for s, _, _ in _triples(nlp, text))


# --- a place is no second target -------------------------------------------------------------------

def test_force_acts_the_place_of_a_crowd_fired_on_is_no_second_target(nlp: Language) -> None:
    text = "Protesters in the city of Andijan, Uzbekistan have been fired on by government troops."
    found = _triples(nlp, text)
    assert ("UZBMIL", "UZBCVL", "175") in found, found
    assert not any(t == "UZB" for _, t, _ in found), found
