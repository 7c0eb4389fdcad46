"""Walks that read the DocView instead of a Token per word give what the Token walks gave.

Session 32 rewrote a few walks (``events.answered_charges.apposed_charges``,
``events.allegations._alleged``, ``events.qualified_acts.qualified_act``,
``events.wrongdoing._told_beside``, ``events.match_context.sentence_holds``, ``quotes.find._heads``)
to read the view's lists, and to find the few words a document may hold for them once per document
instead of walking each clause's subtree (:meth:`DocView.under`). Each test keeps the walk as it was
and compares, on Docs built by hand (no model).
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Token

from newsevents.events.answered_charges import apposed_charge, apposed_charges
from newsevents.events.match_context import VETO_POS, sentence_holds
from newsevents.events.matching import NOUN_POS, VERB_POS
from newsevents.events.qualified_acts import NONE_DONE, qualified_act
from newsevents.events.wrongdoing import CAUSE_MARKS, _told_beside
from newsevents.nlp.docview import doc_view
from newsevents.nlp.hyphenated import whole_words_at
from newsevents.nlp.sentences import sentence_of

# (words, heads, deps, pos, tags, lemmas, sentence starts): sentences of our own; no space around a
# hyphen between letters (a word the tokenizer split).
DOCS = [
    # "The rebels said troops fired on them, a claim the army denied."
    (["The", "rebels", "said", "troops", "fired", "on", "them", ",", "a", "claim", "the", "army", "denied", "."],
     [1, 2, 2, 4, 2, 4, 5, 4, 9, 12, 11, 12, 2, 2],
     ["det", "nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct", "det", "nsubj", "det", "appos",
      "ccomp", "punct"],
     ["DET", "NOUN", "VERB", "NOUN", "VERB", "ADP", "PRON", "PUNCT", "DET", "NOUN", "DET", "NOUN", "VERB", "PUNCT"],
     ["DT", "NNS", "VBD", "NNS", "VBD", "IN", "PRP", ",", "DT", "NN", "DT", "NN", "VBD", "."],
     ["the", "rebel", "say", "troop", "fire", "on", "they", ",", "a", "claim", "the", "army", "deny", "."],
     [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    # "Officials said brutal attacks carried out by militia after they rigged the vote and fled.
    #  The semi - final was held ."
    (["Officials", "said", "brutal", "attacks", "carried", "out", "by", "militia", "rose", "after", "they",
      "rigged", "the", "vote", "and", "fled", ".", "The", "semi", "-", "final", "was", "held", "."],
     [1, 1, 3, 8, 3, 4, 4, 6, 1, 11, 11, 8, 13, 11, 11, 11, 1, 20, 20, 20, 22, 22, 22, 22],
     ["nsubj", "ROOT", "amod", "nsubj", "acl", "prt", "agent", "pobj", "ccomp", "mark", "nsubj", "advcl", "det",
      "dobj", "cc", "conj", "punct", "det", "amod", "punct", "nsubjpass", "auxpass", "ROOT", "punct"],
     ["NOUN", "VERB", "ADJ", "NOUN", "VERB", "ADP", "ADP", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN",
      "CCONJ", "VERB", "PUNCT", "DET", "ADJ", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"],
     ["NNS", "VBD", "JJ", "NNS", "VBN", "RP", "IN", "NN", "VBD", "IN", "PRP", "VBD", "DT", "NN", "CC", "VBD", ".",
      "DT", "JJ", "HYPH", "NN", "VBD", "VBN", "."],
     ["official", "say", "brutal", "attack", "carry", "out", "by", "militia", "rise", "after", "they", "rig",
      "the", "vote", "and", "flee", ".", "the", "semi", "-", "final", "be", "hold", "."],
     [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
]

VOCAB = English().vocab


def _doc(n: int) -> Doc:
    words, heads, deps, pos, tags, lemmas, starts = DOCS[n]
    spaces = [not (w == "-" or (i + 1 < len(words) and words[i + 1] == "-")) for i, w in enumerate(words)]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               sent_starts=[bool(s) for s in starts])


@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf32_under_is_subtree_membership(n: int) -> None:
    doc = _doc(n)
    parse = doc_view(doc)
    for top in range(len(doc)):
        inside = {t.i for t in doc[top].subtree}
        assert [parse.under(i, {top}) for i in range(len(doc))] == [i in inside for i in range(len(doc))]
    tops = {0, len(doc) - 2}
    assert [parse.under(i, tops) for i in range(len(doc))] == \
        [any(i in {t.i for t in doc[top].subtree} for top in tops) for i in range(len(doc))]


@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf32_apposed_charges_as_the_token_walk(n: int) -> None:
    doc = _doc(n)
    expected = {verb.i: noun for verb in doc if (noun := apposed_charge(verb)) is not None}
    assert apposed_charges(doc) == expected


def test_perf32_apposed_charges_finds_the_denial() -> None:
    found = apposed_charges(_doc(0))
    assert {i: t.text for i, t in found.items()} == {12: "claim"}


def _token_qualified_act(clause: Token, acts: frozenset[str], qualifiers: frozenset[str]) -> Token | None:
    for word in clause.subtree:
        if word.pos_ not in NOUN_POS or word.lemma_.lower() not in acts:
            continue
        if not any(c.dep_ == "amod" and c.lower_ in qualifiers for c in word.children) \
                or any(c.lower_ in NONE_DONE for c in word.children):
            continue
        for child in word.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and any(g.dep_ == "agent" for g in child.children):
                return child
    return None


@pytest.mark.parametrize("acts", [frozenset({"attack"}), frozenset({"claim"}), frozenset()])
@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf32_qualified_act_as_the_subtree_walk(n: int, acts: frozenset[str]) -> None:
    doc = _doc(n)
    qualifiers = frozenset({"brutal"})
    for clause in doc:
        expected = _token_qualified_act(clause, acts, qualifiers)
        found = qualified_act(clause, acts, qualifiers)
        assert (found.i if found is not None else None) == (expected.i if expected is not None else None)


def test_perf32_qualified_act_finds_the_participle() -> None:
    doc = _doc(1)
    found = qualified_act(doc[8], frozenset({"attack"}), frozenset({"brutal"}))
    assert found is not None and found.text == "carried"


def _token_told_beside(clause: Token) -> list[Token]:
    causes = [v for v in clause.subtree if v.dep_ == "advcl" and v.pos_ in VERB_POS
              and any(m.dep_ == "mark" and m.lower_ in CAUSE_MARKS for m in v.children)]
    joined = [c for head in (clause, *causes) for c in head.children if c.dep_ == "conj" and c.pos_ in VERB_POS]
    return causes + joined


@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf32_told_beside_as_the_token_walk(n: int) -> None:
    doc = _doc(n)
    for clause in doc:
        assert [t.i for t in _told_beside(clause)] == [t.i for t in _token_told_beside(clause)]


def _old_sentence_holds(token: Token, words: frozenset[str], pos: tuple[str, ...]) -> bool:
    sent = sentence_of(token)
    parse = doc_view(token.doc)
    return any((parse.pos[i] in pos and (parse.forms[i][0] in words or parse.lower[i] in words))
               or not words.isdisjoint(whole_words_at(parse, i))
               for i in range(sent.start, sent.end))


@pytest.mark.parametrize("words", [frozenset({"semi-final"}), frozenset({"semifinal"}), frozenset({"vote"}),
                                   frozenset({"final"}), frozenset()])
@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf32_sentence_holds_as_before(n: int, words: frozenset[str]) -> None:
    doc = _doc(n)
    for token in doc:
        assert sentence_holds(token, words, VETO_POS) == _old_sentence_holds(token, words, VETO_POS)


def test_perf32_sentence_holds_sees_a_hyphened_word() -> None:
    doc = _doc(1)
    assert sentence_holds(doc[20], frozenset({"semi-final"}), VETO_POS)
    assert not sentence_holds(doc[1], frozenset({"semi-final"}), VETO_POS)
