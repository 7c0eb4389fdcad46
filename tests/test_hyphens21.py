"""Hyphenated words the lists never matched (session 21): the tokenizer splits "check-up",
"go-ahead", "run-off" or "vote-buying" at the hyphen, so a list entry written with the hyphen and
compared against one token never matched. ``nlp.hyphenated`` looks the whole word up on its last
part; these tests check the look-up itself, a hyphenated word now read as its unhyphenated
neighbour in several modules, and words that must read as before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.events.ended_stance import no_longer
from newsevents.extraction import extract
from newsevents.nlp.hyphenated import lemma_in, text_in, whole_words


def _rules(nlp: Language, text: str) -> list[tuple[str, str]]:
    return sorted((e.cameo, e.rule) for e in extract(text, "2019-03-04", nlp=nlp).events)


def _codes(nlp: Language, text: str) -> set[str]:
    return {code for code, _ in _rules(nlp, text)}


@pytest.mark.model
def test_hyphens21_whole_word_on_the_last_part(nlp: Language) -> None:
    doc = nlp("The president flew abroad for a check-up after the run-offs.")
    check_up = next(t for t in doc if t.text == "up")
    assert {"check-up", "checkup"} <= set(whole_words(check_up))
    assert lemma_in(check_up, frozenset({"check-up"}))
    assert text_in(check_up, frozenset({"check-up"}))
    run_offs = next(t for t in doc if t.text == "offs")
    assert "run-offs" in whole_words(run_offs)
    # the first part and the hyphen name no whole word; nor does a word with no hyphen
    assert whole_words(doc[check_up.i - 2]) == () and whole_words(doc[check_up.i - 1]) == ()
    assert whole_words(doc[1]) == ()
    assert not lemma_in(check_up, frozenset({"up-check"}))


@pytest.mark.model
def test_hyphens21_spaced_dash_joins_nothing(nlp: Language) -> None:
    doc = nlp("The talks - held in Doha - ended on Monday.")
    assert all(whole_words(t) == () for t in doc)


@pytest.mark.model
def test_hyphens21_own_lemma_still_matches(nlp: Language) -> None:
    doc = nlp("Observers reported fraud in the runoff.")
    assert lemma_in(doc[2], frozenset({"fraud"}))
    assert text_in(doc[5], frozenset({"runoff"}))
    assert not lemma_in(doc[2], frozenset({"runoff"}))


@pytest.mark.model
@pytest.mark.parametrize(("hyphenated", "plain"), [
    # trips.PRIVATE_ENDS: a private trip is no visit
    ("The Nigerian president flew to London for a medical check-up.",
     "The Nigerian president flew to London for a medical checkup."),
    # denied_gatherings.PERMISSION_NOUNS: leave refused for a rally
    ("Kenyan police refused to give the go-ahead for the opposition rally in Nairobi.",
     "Kenyan police refused to give permission for the opposition rally in Nairobi."),
    # vote_words.ELECTION_NOUNS: the vote whose result is rejected
    ("The opposition leader rejected the result of the run-off against President Mugabe.",
     "The opposition leader rejected the result of the runoff against President Mugabe."),
    # force_sides.ATTACK_NOUNS: strikes suffered by an unnamed attacker
    ("Turkey said Syrian Kurdish villages suffered air-strikes.",
     "Turkey said Syrian Kurdish villages suffered airstrikes."),
])
def test_hyphens21_hyphenated_reads_as_plain(nlp: Language, hyphenated: str, plain: str) -> None:
    assert _codes(nlp, hyphenated) == _codes(nlp, plain)


@pytest.mark.model
def test_hyphens21_private_trip_and_permission(nlp: Language) -> None:
    assert _codes(nlp, "The Nigerian president flew to London for a medical check-up.") == set()
    # near miss: a trip for talks is still a visit
    assert "042" in _codes(nlp, "The Nigerian president flew to London for talks.")
    assert "1721" in _codes(nlp, "Kenyan police refused to give the go-ahead for the opposition rally in Nairobi.")


@pytest.mark.model
def test_hyphens21_vote_buying_is_an_irregularity(nlp: Language) -> None:
    assert "112" in _codes(nlp, "Opposition leaders said the election in Guinea was marred by vote-buying.")


@pytest.mark.model
def test_hyphens21_pattern_of_the_whole_word_first(nlp: Language) -> None:
    # "air-strike" has a pattern of its own, tried before those of "strike"
    rules = _rules(nlp, "Israeli warplanes carried out an air-strike on Gaza on Tuesday.")
    assert ("195", "fight.airstrike_noun") in rules
    # near miss: a whole word whose patterns do not fit falls back on its last part's
    assert "1723" in _codes(nlp, "The Chinese government re-imposed a curfew in Urumqi.")


@pytest.mark.model
def test_hyphens21_hyphenated_sport_word_vetoes(nlp: Language) -> None:
    assert "051" not in _codes(nlp, "Egypt's president praised Nigeria's team after the semi-final in Cairo.")
    # near miss: no sport word, the praise stands
    assert "051" in _codes(nlp, "Egypt's president praised Nigeria's president after the summit in Cairo.")



@pytest.mark.model
def test_hyphens21_not_any_more_is_no_longer(nlp: Language) -> None:
    # "any more" was a two-word entry compared against one token (ended_stance.STILL_ADVERBS)
    doc = nlp("Nicaragua will not cooperate with Costa Rica any more.")
    assert no_longer(doc[3])


@pytest.mark.model
def test_hyphens21_any_more_of_a_thing_is_not_no_longer(nlp: Language) -> None:
    # near misses: "any more weapons" counts what is sent; "any more" with no negation
    assert not no_longer(nlp("Germany will not send Ukraine any more weapons.")[3])
    assert not no_longer(nlp("Nicaragua asked whether Costa Rica would cooperate any more.")[6])
