"""Frame slots naming whom a request is made of where no dative or "from" phrase does.

- "Kampala set a deadline for the rebels to sign the deal": the one a time limit is set for is the
  target of the ultimatum (the ``deadline_for`` slot of ``threaten.ultimatum``), as the dative is
  in "gave the rebels a deadline".
- "Egypt sought Saudi Arabia's support", "sought the help of Venezuela": the one whose help is
  asked for is asked for it (the ``giver`` slot of ``appeal.request_aid``), as "from" names it in
  "sought support from Riyadh".
- "called for restraint *from both sides*", "asked for an apology from Tokyo": the "from" phrase of
  conduct or an answer asked for names whom it is asked of (the ``asked_from`` slot); that of a
  movement ("the return of refugees from Kenya") names a place, and stays out (:func:`asked_from`).
- "called on Twitter for calm", "appealed on television for help": "on" names the channel an
  appeal goes out on, not whom it is made of (:func:`channel`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.matching import Match

DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})
# Channels an appeal is made on ("called on Twitter for calm"): no one is asked by being one.
# A channel's own word, or one on its noun ("his *Twitter* account", "*social* media"); "called on the
# media to respect privacy" asks the press itself.
CHANNEL_WORDS = frozenset({"twitter", "facebook", "instagram", "telegram", "youtube", "tiktok", "whatsapp",
                           "radio", "television", "tv", "website", "airwaves", "podcast", "broadcast", "social"})
APPEAL_ROOT = "02"
# Conduct or an answer an appeal asks of someone, whose "from" phrase names that someone.
ASKED_CONDUCT = frozenset({"restraint", "calm", "moderation", "explanation", "apology", "clarification", "assurance",
                           "guarantee", "answer", "commitment", "cooperation", "response", "gesture", "pledge"})
CHANNEL_PREPS = frozenset({"on", "upon", "over"})


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


def asked_from(match: Match) -> list[Token]:
    """Whom conduct or an answer is asked of, named by "from" on the theme or on the verb after
    it: "called for restraint *from both sides*", "asked for an explanation from Uganda"."""
    theme = match.theme
    if theme is None or theme.lemma_.lower() not in ASKED_CONDUCT:
        return []
    after = theme.right_edge.i + 1
    return fr.prep_objects(theme, {"from"}) + [o for o in fr.prep_objects(match.token, {"from"})
                                               if o.i > theme.i and o.head.i == after]


def channel(match: Match, slot: str, tok: Token) -> bool:
    """Whether ``tok``, filling the ``on`` slot of an appeal, is the channel the appeal goes out on
    ("called *on Twitter* for calm", "appealed on state television for help"), not its addressee."""
    if slot not in CHANNEL_PREPS or match.pattern.cameo[:2] != APPEAL_ROOT:
        return False
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    return any(w.lower_ in CHANNEL_WORDS for w in words)
