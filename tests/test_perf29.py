"""Walks that read the DocView instead of a Token per step give what the Token walks gave.

Session 29 rewrote a few walks over heads, children and sentences (``dates.governor``,
``figures.find._hangs_on``, ``events.anaphora._window_start``, ``events.unreal.needed``,
``actors.context._semicolon_part``, ``actors.named_acronyms.add_acronym_mentions``) to read the
view's lists. Each test keeps the Token walk as it was and compares, on every token of Docs built
by hand (no model).
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span, Token

from newsevents.actors.context import _semicolon_part
from newsevents.actors.named_acronyms import add_acronym_mentions
from newsevents.dates.find import governor
from newsevents.events.anaphora import DOER_SENTENCES, _window_start
from newsevents.events.unreal import NEEDED_ADJECTIVES, PRESENT_TAGS, infinitive, needed
from newsevents.figures.find import _hangs_on
from newsevents.nlp.sentences import sentence_of
from newsevents.records import Actor, ActorMention

# (words, heads, deps, pos, tags, lemmas, sentence starts): two or three sentences of our own.
DOCS = [
    (["It", "is", "vital", "that", "the", "army", "withdraw", ".", "They", "said", "so", ";", "we", "agree", "."],
     [1, 1, 1, 6, 5, 6, 1, 1, 9, 9, 9, 9, 13, 9, 9],
     ["nsubj", "ROOT", "acomp", "mark", "det", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "advmod", "punct",
      "nsubj", "conj", "punct"],
     ["PRON", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "ADV", "PUNCT", "PRON",
      "VERB", "PUNCT"],
     ["PRP", "VBZ", "JJ", "IN", "DT", "NN", "VB", ".", "PRP", "VBD", "RB", ":", "PRP", "VBP", "."],
     ["it", "be", "vital", "that", "the", "army", "withdraw", ".", "they", "say", "so", ";", "we", "agree", "."],
     [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
    (["Sales", "of", "$", "5", "million", "last", "year", "rose", ".", "It", "is", "time", "to", "go", ".",
      "Police", "should", "leave", "."],
     [7, 0, 4, 4, 1, 6, 4, 7, 7, 10, 10, 10, 13, 11, 10, 17, 17, 17, 17],
     ["nsubj", "prep", "nmod", "compound", "pobj", "amod", "npadvmod", "ROOT", "punct", "nsubj", "ROOT", "attr",
      "aux", "relcl", "punct", "nsubj", "aux", "ROOT", "punct"],
     ["NOUN", "ADP", "SYM", "NUM", "NUM", "ADJ", "NOUN", "VERB", "PUNCT", "PRON", "AUX", "NOUN", "PART", "VERB",
      "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"],
     ["NNS", "IN", "$", "CD", "CD", "JJ", "NN", "VBD", ".", "PRP", "VBZ", "NN", "TO", "VB", ".", "NNS", "MD",
      "VB", "."],
     ["sale", "of", "$", "5", "million", "last", "year", "rise", ".", "it", "be", "time", "to", "go", ".",
      "police", "should", "leave", "."],
     [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]),
]


VOCAB = English().vocab  # a language's vocabulary: its words have lower-case forms


def _doc(n: int) -> Doc:
    words, heads, deps, pos, tags, lemmas, starts = DOCS[n]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               sent_starts=[bool(s) for s in starts])


def _token_governor(token: Token) -> Token | None:
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _token_hangs_on(date_root: Token, figure: Span) -> bool:
    current = date_root
    for _ in range(4):
        if current.head.i == current.i or current.head.pos_ in ("VERB", "AUX"):
            return False
        current = current.head
        if figure.start <= current.i < figure.end \
                or (figure.start <= current.head.i < figure.end and current.dep_ in ("pobj", "prep")):
            return True
    return False


def _token_window_start(token: Token) -> int:
    start = sentence_of(token).start
    for _ in range(DOER_SENTENCES - 1):
        start = sentence_of(token.doc[start - 1]).start if start > 0 else 0
    return start


def _token_needed(verb: Token) -> bool:
    head = verb.head
    if not (verb.tag_ in PRESENT_TAGS or infinitive(verb) or any(c.lower_ == "should" for c in verb.children)):
        return False
    if verb.dep_ in ("relcl", "acl") and head.lower_ == "time" and head.dep_ == "attr":
        return True
    if verb.dep_ not in ("ccomp", "advcl", "xcomp") or head.lemma_ != "be":
        return False
    return any((c.dep_ == "acomp" and c.lower_ in NEEDED_ADJECTIVES) or (c.dep_ == "attr" and c.lower_ == "time")
               for c in head.children)


def _index(token: Token | None) -> int | None:
    return None if token is None else token.i


@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf29_governor_as_the_token_walk(n: int) -> None:
    doc = _doc(n)
    assert [_index(governor(t)) for t in doc] == [_index(_token_governor(t)) for t in doc]


@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf29_hangs_on_as_the_token_walk(n: int) -> None:
    doc = _doc(n)
    spans = [doc[s:e] for s in range(len(doc)) for e in range(s + 1, min(s + 4, len(doc)) + 1)]
    assert [_hangs_on(t, f) for t in doc for f in spans] == [_token_hangs_on(t, f) for t in doc for f in spans]
    assert any(_hangs_on(t, f) for t in doc for f in spans)  # the doc has a date on a figure's phrase


@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf29_window_start_as_the_sentence_walk(n: int) -> None:
    doc = _doc(n)
    assert [_window_start(t) for t in doc] == [_token_window_start(t) for t in doc]


@pytest.mark.parametrize("n", range(len(DOCS)))
def test_perf29_needed_as_the_token_walk(n: int) -> None:
    doc = _doc(n)
    assert [needed(t) for t in doc] == [_token_needed(t) for t in doc]
    assert any(needed(t) for t in doc)  # "it is vital that the army withdraw", "it is time to go"


def test_perf29_semicolon_part_cuts_at_the_marks_around_the_mention() -> None:
    doc = _doc(0)
    sent = doc[8:15]  # "They said so ; we agree ."
    assert (_semicolon_part(sent, 8, 9).start, _semicolon_part(sent, 8, 9).end) == (8, 11)
    assert (_semicolon_part(sent, 12, 13).start, _semicolon_part(sent, 12, 13).end) == (12, 15)
    first = doc[0:8]
    assert (_semicolon_part(first, 4, 6).start, _semicolon_part(first, 4, 6).end) == (0, 8)


def _mention(doc: Doc, start: int, end: int, code: str | None, kind: str, rule: str, entity: int) -> ActorMention:
    span = doc[start:end]
    return ActorMention(start, end, span.start_char, span.end_char, span.text, span.text, code, code and code[:3],
                        code and code[3:], kind, rule, entity)


def test_perf29_acronym_mentions_from_the_view() -> None:
    words = ["The", "United", "Farmers", "Union", "(", "UFU", ")", "met", ".", "Later", "the", "UFU", "left",
             ",", "and", "UFU", "members", "cheered", "."]
    doc = Doc(VOCAB, words=words, ents=["O"] * len(words))
    mentions = [_mention(doc, 1, 4, "ZZZBUS", "organization", "lexicon", 0)]
    whole = (doc[1].idx, doc[3].idx + 5)
    actors = [Actor(name="United Farmers Union", text="United Farmers Union", code="ZZZBUS", country="ZZZ",
                    sector="BUS", kind="organization", span=whole, rule="lexicon", mentions=[whole])]
    add_acronym_mentions(doc, mentions, actors)
    added = [(m.start, m.end, m.start_char, m.end_char, m.text, m.code, m.rule) for m in mentions[1:]]
    assert added == [(i, i + 1, doc[i].idx, doc[i].idx + 3, "UFU", "ZZZBUS", "acronym") for i in (5, 11, 15)]
    assert actors[0].mentions[1:] == [(doc[i].idx, doc[i].idx + 3) for i in (5, 11, 15)]
