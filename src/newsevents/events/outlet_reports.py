"""An outlet that reports, or declines to, does no political act.

News outlets, broadcasters and journalists (sector MED) are actors when something is done to them
(a ban, a raid, a closure) or when they take a stand of their own (an editorial's criticism). What
they do as their trade is no event: "The media refused to report on the event", "state television
declined to cover the rally", "the newspaper would not comment" reject nobody. A refusal or a
promise by MED doers only whose complement is a verb of their trade (report, cover, publish,
broadcast, air, comment ...) is dropped; a refusal of anything else ("the newspaper refused to pay
the fine") stays, and so does a refusal made in protest ("journalists refused to cover the
president's events in protest at the arrests", "... until the reporters are freed", "... over the
ban"): a press boycott is a political act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.matching import Match
from newsevents.records import ActorMention

# What an outlet does as its trade.
TRADE_VERBS = frozenset({"report", "cover", "publish", "broadcast", "air", "print", "run", "comment", "carry",
                         "mention", "show", "televise", "write", "interview", "quote", "cite"})
MEDIA_SECTOR = "MED"
# Refusals (12) and promises (03): "demanded to cover the trial" (10) asks for access, and stays.
TRADE_ROOTS = ("12", "03")
# Adjuncts that make a refusal a protest: "in protest/solidarity", "over the arrests", "until ...".
PROTEST_PREPS = frozenset({"over", "until", "against"})
PROTEST_NOUNS = frozenset({"protest", "solidarity", "boycott", "defiance"})
PROTEST_VERBS = frozenset({"protest", "denounce", "condemn", "demand", "press", "pressure"})


def _complements(tok: Token) -> list[Token]:
    """The verbs a refusal or promise governs ("refused to *report*", "refused to report or *air*")."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    return out + [cj for c in out for cj in c.conjuncts]


def outlet_trade(match: Match, sources: list[ActorMention]) -> bool:
    """Whether ``match`` is an outlet declining (or promising) to do its own trade (see module)."""
    if not match.pattern.cameo.startswith(TRADE_ROOTS):
        return False
    if not sources or any((m.sector or "") != MEDIA_SECTOR for m in sources):
        return False
    verb = match.verb or match.token
    verbs = _complements(verb)
    # "cover the visits in protest at ...": the parser often hangs the adjunct on the object
    objects = [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    return bool(verbs) and all(v.lemma_.lower() in TRADE_VERBS for v in verbs) and not any(
        _in_protest(t) for t in (verb, *verbs)) and not any(_in_protest(o, nouns_only=True) for o in objects)


def _in_protest(verb: Token, nouns_only: bool = False) -> bool:
    """Whether ``verb`` carries an adjunct of protest ("in protest at", "over the arrests", "until",
    "to protest the ban"); with ``nouns_only``, only "in protest/solidarity"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.lemma_.lower() in PROTEST_NOUNS for o in c.children if o.dep_ == "pobj"):
            return True
        if nouns_only:
            continue
        if c.dep_ == "prep" and c.lower_ in PROTEST_PREPS:
            return True
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTEST_VERBS:
            return True
        if c.dep_ == "mark" and c.lower_ == "until":
            return True
    return False
