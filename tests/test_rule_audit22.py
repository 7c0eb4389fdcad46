"""Per-rule audit, session 22.

- Shows of force (15) with no target are left out of a story
  (:mod:`newsevents.events.aimless_stories`); a single sentence, a targeted deployment and an
  appeal naming whom it asks (02) keep their event.
- ``consult.discuss`` codes no talks beside a call of the same two sides, nor with a country named
  inside what was discussed (:mod:`newsevents.events.discussions`); talks with a named partner stay.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

DATE = "2021-06-14"
FILLER = " Shops in the capital opened late on Monday. Rain is expected later in the week."
"""Two sentences with no event: with them a sentence becomes a story of three."""


def _dyads(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    ex = extract(text, date=DATE, nlp=nlp)
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in ex.events]


@pytest.mark.model
def test_filler_codes_nothing(nlp: Language) -> None:
    assert _dyads(nlp, FILLER.strip()) == []


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "root"), [
    ("Nigeria has deployed soldiers across the northern region.", "15"),
    ("Iran carried out a successful test of a long-range missile.", "15"),
])
def test_untargeted_show_of_force_left_out_of_a_story(nlp: Language, sentence: str, root: str) -> None:
    ex = extract(sentence + FILLER, date=DATE, nlp=nlp)
    assert not [e for e in ex.events if e.cameo.startswith(root)]
    assert any(w.startswith("no target named in a story") for w in ex.warnings)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "root"), [
    ("Nigeria has deployed soldiers across the northern region.", "15"),
    ("Iran carried out a successful test of a long-range missile.", "15"),
])
def test_a_single_sentence_keeps_its_untargeted_event(nlp: Language, sentence: str, root: str) -> None:
    assert [d for d in _dyads(nlp, sentence) if d[2] == root and d[1] is None]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "dyad"), [
    # an appeal naming whom it asks stays (untargeted appeals of other kinds: test_aimless25.py)
    ("Kenya's opposition leader urged the international community to step in before the vote.",
     ("KENOPP", None, "02")),
    # targeted appeals and deployments
    ("Ghana's president urged Togo to release the detained journalists.", ("GHAGOV", "TGO", "02")),
    ("Chad sent troops to the border with Sudan.", ("TCD", "SDN", "15")),
])
def test_near_misses_keep_their_event_in_a_story(nlp: Language, sentence: str,
                                                 dyad: tuple[str, str | None, str]) -> None:
    assert dyad in _dyads(nlp, sentence + FILLER)


def _pairs(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date=DATE, nlp=nlp).events}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chilean foreign minister and his Peruvian counterpart discussed in a telephone conversation on Monday"
    " the fishing dispute.",
    "The Chilean foreign minister and his Peruvian counterpart held a phone conversation on Monday to discuss"
    " the fishing dispute.",
])
def test_a_discussion_in_a_call_is_the_call(nlp: Language, text: str) -> None:
    pairs = _pairs(nlp, text)
    assert any(c == "041" for _, _, c in pairs)
    assert not any(c == "040" for _, _, c in pairs)


@pytest.mark.model
def test_a_country_inside_the_topic_is_no_partner(nlp: Language) -> None:
    pairs = _pairs(nlp, "The Kenyan president discussed the drought in Somalia with the Ugandan president.")
    assert ("KENGOV", "UGAGOV", "040") in pairs
    assert not [p for p in pairs if "SOM" in (p[0] or "") + (p[1] or "")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Danish premier discussed Arctic security with the Canadian prime minister.", ("DNKGOV", "CANGOV", "040")),
    ("The foreign ministers of Ghana and Togo discussed border trade on the sidelines of a summit in Accra.",
     ("GHAGOV", "TGOGOV", "040")),
])
def test_discussions_with_a_partner_stay(nlp: Language, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(nlp, text)
