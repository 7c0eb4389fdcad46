"""Criticism of an armed group the text names only by a description: "condemned the group".

"Al-Shabab fighters seized the town ... [paragraphs on] ... The United Nations condemned the
group": the description is no actor of its own, so the criticism had no target and was left
out. When the earlier events of the article hold exactly one armed group (rebels, insurgents or
separatists with a country), the description stands for it; a lone "suicide bomber" coded as a
bare sector is no group to stand for. With none, or several, nothing is
guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.events.arguments import same_actor
from newsevents.events.clause_marks import DEFINITE_DETERMINERS
from newsevents.events.referents import F, Found
from newsevents.records import ActorMention

# Nouns that describe an armed group after "the" ("the group", "the militants", "the movement").
DESCRIPTIONS = frozenset({"group", "movement", "organization", "organisation", "militia", "militant", "insurgent",
                          "rebel", "faction", "extremist", "jihadist", "insurgency"})
ARMED_SECTORS = frozenset({"REB", "INS", "SEP"})
CRITICISM_ROOT = "11"


def aim_at_described_group(f: Found, earlier: Sequence[F]) -> None:
    """Aim a criticism of "the group" (with no target) at the one armed group of ``earlier``."""
    theme = f.match.theme
    if f.target is not None or f.source is None or f.cameo[:2] != CRITICISM_ROOT or not _description(theme):
        return
    groups: list[ActorMention] = []
    for g in earlier:
        for actor in (g.source, g.target):
            if actor is not None and actor.sector in ARMED_SECTORS and actor.country \
                    and not any(same_actor(actor, seen) for seen in groups):
                groups.append(actor)
    if len(groups) == 1 and not same_actor(groups[0], f.source):
        f.target, f.suffix = groups[0], f.suffix + "+described-group"


def _description(theme: Token | None) -> bool:
    """"the group", "the militants": a definite description noun with nothing naming it."""
    if theme is None or theme.lemma_.lower() not in DESCRIPTIONS:
        return False
    children = list(theme.children)
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep", "appos") for c in children)
