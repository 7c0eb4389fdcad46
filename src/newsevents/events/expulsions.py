"""Diplomats sent away by an order, with no verb of expelling: CAMEO 166 (expel or withdraw).

News tells an expulsion as often by what the host tells the envoy to do as by "expel":

- **An order to leave.** "ordered the French ambassador to leave the country", "told 23 British
  diplomats to leave within a week", "gave the envoy 72 hours to leave": a state that orders,
  tells or gives a deadline to another's diplomat to leave expels him (the ``_expel`` pattern,
  aimed at the diplomat). Ordering anyone else to leave ("ordered residents to leave the area",
  "told reporters to leave") is no expulsion of a state's representative and codes nothing here.
- **Persona non grata.** "declared the ambassador persona non grata" is the diplomatic form of
  the same act.

Both are read from the parse around the ordering verb (see :mod:`newsevents.events.constructions`
for constructions of the same kind); the ordered departure itself is not coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon

EXPEL_PATTERN = "_expel"
"""The pattern an order to a diplomat to leave codes by (``sanction.expel_order``)."""
DEPART_VERBS = frozenset({"leave", "depart", "quit", "exit"})
"""What the diplomat is ordered to do: go away (not "to explain", "to attend")."""
DIPLOMAT_SLOTS = ("dobj", "dative", "nsubj", "nsubjpass")
"""Where the diplomat stands: ordered or told (object), given a deadline (dative), declared (subject)."""


@gated(Gate(VERBS, lists=("expel_order_verbs",)))
def expulsion_order(tok: Token, lex: Lexicon) -> Match | None:
    """"ordered the ambassador to leave", "gave the envoy 72 hours to leave", "declared the consul
    persona non grata": a host sending a diplomat away (the ``_expel`` pattern, its theme the
    diplomat). ``None`` for any other order or anyone else ordered to leave."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in lex.word_list("expel_order_verbs"):
        return None
    envoys = lex.word_list("expelled_envoys")
    declared = tok.lemma_.lower() == "declare"
    diplomat = _declared_unwelcome(tok, envoys) if declared else _ordered_to_leave(tok, envoys)
    if diplomat is None:
        return None
    patterns = lex.for_token("verb", EXPEL_PATTERN)
    return Match(tok, patterns[0], diplomat) if patterns else None


def _ordered_to_leave(tok: Token, envoys: frozenset[str]) -> Token | None:
    """The diplomat ``tok`` orders to leave: its object or dative, with a to-infinitive of leaving
    on the verb or on the time it is given ("72 hours to leave")."""
    diplomats = [c for c in tok.children if c.dep_ in ("dobj", "dative") and _envoy(c, envoys)]
    if not diplomats:
        return None
    if any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in tok.children):
        return diplomats[0]  # "ordered the diplomat out of the country"
    hosts = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "npadvmod"))]
    for host in hosts:
        for comp in host.children:
            if comp.dep_ in ("xcomp", "advcl", "ccomp", "relcl", "acl") and comp.lemma_.lower() in DEPART_VERBS \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
                return diplomats[0]
    return None


def _declared_unwelcome(tok: Token, envoys: frozenset[str]) -> Token | None:
    """The diplomat "declared persona non grata": the verb's object, or the subject of "persona"
    where the parser makes the phrase a clause of its own."""
    words = [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj", "attr")]
    if not any(w.lower_ in ("persona", "grata") or any(g.lower_ == "grata" for g in w.subtree) for w in words):
        return None
    for word in [tok, *words]:
        for c in word.children:
            if c.dep_ in DIPLOMAT_SLOTS and _envoy(c, envoys):
                return c
    return None


def _envoy(word: Token, envoys: frozenset[str]) -> bool:
    """A diplomat named by his post ("the ambassador") or by name after his title ("Ambassador John Smith")."""
    return word.lemma_.lower() in envoys or (word.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in envoys for c in word.children))
