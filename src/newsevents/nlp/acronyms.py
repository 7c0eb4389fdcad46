"""Known organisations' acronyms at the start of a clause, read as names by the tagger and parser.

The small English model reads an all-capital word partly by its last letters, and an acronym that
ends like a verb is parsed as one: in "ECOWAS imposed sanctions on the junta" it takes "ECOWAS" for
the sentence's verb and "imposed" for an adjective, and the event is lost. Before the model runs,
this component gives the acronyms of ``actors/data/orgs.tsv`` that open a clause and are followed
by a lower-case word (the clause's verb) the normal form of a common noun, which the model reads as
a subject. Only those tokens change; the text, and every other token, stay as they are.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.nlp.docview import made_text
from newsevents.nlp.scan import first_char_guard

FACTORY = "newsevents_acronym_norms"
# What the model is told the acronym is: a common noun it parses as a subject.
NOUN_NORM = "organization"
# Where a clause starts: the text's start, a sentence end, a line break, a dash or a colon.
_CLAUSE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[—–:]\s)|(?<=\s-\s))"


@functools.lru_cache(maxsize=1)
def acronym_pattern() -> re.Pattern[str] | None:
    """A regex for the organisations' acronyms at a clause start before a lower-case word
    (built once, on first use)."""
    from newsevents.actors.lexicon import data_path, read_table, split_names

    acronyms: set[str] = set()
    for _, row in read_table(data_path("orgs.tsv")):
        for phrase in [row["name"], *split_names(row["aliases"])]:
            if len(phrase) >= 3 and phrase.isascii() and phrase.isalpha() and phrase.isupper():
                acronyms.add(phrase)
    if not acronyms:
        return None
    names = "|".join(sorted(map(re.escape, acronyms), key=len, reverse=True))
    # The guard first: the clause-start lookbehinds would otherwise run at every character.
    return re.compile(rf"{first_char_guard(acronyms)}{_CLAUSE_START}(?:{names})(?=\s+[a-z])", re.M)


def mark_acronyms(doc: Doc) -> Doc:
    """Give the clause-opening acronyms of ``doc`` a noun's normal form (see the module doc)."""
    pattern = acronym_pattern()
    if pattern is None:
        return doc
    for match in pattern.finditer(made_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            span[0].norm_ = NOUN_NORM
    return doc


@Language.factory(FACTORY)
def make_acronym_norms(nlp: Language, name: str) -> object:
    """The component: runs before the model's own steps (see :func:`mark_acronyms`)."""
    return mark_acronyms
