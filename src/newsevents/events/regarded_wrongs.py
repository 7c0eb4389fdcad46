"""Criticism told by a verb of regarding (session 25): "Tokyo *sees* the launch *as* a provocation",
"we *consider* these restrictions *to be* illegal", "the cabinet *downplayed* the strike *as* a cynical
ploy by its rivals".

A side that says how it regards another's act or another side, by a bad name, criticises it (CAMEO
111), as one that *calls* it so does (``characterize_verbs``, :func:`matching.characterization`):
CAMEO's 111 ("criticize or denounce") is a judgement voiced, whatever verb voices it. The verbs of
regarding (the lexicon's ``regard_verbs``: see, view, regard, consider, perceive, portray, depict,
paint, cast, downplay) were left out of the characterizing verbs because most of what they name is
neutral or praise ("sees the talks as a chance", "regards China as a partner"); here they are read
with a bad name only (``bad_names``), so praise by them codes nothing. Session 25's census found the
form in three fresh stories of the pooled verdict sets (a neighbour that saw a missile test as a
provocation, a spokesman who held another state's restrictions to be illegal, a government that
dismissed a stoppage as a ploy of its opponents), each uncoded.

Two shapes: the name on "as" (or an object predicate), read as a naming is
(:func:`matching.naming_parts`), and an infinitival copula ("consider X to be Y"), read here
(:func:`regarded_copula`). Negation, questions and conditions are the report's mood, as for any
naming. A regarder counted as a share of a public ("many residents view them as criminals") holds a
standing opinion, not a statement, and is not read (:func:`regards`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import NOUNS
from newsevents.events.patterns import Lexicon

REGARD_VERBS = "regard_verbs"
"""The lexicon's word list of the verbs of regarding (patterns.yaml)."""
OPINION_SHARES = frozenset({"many", "most", "some", "few", "several", "majority", "minority"})
"""Quantifiers of a regarder that make its view a standing opinion of part of a public, not a
statement: "many residents view them as criminals", "most voters see the war as ..."."""


def regarded_copula(verb: Token) -> tuple[list[Token], list[Token]]:
    """"consider these restrictions *to be* illegal", "considers Maduro a dictator": the subject of an
    infinitival "be" or of a verbless clause (the parser's reading of a second object) the verb of
    regarding governs (a noun, never a pronoun) and the attribute it is given; empty lists when the
    verb governs none, or the clause is negated ("consider the vote not to be fair" is left to the
    readers of a denied fairness)."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or any(c.dep_ == "neg" for c in clause.children):
            continue
        named = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in NOUNS]
        if clause.lemma_.lower() == "be":
            judged = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                judged = []  # "sees that the vote was fair": a finite clause is a report, not a regard
        else:
            judged = [clause] if clause.pos_ in (*NOUNS, "ADJ") else []
        if named and judged:
            return named, judged
    return [], []


def regards(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is a verb of regarding whose regarder is not a share of a public."""
    if not fr.has_lemma(verb, lex.word_list(REGARD_VERBS)):
        return False
    subject = fr.subject(verb)
    return subject is None or not any(c.lower_ in OPINION_SHARES for c in [subject, *subject.children])
