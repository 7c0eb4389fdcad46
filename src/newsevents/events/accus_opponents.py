"""Who an opponent is: "*Mugabe's main opponent*, Morgan Tsvangirai, accused the president ...".

An argument headed by a noun of opposition (opponent, rival, critic, challenger, foe ...) is never the
actor it opposes: "Mugabe's opponent" is not Mugabe, and "critics of the government" are not the
government. The role finder (:meth:`newsevents.events.roles.MentionIndex.actor`) used to take the
closest coded modifier of the head, so the possessor or the "of" object was read as the accuser,
and the accusation came out aimed by the accused at itself (dropped) or at a third party. An
appositive ("..., Morgan Tsvangirai,") still names the opponent; with none, the argument names no
actor, which is better than the wrong one, unless the one opposed is a person or an office of a
country's rulers: "the president's leading opponent", "Mugabe's critics" are that country's
opposition (OPP), as the real-news gold codes them. A country's rivals ("Russia's rivals") are
foreign and stay unnamed. Accusations are where this matters most: critics and rivals are the
usual accusers.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.events.anchors import OPPONENT_NOUNS
from newsevents.nlp.docview import DocView
from newsevents.records import ActorMention

# Nouns naming someone by whom they oppose: the opponents of events/anchors.py, and rivals.
OPPOSING_ROLES = OPPONENT_NOUNS | {"rival", "challenger", "nemesis", "arch-rival", "archrival", "arch-enemy",
                                   "archenemy"}
# Nouns naming other states by where they lie from the owner: "Japan's neighbours", "the neighbours of
# Iraq" are never Japan or Iraq (left unnamed; the singular is the other of a pair, events/groups.py).
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
# The modifiers that name the one opposed ("Mugabe's opponent", "critics of the government").
OPPOSED_DEPS = frozenset({"poss"})
OPPOSED_PREPS = frozenset({"of"})
# Sectors of those whose opponents are their country's opposition ("the president's opponent").
RULING_SECTORS = frozenset({"GOV", "ELI", "PTY"})
OPPOSITION = "OPP"
# A person's opponents are their country's too, whatever the person's own sector ("Kabila's rivals").
PERSON = "person"


def opposed_modifier(parse: DocView, head: int, child: int) -> bool:
    """Whether ``child`` of the noun ``head`` names whom ``head`` opposes, so cannot be ``head``'s actor."""
    roles = OPPOSING_ROLES | NEIGHBOUR_NOUNS
    if roles.isdisjoint(parse.forms[head]) and parse.lower[head] not in roles:
        return False
    dep = parse.deps[child]
    return dep in OPPOSED_DEPS or (dep == "prep" and parse.lower[child] in OPPOSED_PREPS)


def opponents_at_home(head: Token, mention_at: Callable[[Token], ActorMention | None]) -> ActorMention | None:
    """"the president's leading opponent": the opposition of the ruler's country, placed at ``head``,
    when ``head`` is a noun of opposition whose possessor or "of" object is a person, a ruler, an
    office or a party of a country (``mention_at`` finds the actor a token mentions); else ``None``."""
    if head.lemma_.lower() not in OPPOSING_ROLES and head.lower_ not in OPPOSING_ROLES:
        return None
    opposed = [c for c in head.children if c.dep_ in OPPOSED_DEPS]
    opposed += [o for p in head.children if p.dep_ == "prep" and p.lower_ in OPPOSED_PREPS
                for o in p.children if o.dep_ == "pobj"]
    for tok in opposed:
        ruler = mention_at(tok)
        if ruler is not None and ruler.country and (ruler.sector in RULING_SECTORS or ruler.kind == PERSON):
            return ActorMention(head.i, head.i + 1, head.idx, head.idx + len(head.text), head.text,
                                ruler.country + " opposition", ruler.country + OPPOSITION, ruler.country,
                                OPPOSITION, "group", "opponents-at-home")
    return None
