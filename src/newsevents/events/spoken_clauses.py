"""What a speaker says "in a statement", "in an interview": the that-clause the parser hangs on the
medium instead of on the verb of saying.

"Mutambara vowed in an interview that the opposition will continue to defy the ban", "the ministry
said in a statement that it would retaliate": the parser often attaches the that-clause to the noun
of the medium ("interview", "statement"), as if it told what the interview was. The clause is what
was vowed or said, and its mood is read from the verb of saying (a vow makes it a threat or a
promise, see :mod:`newsevents.events.modality`), as when the medium is not named (session 19).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.clause_marks import that_clause

# Nouns of the medium a speaker speaks in.
MEDIUM_NOUNS = frozenset({"statement", "interview", "speech", "address", "letter", "message", "broadcast",
                          "communique", "communiqué", "conference", "briefing", "post", "tweet", "declaration"})
MEDIUM_PREPS = frozenset({"in", "during", "at", "on"})


def spoken_through(clause: Token) -> Token | None:
    """The verb of saying whose medium a that-clause ``clause`` is parsed as describing ("vowed *in an
    interview* that ...": "vowed"), else ``None``."""
    noun = clause.head
    if clause.dep_ != "acl" or not that_clause(clause) or noun.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in MEDIUM_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.i < noun.i else None
