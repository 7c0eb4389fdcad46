"""The gates of the coder's constructions (events/gates.py) and the per-token memos beside them:
a gate may only spare calls that would have found nothing, and a memo must give what a fresh
computation gives.

The sentences here are written for these tests; the sample articles are the repository's own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.events import coder
from newsevents.events.gates import NOUNS, VERBS, Gate, Readers, _passes, _uniform, gated, gates_of, readers_of, union
from newsevents.events.matching import NOUN_POS, VERB_POS, best_match
from newsevents.events.patterns import Lexicon, lexicon
from newsevents.events.roles import MentionIndex
from newsevents.events.triggers import may_trigger, triggers_of
from newsevents.extraction import make_doc
from newsevents.nlp.docview import doc_view
from newsevents.records import Article

SAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"

SENTENCES = [
    "The rights group said soldiers had tortured detainees in the north.",
    "Officials in Kyiv said Russian aircraft bombed two villages near the border.",
    "The opposition alleged that police beat its supporters during the march.",
    "The minister declined to comment on the report.",
    "Observers found widespread fraud in the Kenyan election.",
    "A court in Lima found the former mayor guilty of bribery.",
    "In a rebuke to Ankara, Athens recalled its ambassador.",
    "The president held the rebels responsible for the attack on the convoy.",
    "Germany wants Poland to send more tanks.",
    "Norway is willing to send troops to the mission.",
    "The union is deeply concerned about the new law.",
    "The foreign minister expressed hope that talks with Hanoi would resume.",
    "The prime minister called the Chinese president on Sunday.",
    "Analysts said the protests will continue until the vote.",
    "Mexico rejected Washington's claim that its army had ties to cartels.",
    "The premier was stripped of his title by the court.",
    "Militants handed the hostages back to their families.",
    "The government gave the rebels until Friday to lay down their arms.",
    "Protesters were fed up with the governor.",
    "Ecuador imposed sanctions on three Colombian banks on Monday.",
]


def test_gates_parts_of_speech_are_the_matchers() -> None:
    assert VERBS == VERB_POS and NOUNS == NOUN_POS


def _key(pos: str, dep: str, lower: str, *forms: str) -> tuple[str, str, str, tuple[str, ...]]:
    return (pos, dep, lower, forms or (lower,))


@pytest.mark.parametrize(("gate", "key", "passes"), [
    (Gate(VERBS, words=frozenset({"say"})), _key("VERB", "ROOT", "said", "say"), True),
    (Gate(VERBS, words=frozenset({"say"})), _key("NOUN", "nsubj", "say"), False),
    (Gate(VERBS, words=frozenset({"say"})), _key("VERB", "ROOT", "told", "tell"), False),
    (Gate(VERBS, frozenset({"ccomp"})), _key("VERB", "ccomp", "return"), True),
    (Gate(VERBS, frozenset({"ccomp"})), _key("VERB", "ROOT", "return"), False),
    (Gate(words=frozenset({"fed"})), _key("VERB", "acomp", "fed", "feed"), True),  # the word, not the lemma
    (Gate(), _key("ADJ", "amod", "new"), True),
])
def test_gates_a_gate_reads_the_part_of_speech_label_word_and_lemmas(
        gate: Gate, key: tuple[str, str, str, tuple[str, ...]], passes: bool) -> None:
    @gated(gate)
    def construction(tok: object, lex: object) -> None:
        return None

    chain = Readers([construction], lexicon())
    assert chain.gates[0] is not None
    assert _passes(chain.gates[0], key) is passes


def test_gates_union_of_an_ungated_construction_lets_every_token_through() -> None:
    def plain(tok: object, lex: object) -> None:
        return None

    @gated(Gate(VERBS, words=frozenset({"say"})))
    def narrow(tok: object, lex: object) -> None:
        return None

    assert gates_of(narrow, plain) is None
    assert union(narrow, plain) == (Gate(),)
    assert union(narrow) == (Gate(VERBS, words=frozenset({"say"})),)


def _docs(nlp: Language, texts: list[str]) -> list[Doc]:
    return [nlp(make_doc(nlp, Article(f"t{n}", text, date="2024-03-06"))) for n, text in enumerate(texts)]


def _samples(nlp: Language) -> list[Doc]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return _docs(nlp, texts)


def _ungated(fn: Callable[..., Any], tok: Token, lex: Lexicon, index: MentionIndex) -> Any:
    """``fn`` called as the chain before the gates called it."""
    return _uniform(fn)(tok, lex, index)  # works on compiled constructions, which have no __code__


@pytest.mark.model
def test_gates_never_spare_a_construction_that_would_match(nlp: Language) -> None:
    """Every construction, called on every candidate its gates reject, finds nothing."""
    lex = lexicon()
    chain = readers_of(coder.READERS, lex)
    spared = 0
    for doc in [*_docs(nlp, SENTENCES), *_samples(nlp)]:
        index, parse = MentionIndex(doc), doc_view(doc)
        for i in may_trigger(parse, triggers_of(lex)):
            allowed = {id(r) for r in chain.for_token(parse, i)}
            for fn, reader in zip(chain.constructions, chain.readers, strict=True):
                if id(reader) not in allowed:
                    spared += 1
                    assert _ungated(fn, doc[i], lex, index) is None, (fn.__name__, doc[i].text, doc.text[:80])
    assert spared > 1000  # the gates do spare calls


@pytest.mark.model
def test_gates_the_gated_chain_finds_what_the_whole_chain_finds(nlp: Language) -> None:
    lex = lexicon()
    for doc in _docs(nlp, SENTENCES):
        index, parse = MentionIndex(doc), doc_view(doc)
        candidates = may_trigger(parse, triggers_of(lex))
        whole = []
        for i in candidates:
            found = next((m for fn in coder.READERS if (m := _ungated(fn, doc[i], lex, index)) is not None), None)
            if found is not None:
                whole.append(found)
        gated_found = readers_of(coder.READERS, lex).matches(doc, candidates, index)
        assert [(m.token.i, m.pattern.id, m.theme.i if m.theme is not None else None) for m in gated_found] == \
            [(m.token.i, m.pattern.id, m.theme.i if m.theme is not None else None) for m in whole]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ecuador imposed sanctions on three Colombian banks on Monday.",
    "Thousands of farmers protested against the new tax in Quito.",
])
def test_gates_a_remembered_lexicon_match_is_a_fresh_match_each_time(nlp: Language, text: str) -> None:
    doc = _docs(nlp, [text])[0]
    lex = lexicon()
    verb = next(t for t in doc if t.pos_ == "VERB" and best_match(t, lex) is not None)
    first = best_match(verb, lex)
    assert first is not None
    first.adjunct, first.theme = True, None  # the coder changes the fields of its matches
    again = best_match(verb, lex)
    assert again is not None and again is not first and not again.adjunct
    doc_view(doc)._memo.clear()
    fresh = best_match(verb, lex)
    assert fresh is not None and (again.pattern, again.theme) == (fresh.pattern, fresh.theme)


def test_gates_readers_of_keeps_one_chain_for_equal_sequences() -> None:
    """The chain is found again for another tuple of the same constructions (compiled, a module's
    tuple constant is a new object each time it is passed), and a different chain is built anew."""
    lex = lexicon()
    chain = readers_of(tuple(coder.READERS), lex)
    assert readers_of(tuple(list(coder.READERS)), lex) is chain
    assert readers_of(list(coder.READERS), lex) is chain
    assert readers_of(coder.READERS[:3], lex) is not chain
