"""Rival parties of one country are separate actors.

Coreference joins organisations by their code, so that "the government" and "the cabinet" of one
country are one actor. Every political party of a country has the same code (``USAPTY``,
``TZAPTY``), so "Republicans accused Democrats", "Chadema accused the CCM" made one actor of both
sides, and the act between them was dropped as an actor acting on itself. A party named by its
own name (rule ``org``) is one actor per name; its aliases ("GOP", "Republicans") are read to the
same name by the lexicon, and descriptions ("the party") are joined by their own rules.
"""

from __future__ import annotations

from newsevents.actors.coding import Coded
from newsevents.nlp.docview import norm
from newsevents.records import ActorMention

#: The sector of political parties, all of which share their country's code.
PARTY_SECTOR = "PTY"


def party_key(coded: Coded, name: str) -> str:
    """The part of an organisation's coreference key that tells named parties apart: the party's
    name for a party named as such, else nothing."""
    if coded.rule == "org" and coded.sector == PARTY_SECTOR:
        return f":{norm(name)}"
    return ""


def distinct_parties(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions of one code are two parties, each named by its own name."""
    return (a.entity >= 0 and b.entity >= 0 and a.entity != b.entity and a.sector == b.sector == PARTY_SECTOR
            and a.rule == b.rule == "org")
