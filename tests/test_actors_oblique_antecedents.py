"""Whom a subject "they" does not stand for: a group named in an earlier sentence only as the object
of a preposition of aim or company ("for reporters", "talks with the rebels"), and, in clauses
joined to one whose subject is "they", any noun named inside that first clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    ("In briefing the summit for Kenyan journalists, the Ugandan president said the leaders had frank talks. "
     "He said they criticized Rwanda for the border closure."),
    ("Zambia accused Malawi of blocking the dialogue with Zimbabwean officials on Monday. "
     "\"They criticized Lusaka for the flooding,\" the minister said."),
])
def test_oblique_antecedents_a_prepositional_object_is_not_they(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2015-03-10")
    wrong = [e for e in events if e.source is not None and e.source.country in {"KEN", "ZWE"}]
    assert not wrong, events


@pytest.mark.parametrize("text", [
    "Police in Lagos fired tear gas at protesters as they blocked a road on Monday.",
    ("The rebels were attacked by Nigerian soldiers near the border on Monday. "
     "They later killed three villagers, the army said."),
])
def test_oblique_antecedents_a_doer_or_own_sentence_object_stays(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2015-03-10")
    assert events, events


def test_oblique_antecedents_chained_they_share_one_doer(nlp: Language) -> None:
    text = ("Ghana's foreign minister accused Togo on Monday of setting conditions to the talks with the "
            "Ivorian rebels. \"They have asked us to cut our ties with Burkina Faso, they have asked us "
            "to expel the envoys,\" he said.")
    events = code(nlp, text, "2015-03-10")
    wrong = [e for e in events if e.cameo.startswith("02") and e.source is not None
             and e.source.country in {"BFA", "CIV"}]
    assert not wrong, events
