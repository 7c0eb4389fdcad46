"""What a speaking body says is no clue to whose body it is.

"The authorities said the men had crossed from Somalia": a state body with no country of its own
takes the one country its sentence names (:mod:`newsevents.actors.context`), but a country named
only inside what the body says is the matter of its words, not its home; in a story from Nairobi
those authorities are Kenya's. :func:`said_span` gives the token range of the reported clause of a
body that is the subject of a verb of saying, so that the sentence-country rule can read the
sentence without it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Verbs whose clausal complement is what the subject says, believes or reports.
SAYING_VERBS = frozenset({"say", "tell", "announce", "state", "claim", "allege", "confirm", "add", "report",
                          "insist", "deny", "explain", "note", "believe", "suspect", "fear", "estimate", "warn",
                          "charge", "accuse", "argue", "assert", "stress", "declare", "disclose", "reveal"})


def said_span(subject: Token) -> tuple[int, int] | None:
    """The token range ``[start, end)`` of what ``subject`` (a body's head noun) is said to say,
    when it is the subject of a verb of saying with a clausal complement; else ``None``."""
    if subject.dep_ != "nsubj":
        return None
    verb = subject.head
    if verb.lemma_.lower() not in SAYING_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > subject.i), None)
    if clause is None:
        return None
    return clause.left_edge.i, clause.right_edge.i + 1


def said_chars(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The character span of what the mention at tokens ``start:end`` says (see :func:`said_span`),
    as a list of none or one ``(start_char, end_char)``."""
    said = said_span(doc[start:end].root) if start < end <= len(doc) else None
    if said is None:
        return []
    last = doc[said[1] - 1]
    return [(doc[said[0]].idx, last.idx + len(last.text))]
