"""Frame slots naming whom a request is made of where no dative or "from" phrase does.

- "Kampala set a deadline for the rebels to sign the deal": the one a time limit is set for is the
  target of the ultimatum (the ``deadline_for`` slot of ``threaten.ultimatum``), as the dative is
  in "gave the rebels a deadline".
- "Egypt sought Saudi Arabia's support", "sought the help of Venezuela": the one whose help is
  asked for is asked for it (the ``giver`` slot of ``appeal.request_aid``), as "from" names it in
  "sought support from Riyadh".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.matching import Match

DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})


def deadline_for(match: Match) -> list[Token]:
    """Whom a deadline is set for: the subject of a "for X to act" clause on the verb or on the
    deadline noun ("set a deadline *for the rebels* to sign"), or the "for" object of the noun
    ("a deadline for Iran")."""
    hosts = [match.token, *(o for o in fr.objects(match.token) if o.lemma_.lower() in DEADLINE_NOUNS)]
    out: list[Token] = []
    for host in hosts:
        for clause in host.children:
            if clause.dep_ in ("advcl", "acl", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
                out += [s for s in clause.children if s.dep_ == "nsubj"]
        if host.i != match.token.i:
            out += fr.prep_objects(host, {"for"})
    return out


def giver(match: Match) -> list[Token]:
    """Whose help a request for it names: the possessor or the "of" object of the aid asked for
    ("sought *Saudi Arabia's* support", "sought the help *of Venezuela*")."""
    aid = match.theme if match.theme is not None else next(iter(fr.objects(match.token)), None)
    if aid is None:
        return []
    return [c for c in aid.children if c.dep_ == "poss"] + fr.prep_objects(aid, {"of"})
