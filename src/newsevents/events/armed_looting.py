"""Looting by armed men is no riot.

The verbs of a riot (``protest.riot``: "riot", "rampage", "loot") code a crowd's violence (145).
Armed men who loot are no crowd: "Boko Haram raiders looted homes and shops", "gunmen ... torched
homes after looting food supplies", "the attackers ... made no attempt to loot" tell part of an
armed attack (or of none), not a protest. The pattern ``protest.riot_armed`` already takes the
verb away from soldiers, militants and rebels who are its grammatical subject; it misses a doer
that the dictionaries code as an armed group (a bare "Boko Haram"), a doer noun it does not list,
and the doer of a verb with no subject of its own, which is the subject of the clause it hangs on
("gunmen torched homes after looting", "the attackers made no attempt to loot"). Such an event is
dropped, and said in a warning. Seen on three fresh stories of session 21 (Nigeria); the `dev`
gold has no looting riot.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.unattributed import left_out_warning
from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event

RIOT_RULE = "protest.riot"
LOOTING = frozenset({"loot", "plunder", "pillage", "rampage"})
"""Verbs of the riot pattern that armed men do as often as crowds."""
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})
"""Sectors of armed forces and armed groups (police stay: police looting is not this case)."""
ARMED_DOERS = frozenset({
    "attacker", "assailant", "raider", "gunman", "militant", "insurgent", "rebel", "fighter", "jihadist",
    "extremist", "terrorist", "bandit", "militia", "militiaman", "guerrilla", "soldier", "troop", "army",
})
"""Nouns that name armed men as the doer of a looting."""


def _controller(tok: Token) -> Token | None:
    """Who does the act of a verb that has no subject of its own: the subject of the clause it hangs
    on, directly ("torched homes after looting") or through a noun ("made no attempt to loot")."""
    own = fr.subject(tok)
    if own is not None:
        return own
    head = tok.head
    if tok.dep_ == "pcomp":  # "after looting": the gerund hangs on the preposition
        head = head.head
    elif tok.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj", "attr"):
        head = head.head  # "made no attempt to loot": the noun is the object of the clause's verb
    if head is tok or head.pos_ not in ("VERB", "AUX"):
        return None
    return fr.subject(head)


def armed_doer(tok: Token) -> bool:
    """Whether the doer of ``tok`` (its subject, or its controller) is named by an armed noun."""
    doer = _controller(tok)
    if doer is None:
        return False
    words = {doer.lemma_.lower(), *(c.lemma_.lower() for c in doer.children if c.dep_ in ("compound", "amod"))}
    return bool(words & ARMED_DOERS)


def split_armed_looting(doc: Doc, events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less the riots (145) of a looting verb whose source is an armed force or group or
    whose doer is named by an armed noun, and a warning for each event left out."""
    kept: list[Event] = []
    warnings: list[str] = []
    for e in events:
        if e.cameo == codebook.RIOT and e.rule_pattern() == RIOT_RULE:
            tok = trigger_token(doc, e)
            if tok is not None and tok.lemma_.lower() in LOOTING and (
                    (e.source is not None and e.source.sector in ARMED_SECTORS) or armed_doer(tok)):
                warnings.append(left_out_warning("looting by armed men, not a riot", e))
                continue
        kept.append(e)
    return kept, warnings
