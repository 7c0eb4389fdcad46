"""General event forms the frame rules left half done (session 11):

- **One act, one dyad** (:func:`without_place_twins`): "Police arrested protesters in Harare and
  Bulawayo" parses "Bulawayo" as a conjunct of the place in the target's phrase, so one trigger
  codes the police against "protesters in Harare" (ZWECVL) and again against the bare place
  "Bulawayo" (ZWE): the second is the same act against the same country, told by a place name. A
  bare place side is dropped beside an event of the same trigger, code and countries
  whose actor on that side says more (a sector).
- **Attackers on the verb** (:func:`undergo_verb`): "came under fire from militants" is often parsed
  with "from militants" on "came", not on "fire"; the noun's "from"/"by" slot reads it there too.
- **Health workers' strike threats** (:func:`health_strike_target`): "Kenyan doctors threatened a
  nationwide strike" is a threat of dissent (133) aimed at the doctors' own country, as a teachers'
  or workers' is; doctors and nurses carry the health sector (HLH), which is no crowd sector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events.combat import under_attack
from newsevents.events.home_actors import home_country
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.emit import Found

PROTEST_THREAT = "133"
HEALTH = "HLH"
PLACE_KIND = "entity"


def _bare(actor: ActorMention | None) -> bool:
    """Whether a side is only a place of a country, coded by the events step from the name alone
    (kind ``entity``: "Bulawayo" -> ZWE). A country named as such ("condemned Zimbabwe and the
    Zimbabwean opposition") is a side of its own."""
    return actor is not None and actor.kind == PLACE_KIND and bool(actor.country) and actor.sector is None \
        and actor.code == actor.country


def _fuller(actor: ActorMention | None, other: ActorMention | None) -> bool:
    """Whether ``other`` names the side ``actor`` names at least as fully, in the same country."""
    if actor is None or other is None:
        return actor is other
    if actor.country != other.country:
        return False
    return actor.code == other.code or (_bare(actor) and not _bare(other))


def without_place_twins(found: list[Found]) -> list[Found]:
    """``found`` without an event that repeats another of the same trigger and code between the
    same countries with a bare country or place for one of its sides ("arrested protesters in
    Harare and Bulawayo": one act against Zimbabweans, not a second against Zimbabwe)."""
    by_trigger: dict[tuple[int, str], list[Found]] = {}
    for f in found:
        by_trigger.setdefault((f.match.token.i, f.cameo), []).append(f)
    drop: set[int] = set()
    for group in by_trigger.values():
        if len(group) < 2:
            continue
        for f in group:
            if not (_bare(f.source) or _bare(f.target)):
                continue
            if any(g is not f and id(g) not in drop and _fuller(f.source, g.source) and _fuller(f.target, g.target)
                   and (f.source, f.target) != (g.source, g.target) for g in group):
                drop.add(id(f))
    return [f for f in found if id(f) not in drop]


def health_strike_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country health workers' untargeted threat of a strike or protest is aimed at: their own
    ("Kenyan doctors threatened a nationwide strike"), as for any crowd's (events/implied.py)."""
    if code != PROTEST_THREAT or source is None or source.sector != HEALTH or not source.country:
        return None
    return home_country(source)


def undergo_verb(tok: Token, slot: str) -> list[Token]:
    """The verb of "came under fire *from* X" as a host of the noun's "from"/"by" slot: the parser
    hangs the attacker's phrase on "came" as often as on "fire"."""
    if slot not in ("from", "by"):
        return []
    verb = under_attack(tok)
    return [verb] if verb is not None else []
