"""Criticism told by a verb of regarding (session 25, ``events/regarded_wrongs.py``): a side that
sees, views, regards, considers, portrays, casts or downplays another side or its act as a bad name
criticises it (CAMEO 111), as one that calls it so does. Shapes: the name on "as" ("saw the launch
as a provocation"), an infinitival copula ("considers the restrictions to be illegal") and a
verbless clause the parser makes of a second object ("considers the president a dictator").

Near misses: praise and neutral names ("sees China as a partner", "regards the drills as
routine"), a negated regard, a question, a condition, a regard with no one who regards ("are widely
seen as"), a speaker that is no actor ("analysts"), a share of a public ("many residents view them
as criminals": a standing opinion), one's own act, and "consider" with no name ("will consider the
proposal", an intent coded elsewhere).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes

DATE = "2021-06-02"

Coded = tuple[str | None, str | None, str]


def _criticisms(nlp: Language, text: str) -> list[Coded]:
    return [(s, t, c) for s, t, c, _ in event_codes(text, nlp, DATE) if c.startswith("11")]


# ---- the name on "as" ---------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Japan saw the latest North Korean missile launch as a provocation.", "JPN", "PRK"),
    ("Japan views the Chinese drills as a threat to regional peace.", "JPN", "CHN"),
    ("The Chinese drills were seen by Japan as a provocation.", "JPN", "CHN"),
    ("The Zambian opposition cast the vote as a sham.", "ZMBOPP", "ZMBGOV"),
    ("The minister said Japan saw the Chinese drills as a threat.", "JPN", "CHN"),
])
def test_regarding_as_a_bad_name_criticises_the_doer(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "111") in _criticisms(nlp, text)


@pytest.mark.model
def test_downplaying_as_a_ploy_criticises_the_ploys_doer(nlp: Language) -> None:
    text = "The government of Argentina downplayed the strike as a cynical ploy by its left-wing opponents."
    found = _criticisms(nlp, text)
    assert len(found) == 1 and found[0][0] == "ARGGOV" and found[0][2] == "111", found
    assert found[0][1] is not None and found[0][1].endswith("OPP"), found


# ---- a copula, or a verbless clause -------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Russia considers the American restrictions to be illegal.", "RUS", "USA"),
    ("Russia considers the restrictions imposed by the United States to be illegal.", "RUS", "USA"),
    ('"We consider the American restrictions to be illegal," Kremlin spokesman Dmitry Peskov said.',
     "RUSGOV", "USA"),
    ("The Venezuelan opposition considers the government to be corrupt.", "VENOPP", "VENGOV"),
    ("The Venezuelan opposition considers Maduro a dictator.", "VENOPP", "VENGOV"),
    ("The Kenyan opposition considers the election result illegitimate.", "KENOPP", "KENGOV"),
])
def test_considering_a_side_or_its_act_bad_criticises_it(nlp: Language, text: str, source: str,
                                                         target: str) -> None:
    assert (source, target, "111") in _criticisms(nlp, text)


# ---- near misses --------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan sees China as a partner.",  # praise by a verb of regarding is not coded
    "The Venezuelan opposition considers Maduro a partner.",
    "Japan regards the Chinese drills as routine.",  # a neutral name
    "Japan does not see the Chinese drills as a threat.",  # negated
    "The Venezuelan opposition does not consider the government to be corrupt.",
    "Does Japan see the Chinese drills as a provocation?",  # a question
    "If Japan sees the drills as a provocation, it will respond.",  # a condition
    "The Chinese drills near Taiwan are widely seen as a provocation.",  # nobody regards
    "Analysts see the Chinese drills as a warning to Taiwan.",  # no actor, no bad name
    "Japan sees its own defence budget as a deterrent.",  # its own act, no bad name
    # a share of a public holds a standing opinion, not a statement
    "Many residents of the Solomon Islands view the rebel militias as common criminals.",
    "Most Ukrainians see the Russian invasion as a crime.",
])
def test_no_criticism_without_a_bad_name_a_regard_told_as_fact_or_a_regarder(nlp: Language, text: str) -> None:
    assert _criticisms(nlp, text) == []


@pytest.mark.model
def test_considering_a_proposal_is_no_criticism(nlp: Language) -> None:
    found = event_codes("The Japanese government will consider the Chinese proposal.", nlp, DATE)
    assert [c for _, _, c, _ in found if c.startswith("11")] == []
