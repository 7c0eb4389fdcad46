"""Restraint: prisoners freed in a raid are broken out, not released.

A release (0841) is a concession by whoever holds the people freed. A crowd or an armed group
that storms a prison, a police post or a town hall and frees the prisoners held there holds none
of them: "the Taliban freed 384 prisoners in an attack on the jail", "protesters took over the
mayor's office, releasing some 2,000 prisoners". That is a jailbreak, an attack on the state
that held them, which the attack's own trigger codes; the "release" codes nothing.

The rule reads word classes, not wording: a release (i) whose doers are all outside the state
(crowds, rebels, insurgents, militants, criminals, the opposition), (ii) of people named by a
prisoner noun (prisoners, inmates, detainees, convicts: held by a state), (iii) in a sentence
that names an assault on a place (attack, raid, storm, overrun, seize, take over, jailbreak).
Rebels freeing their own hostages or captured soldiers keep their release: the hostage nouns
are not prisoner nouns, and no raid need be named.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.nlp.hyphenated import lemma_in
from newsevents.records import ActorMention

RELEASE_CODE = "0841"
# Sectors that hold no state prisoners: whoever of them frees prisoners breaks them out.
NON_STATE_SECTORS = frozenset({"CVL", "INS", "REB", "SEP", "OPP", "CRM", "LAB", "EDU", "REL"})
# People a state holds (a rebel's captives are "hostages" or "captives", not these).
PRISONER_NOUNS = frozenset({"prisoner", "inmate", "detainee", "convict"})
# Assaults on a place: the words that make a freeing a breakout.
ASSAULT_LEMMAS = frozenset({"attack", "raid", "assault", "storm", "overrun", "seize", "jailbreak", "breakout",
                            "break-out"})
TAKE_OVER = ("take", "over")


def jailbreak(tok: Token, code: str, sources: Sequence[ActorMention]) -> bool:
    """Whether the release at ``tok`` frees state prisoners in a raid by non-state doers."""
    if code != RELEASE_CODE or not sources or not all(s.sector in NON_STATE_SECTORS for s in sources):
        return False
    if not any(o.lemma_.lower() in PRISONER_NOUNS for o in fr.objects(tok)):
        return False
    return _names_assault(tok)


def _names_assault(tok: Token) -> bool:
    """Whether the trigger's sentence names an assault on a place ("in an attack", "stormed the
    jail", "after taking over the mayor's office")."""
    for word in tok.sent:
        lemma = word.lemma_.lower()
        if lemma_in(word, ASSAULT_LEMMAS):
            return True
        if lemma == TAKE_OVER[0] and any(c.dep_ == "prt" and c.lower_ == TAKE_OVER[1] for c in word.children):
            return True
    return False
