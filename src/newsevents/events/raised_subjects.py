"""Doers raised to the subject of a passive report verb: "Russian troops are reported to have
attacked Georgian positions", "the president is said to have met the rebels", "the army is
believed to have shelled the village".

The act is the infinitive (``xcomp``) of the passive verb of saying, and the subject of that verb
is the infinitive's own subject, as with "X appears to have rejected". The passive verb named no
agent, and :func:`newsevents.events.frames.subject` found no subject for the infinitive, so the act
was left out. Verbs whose raised subject is only forecast or known of ("is expected to attack", "is
known to have links") or charged with ("is alleged to have") are left out: their infinitive is no
reported act.
"""

from __future__ import annotations

from spacy.tokens import Token

RAISING_REPORT_VERBS = frozenset({"say", "report", "believe", "think", "understand", "rumour", "rumor", "fear"})


def raised_subject(verb: Token) -> Token | None:
    """The subject of the passive report verb ``verb`` is the infinitive of: "troops" in "troops are
    reported to have attacked"; None otherwise."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.tag_ != "VBN" or head.lemma_.lower() not in RAISING_REPORT_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None  # "the reported attack"
    # "is said by Kenya to have shelled": Kenya says so; the subject still did it
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return subjects[0] if subjects else None
