"""A second act told in one sentence with the first: a coordinated verb the parser read as a
participle on its object is read back as the verb it is (nlp/conj_verbs.py, session 33), and the
near misses that must keep one event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _dyads(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)]


@pytest.mark.parametrize("text", [
    "Protesters in Kenya blocked a road and hurled stones at police.",
    "Protesters in Kenya burned tyres and hurled stones at police.",
])
def test_two33_second_verb_read_as_participle_is_a_second_act(nlp: Language, text: str) -> None:
    found = _dyads(nlp, text)
    assert ("KENCVL", "KENCOP", "145") in found, found
    assert any(c == "144" for _, _, c in found), found  # the first act is kept


def test_two33_conj_verbs_repair_the_parse(nlp: Language) -> None:
    doc = nlp("Protesters in Kenya blocked a road and hurled stones at police.")
    hurled = next(t for t in doc if t.text == "hurled")
    assert (hurled.dep_, hurled.head.text, hurled.pos_) == ("conj", "blocked", "VERB")
    assert next(t for t in doc if t.text == "stones").head.text == "hurled"
    assert next(t for t in doc if t.text == "at").head.text == "hurled"
    assert [s.text for s in doc.sents] == [doc.text]


@pytest.mark.parametrize("text", [
    # "but", not "and": a participle that does modify its noun
    "People left the square with not only reddened eyes, but inflamed passions.",
    # a participle on a noun coordinated with another noun
    "Police in Kenya arrested the organisers and injured protesters were taken to hospital.",
])
def test_two33_participles_that_modify_their_noun_are_left(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not any(t.dep_ == "conj" and t.tag_ == "VBD" and t.head.pos_ == "VERB" and t.i > t.head.i
                   and any(c.dep_ == "dobj" for c in t.children) and t.lower_ in ("inflamed", "injured")
                   for t in doc)


def test_two33_a_one_sided_attack_keeps_one_direction(nlp: Language) -> None:
    found = _dyads(nlp, "Kenyan police fired tear gas at protesters in Nairobi.")
    assert ("KENCVL", "KENCOP", "145") not in found, found


def test_two33_a_list_broken_into_two_subjects_is_one_list(nlp: Language) -> None:
    found = _dyads(nlp, "Envoys from the African Union, the World Bank and the United Nations met with "
                        "Sudanese leaders in Khartoum.")
    for body in ("IGOAU", "IGOWBK", "IGOUNO"):
        assert (body, "SDNGOV", "040") in found and ("SDNGOV", body, "040") in found, found


def test_two33_an_apposition_before_the_subject_is_left(nlp: Language) -> None:
    doc = nlp("In Nairobi, one of the busiest cities, the number of new cases jumped this week.")
    number = next(t for t in doc if t.text == "number")
    assert number.dep_ != "conj"


def test_two33_a_meeting_of_one_sides_own_officials_is_no_consultation(nlp: Language) -> None:
    found = _dyads(nlp, "The Kenyan president met his ministers in Nairobi on Monday.")
    assert ("KENGOV", "KENGOV", "040") not in found, found
