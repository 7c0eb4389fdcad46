"""Frequent forms of violence news that name the attack and its victims in different phrases.

- **The attack that set a toll** (``toll_setting``): "ten soldiers were killed *following an attack
  by* Boko Haram", "four policemen died *after an ambush by* militants": the attack noun sits in a
  phrase of time or setting of a passive or death verb of the toll, and those killed are whom the
  attack hit. ``tolls.victims`` read only "in", "by" and "during"; reports as often say
  "following", "after" or "amid". A place the noun names ("in a Taliban ambush *in Kunduz*") says
  where, not whom: the dead stand before it as the target (``places_only``), and so does the
  owner of a post ("attacked an outpost *in southern Chad*").
- **A bare military post attacked by armed men** (``bare_post_sector``): "rebels attacked an
  outpost", "militants overran a base in northern Mali": a post that names no owner is the
  army's when the attackers are armed men outside the state (rebels, insurgents, militias,
  separatists, gunmen), as news of such attacks always means; the country is the place's
  (``implied_actors.installation_owner`` finds it).
- **A battle is fought by armed sides** (``unarmed_battle``): a bare "battle" or "combat"
  (pattern ``fight.battle_noun``: "battles broke out between troops and militants", "killed in a
  battle with rebels") is an act of force only when every side it names is armed: "the battle
  between the president and parliament" is a political contest and codes nothing. As a mere
  setting ("following battles between ...") it codes only beside a toll ("killed in a battle").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.attributes import placelike
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.records import ActorMention

# Prepositions that set an act before or around a toll ("killed following an attack by X").
TOLL_SETTING_PREPS = frozenset({"in", "by", "during", "following", "after", "amid", "amidst"})
# Posts of an army that need no owner word: a police station, a compound or a position may be anyone's.
MILITARY_POSTS = frozenset({"outpost", "base", "barracks", "garrison", "convoy", "patrol", "checkpoint", "post"})
# Armed men outside the state, whose attack on a bare post is an attack on the army.
IRREGULAR_SECTORS = frozenset({"REB", "INS", "UAF", "SEP"})
ARMY = "MIL"
# Who can fight a battle: forces, police, armed men and gangs.
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP", "CRM"})
BATTLE_PATTERN = "fight.battle_noun"


def toll_setting(tok: Token) -> Token | None:
    """The toll verb an attack noun (or gerund) is the setting of: "killed *following* an attack",
    "died *after* an ambush", "were wounded *amid* shelling"; ``None`` when it is none."""
    if tok.dep_ not in ("pobj", "pcomp"):
        return None
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in TOLL_SETTING_PREPS:
        return None
    return prep.head


def places_only(match: Match, targets: list[ActorMention]) -> bool:
    """Whether every target of a violent act is a place its phrase names ("an ambush *in Kunduz*",
    "attacked an outpost *in southern Chad*"), which the victims of its toll or the owner of the
    post it hit, if any, should replace."""
    if not targets or not codebook.is_violence(match.pattern.cameo):
        return False
    doc = match.token.doc
    return all(placelike(doc[t.start]) for t in targets)


def bare_post_sector(post: Token, sources: list[ActorMention]) -> str | None:
    """The sector of an attacked post that names no owner: the army's when its attackers are all
    armed men outside the state ("insurgents attacked an outpost"); ``None`` otherwise (troops
    attacking "a base" may attack the enemy's)."""
    if post.lemma_.lower() not in MILITARY_POSTS or not sources:
        return None
    if all(s.sector in IRREGULAR_SECTORS for s in sources):
        return ARMY
    return None


def unarmed_battle(match: Match, sides: list[ActorMention], lex: Lexicon) -> bool:
    """Whether a bare battle noun is no act of force: it names a side that is not armed ("a battle
    between the president and parliament") or none at all, or it only sets a clause that tells no
    toll ("are near Batticaloa following battles between ..."; "were killed in a battle with" holds)."""
    if match.pattern.id != BATTLE_PATTERN:
        return False
    if match.adjunct and not (match.verb is not None and fr.has_lemma(match.verb, lex.word_list("toll_verbs"))):
        return True
    return not sides or any(s.sector not in ARMED_SECTORS for s in sides)
