"""Names set between commas after a title that opens a sentence: "Phnom Penh's municipal
governor, Pa Socheatvong, issued a statement", "The army spokesman in Srinagar, A K Mathur, told
VOA".

The entity recogniser often takes a foreign name in that slot for a place or an organisation, or
for nothing, so the person finder missed it and the holder of the title went uncounted (session
21). The slot itself says it is a name: the title and its posting are the sentence's subject, the
name is its appositive, and the sentence's verb follows the closing comma. The finder adds the
span as a person's name; :mod:`newsevents.actors.context` then gives it the title's coding
(``_titled_by_apposition``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.lexicon import Match
from newsevents.nlp.docview import DocView

#: The longest name read in the slot, in tokens ("Amal Mint Cheikh Abdallahi").
NAME_WORDS = 4
#: Entity labels a name in the slot may carry (the recogniser's mistakes among them).
NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Parts of speech of the word after the closing comma: the sentence's verb.
VERB_POS = frozenset({"VERB", "AUX"})


def appositive_names(doc: Doc, tokens: DocView, at: list[Match | None], covered: set[int]) -> list[tuple[int, int]]:
    """Token spans of names set between commas right after a sentence-opening title phrase."""
    out: list[tuple[int, int]] = []
    for sent in tokens.sentences()[0]:  # doc.sents, built once
        span = _slot(doc, tokens, at, sent.start, sent.end)
        if span is not None and not covered.intersection(range(*span)):
            out.append(span)
    return out


def _slot(doc: Doc, tokens: DocView, at: list[Match | None], start: int, end: int) -> tuple[int, int] | None:
    comma = next((i for i in range(start, end) if tokens.texts[i] == ","), None)
    if comma is None or not _title_subject(doc, at, start, comma):
        return None
    j = comma + 1
    while j < end and j - comma - 1 < NAME_WORDS and _name_word(doc[j], at):
        j += 1
    # a longer run of name words stops on a word that is no comma, and is refused here
    if j == comma + 1 or j + 1 >= end or tokens.texts[j] != ",":
        return None
    if doc[j - 1].pos_ != "PROPN" or doc[j + 1].pos_ not in VERB_POS:
        return None
    return comma + 1, j


def _title_subject(doc: Doc, at: list[Match | None], start: int, comma: int) -> bool:
    """Whether words ``start:comma`` are a title phrase with no verb and no person's name in it,
    headed by the title: "The army spokesman in Srinagar", not "The wife of the army spokesman"."""
    words = doc[start:comma]
    if any(t.pos_ in VERB_POS or t.ent_type_ == "PERSON" for t in words):
        return False
    m = at[words.root.i]
    return m is not None and m.first("title") is not None


def _name_word(tok: Token, at: list[Match | None]) -> bool:
    """A capitalised word no dictionary claims: a proper noun, or an initial ("A K Mathur")."""
    text = tok.text
    if at[tok.i] is not None or tok.ent_type_ not in NAME_LABELS or not text[:1].isupper():
        return False
    return tok.pos_ == "PROPN" or (len(text) == 1 and text.isalpha())
