"""Three shapes a recall census of fresh news found lost (session 33, helper fr33).

- *A participle of saying on a protest noun* ("Demonstrations calling for the cabinet to resign
  lasted into Saturday"): the protest was coded with the country's crowd as its doer, but its
  participle found no doer and was dropped as unattributed. What a protest says is said by its
  crowd, as with a participle on a protest verb ("thousands marched calling for ...";
  ``match_context.crowd_participle``). Only appeals, demands, criticism and rejections (a march
  "marking the anniversary" tells no act of the crowd), and only of a protest that is its clause's
  subject or object ("rioted following a march calling for ...": an earlier protest told as a time;
  PLOVER's gold codes no request there).
- *A reciprocal partner inside the object* ("the two delegations rejected direct talks with each
  other"): "accused each other" and "clashed with one another" pair the coordinated doers, but a
  reciprocal in a "with" phrase of the verb's object left the rejection without a target, and the
  restraint rule for aimless acts dropped it (``obliques.reciprocal``).
- *A partitive pronoun in an absolute "with"* ("supporters rallied, with some accusing the marchers
  of ..."): the parse makes "some" the participle's subject, an actor of no one; it is part of the
  sentence's subject, which does the act (``accus_absolutes.partitive_whole``). "with some of the
  candidates accusing" names its own group and is left as parsed.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2011-03-10"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


PROTEST_PARTICIPLES = [
    ("Protests calling for the Kenyan president to resign continued through Sunday in Nairobi.", "KEN", "10"),
    ("Demonstrations demanding the resignation of the Peruvian cabinet spread to three cities on Friday.",
     "PER", "10"),
    ("Rallies denouncing the Jordanian government drew thousands in Amman on Friday.", "JOR", "11"),
]


@pytest.mark.parametrize(("text", "country", "root"), PROTEST_PARTICIPLES)
def test_a_participle_on_a_protest_noun_is_said_by_its_crowd(nlp: Language, text: str, country: str,
                                                             root: str) -> None:
    coded = _coded(nlp, text)
    assert any(s and s.startswith(country) and t and t.startswith(country) and c.startswith(root)
               for s, t, c, _ in coded)


def test_a_protest_told_as_a_time_lends_its_participle_no_crowd(nlp: Language) -> None:
    coded = _coded(nlp, "Kenyan students rioted following a peaceful march calling for the removal of the president.")
    assert not any(c.startswith("10") for _, _, c, _ in coded)


def test_a_protest_participle_telling_no_act_codes_nothing_more(nlp: Language) -> None:
    coded = _coded(nlp, "A march marking the anniversary of the coup passed off peacefully in Bamako on Sunday.")
    assert not any(c[:2] in ("02", "10", "11", "12") for _, _, c, _ in coded)


RECIPROCAL_OBJECTS = [
    ("The delegations of Armenia and Azerbaijan refused direct talks with each other on Monday.", "ARM", "AZE", "12"),
    ("Armenia and Azerbaijan broke off relations with one another on Monday.", "ARM", "AZE", "16"),
]


@pytest.mark.parametrize(("text", "one", "other", "root"), RECIPROCAL_OBJECTS)
def test_a_reciprocal_partner_of_the_object_pairs_the_doers(nlp: Language, text: str, one: str, other: str,
                                                            root: str) -> None:
    coded = _coded(nlp, text)
    pairs = {(s[:3], t[:3]) for s, t, c, _ in coded if s and t and c.startswith(root)}
    assert (one, other) in pairs
    assert (other, one) in pairs


def test_a_reciprocal_object_still_pairs_the_doers(nlp: Language) -> None:
    coded = _coded(nlp, "Armenia and Azerbaijan accused each other of violating the truce on Monday.")
    pairs = {(s[:3], t[:3]) for s, t, c, _ in coded if s and t and c.startswith("11")}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_partner_named_in_the_object_is_no_reciprocal(nlp: Language) -> None:
    coded = _coded(nlp, "Armenia and Azerbaijan rejected talks with Russia on Monday.")
    assert not any(s and t and s[:3] in ("ARM", "AZE") and t[:3] in ("ARM", "AZE") for s, t, _, _ in coded)


PARTITIVE_ABSOLUTES = [
    "Kenyan opposition leaders met in Nairobi on Monday, with many accusing the Kenyan president of fraud.",
    "Supporters of the Kenyan opposition rallied in Nairobi, with some accusing the Kenyan police of brutality.",
]


@pytest.mark.parametrize("text", PARTITIVE_ABSOLUTES)
def test_a_partitive_absolute_is_done_by_part_of_the_subject(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert any(s and s.startswith("KEN") and t and t.startswith("KEN") and c.startswith("112")
               for s, t, c, _ in coded)


def test_a_partitive_naming_its_own_group_is_left_to_the_parse(nlp: Language) -> None:
    coded = _coded(nlp, "Kenyan voters went to the polls, with some of the candidates accusing the president of fraud.")
    assert not any(s and s.startswith("KENCVL") and c.startswith("112") for s, _, c, _ in coded)
