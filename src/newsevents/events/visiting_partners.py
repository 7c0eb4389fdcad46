"""The visitor named after a "visiting" participle is the partner met.

"The Chinese president met with visiting French President Macron", "held talks with visiting
Japanese Prime Minister Abe": the parser reads "visiting" as a verb with the visitor as its
object, so the meeting's "with" finds only the participle and the meeting loses its partner.
Where a "visiting" participle with an object is itself the object of a preposition (``pcomp``:
"with", "to", "for"), its object stands in for it. ("Received visiting X", parsed with the
participle as the verb's ``xcomp``, is left: it still codes a visit by the host.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view

# How the participle hangs: under a preposition ("with visiting X").
VISITOR_SLOTS = frozenset({"pcomp"})
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

