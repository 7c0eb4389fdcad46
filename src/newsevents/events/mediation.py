"""Mediation told by helping the sides negotiate: "Egypt helped negotiate a truce between Israel
and Hamas".

CAMEO's verb dictionary lists HELP * NEGOTIATE under mediation (045), as it lists BROKER and
MEDIATE: whoever helps two sides negotiate stands between them. "Helped broker" already codes
(``broker`` is a mediation trigger of its own), but ``negotiate`` is the sides' own act (046, with
its partner in "with"), so under "help" it coded nothing or the helper as a side.
:func:`helped_negotiation` reads the infinitive under a verb of helping as the
``consult.help_negotiate`` pattern (045 from the helper, the subject of "help", to each side named
in a "between" phrase). Without such a phrase it leaves the word to its own patterns ("helped
negotiate with the rebels" keeps the helper a side), since a mediation names both sides.

The other forms of CAMEO's ACT AS &NEGOTIATOR ("acted as mediator between", "served as a
go-between for", "played a mediating role between") are plain patterns (``consult.act_as_mediator``,
``consult.mediation_role`` in patterns.yaml).

A mediation is also told by a participle joined to its mediator by a hyphen, on the noun of the
act mediated: "EU-mediated talks between Serbia and Kosovo", "the Egyptian-brokered truce"
(session 25: seen in four fresh stories, where it coded nothing: the participle has no subject).
:func:`prefixed_mediation` reads it as ``consult.mediated_noun``: 045 from the prefix's actor to
each side named "between" on the noun, or, with none, to the sides of the latest mutual act the
noun refers back to (``anaphora._mediated_parties``). A prefix that names no actor ("closely
mediated", "well-brokered") codes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.clause_marks import negated
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import NOUN_POS, Match
from newsevents.events.patterns import Lexicon

HELP_NEGOTIATE_PATTERN = "_help_negotiate"
# Verbs of helping whose infinitive names the act helped ("helped negotiate", "assisted in negotiating").
HELP_VERBS = frozenset({"help", "assist"})
NEGOTIATE = "negotiate"
# How the helped infinitive hangs on its verb ("helped negotiate", "helped to negotiate").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
SIDES_PREP = "between"
MEDIATED_NOUN_PATTERN = "_mediated_noun"
# Participles of mediating whose hyphenated prefix names the mediator ("EU-mediated", "US-brokered").
MEDIATING_PARTICIPLES = frozenset({"mediate", "mediated", "broker", "brokered"})
# How the parser hangs the prefix on the participle ("EU" npadvmod, "Kenyan" advmod, "UN" compound).
PREFIX_DEPS = frozenset({"npadvmod", "advmod", "compound", "nmod", "amod"})
HYPHEN = "-"


@gated(Gate(pos=VERBS, deps=COMPLEMENT_DEPS, words=frozenset({NEGOTIATE})))
def helped_negotiation(tok: Token, lex: Lexicon) -> Match | None:
    """"Helped (to) negotiate X between A and B": the helper mediates between A and B."""
    if tok.lemma_.lower() != NEGOTIATE or tok.dep_ not in COMPLEMENT_DEPS \
            or tok.head.lemma_.lower() not in HELP_VERBS:
        return None
    if not any(t.lower_ == SIDES_PREP and t.dep_ == "prep" for t in tok.subtree):
        return None  # "helped negotiate with the rebels": no two sides, the word's own patterns read it
    patterns = lex.for_token("verb", HELP_NEGOTIATE_PATTERN)
    return Match(tok, patterns[0]) if patterns else None


@gated(Gate(deps=frozenset({"amod"}), words=MEDIATING_PARTICIPLES))
def prefixed_mediation(tok: Token, lex: Lexicon) -> Match | None:
    """"EU-mediated talks", "a US-brokered ceasefire": the prefix mediates the noun's act (not when
    the noun itself is denied: "there were no EU-mediated talks")."""
    if tok.dep_ != "amod" or tok.head.pos_ not in NOUN_POS or not mediator_prefix(tok) \
            or tok.lower_ not in MEDIATING_PARTICIPLES or negated(tok.head):
        return None
    patterns = lex.for_token("verb", MEDIATED_NOUN_PATTERN)
    return Match(tok, patterns[0], theme=tok.head) if patterns else None


def mediator_prefix(participle: Token) -> list[Token]:
    """The words a hyphen joins to a participle before it ("*EU*-mediated", "*African Union*-brokered":
    the head of the prefix); none when no hyphen stands right before the participle, or when the
    prefix is the tail of a name the parser ran on from words before it ("*Delegations to African
    Union*-mediated talks", one misread name: its actor would be the delegations)."""
    if participle.i < 2 or participle.doc[participle.i - 1].text != HYPHEN:
        return []
    return [c for c in participle.children if c.dep_ in PREFIX_DEPS and c.i < participle.i - 1
            and _name_start(c) >= c.left_edge.i]


def _name_start(token: Token) -> int:
    """Where the named entity ``token`` is in begins (``token`` itself when it is in none)."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start
