"""Two checks on what a subject "they" may stand for, from a census of fresh VOA news (session 18).

1. A group named in an earlier sentence only as the object of a preposition of aim or company is
   seldom the doer the next sentence goes on with: "In reviewing the summit for reporters, Obama noted
   that the leaders had candid talks. He said they agreed ...": not the reporters; "Kabul accused
   Pakistan of setting conditions to the peace process with the Taliban. 'They have asked us ...'":
   not the Taliban. The agent of a passive ("attacked *by* the rebels"), a body's members ("leaders
   *of* the party"), the sides of a talk ("*between* A and B") and a noun's own place or body ("the
   government *in* Addis Ababa", "people *in* the ruling party") are doers and stay candidates; so
   does an object in the pronoun's own sentence ("fired at protesters as they blocked a road").
2. "They have asked us to cut ties with India, they have asked us to ...": a subject "they" of a
   clause joined to one whose subject is "they" goes on with that pronoun's doer (or with no one),
   never with a noun named inside the first clause.
The resolver then leaves the pronoun uncoded: an event without its doer is dropped or left
incomplete, never given the wrong one (three false events in two of sixteen stories).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.nlp.docview import norm
from newsevents.nlp.sentences import sentence_of

# Prepositions of aim and company: their object is whom an act was done for or with, seldom the
# doer a following sentence goes on with. Not "by" (a passive's agent), "of" (a body's members),
# "between"/"among" (the sides of a talk), "in"/"at"/"from" (a noun's place or the capital that
# stands for a government: "blamed the government in Addis Ababa. 'They occupy ...'"), nor "to" or
# "against", whose object answers back as often as not.
OBLIQUE_PREPOSITIONS = frozenset({"for", "with", "alongside"})
CLAUSE_LINKS = frozenset({"conj", "parataxis"})


def oblique_only(head: Token, pronoun: Token) -> bool:
    """Whether ``head`` (a candidate mention's head word, in a sentence before ``pronoun``'s) is only
    the object of a preposition that names no doer: "for reporters", "with the Taliban", "with the
    Republic of India" (an "of" inside such an object is walked through)."""
    if sentence_of(head).start == sentence_of(pronoun).start:
        return False
    tok = head
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        prep = tok.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj":
            tok = prep.head  # "the Republic of India": the phrase is the object of what holds it
            continue
        return prep.lower_ in OBLIQUE_PREPOSITIONS
    return False


def chained_they(pronoun: Token) -> Token | None:
    """The subject "they" of the clause a subject "they" is joined to ("they have asked us ..., they
    have asked us ..."), or ``None`` when its clause is joined to none with such a subject. A clause
    spliced on with a comma before it is often parsed as the later verb's complement: it counts too."""
    own = pronoun.head
    for child in own.children:
        if child.dep_ in CLAUSE_LINKS | {"ccomp"} and child.i < pronoun.i:
            first = _they_subject(child)
            if first is not None:
                return first
    verb = own
    for _ in range(4):
        if verb.dep_ not in CLAUSE_LINKS or verb.head.i == verb.i:
            return None
        verb = verb.head
        first = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is not None:
            return first if norm(first.text) == "they" and first.i < pronoun.i else None
    return None


def _they_subject(verb: Token) -> Token | None:
    first = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first if first is not None and norm(first.text) == "they" else None
