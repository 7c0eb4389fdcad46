"""No target, no event, in stories (session 25): :mod:`newsevents.events.aimless_stories`.

In a story (three sentences or more) a statement (01), appeal (02) or rejection (12) with no target
is left out with a warning, but for the kinds a story reports with no target: a declined comment,
a claim of responsibility, a denial of an accusation, a call for a ceasefire, an appeal for aid or
money and an appeal naming whom it asks. A single sentence keeps its untargeted event (the sentence benchmarks score
it by type), and a story event with a target keeps it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Dyad, event_dyads
from newsevents.extraction import extract

DATE = "2022-03-09"
FILLER = " Traffic was light in the city centre on Tuesday. Schools reopened after the holiday."
"""Two sentences with no event: with them a sentence becomes a story of three."""
LEFT_OUT = "no target named in a story"


def _untargeted_roots(dyads: list[Dyad]) -> set[str]:
    return {cameo[:2] for _, target, cameo in dyads if target is None}


LEFT_OUT_IN_A_STORY = [
    # a bare denial of a fact answers no one named
    ("Kenya's electoral commission denied that officials had altered the tallies.", "01"),
    ("The Ugandan president expressed condolences for the lives lost in the flood.", "01"),
    # an appeal asking for an act, of no one
    ("Zambia's president urged respect for the new constitution.", "02"),
    # "support" asks for backing as often as for aid: no aid appeal by that word alone
    ("The Malawian president urged support for the new electoral law.", "02"),
    ("The Bolivian interior minister called for an investigation into the fire.", "02"),
    # a refusal of something no one is named as asking
    ("The Ecuadorian foreign minister refused the invitation.", "12"),
    ("Pakistani officials rejected the proposal.", "12"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "root"), LEFT_OUT_IN_A_STORY)
def test_a_single_sentence_keeps_its_untargeted_event(nlp: Language, sentence: str, root: str) -> None:
    assert root in _untargeted_roots(event_dyads(sentence, nlp, DATE))


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "root"), LEFT_OUT_IN_A_STORY)
def test_untargeted_event_left_out_of_a_story_with_a_warning(nlp: Language, sentence: str, root: str) -> None:
    ex = extract(sentence + FILLER, date=DATE, nlp=nlp)
    assert not [e for e in ex.events if e.target is None and e.cameo.startswith(root)]
    assert any(w.startswith(LEFT_OUT) and sentence[:30] in w for w in ex.warnings)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "dyad"), [
    # kinds a story reports with no one they are aimed at
    ("The Chadian army declined to comment on the reports.", ("TCDMIL", None, "011")),
    ("The Serbian government denied the accusations.", ("SRBGOV", None, "016")),
    ("The Turkish president called for a ceasefire in the fighting on Sunday.", ("TURGOV", None, "0256")),
    ("The United Nations appealed for $3 billion in humanitarian aid for Yemen.", ("IGOUNO", None, "020")),
    # an appeal for help is one for aid (023, appeal.ask_for_aid: session 27, target27)
    ("A Danish charity appealed for help after the storm.", ("DNKNGO", None, "023")),
    ("The UN aid chief urged support for the refugees crossing the border.", ("IGOUNO", None, "022")),
    ("Kenya's opposition leader urged the international community to step in before the vote.",
     ("KENOPP", None, "020")),
])
def test_kinds_reported_with_no_target_stay_in_a_story(nlp: Language, sentence: str, dyad: Dyad) -> None:
    assert dyad in event_dyads(sentence + FILLER, nlp, DATE)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "dyad"), [
    # the target named, in the sentence or through what is answered
    ("The Ghanaian opposition rejected the election results on Friday.", ("GHAOPP", "GHAGOV", "120")),
    ("Moscow rejected the proposal by Kyiv.", ("RUSGOV", "UKRGOV", "125")),
    ("Ghana's president urged Togo to release the detained journalists.", ("GHAGOV", "TGO", "02")),
])
def test_targeted_events_stay_in_a_story(nlp: Language, sentence: str, dyad: Dyad) -> None:
    dyads = [(s, t, c[:len(dyad[2])]) for s, t, c in event_dyads(sentence + FILLER, nlp, DATE)]
    assert dyad in dyads


@pytest.mark.model
def test_a_refusal_whose_asker_is_only_in_the_next_sentence_is_left_out(nlp: Language) -> None:
    # conventions 9.2 would aim it at the asker; the coder does not link the two sentences, so in a
    # story it reports the refusal rather than code it against no one
    text = ("Iran rejected the demand on Monday. Washington had asked Tehran to halt its enrichment of uranium."
            + FILLER)
    dyads = event_dyads(text, nlp, DATE)
    assert "12" not in _untargeted_roots(dyads)
    assert ("USAGOV", "IRNGOV", "020") in dyads
