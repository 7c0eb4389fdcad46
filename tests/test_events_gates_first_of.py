"""Constructions that try several frames in turn (``gates.first_of``): the first frame's match
wins, the gate is the union of the frames' own, and a chain runs each frame under its own gate.

The frames here are stand-ins written for these tests; no model is needed.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.events.gates import NOUNS, VERBS, Gate, Readers, first_of, gated, parts_of
from newsevents.events.patterns import lexicon
from newsevents.nlp.docview import DocView, doc_view

CALLS: list[str] = []


@gated(Gate(VERBS, words=frozenset({"say"})))
def said(tok: Any, lex: Any) -> str | None:
    CALLS.append("said")
    return "said" if tok == "match-said" else None


@gated(Gate(NOUNS, words=frozenset({"claim"})))
def claimed(tok: Any, lex: Any, index: Any) -> str | None:
    CALLS.append("claimed")
    return "claimed" if tok in ("match-said", "match-claimed") else None


def anything(tok: Any, lex: Any) -> str | None:
    CALLS.append("anything")
    return "anything" if tok == "match-anything" else None


both = first_of(said, claimed, name="both", doc="said, then claimed")
nested = first_of(both, anything, name="nested", doc="both, then anything")


def _parse(pos: str, lower: str, lemma: str) -> DocView:
    """The view of a one-token Doc built by hand: what a chain's gates read. (A real view: the
    compiled gates check its type.)"""
    return doc_view(Doc(Vocab(), words=[lower], pos=[pos], deps=["ROOT"], heads=[0], lemmas=[lemma]))


@pytest.mark.parametrize(("tok", "found"), [
    ("match-said", "said"),  # both frames would match: the first one's match wins
    ("match-claimed", "claimed"),
    ("nothing", None),
])
def test_gates_first_of_returns_the_first_frames_match(tok: str, found: str | None) -> None:
    assert both(tok, lexicon(), None) == found
    assert both.__name__ == "both" and both.__doc__ == "said, then claimed"


def test_gates_first_of_is_gated_by_the_union_of_its_frames() -> None:
    chain = Readers([both], lexicon())
    assert chain.constructions == [said, claimed]
    assert Readers([nested], lexicon()).constructions == [said, claimed, anything]
    assert parts_of(nested) == [said, claimed, anything] and parts_of(said) == [said]


@pytest.mark.parametrize(("pos", "lower", "lemma", "runs"), [
    ("VERB", "said", "say", ["said"]),
    ("NOUN", "claim", "claim", ["claimed"]),
    ("ADJ", "new", "new", []),
])
def test_gates_first_of_frames_run_under_their_own_gates(pos: str, lower: str, lemma: str, runs: list[str]) -> None:
    chain = Readers([both], lexicon())
    readers = chain.for_token(_parse(pos, lower, lemma), 0)
    assert [r.__name__ for r in readers] == runs


def test_gates_first_of_an_ungated_frame_runs_on_every_token() -> None:
    chain = Readers([nested], lexicon())
    readers = chain.for_token(_parse("ADJ", "new", "new"), 0)
    assert [r.__name__ for r in readers] == ["anything"]
    CALLS.clear()
    assert nested("match-anything", lexicon(), None) == "anything"
    assert CALLS == ["said", "claimed", "anything"]  # called directly, every frame is tried in order
