"""Mediations, talks venues and envoys a census of fresh news found coded wrong or lost (session 29, helper fr29).

- "A and B held talks which were mediated by Z", "A and B took part in a video call which was
  mediated by Z": the mediated act is told in the same sentence, so Z mediates between its sides.
- "A and B accused each other of breaking the truce ... The Z-brokered truce": the truce was told
  as the pair's one sentence before, so Z mediates between the pair.
- A mediation with no act of two sides to refer to still codes nothing.
- "The government and the rebels began peace talks on Thursday in Norway": the place of the verb
  that starts talks is their venue, which names no one's country (the government stays the story's).
- "Envoys representing the EU urged ...": a title "representing" a body is its agent, as "envoys
  from the EU" is (actors/served_bodies.represented).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _mediations(coded: list[Ruled]) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c, _ in coded if c == "045"}


SAME_SENTENCE = [
    "The Ethiopian and Eritrean leaders took part in a video call on Monday which was mediated by the Kenyan leader.",
    "The Ethiopian and Eritrean leaders held talks on Monday which were mediated by the Kenyan leader.",
]


@pytest.mark.parametrize("text", SAME_SENTENCE)
def test_a_mediation_of_the_sentence_s_own_talks_reaches_both_sides(nlp: Language, text: str) -> None:
    assert _mediations(_coded(nlp, text)) == {("KENGOV", "ETHGOV"), ("KENGOV", "ERIGOV")}


def test_a_brokered_truce_the_pair_was_told_breaking_reaches_the_pair(nlp: Language) -> None:
    text = ("Ethiopia and Eritrea accused each other of violating the latest truce on Monday.\n"
            "The Kenyan-brokered truce had been announced in Nairobi on Sunday.")
    assert _mediations(_coded(nlp, text)) == {("KEN", "ETH"), ("KEN", "ERI")}


NO_PARTIES = [
    # the pair's sentence names no truce: nothing tells between whom Kenya brokered it
    "Ethiopia and Eritrea accused each other of shelling border villages on Monday.\n"
    "The Kenyan-brokered truce had been announced in Nairobi on Sunday.",
    # one side's accusation is no pair
    "Ethiopia accused Eritrea of violating the latest truce on Monday.\n"
    "The Kenyan-brokered truce had been announced in Nairobi on Sunday.",
]


@pytest.mark.parametrize("text", NO_PARTIES)
def test_a_mediation_with_no_two_sides_told_codes_none(nlp: Language, text: str) -> None:
    assert _mediations(_coded(nlp, text)) == set()


# ---- venues of talks told by the verb that starts them ------------------------------------------
STARTED_ABROAD = [
    "The government and the Shining Path began peace talks on Thursday in Norway.",
    "The government and the Shining Path started a peace process on Thursday in Norway.",
]
LEAD = "Five Peruvian soldiers were killed by Shining Path rebels on Friday, the army said.\n"


@pytest.mark.parametrize("text", STARTED_ABROAD)
def test_a_place_of_the_verb_that_starts_talks_is_their_venue(nlp: Language, text: str) -> None:
    """The venue names no one's country: the bare government stays the story's."""
    talks = {(s, t) for s, t, c, _ in _coded(nlp, LEAD + text) if c[:2] == "04"}
    assert talks == {("PERGOV", "PERREB"), ("PERREB", "PERGOV")}



# ---- titles "representing" a body are its agents --------------------------------------------------
REPRESENTING = [
    ("Envoys representing the European Union urged Peru to restart talks with the rebels.", "IGOEU", "PER", "020"),
    ("An envoy representing the European Union met the Peruvian president in Lima.", "IGOEU", "PERGOV", "040"),
    ("Diplomats representing Germany urged Peru to restart talks.", "DEUGOV", "PER", "020"),
]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), REPRESENTING)
def test_a_title_representing_a_body_is_that_body_s(nlp: Language, text: str, source: str, target: str,
                                                    cameo: str) -> None:
    assert (source, target, cameo) in {(s, t, c) for s, t, c, _ in _coded(nlp, text)}


def test_a_title_representing_no_coded_body_stays_countryless(nlp: Language) -> None:
    """"representing the region's farmers": no body the dictionaries know, so no country is guessed."""
    text = "Envoys representing the region's farmers urged Peru to cut fuel prices."
    assert not any(s not in (None, "GOV") and s[:3] != "PER" for s, _, _, _ in _coded(nlp, text))
