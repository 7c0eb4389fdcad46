"""Known organisations' acronyms that open a clause are read as names, not verbs.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract
from newsevents.nlp.acronyms import NOUN_NORM


@pytest.mark.parametrize("text", [
    "ECOWAS imposed new sanctions on the military rulers.",
    "The summit ended late. ECOWAS imposed new sanctions on the military rulers.",
    "Talks failed\nECOWAS imposed new sanctions on the military rulers.",
])
def test_clause_opening_acronym_is_the_subject(nlp: Language, text: str) -> None:
    doc = nlp(text)
    acronym = next(t for t in doc if t.text == "ECOWAS")
    assert acronym.norm_ == NOUN_NORM
    assert acronym.dep_ == "nsubj" and acronym.head.lemma_ == "impose"


@pytest.mark.parametrize("text", [
    "Leaders of ECOWAS met in the capital.",  # not at a clause start
    "ECOWAS: a short history of the bloc",  # no lower-case word after it
    "ECOWASS imposed a fee on the stalls.",  # not a known acronym
])
def test_other_words_keep_their_normal_form(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert all(t.norm_ != NOUN_NORM for t in doc)


def test_sanctions_by_a_clause_opening_acronym_are_an_event(nlp: Language) -> None:
    ex = extract("ECOWAS imposed new sanctions on the junta in Mali on Sunday.", "2022-01-10", nlp=nlp)
    assert [(e.source.code if e.source else None, e.cameo[:2]) for e in ex.events] == [("IGOECO", "16")]
