"""The verb of a sentence whose subject carries a relative clause, misread as a participle (session 15).

"Students who were protesting against fees clashed with police", "Protesters who gathered in the
square marched to parliament": the small English model often ends the relative clause at the
sentence's main verb, making the subject noun the sentence's root and the main verb a participle
(``acl``) on a noun inside the relative clause ("fees clashed", "square marched"). The verb then had
no subject, or the wrong one, and the act was lost ("no doer named") or read as a passive.

A participle with no subject, no passive auxiliary and no "by" agent, inside the relative clause
of a noun that heads its sentence, is that sentence's verb, and the noun its subject
(:func:`relative_root_doer`). A participle of the clause's own noun phrase ("students who protested
against fees imposed by the state") keeps its reading through its agent.
"""

from __future__ import annotations

from spacy.tokens import Token

PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
"""Past forms: the main verb of a news sentence read as a participle."""
OWN_VOICE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "auxpass", "aux", "agent"})
"""Children that show a verb has its own subject or voice: not the misread main verb."""
NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def relative_root_doer(verb: Token) -> Token | None:
    """The noun heading ``verb``'s sentence when ``verb`` is its main verb misread as a participle
    inside the noun's relative clause (see the module docstring); ``None`` otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in PARTICIPLE_TAGS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in OWN_VOICE_DEPS for c in verb.children):
        return None
    root = verb.sent.root
    if root.pos_ not in NOMINAL_POS or root.i >= verb.i:
        return None
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.i < verb.i <= clause.right_edge.i:
            return root
    return None
