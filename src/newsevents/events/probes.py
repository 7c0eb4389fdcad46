"""Whom an investigation named as a noun is aimed at, where no "into"/"of" names an actor.

- "The opposition leader is under investigation by prosecutors", "placed the governor under
  investigation": the one *under* the investigation is its target, the subject of "be"/"remain"/
  "come" or the object of "place"/"put".
- "Ordered a probe into abuses by the police", "an inquiry into the killing of protesters by
  soldiers": the investigation is into an act; the act's doer ("by", possessor) is its target.

Used as the ``probed`` target slot of ``investigate.investigation_noun``.
"""

from __future__ import annotations

from spacy.tokens import Token

UNDER_HOSTS = frozenset({"be", "remain", "come", "stay", "fall"})
"""Verbs whose subject is "under investigation"."""
PLACING_VERBS = frozenset({"place", "put", "bring"})
"""Verbs whose object is put "under investigation"."""


def probed(noun: Token) -> list[Token]:
    """Who an investigation noun is aimed at through "under" or through the act it looks into."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        deps = ("nsubj", "nsubjpass") if verb.lemma_.lower() in UNDER_HOSTS else ("dobj",) \
            if verb.lemma_.lower() in PLACING_VERBS else ()
        return [c for c in verb.children if c.dep_ in deps]
    preps = list(noun.children)
    if noun.dep_ == "dobj":  # "ordered a probe into abuses": the parser hangs "into" on the verb
        preps += [c for c in head.children if c.i > noun.i]
    acts = [p for c in preps if c.dep_ == "prep" and c.lower_ == "into"
            for p in c.children if p.dep_ == "pobj"]
    return [d for act in acts for d in _act_doers(act)]


def _act_doers(act: Token) -> list[Token]:
    """The doers an act noun names: its possessor or its "by" object."""
    return [c for c in act.children if c.dep_ == "poss"] + [
        p for c in act.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for p in c.children if p.dep_ == "pobj"]
