"""Street protests and the appeals around them as the real-news gold codes them: how often a
protest is coded, a crowd that "remains camped", and whom an appeal with no addressee
is made of (see :func:`unaddressed_appeals`, :func:`calls_for_calm`).

Two conventions of the gold (tests/data/realnews, dev records), each general to news reports:

- **A clash between the authorities and a crowd is the crowd's riot** (145, not repression): that
  rule lives in :func:`newsevents.events.force_sides.street_force`.
- **One protest, one event.** A demonstration reported again under another word ("renewed
  demonstrations against the president ... protesters marching in the suburbs") is the same
  protest: the gold codes it once. So a demonstration (141 and its sub-codes) by the same source
  against the same target as an earlier one in the article is dropped. (Keyed on the target's
  country instead, it drops a counter-demonstration the gold codes apart: measured, session 12.) Other forms of protest
  (strikes 143, blockades 144, riots 145) are other acts and stay.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsevents.events import frames as fr
from newsevents.events.coordination import conjuncts
from newsevents.events.gates import Gate, gated
from newsevents.events.implied import DEMANDING_SECTORS
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.events.unattributed import left_out_warning
from newsevents.nlp.hyphenated import lemma_in
from newsevents.nlp.sentences import trigger_token
from newsevents.records import ActorRef, Event

DEMONSTRATION = "141"
"""Demonstrations and rallies, with their sub-codes (1411 for leadership change, ...)."""


def drop_repeated_protests(events: list[Event], acts: list[str]) -> list[Event]:
    """``events`` with each act kept once where the article tells it again: a demonstration (141)
    by the same source against the same target as an earlier one, whatever word tells it; and an act
    told again by the same word, code and source at a bare country whose earlier telling named one of
    its actors ("encouraging the leaders to resolve ... we are encouraging them"): the vague second
    target is the first one's. ``acts``: the lemma of each event's trigger."""
    protests: set[tuple[str, str]] = set()
    told: set[tuple[str, str, str, str]] = set()
    out = []
    for e, act in zip(events, acts, strict=True):
        source, target = e.source, e.target
        if source is None or not source.code or target is None or not target.code:
            out.append(e)
            continue
        if e.cameo.startswith(DEMONSTRATION):
            if (source.code, target.code) in protests:
                continue
            protests.add((source.code, target.code))
        key = (act, e.cameo, source.code, target.country or "")
        if target.code == target.country and key in told:
            continue  # "them", "the country": the actor named before
        told.add(key)
        out.append(e)
    return out


CAMP_PATTERN = "protest.camp"
"""The pattern of a crowd camping in protest ("protesters camped outside parliament")."""


@gated(Gate(frozenset({"ADJ", "VERB"}), words=frozenset({"camped"})))
def camped_crowd(tok: Token, lex: Lexicon) -> Match | None:
    """"Protesters remain camped outside the premier's office", "are camped in the square": the
    parser reads "camped" as an adjective after "remain" or as a passive, which no verb pattern's
    doer test sees; read it as the verb "camp" (a sit-in, ``protest.camp``, whose source slots take
    a passive subject too) when its subject is a crowd the pattern names."""
    if tok.lower_ != "camped":
        return None
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        doer = fr.subject(tok)
    elif tok.pos_ == "VERB" and fr.is_passive(tok) and not fr.prep_objects(tok, {"by"}):
        doer = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    else:
        return None
    pattern = next((p for p in lex.for_token("verb", "camp") if p.id == CAMP_PATTERN), None)
    if pattern is None or doer is None:
        return None
    quantity = lex.word_list("quantity_nouns")
    heads = [fr.quantity_head(h, quantity) for h in conjuncts(doer)]
    words = {w.lemma_.lower() for h in heads for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))}
    return Match(tok, pattern) if words & pattern.doers else None


APPEAL_ROOT = "02"
ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation", "lifting"})
"""What an appeal for the end of someone's act asks for ("an end to the siege", "a halt to the
shelling"): the act's doer is whom it is made of."""


WANT_PATTERN = "demand.want_change"
"""What the governed want ("the rebels want new elections"): a demand only when they are the governed."""


def unaddressed_appeals(doc: Doc, events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less the appeals with no target that ask for the end of someone's act ("asked for
    an end to the siege") or for protests ("called for mass protests": made to followers the text
    does not name, so no one can be coded as its target), pleas for prayers, and those a thing makes (see
    :func:`_thing_urges`), and the wishes (``demand.want_change``) of any but the governed (a
    crowd, the opposition, a party, rebels: "Washington wants a new election" is no demand),
    each reported in a warning. Such an appeal is made of whoever does the
    act; where the text does not name the doer, a coder who reads the story knows it and the coder
    does not: the event would be scored against no one. An appeal for a state of things ("called
    for calm", "for restraint", "for new elections") is made of no one in particular and stays."""
    kept: list[Event] = []
    warnings: list[str] = []
    for e in events:
        if e.rule.startswith(WANT_PATTERN) and (e.source is None or e.source.sector not in DEMANDING_SECTORS):
            warnings.append(left_out_warning("a wish of no crowd, opposition or armed group", e))
            continue
        if not e.cameo.startswith(APPEAL_ROOT):
            kept.append(e)
            continue
        tok = trigger_token(doc, e)
        if e.target is None and _asks_end(tok):
            warnings.append(left_out_warning("an appeal to end an act whose doer is not named", e))
        elif e.target is None and _asks(tok, DISSENT_NOUNS):
            warnings.append(left_out_warning("a call for protest, made to followers no one names", e))
        elif e.target is None and _asks(tok, DEVOTION_NOUNS):
            warnings.append(left_out_warning("a plea for prayers or kind thoughts, no political act", e))
        elif _thing_urges(tok, e.source):
            warnings.append(left_out_warning("a thing, not an actor, encourages", e))
        else:
            kept.append(e)
    return kept, warnings


CAUSING_THINGS = frozenset({"support", "backing", "aid", "help", "assistance", "pressure", "policy", "decision",
                            "move", "step", "silence", "inaction", "presence", "success", "failure", "victory",
                            "defeat", "stance", "attitude", "rhetoric", "involvement", "interference",
                            "intervention", "sanction", "threat", "action", "measure", "announcement", "refusal",
                            "weakness", "approach", "strategy", "tolerance", "indifference", "complicity"})
"""Acts and stances an actor's name modifies ("U.S. support", "Moscow's decision"): things that cause, not
people who appeal ("Sudan's neighbours urged restraint" is the neighbours' appeal)."""


def _thing_urges(tok: Token | None, source: ActorRef | None) -> bool:
    """"U.S. support for Ethiopia is encouraging it to attack", "Moscow's decision urged Moldova to
    look elsewhere": the verb's subject is a thing (an act, a stance) whose modifier or possessor
    was coded as the doer; a thing causes, it does not appeal."""
    if tok is None or source is None or source.span is None or tok.pos_ != "VERB":
        return False
    # the verb's own subject only: "its audit found fraud and recommended ..." is the auditor's advice
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.lemma_.lower() not in CAUSING_THINGS or source.span[0] <= doer.idx < source.span[1]:
        return False
    return any(c.dep_ in ("compound", "amod", "poss") and source.span[0] <= c.idx < source.span[1]
               for c in doer.children)


def _asks_end(tok: Token | None) -> bool:
    """Whether the appeal ``tok`` triggers asks "for" the end of an act named by "to" or "of"."""
    if tok is None:
        return False
    asked = fr.prep_objects(tok, {"for"}) or fr.objects(tok)
    return any(a.lemma_.lower() in ENDING_NOUNS and fr.prep_objects(a, {"to", "of", "on"}) for a in asked)


CALM_NOUNS = frozenset({"calm", "restraint", "peace", "patience", "unity", "tolerance", "nonviolence",
                        "non-violence", "reconciliation", "order", "composure"})
"""A state of things everyone is asked to keep ("appealed for calm"): no one in particular is asked."""
DISSENT_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "strike", "sit-in", "walkout", "stay-away",
                           "stayaway", "boycott", "shutdown", "uprising", "disobedience", "resistance"})
"""Acts of dissent a leader calls for ("called for mass protests"): asked of the followers, not the state."""
DEVOTION_NOUNS = frozenset({"prayer", "thought", "blessing"})
"""What a leader asks of the public after a disaster ("I ask for your prayers"): no political act."""
DOMESTIC_TARGET = "+domestic-target"


def calls_for_calm(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with the implied target dropped from an appeal for calm by the governed ("the
    opposition leader called for calm"): such an appeal is made to the public, the supporters and the
    security forces alike, not of the government, and the gold codes it with no target ("Abbas calls
    for restraint"). A state side's appeal for calm is made to its country instead
    (:mod:`newsevents.events.public_appeals`)."""
    out = []
    for e in events:
        if e.cameo.startswith(APPEAL_ROOT) and DOMESTIC_TARGET in e.rule and _asks_calm(trigger_token(doc, e)):
            e = dataclasses.replace(e, target=None, rule=e.rule.replace(DOMESTIC_TARGET, "") + "+calm")
        out.append(e)
    return out


def _asks_calm(tok: Token | None) -> bool:
    """Whether the appeal ``tok`` triggers asks "for" calm, restraint or the like, or for protests."""
    return _asks(tok, CALM_NOUNS | DISSENT_NOUNS)


def asks_for_calm(tok: Token | None) -> bool:
    """Whether the appeal ``tok`` triggers asks for calm, restraint, unity or the like (not for protests)."""
    return _asks(tok, CALM_NOUNS)


def _asks(tok: Token | None, nouns: frozenset[str]) -> bool:
    """Whether the appeal ``tok`` triggers asks "for" (or, as a verb, its object is) one of ``nouns``."""
    if tok is None:
        return False
    return any(lemma_in(a, nouns) for a in fr.prep_objects(tok, {"for"}) + fr.objects(tok))
