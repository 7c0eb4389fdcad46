"""Session 27, fp27c: false events of a thirteenth fresh-news census, mended by general rules.

Sentences written for these tests; none is taken from a news story.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Dyad, event_dyads
from newsevents.story.background import earlier_kind, since_clause

pytestmark = pytest.mark.model
DATE = "2024-05-06"


def _triples(nlp: Language, text: str) -> set[Dyad]:
    return set(event_dyads(text, nlp, DATE))


@pytest.mark.parametrize(("text", "word"), [
    # the act is the object of a second past verb of the "since" clause
    ("It was their first meeting since the two sides declared a truce and started peace talks last month.", "talks"),
    ("Fighting has eased since the two sides signed a truce and opened negotiations.", "negotiations"),
    # the object of the clause's own verb
    ("Attacks have grown since the rebels rejected the ceasefire.", "ceasefire"),
    # the verb itself, as before
    ("Attacks have grown since the rebels rejected the deal.", "rejected"),
])
def test_fp27c_the_act_a_since_clause_starts_from_is_background(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert since_clause(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(("text", "word"), [
    ("The two sides declared a truce and started peace talks on Monday.", "talks"),
    ("The rebels opened negotiations with the army after the two sides signed a truce.", "negotiations"),
    ("The army has shelled the town since the rebels left.", "shelled"),
])
def test_fp27c_an_act_outside_a_since_clause_is_news(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert not since_clause(next(t for t in doc if t.text == word))


@pytest.mark.parametrize("text", [
    "Earlier ceasefires between the Sudanese army and the rebels collapsed within weeks.",
    "Past attacks by Somali rebels on Kenyan troops drew little notice.",
    "Earlier clashes between Thai police and protesters left two dead.",
])
def test_fp27c_acts_of_an_earlier_kind_are_not_coded(nlp: Language, text: str) -> None:
    assert not _triples(nlp, text)


@pytest.mark.parametrize("text", [
    # "earlier" as an adverb, or an act noun with its own date, is the story's news
    "Earlier on Monday, police arrested two opposition activists in Dhaka.",
    "Earlier talks on Monday between Kenya and Somalia ended without a deal.",
    "Thai police clashed with protesters on Monday.",
])
def test_fp27c_earlier_on_a_day_is_still_news(nlp: Language, text: str) -> None:
    assert _triples(nlp, text)


def test_fp27c_earlier_kind_reads_the_noun_modifier(nlp: Language) -> None:
    doc = nlp("Previous rounds of talks failed, but the earlier truce held.")
    words = {t.text: t for t in doc}
    assert earlier_kind(words["truce"]) and earlier_kind(words["rounds"])
    assert not earlier_kind(words["talks"]) and not earlier_kind(words["failed"])


@pytest.mark.parametrize(("text", "pair"), [
    # a capital named as where the violence happened is its country, as any town is
    ("Syrian troops renewed their attacks in the capital, Damascus, on Wednesday.", ("SYRMIL", "SYR")),
    ("Taliban fighters launched attacks in Kabul on Wednesday.", ("AFGINS", "AFG")),
])
def test_fp27c_a_capital_as_the_scene_of_an_attack_is_its_country(nlp: Language, text: str,
                                                                  pair: tuple[str, str]) -> None:
    found = {(s, t) for s, t, cameo in _triples(nlp, text) if cameo.startswith("19")}
    assert pair in found
    assert not any(t == pair[1] + "GOV" for _, t in found)


def test_fp27c_a_capital_attacked_stays_its_government(nlp: Language) -> None:
    found = {t for _, t, cameo in _triples(nlp, "Afghan rebels attacked Kabul on Wednesday.") if cameo.startswith("19")}
    assert found == {"AFGGOV"}


@pytest.mark.parametrize("text", [
    "Norway mediated the February 2019 cease-fire between the Sri Lankan government and the Tamil rebels.",
    "Kenya brokered the 2018 peace deal between Sudan and Chad.",
])
def test_fp27c_making_an_accord_long_ago_is_background(nlp: Language, text: str) -> None:
    assert not _triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a time of the act's own, or a dated accord the act only speaks of, keeps the act
    "Sudan and Chad signed the 2018 treaty again on Monday.",
    "Sudan and Chad resumed talks on the 2018 treaty.",
    "Kenya brokered a peace deal between Sudan and Chad on Monday.",
])
def test_fp27c_an_accord_made_or_discussed_now_is_news(nlp: Language, text: str) -> None:
    assert _triples(nlp, text)


@pytest.mark.parametrize(("text", "pair"), [
    # "both" before the first of two countries keeps each side its country, as without it
    ("The foreign secretaries from both India and Pakistan met in Islamabad on Monday.", ("INDGOV", "PAKGOV")),
    ("Leaders of both Sudan and South Sudan signed the deal on Monday.", ("SDNGOV", "SSDGOV")),
])
def test_fp27c_officials_of_both_countries_keep_their_countries(nlp: Language, text: str,
                                                                pair: tuple[str, str]) -> None:
    found = {(s, t) for s, t, _ in _triples(nlp, text)}
    assert pair in found and (pair[1], pair[0]) in found
