"""Whose country a bare body or role takes (session 27): "Congress" with its size or its holders
named, and a group named "from"/"of" another body. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors import code_phrase
from newsevents.extraction import extract
from newsevents.story.congress import bare_text, shared_body


def _code_of(nlp: Language, text: str, words: str) -> str | None:
    ex = extract(text, "2019-05-06", nlp=nlp)
    actors = [a for a in ex.actors if words in a.text]
    assert actors, [a.text for a in ex.actors]
    return actors[0].code


@pytest.mark.parametrize(("text", "role", "bare"), [
    ("Congress", None, True),
    ("the 96-member Congress", None, True),
    ("member Congress", None, True),
    ("Congress leaders", "leaders", True),
    ("the U.S. Congress", None, False),
    ("Peru's Congress", None, False),
    ("the National Congress Party", None, False),
])
def test_bare_congress_text(text: str, role: str | None, bare: bool) -> None:
    assert bare_text(text, role) is bare


def test_sized_congress_under_a_foreign_dateline_is_that_country(nlp: Language) -> None:
    text = ("LIMA, Peru - Peru's president faced a new challenge on Monday. The 130-member Congress "
            "voted to censure the cabinet chief over the bridge contract.")
    assert _code_of(nlp, text, "Congress") == "PERLEG"


def test_congress_holders_in_a_foreign_story_are_not_the_us(nlp: Language) -> None:
    text = ("Guatemala's budget dispute dragged on this week. Congress leaders met farmers' unions "
            "in Guatemala City on Tuesday and rejected their demands.")
    assert _code_of(nlp, text, "Congress") == "GTMLEG"


def test_experts_from_an_international_body_are_its_own(nlp: Language) -> None:
    text = ("Experts from the African Union reached Bamako on Sunday and questioned Malian army officers "
            "about the clashes.")
    assert _code_of(nlp, text, "Experts") == "IGOAU"


def test_experts_without_a_body_keep_their_place(nlp: Language) -> None:
    text = "Doctors in Nairobi went on strike on Sunday and demanded higher pay from the Kenyan government."
    assert _code_of(nlp, text, "Doctors") == "KENHLH"


@pytest.mark.parametrize(("text", "body"), [
    ("the Foreign Office", "foreign office"),
    ("The House of Representatives", "house of representatives"),
    ("the Foreign Office in London", None),
    ("Britain's Foreign Office", None),
])
def test_shared_body_names(text: str, body: str | None) -> None:
    assert shared_body(text) == body


def test_foreign_office_in_a_pakistani_story_is_pakistans(nlp: Language) -> None:
    text = ("ISLAMABAD - Pakistan recalled its envoy from Kabul on Monday. The Foreign Office said the "
            "border closure would stay until the attacks ended.")
    assert _code_of(nlp, text, "Foreign Office") == "PAKGOV"


def test_foreign_office_in_a_british_story_stays_british(nlp: Language) -> None:
    text = "LONDON - Britain expelled two diplomats on Monday. The Foreign Office said they were spies."
    assert _code_of(nlp, text, "Foreign Office") == "GBRGOV"


def test_official_takes_no_country_from_the_state_he_thanks(nlp: Language) -> None:
    text = ("Turkey's foreign minister met Iranian officials in Tehran on Monday. The Foreign Office said "
            "the talks covered gas prices. The prime minister thanked Iran for its help.")
    assert _code_of(nlp, text, "prime minister") != "IRNGOV"


@pytest.mark.parametrize(("text", "code"), [
    ("the Organisation of American States", "IGOOAS"),
    ("the North Atlantic Treaty Organisation", "IGONAT"),
    ("the Food and Agriculture Organisation", "IGOUNO"),
])
def test_british_spellings_of_international_bodies(text: str, code: str) -> None:
    ref = code_phrase(text)
    assert ref is not None and ref.code == code
