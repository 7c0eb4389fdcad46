"""Whom a "he" or "she" stands for: after a named person no dictionary codes (a witness, an
organiser, a teacher) that person, not a coded leader named earlier (so no actor); and never a
role said of someone ("elected X as president"), which is no person of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

LEADER_THEN_STRANGER = (
    "President Vladimir Putin won the vote on Sunday. "
    "Marina Kovalenko, a student organizer, was detained outside the Kremlin on Monday. "
    "She criticized the police for the arrests."
)


def test_a_pronoun_after_an_uncoded_person_named_as_subject_is_not_the_leader(nlp: Language) -> None:
    events = code(nlp, LEADER_THEN_STRANGER, "2012-03-06")
    criticism = [e for e in events if e.cameo.startswith("11")]
    assert not any(e.source is not None and e.source.code == "RUSGOV" for e in criticism), criticism


def test_a_continued_subject_holds_against_a_person_named_in_passing(nlp: Language) -> None:
    text = ("Kenyan President William Ruto met teacher Grace Wanjiru in Nairobi on Monday. "
            "He criticized Uganda for closing the border.")
    events = code(nlp, text, "2023-03-07")
    assert any(e.source is not None and e.source.code == "KENGOV" and e.cameo.startswith("11")
               and e.target is not None and e.target.country == "UGA" for e in events), events


def test_a_role_said_of_someone_is_not_a_person_a_pronoun_can_join(nlp: Language) -> None:
    text = ("Lawmakers elected parliament speaker Ilir Meta as their country's next president on Sunday. "
            "He criticized Serbia on Monday.")
    events = code(nlp, text, "2017-04-25")
    criticism = [e for e in events if e.cameo.startswith("11")]
    assert criticism and all(e.source is not None and e.source.country == "ALB" for e in criticism), criticism
