"""Eleventh false-event census on fresh news (session 27): the acts told within a "since" clause
are the starting point of a period, told again (background); the "Congress" that ends a party's
name ("leader of the National Democratic Congress") is not the US Congress. Near misses: the
main clause of a "since" sentence, an act after "since" used as an adverb, a party leader whose
party the dictionaries know, and a member of the US Congress. Every sentence here is written for
these tests."""

from __future__ import annotations

from spacy.language import Language

from events_helpers import code
from newsevents.extraction import extract

PUBLISHED = "2023-10-22"


def _roots(nlp: Language, text: str) -> set[str]:
    return {e.cameo[:2] for e in code(nlp, text, date=PUBLISHED)}


def test_since_clause_acts_within_the_clause_are_background(nlp: Language) -> None:
    text = ("It was the first such visit since Serbian gunmen crossed into northern Kosovo last month, "
            "killing a policeman and launching a gunbattle with Kosovo police.")
    result = extract(text, date=PUBLISHED, nlp=nlp)
    assert "19" not in {e.cameo[:2] for e in result.events}
    assert any("background" in str(w) and "gunbattle" in str(w) for w in result.warnings)


def test_since_clause_conjunct_is_background(nlp: Language) -> None:
    text = ("Tensions have grown since the Malian army seized the town and arrested the mayor of Kidal.")
    assert "17" not in _roots(nlp, text)


def test_since_sentence_main_clause_stays(nlp: Language) -> None:
    # the main clause is the news; only what the "since" clause tells is its starting point
    text = "Since the vote, Kenyan police have arrested dozens of opposition supporters in Kisumu."
    assert "17" in _roots(nlp, text)


def test_since_as_adverb_stays(nlp: Language) -> None:
    text = "Indian and Pakistani troops have since exchanged fire along the border for twelve hours."
    assert "19" in _roots(nlp, text)


def _actor_codes(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=PUBLISHED, nlp=nlp).actors}


def test_congress_ending_a_party_name_is_not_the_us_congress(nlp: Language) -> None:
    text = ("Zambian police arrested an opposition politician on Tuesday. Peter Mwale, leader of the "
            "Patriotic Unity Congress, defended his remarks to reporters. Mwale accused President "
            "Hichilema of silencing his critics.")
    codes = _actor_codes(nlp, text)
    assert not any(c and c.startswith("USA") for c in codes.values())
    assert codes["Peter Mwale"] == "ZMB"  # a party's leader: the story's country, no state sector
    accusations = [e for e in code(nlp, text, date=PUBLISHED) if e.cameo[:2] == "11"]
    assert accusations and all(e.source is not None and e.source.code == "ZMB" for e in accusations)


def test_member_of_the_us_congress_keeps_the_us(nlp: Language) -> None:
    text = "Tom Blake, a member of the U.S. Congress, accused China of spying on American firms."
    codes = _actor_codes(nlp, text)
    assert any(c and c.startswith("USA") for c in codes.values())
