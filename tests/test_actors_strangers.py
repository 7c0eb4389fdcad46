"""A "he" or "she" after a named person no dictionary codes (a witness, an organiser, a teacher)
stands for that person, not for a coded leader named earlier: it gets no actor."""

from __future__ import annotations

from spacy.language import Language
from tests.events_helpers import code

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
