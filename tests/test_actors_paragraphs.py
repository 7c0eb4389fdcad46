"""Persons named again in a paragraph that names several: by their surname first or last, and
by the pronoun that continues the subject.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.extraction import make_doc
from newsevents.records import Article


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, "2021-06-01")


@pytest.mark.model
def test_a_surname_that_comes_first_names_its_bearer_again(nlp: Language) -> None:
    text = ("SEOUL — South Korean Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi "
            "on Monday. Park urged Tokyo to return the disputed archives. He also criticised North Korea.")
    dyads = _dyads(text, nlp)
    assert ("KORGOV", "JPNGOV", "02") in dyads
    assert ("KORGOV", "PRK", "11") in dyads
    assert not any(s == "JPNGOV" and r == "11" for s, _, r in dyads)


@pytest.mark.model
def test_the_pronoun_continues_the_subject_not_the_last_person_named(nlp: Language) -> None:
    text = ("NAIROBI — Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan on Friday. "
            "He later accused Somalia of sheltering gunmen.")
    dyads = _dyads(text, nlp)
    assert ("KENGOV", "SOM", "11") in dyads


@pytest.mark.model
def test_a_definite_group_repeats_the_one_recent_group_of_its_noun(nlp: Language) -> None:
    text = ("BAMAKO — Malian troops exchanged fire with Burkinabe soldiers near the border on Sunday. "
            "The soldiers later crossed back. Officials in Bamako accused the soldiers of burning a market.")
    dyads = _dyads(text, nlp)
    assert ("MLIGOV", "BFAMIL", "11") in dyads
    assert ("MLIGOV", "MLIMIL", "11") not in dyads


@pytest.mark.model
def test_a_definite_group_after_groups_of_two_countries_is_not_guessed_from_them(nlp: Language) -> None:
    text = ("LOME — Togolese soldiers and Beninese soldiers patrolled the border on Sunday. "
            "Residents said the soldiers beat two traders.")
    doc = nlp(make_doc(nlp, Article("x", text, date="2021-06-01")))
    (later,) = [m for m in doc._.ne_mentions if m.text == "the soldiers"]
    assert later.rule != "coref-group" and later.country != "BEN"


@pytest.mark.model
def test_a_given_name_that_opens_a_sentence_as_a_common_noun_is_no_person(nlp: Language) -> None:
    text = ("Chilean Foreign Minister Hope Alvarez met Peruvian officials in Lima on Monday. "
            "Hope of a border deal faded after the meeting.")
    doc = nlp(make_doc(nlp, Article("x", text, date="2021-06-01")))
    starts = {m.start for m in doc._.ne_mentions if m.entity == doc._.ne_mentions[0].entity}
    second = [t.i for t in doc if t.text == "Hope"][1]
    assert second not in starts
