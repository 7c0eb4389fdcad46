"""Mends of session 24's review (session 25): decisions made once, in one place.

``place_clues.placeless_venue`` decides for both the mention finder and the story context whether
a place is a venue of talks that places no one; ``place_clues.place_head`` climbs from a place
name to the place its preposition holds; ``ActorMention.same_entity_or_code`` and
``ActorMention.same_entity_or_span`` are the two plain tests of "the same actor" the event rules
shared as private copies. Near misses: a place where things happen, a venue with a guest of
another country, two mentions of one code that the span test keeps apart.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from newsevents.actors.lexicon import lexicon
from newsevents.actors.place_clues import _demonym_codes, place_head, placeless_venue
from newsevents.records import ActorMention


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


# ---- placeless_venue: one decision for both callers ------------------------------------------------

@pytest.mark.model
def test_tidy25_a_trip_for_talks_places_no_one_whoever_else_is_named(nlp: Language) -> None:
    tok = _token(nlp, "The envoys flew to Oslo to attend the talks.", "Oslo")
    assert placeless_venue(tok, {"NOR"}, set())
    assert placeless_venue(tok, {"NOR"}, {"BEN", "VNM"})  # the travellers are visitors there


@pytest.mark.model
@pytest.mark.parametrize("people, placeless", [
    (set(), True),            # no one named: the venue says nothing
    ({"VNM"}, True),          # only the host's people: still nothing of anyone else
    ({"BEN"}, False),         # a guest of another country: the venue is the host's
    ({"BEN", "VNM"}, False),
])
def test_tidy25_where_talks_are_held_places_no_one_unless_a_guest_is_named(
        nlp: Language, people: set[str], placeless: bool) -> None:
    tok = _token(nlp, "Talks between the two ministers opened in Hanoi on Monday.", "Hanoi")
    assert placeless_venue(tok, {"VNM"}, people) is placeless


@pytest.mark.model
def test_tidy25_a_place_where_things_happen_is_no_venue(nlp: Language) -> None:
    tok = _token(nlp, "The farmers marched in Harare on Monday.", "Harare")
    assert not placeless_venue(tok, {"ZWE"}, set())


# ---- place_head: the climb both venue tests make --------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, word, head", [
    ("The talks opened in Geneva, Switzerland, on Monday.", "Switzerland", "Geneva"),
    ("The negotiations resumed in Geneva and Vienna this week.", "Vienna", "Geneva"),
    ("The summit opened in Addis Ababa on Monday.", "Addis", "Ababa"),
    ("Talks between the two ministers opened in Hanoi on Monday.", "Hanoi", "Hanoi"),
])
def test_tidy25_place_head(nlp: Language, text: str, word: str, head: str) -> None:
    assert place_head(_token(nlp, text, word)).text == head


@pytest.mark.model
def test_tidy25_a_conjoined_venue_is_a_venue_like_the_first(nlp: Language) -> None:
    tok = _token(nlp, "The negotiations resumed in Geneva and Vienna this week.", "Vienna")
    assert placeless_venue(tok, {"AUT"}, set())


# ---- the demonyms of a sentence, looked up once per words ------------------------------------------

def test_tidy25_demonym_codes() -> None:
    lex = lexicon()
    assert _demonym_codes(("Beninese",), lex) == frozenset({"BEN"})
    assert _demonym_codes(("Norwegian", "and", "Kenyan"), lex) == frozenset({"NOR", "KEN"})
    assert _demonym_codes(("Marxist",), lex) == frozenset()
    assert _demonym_codes(("Beninese",), lex) is _demonym_codes(("Beninese",), lex)  # remembered


# ---- the same actor: by entity or code, by entity or span -------------------------------------------

def _mention(start: int, code: str | None, entity: int = -1, text: str = "x") -> ActorMention:
    country = code[:3] if code else None
    return ActorMention(start, start + 2, start * 5, start * 5 + 9, text, text, code, country,
                        code[3:] if code else None, "group", "title", entity)


def test_tidy25_same_entity_or_code() -> None:
    army, troops = _mention(0, "KENMIL", text="the army"), _mention(8, "KENMIL", text="Kenyan troops")
    police = _mention(12, "KENCOP", text="the police")
    assert army.same_entity_or_code(troops) and troops.same_entity_or_code(army)
    assert not army.same_entity_or_code(police)
    assert _mention(3, None, entity=4).same_entity_or_code(_mention(20, "KENCOP", entity=4))  # one entity
    assert not _mention(3, None).same_entity_or_code(_mention(20, None))  # no code, no entity: two sides
    assert not _mention(3, None, entity=-1).same_entity_or_code(_mention(20, "KENCOP", entity=-1))


def test_tidy25_same_entity_or_span() -> None:
    president, minister = _mention(0, "KENGOV", text="the president"), _mention(6, "KENGOV", text="the minister")
    assert not president.same_entity_or_span(minister)  # one code, two actors
    assert president.same_entity_or_span(_mention(0, None, text="the president"))  # the same words
    assert _mention(0, "KENGOV", entity=2).same_entity_or_span(_mention(30, "KENGOV", entity=2))
    assert not _mention(0, "KENGOV", entity=-1).same_entity_or_span(_mention(30, "KENGOV", entity=-1))
