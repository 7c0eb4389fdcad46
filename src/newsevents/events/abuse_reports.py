"""Reports of state violence by those who watch the state: an accusation, not plain news.

"Rights groups said the police had shot dead dozens of protesters", "the opposition leader said
soldiers killed civilians in the north": a human rights body or the opposition that reports an
assault by the state's own forces on unarmed people accuses those forces (CAMEO 112, by the act
1121-1124), as trained coders code it; the assault itself is still coded as reported speech.
Such reports come late in a story, after the lead has told the violence itself, and are among
its key events.

:func:`newsevents.events.allegations.victim_report` covers a side reporting an attack on itself
and the two armed sides of a civil war; this module adds the watchdogs, which are neither. A
report of fighting between the state and armed men ("the opposition said troops killed five
rebels") is war news, not an accusation; so is a report of a lone attacker ("gunmen"), and of an
act whose doer is the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.allegations import (
    LONE_DOERS,
    VICTIM_PATTERN,
    VICTIM_ROOT,
    _act_root,
    _doers,
    act_targets,
    alleged_acts,
)
from newsevents.events.clause_marks import modal_of, negated
from newsevents.events.coordination import conjuncts
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

PATTERN_ID = "accuse.abuse_report"
# Who watches the state: rights and other non-governmental bodies, and the opposition.
WATCHDOG_SECTORS = frozenset({"NGO", "OPP", "HRI"})
# The state's own forces, whose violence against the unarmed is an abuse.
STATE_FORCES = frozenset({"COP", "MIL", "SPY"})
# Victims that make the act fighting, not abuse: armed men on either side.
ARMED_SECTORS = frozenset({"REB", "INS", "MIL", "COP", "SPY", "SEP"})


def abuse_report(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """A report verb ("said", "told") whose speaker is a watchdog and whose that-clause tells an
    assault (root 18 or above, or a rights abuse such as torture) by state forces on no armed
    victim: the ``accuse.abuse_report`` pattern (a ``_victim`` frame: an accusation of the doer),
    with the act as its theme; else ``None``."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("report_verbs")) \
            or not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    speaker = fr.subject(tok)
    speakers = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
    if not speakers or not all(_watchdog(m) for m in speakers):
        return None
    for act in alleged_acts(tok, lex):
        if _assault(act, lex) and _abuse(act, speakers, index):
            own = [p for p in lex.for_token("verb", VICTIM_PATTERN) if p.id == PATTERN_ID]
            return Match(tok, own[0], act) if own else None
    return None


def _assault(act: Token, lex: Lexicon) -> bool:
    """Whether ``act`` is an assault (root 18 or above) or a named rights abuse ("tortured")."""
    return (_act_root(act, lex) or 0) >= VICTIM_ROOT or fr.has_lemma(act, lex.word_list("rights_nouns"))


def _watchdog(mention: ActorMention) -> bool:
    return mention.sector in WATCHDOG_SECTORS or (mention.code or "").startswith("NGO")


def _abuse(act: Token, speakers: list[ActorMention], index: MentionIndex) -> bool:
    """Whether ``act`` is reported as done, by state forces only, none of them the speaker, to no armed victim."""
    verb = act if act.pos_ in VERB_POS else fr.clause_verb(act)
    if modal_of(verb) is not None or negated(verb):
        return False  # "police might beat them", "did not shoot": nothing reported as done
    doers = _doers(act, index)
    if not doers or not all(d.sector in STATE_FORCES for d in doers):
        return False
    if any(word in LONE_DOERS for d in doers for word in d.text.lower().split()[-1:]):
        return False
    if {d.entity for d in doers if d.entity >= 0} & {s.entity for s in speakers if s.entity >= 0}:
        return False
    victims = actors_of(act_targets(act), index, set())
    return not any(v.sector in ARMED_SECTORS for v in victims)
