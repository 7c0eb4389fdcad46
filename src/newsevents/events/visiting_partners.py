"""The visitor named after a "visiting" participle is the partner met.

"The Chinese president met with visiting French President Macron", "held talks with visiting
Japanese Prime Minister Abe": the parser reads "visiting" as a verb with the visitor as its
object, so the meeting's "with" finds only the participle and the meeting loses its partner.
Where a "visiting" participle with an object is itself the object of a preposition (``pcomp``:
"with", "to", "for"), its object stands in for it. "Received visiting X", "hosted visiting X",
"met visiting X" are parsed with the participle as a clause of the meeting verb (``xcomp`` or
``advcl``) right after it: its object is the meeting verb's object. Either way the participle is
no visit of its own (its inherited subject, the host, visits no one: :func:`visitor_participle`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view

# How the participle hangs: under a preposition ("with visiting X").
VISITOR_SLOTS = frozenset({"pcomp"})
# Meeting verbs whose object a "visiting" clause right after them names ("received visiting X").
HOST_VERBS = frozenset({"meet", "receive", "host", "welcome", "greet"})
HOST_SLOTS = frozenset({"xcomp", "advcl"})
# The prepositions of a partner: "met with", "spoke to", "a dinner for" (not "after visiting X").
PARTNER_PREPS = frozenset({"with", "to", "for"})


def visitor(doc: Doc, i: int) -> int | None:
    """The object of the "visiting" participle at ``i`` when it stands where a partner should
    ("with visiting X"); ``None`` for any other token."""
    parse = doc_view(doc)
    if parse.tags[i] != "VBG" or parse.lower[i] != "visiting" or parse.deps[i] not in VISITOR_SLOTS \
            or parse.lower[parse.heads[i]] not in PARTNER_PREPS:
        return None
    # the object after the participle: "with visiting X" ("with officials visiting X" is an acl)
    return next((c for c in parse.children(i) if parse.deps[c] in ("dobj", "obj") and c > i), None)


def hosted_visitor(doc: Doc, i: int) -> int | None:
    """The object of the "visiting" participle at ``i`` when it comes right after the meeting verb
    it hangs under ("received visiting X", "met visiting X"); ``None`` otherwise."""
    parse = doc_view(doc)
    head = parse.heads[i]
    if parse.tags[i] != "VBG" or parse.lower[i] != "visiting" or parse.deps[i] not in HOST_SLOTS \
            or head != i - 1 or doc[head].lemma_.lower() not in HOST_VERBS:
        return None
    return next((c for c in parse.children(i) if parse.deps[c] in ("dobj", "obj") and c > i), None)


def visitor_objects(doc: Doc, verb: int) -> list[int]:
    """The visitor a meeting verb receives through a "visiting" clause ("hosted visiting X": X)."""
    parse = doc_view(doc)
    return [g for c in parse.children(verb) if c == verb + 1 and (g := hosted_visitor(doc, c)) is not None]


def visitor_participle(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a "visiting" that only describes the visitor met."""
    return visitor(doc, i) is not None or hosted_visitor(doc, i) is not None
