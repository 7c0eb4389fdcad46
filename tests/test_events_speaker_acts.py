"""The speaker's own act joined to a reported clause: "said X was fair and urged Y to ..."."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Ghana's foreign ministry said the vote was peaceful and urged Togo to release the detained observers.",
     "GHA", "TGO", "02"),
    ("Peruvian officials said the meeting was useful, and called on Chile to return to the table.",
     "PER", "CHL", "02"),
    ("Zambia's president says the election was fair and calls on Malawi to accept the results.",
     "ZMB", "MWI", "02"),
])
def test_speaker_acts_the_joined_speech_act_is_the_speakers(nlp: Language, text: str, source: str,
                                                             target: str, root: str) -> None:
    events = [e for e in code(nlp, text, "2018-09-12") if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), events


def test_speaker_acts_a_blamed_side_does_not_take_the_speakers_appeal(nlp: Language) -> None:
    text = "Ghana's foreign ministry said Togolese troops were responsible and urged Togo to withdraw them."
    events = [e for e in code(nlp, text, "2018-09-12") if e.cameo.startswith("02")]
    assert events and all(e.source is not None and e.source.country == "GHA" for e in events), events


@pytest.mark.parametrize("text", [
    "The Malian army said Tuareg rebels had attacked the town and killed 12 villagers.",
    "The Malian army said Tuareg rebels had condemned the truce and urged their fighters to attack.",
])
def test_speaker_acts_the_reported_clause_keeps_its_own_acts(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2018-09-12")
    assert not any(e.source is not None and e.source.sector == "MIL" and e.cameo[:2] in ("02", "18")
                   for e in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Ghana has repeatedly called on Togo to release the detained observers.", "10"),  # 1053 (session 30)
    ("Ghana has long accused Togo of harbouring the rebels.", "11"),
])
def test_speaker_acts_a_repeated_speech_act_is_a_standing_stance(nlp: Language, text: str, root: str) -> None:
    events = [e for e in code(nlp, text, "2018-09-12") if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.country == "GHA" for e in events), events


def test_speaker_acts_a_repeated_material_act_stays_a_record(nlp: Language) -> None:
    events = code(nlp, "Ghana has repeatedly sent troops to Togo's border.", "2018-09-12")
    assert not any(e.cameo.startswith("15") for e in events), events
