"""The compiled attribute rules give the annotation spaCy's own AttributeRuler gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsevents.nlp.attribute_rules import FACTORY, STOCK, AttributeRules, use_compiled_rules
from newsevents.nlp.pipeline import UNUSED, model_name

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

# Written for this test: contractions, pronouns as subject and object, "there is", determiners
# standing alone, auxiliaries, runs of spaces and line breaks, quotes and numbers.
TRICKY = [
    "I ain't gonna sign it, y'all. Let's wait!  C'mon, you told me so yourself.",
    "There is nothin' left to discuss, the envoy said; that is what we gotta accept.",
    "But she didn't. It was rejected and they saw it.\n\nThe ministers have met twice since May.",
    "He'd have gone if it weren't for the strike.   Those who voted were outnumbered.",
    "\u201cWe will not back down,\u201d said Ms. Okafor, 54, on Tuesday. Which of them knew?",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    return spacy.load(model_name(), exclude=list(UNUSED))


def _parsed(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "parser"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def _annotation(doc: Doc) -> tuple[Any, list[str], list[int]]:
    return doc.to_array(ATTRS).tolist(), [str(t.morph) for t in doc], [s.start for s in doc.sents]


def _texts() -> list[str]:
    articles = sorted(EXAMPLES.glob("*.txt"))[:12]
    return TRICKY + [p.read_text(encoding="utf-8") for p in articles]


@pytest.mark.model
def test_attribute_rules_same_as_spacy_on_model_rules(stock: Language) -> None:
    ruler = stock.get_pipe(STOCK)
    assert isinstance(ruler, AttributeRuler)
    ours = AttributeRules(stock.vocab, ruler.patterns)
    texts = _texts()
    assert len(texts) > len(TRICKY)  # the sample articles were found
    for text in texts:
        parsed = _parsed(stock, text)
        expected, got = ruler(parsed.copy()), ours(parsed.copy())
        assert _annotation(got) == _annotation(expected), text[:60]


def test_attribute_rules_same_as_spacy_on_hand_made_rules() -> None:
    """Rules of every supported kind, on a document with hand-set tags and dependencies:
    exact values, IN / NOT_IN / REGEX, two-token patterns with a negative index, a later rule
    overriding an earlier one, and runs of tag-map rules."""
    nlp = spacy.blank("en")
    patterns: list[dict[str, Any]] = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"TAG": "VBD"}], [{"TAG": "VBN"}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing|Case=Nom"}},
        {"patterns": [[{"LOWER": {"IN": ["talks", "meeting"]}, "TAG": "NN"}]], "attrs": {"LEMMA": "talk"}},
        {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", ""]}, "TAG": "NN"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": {"REGEX": "^re"}}]], "attrs": {"LEMMA": "again"}},
        {"patterns": [[{"LOWER": "was"}, {"TAG": "VBN"}]], "attrs": {"POS": "AUX"}, "index": -2},
        {"patterns": [[{"LOWER": "was"}, {"TAG": "VBN"}]], "attrs": {"LEMMA": "pass"}, "index": 1},
        {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    ]
    words = ["the", "meeting", "was", "resumed", "and", "the", "talks", "ended", "in", "Rome"]
    tags = ["DT", "NN", "VBD", "VBN", "CC", "DT", "NN", "VBD", "IN", "NN"]
    heads = [1, 3, 3, 3, 3, 6, 7, 3, 7, 8]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "cc", "det", "nsubj", "conj", "prep", "pobj"]
    doc = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    ours = AttributeRules(nlp.vocab, patterns)
    expected, got = ruler(doc.copy()), ours(doc.copy())
    assert _annotation(got) == _annotation(expected)
    assert [t.pos_ for t in got][:4] == ["DET", "PROPN", "AUX", "VERB"]  # the rules did apply
    assert got[9].pos_ == "PROPN" and got[6].pos_ == "NOUN"  # NOT_IN on the dependency (nsubj kept)
    assert str(got[1].morph) == "Case=Nom|Number=Sing"  # the later rule won


@pytest.mark.model
def test_attribute_rules_replace_the_stock_ruler_in_our_pipeline(nlp: Language) -> None:
    assert FACTORY in nlp.pipe_names and STOCK not in nlp.pipe_names
    assert nlp.pipe_names.index(FACTORY) < nlp.pipe_names.index("newsevents_lemmas")  # lemmas read its POS


def test_attribute_rules_keep_spacy_for_rules_they_do_not_cover() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(STOCK)
    assert isinstance(ruler, AttributeRuler)
    repeated: dict[str, Any] = {"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}
    ruler.add_patterns([repeated])
    assert use_compiled_rules(nlp) is False
    assert nlp.pipe_names == [STOCK]
    by_pos = spacy.blank("en")
    by_pos_ruler = by_pos.add_pipe(STOCK)
    assert isinstance(by_pos_ruler, AttributeRuler)
    by_pos_ruler.add_patterns([{"patterns": [[{"POS": "NOUN"}]], "attrs": {"TAG": "NN"}}])
    assert use_compiled_rules(by_pos) is False  # POS holds symbol ids, not string hashes
    plain = spacy.blank("en")
    assert use_compiled_rules(plain) is False  # no ruler at all: nothing to replace
