"""Leaders of a body, a bare "Congress", place names inside other names and counted peoples (session
11). All sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors import code_phrase
from newsevents.extraction import extract
from newsevents.story.congress import _choose
from newsevents.story.context import text_countries
from newsevents.story.place_names import inside_feature_name


def _code_of(nlp: Language, text: str, words: str) -> str | None:
    ex = extract(text, "2018-03-04", nlp=nlp)
    actors = [a for a in ex.actors if words in a.text]
    assert actors, [a.text for a in ex.actors]
    return actors[0].code


@pytest.mark.parametrize(("principal", "code"), [
    ([], "USALEG"), (["USA"], "USALEG"), (["PER", "USA"], "USALEG"), (["IRN"], "USALEG"),
    (["COL"], "COLLEG"), (["PHL", "CHN"], "PHLLEG"), (["COL", "PER"], None),
])
def test_congress_bare_name_takes_the_story_country(principal: list[str], code: str | None) -> None:
    assert _choose(principal) == code


@pytest.mark.parametrize(("text", "country"), [
    ("Fishermen on Lake Chad lost their nets.", []),
    ("Oil spills fouled the Niger Delta again.", ["NGA"]),  # a region of Nigeria in the lexicon
    ("Loggers cleared forest in the Congo Basin.", []),
    ("Pilgrims crossed the Jordan River at dawn.", []),
    ("Troops in Chad arrested two smugglers.", ["TCD"]),
    ("The lake in Niger has dried up.", ["NER"]),
])
def test_place_names_feature_names_give_no_country(text: str, country: list[str]) -> None:
    assert text_countries(text) == country


@pytest.mark.parametrize(("words", "start", "end", "inside"), [
    (["near", "Lake", "Chad"], 2, 3, True), (["the", "Congo", "Basin"], 1, 2, True),
    (["near", "lake", "Chad"], 2, 3, False), (["in", "Chad", "today"], 1, 2, False),
])
def test_place_names_inside_feature_name(words: list[str], start: int, end: int, inside: bool) -> None:
    assert inside_feature_name(words, start, end) is inside


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Business leaders criticized the new tax on Monday.", "Business leaders", "BUS"),
    ("Student leaders met the education minister.", "Student leaders", "EDU"),
    ("Union leaders called a general strike.", "Union leaders", "LAB"),
    ("Military leaders warned the protesters.", "Military leaders", "MIL"),
    ("Kenyan business leaders praised the budget.", "Kenyan business leaders", "KENBUS"),
    ("Indian community leaders welcomed the verdict.", "Indian community leaders", "INDREL"),
])
def test_coding_leaders_take_the_sector_they_lead(nlp: Language, text: str, words: str, code: str) -> None:
    assert _code_of(nlp, text, words) == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("LIMA, Peru - Peru's president asked Congress to pass the budget. Congress refused.", "PERLEG"),
    ("MANILA, Philippines - The Philippine president urged Congress to act. Congress agreed.", "PHLLEG"),
    ("WASHINGTON - The White House urged Congress to act. Congress refused.", "USALEG"),
    ("TEHRAN, Iran - Iran's foreign minister criticized Congress over the sanctions.", "USALEG"),
])
def test_congress_in_a_story_of_its_country(nlp: Language, text: str, code: str) -> None:
    assert _code_of(nlp, text, "Congress") == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Thousands of Sudanese marched against the army on Friday.", "Sudanese", "SDNCVL"),
    ("Dozens of Afghans were detained by the police.", "Afghans", "AFGCVL"),
    ("Many Syrians fled to Jordan last week.", "Syrians", "SYRCVL"),
    ("Palestinians accused Israel of aggression.", "Palestinians", "PSE"),
])
def test_crowds_counted_people_are_civilians(nlp: Language, text: str, words: str, code: str) -> None:
    assert _code_of(nlp, text, words) == code


@pytest.mark.model
def test_place_names_person_name_gives_no_story_country(nlp: Language) -> None:
    ex = extract("Police in Belgrade detained Milan Petrovic, a banker, on Monday.", "2018-03-04", nlp=nlp)
    assert "ITA" not in (ex.story.countries if ex.story else [])


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "code"), [
    ("MANILA, Philippines - Opponents in Congress accused the president of graft.", "Opponents", "PHLOPP"),
    ("BOGOTA, Colombia - Critics in Congress denounced the president on Monday.", "Critics", "COLOPP"),
    ("Peru's president clashed with critics in Congress on Monday. Congress voted to censure him.",
     "critics", "PEROPP"),
])
def test_congress_moves_the_agents_it_placed(nlp: Language, text: str, words: str, code: str) -> None:
    assert _code_of(nlp, text, words) == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("Chad Morris", None), ("Jordan Peterson", None), ("Lake Chad", None), ("Paris Hilton", None),
    ("Chad", "TCD"), ("Jordan's king", "JORGOV"), ("Kenya Airways", "KEN"),
])
def test_place_names_in_persons_and_features_code_no_country(phrase: str, code: str | None) -> None:
    ref = code_phrase(phrase, "2020-01-01")
    assert (ref.code if ref else None) == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Mexican and U.N. officials inspected the shelter on Monday.", "Mexican", "MEXGOV"),
    ("Kenyan and EU diplomats criticized the plan on Tuesday.", "Kenyan", "KENGOV"),
    ("Mexican and U.N. officials inspected the shelter on Monday.", "U.N. officials", "IGOUNO"),
])
def test_coordination_country_beside_an_international_body_keeps_its_own(
        nlp: Language, text: str, words: str, code: str) -> None:
    assert _code_of(nlp, text, words) == code
