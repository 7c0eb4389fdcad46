"""Whom an appeal or an ultimatum is aimed at when its frame names no addressee.

Three conventions of news English and of CAMEO coding:

- **The one whose act is asked for.** "The EU called for the withdrawal of Russian troops",
  "Amnesty called for an inquiry into the killings by Ethiopian police", "urged Russia's withdrawal":
  an appeal or a demand for another's act, with no one named as addressed, is aimed at whoever is
  to do that act: the "of" or "by" object or the possessor of the act asked for, or of the act
  that an inquiry asked for looks into (:func:`asked_doers`). Only an actor of a country other than
  the appealer's counts: "called for the release of its citizens" names no one else to act.
- **The governed ask their government.** "Protesters called for an end to police brutality", "the
  opposition called for a new vote": an appeal by crowds, the opposition, parties or rebels that
  names no one it is made of is made of their own country's government (``+domestic-target``),
  as their demands are (:func:`domestic_appeal_target`).
- **A deadline set for someone.** "Kampala set a deadline for the rebels to sign the deal": the
  one a time limit is set for is the target of the ultimatum (the ``deadline_for`` slot), as the
  dative is in "gave the rebels a deadline".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.implied import own_government
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

APPEAL_ROOT = "02"
ASKED_ROOTS = frozenset({"02", "10"})
"""Appeals and demands: both are aimed at whoever is to do what they ask for."""
# An act asked for names its doer with "of" ("the withdrawal of Russian troops") or "by"; an
# inquiry asked for names the act it looks into with "into", "of" or "on".
DOER_PREPS = {"of", "by"}
INQUIRY_PREPS = {"into", "of", "on"}
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe", "review", "audit", "examination"})
# Themes that name no act of another: "called for calm", "called for aid for Syrian refugees"
# ask for a state or a gift, whose "of" or "for" objects are its beneficiaries, not its doers.
NO_DOER_THEMES = frozenset({"calm", "restraint", "aid", "help", "assistance", "support", "protection", "justice",
                            "solidarity", "respect", "unity", "peace", "donation", "relief", "funding", "prayer"})
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})


def asked_doers(match: Match) -> list[Token]:
    """The tokens naming who is to do the act an appeal or demand asks for: the "of" or "by"
    objects and the possessor of its theme ("the withdrawal *of Russian troops*"); for an inquiry,
    also the doer of the act it looks into ("an inquiry into the killings *by the police*"), never
    that act's "of" object, its victim ("into the killing *of a journalist*")."""
    theme = match.theme
    if theme is None or theme.lemma_.lower() in NO_DOER_THEMES or theme.pos_ not in ("NOUN", "PROPN"):
        return []
    out = _doers(theme, DOER_PREPS)
    if theme.lemma_.lower() in INQUIRY_NOUNS:
        out += [d for act in fr.prep_objects(theme, INQUIRY_PREPS) for d in _doers(act, {"by"})]
    return out


def _doers(act: Token, preps: set[str]) -> list[Token]:
    """The possessor and the objects of ``preps`` of a noun naming an act."""
    return [c for c in act.children if c.dep_ == "poss"] + fr.prep_objects(act, preps)


def asked_party(match: Match, code: str, sources: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The actor an untargeted appeal or demand is aimed at by :func:`asked_doers`: the first one
    with a country other than every source's (``None`` without one)."""
    if code[:2] not in ASKED_ROOTS:
        return None
    tokens = asked_doers(match)
    if not tokens:
        return None
    countries = {s.country for s in sources}
    for mention in actors_of(tokens, index, {m.start for m in sources}):
        if mention.code and mention.country and mention.country not in countries:
            return mention
    return None


def domestic_appeal_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The government an untargeted appeal by the governed is made of: their own country's."""
    return own_government(source) if code.startswith(APPEAL_ROOT) else None


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
        if host is not match.token:
            out += fr.prep_objects(host, {"for"})
    return out
