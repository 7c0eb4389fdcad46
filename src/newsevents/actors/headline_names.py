"""Headline verbs glued onto person names: "Minister Meets With ..." is no person "X Meets".

In a title-case line (a headline, a title) every word is capitalised, so the entity recogniser
often runs a person's name on into the verb after it ("Hillary Meets With Russian Foreign
Minister" gives a PERSON "Hillary Meets"). Such a name matches nobody in the body, takes the
story's country and, through coreference, hands it to the real person of the body. Before any
mention is found, a PERSON entity of a title-case line whose last word is a verb form of our
dictionaries ("Meets", "Says", "Visits", "Urges") loses that word, unless the body spells the
same capitalised word too (then it is a surname: "Nicholas Burns" is named "Burns" below).
"""

from __future__ import annotations

import functools
import re

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Span

from newsevents.nlp.docview import made_text

# Lines whose words of four letters or more all begin with a capital are title-case lines.
_LINE = re.compile(r"[^\n]+")
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
# Reporting and meeting verbs of headlines that are no event pattern of their own.
HEADLINE_VERBS = frozenset({"say", "tell", "meet", "visit", "call", "urge", "warn", "arrive", "hold", "sign",
                            "condemn", "ask", "vow", "pledge", "seek", "reject", "deny", "accuse", "praise",
                            "welcome", "announce", "leave", "return", "host", "hail", "slam", "blast", "back",
                            "resign", "win", "lose", "quit", "head", "open", "end", "discuss", "address"})


@functools.cache
def verb_lemmas() -> frozenset[str]:
    """The verb lemmas of the event patterns and of the headline list above."""
    from newsevents.events.patterns import lexicon  # late: the event layer loads after the actors

    return HEADLINE_VERBS | frozenset(lemma for pos, lemma in lexicon().patterns if pos == "verb")


def verb_form(word: str, lemmas: frozenset[str]) -> bool:
    """Whether ``word`` is a plain or third-person form of a verb in ``lemmas`` ("Meets", "Urges")."""
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha():
        return False
    options = {low}
    if low.endswith("ies"):
        options.add(low[:-3] + "y")
    if low.endswith("es"):
        options.add(low[:-2])
    if low.endswith("s"):
        options.add(low[:-1])
    return bool(options & lemmas)


def title_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` whose long words are all capitalised (two or more)."""
    spans = []
    for line in _LINE.finditer(text):
        words = _LONG_WORD.findall(line.group())
        if len(words) >= 2 and all(w[0].isupper() for w in words):
            spans.append((line.start(), line.end()))
    return spans


def _inside(span: Span, lines: list[tuple[int, int]]) -> bool:
    return any(a <= span.start_char and span.end_char <= b for a, b in lines)


def _named_elsewhere(doc: Doc, word: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the capitalised ``word`` occurs outside the title-case lines (then it is a name)."""
    return any(tok.text == word and not any(a <= tok.idx < b for a, b in lines) for tok in doc)


def _glued_verb(doc: Doc, ent: Span, lines: list[tuple[int, int]], lemmas: frozenset[str]) -> int | None:
    """The index of the first verb form after the first word of a PERSON entity of a title-case
    line ("Hillary Meets With", "Gordon Urges Calm": the entity ran on past its verb)."""
    if ent.label_ != "PERSON" or len(ent) < 2 or not _inside(ent, lines):
        return None
    verb = next((t for t in ent[1:] if verb_form(t.text, lemmas)), None)
    if verb is None or _named_elsewhere(doc, verb.text, lines):
        return None
    return verb.i


def trim_headline_verbs(doc: Doc, lemmas: frozenset[str] | None = None) -> int:
    """Cut a verb form off the end of the PERSON entities of title-case lines; the number cut."""
    # the entity types as one array (spaCy's doc.ents makes a Span of every entity): a PERSON first
    if doc.vocab.strings["PERSON"] not in doc.to_array(ENT_TYPE):
        return 0
    lines = title_lines(made_text(doc))
    if not lines:
        return 0
    lemmas = verb_lemmas() if lemmas is None else lemmas
    ents, cut = [], 0
    for ent in doc.ents:
        verb = _glued_verb(doc, ent, lines, lemmas)
        if verb is None:
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, verb, label=ent.label_))
        cut += 1
    if cut:
        doc.set_ents(ents, default="outside")
    return cut
