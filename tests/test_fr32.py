"""Two shapes a recall census of fresh news found lost (session 32, helper fr32).

- *A charge held in the present perfect, told in a relative clause*: "the opposition leader, who has
  accused the president of rigging the vote" coded nothing, though "who accused" and "has accused"
  in a main clause code the charge. A perfect-tense relative clause describes who someone is
  (``unreal.described``), but an act of speech in the present perfect is a stance held now, as a
  record of speech is in a main clause (``speaker_acts.standing_word``). The past perfect ("the
  premier, who had urged a tougher line") still recalls, and other verbs still describe ("the
  rebels, who have seized three towns").
- *Long acronyms printed as words*: British and African papers write "Unita", "Ecowas", "Asean"
  for UNITA, ECOWAS and ASEAN; acronyms are matched as written, so the title-case spelling found
  nothing. An acronym of five letters or more now also answers to it; shorter ones in title case
  are often names or words ("Sana", "Mend", "Care") and are left alone.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules
from newsevents.actors.lexicon import lexicon, spoken_acronym

DATE = "2009-03-10"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _triples(coded: list[Ruled]) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:3]) for s, t, c, _ in coded}


HELD_CHARGES = [
    "Kenya's opposition leader, who has accused the president of corruption, was arrested on Monday.",
    "Police in Nairobi arrested Kenya's opposition leader, who has accused the president of rigging the vote.",
]


@pytest.mark.parametrize("text", HELD_CHARGES)
def test_a_charge_in_a_present_perfect_relative_is_coded(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert any(s and s.startswith("KEN") and t and t.startswith("KEN") and c.startswith("112")
               for s, t, c, _ in coded)


def test_a_past_perfect_relative_still_recalls(nlp: Language) -> None:
    coded = _coded(nlp, "Kenya's former premier, who had urged the army to withdraw, was arrested on Monday.")
    assert not any(c.startswith("02") for _, _, c, _ in coded)


def test_other_perfect_relatives_still_describe(nlp: Language) -> None:
    coded = _coded(nlp, "The rebels, who have seized three towns in Kenya, were attacked by the army on Monday.")
    assert not any(c.startswith("19") and s and "REB" in s for s, _, c, _ in coded)


@pytest.mark.parametrize(("acronym", "spoken"), [("UNITA", "Unita"), ("ECOWAS", "Ecowas"), ("ASEAN", "Asean")])
def test_spoken_acronym_of_a_long_acronym(acronym: str, spoken: str) -> None:
    assert spoken_acronym(acronym) == spoken


@pytest.mark.parametrize("phrase", ["CARE", "SANA", "UN", "Nato", "Free Aceh Movement", "ZANU-PF"])
def test_no_spoken_acronym_for_short_acronyms_or_names(phrase: str) -> None:
    assert spoken_acronym(phrase) is None


def test_the_title_case_spelling_finds_the_organisation() -> None:
    entries = lexicon().lookup(["Unita"])
    assert [e.code for e in entries] == ["AGOPTY"]


def test_a_demand_on_a_title_case_acronym_has_its_target(nlp: Language) -> None:
    coded = _coded(nlp, "Luanda demanded that Unita disarm its fighters.")
    assert ("AGOGOV", "AGOPTY", "105") in _triples(coded) or any(
        s and s.startswith("AGO") and t == "AGOPTY" and c.startswith("10") for s, t, c, _ in coded)
