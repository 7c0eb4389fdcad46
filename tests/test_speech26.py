"""Speech acts the readers missed (session 26): a blogger who speaks is a side (``roles.tsv``:
"blogger", "bloggers", MED), so the criticism or accusation a blogger voices has a speaker; a blog,
a blogger's bare remark and a blogger of another country named by a demonym are near misses.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules
from newsevents.extraction import extract

DATE = "2021-11-16"

def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


SPOKEN_BY_BLOGGERS = [
    # a participle of alleging whose doer is the bloggers (no doer was found before)
    ("Police in Moscow detained 300 protesters on Saturday. Bloggers posted photos online, alleging police "
     "brutality.", "RUSMED", "RUSCOP", "112"),
    # a blogger who criticises, with a relative clause of his own
    ("Police in Baku detained two opposition activists on Monday. A blogger who witnessed the arrests "
     "criticized the police for beating them.", "AZEMED", "AZECOP", "111"),
]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), SPOKEN_BY_BLOGGERS)
def test_speech26_a_bloggers_criticism_has_a_speaker(nlp: Language, text: str, source: str, target: str,
                                                     cameo: str) -> None:
    coded = _coded(nlp, text)
    assert any((s, t, c) == (source, target, cameo) for s, t, c, _ in coded), coded


def test_speech26_a_demonym_keeps_a_foreign_bloggers_country(nlp: Language) -> None:
    coded = _coded(nlp, "A French blogger criticized the Chinese police for beating petitioners in Beijing.")
    assert [(s, t, c) for s, t, c, _ in coded] == [("FRAMED", "CHNCOP", "111")]


def test_speech26_journalist_and_blogger_is_one_person(nlp: Language) -> None:
    # one sector for both titles: the coordination stays one person with the demonym's country
    text = "Tunisian journalist and blogger Amira Haddad was detained by police in Tunis on Monday."
    ex = extract(text, date=DATE, nlp=nlp)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in ex.events] == [("TUNCOP", "TUNMED", "173")]
    assert not any("has no country" in w for w in ex.warnings)


NOT_SPOKEN = [
    # a blog post is no blogger: still no doer
    "Police in Baku detained two opposition activists on Monday. The blog post criticized the police for "
    "beating them.",
    # a blogger's remark with no judgement codes nothing
    "Police in Baku detained two opposition activists on Monday. A blogger said the weather was cold.",
]


@pytest.mark.parametrize("text", NOT_SPOKEN)
def test_speech26_no_speech_act_without_a_blogger_or_a_judgement(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert [(s, t, c) for s, t, c, _ in coded] == [("AZECOP", "AZEOPP", "173")]
