"""Forces of an international body: peacekeepers and missions are the body's, not the country they serve in.

A trained coder codes peacekeeping troops by the body that fields them (CAMEO's PEACEKEEPING_TROOPS
is an ``IGO`` agent; "UN peacekeepers" IGOUNO, "AMISOM troops" the AU's). The dictionaries hold
the plain names ("AU peacekeepers", "UNIFIL", "KFOR"); two shapes named the body only as a modifier,
and the bare force noun took the story's country (session 31: "a convoy of African Union
peacekeeping troops" was Somalia's army, a false event and a miss):

- a body on the force noun with words between: "African Union *peacekeeping* troops", "United
  Nations peacekeeping forces" (the parser hangs the body's name on the noun as a compound);
- a force "led" by a body: "NATO-led troops", "the commander of the NATO-led force".

:func:`body_force` codes such a countryless force (or its commander, "of" such a force) as the
body. A force with a country of its own keeps it ("Kenyan troops serving with the AU mission",
as the gold codes them); a country leading a force is read elsewhere ("U.S.-led forces").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.coding import IGO, Coded
from newsevents.actors.served_bodies import found_at, prep_objects

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

FORCE_SECTORS = frozenset({"MIL", "COP"})
"""Sectors of a bare force noun ("troops", "forces", "police") or title ("commander")."""
LED = "led"
"""The participle of "<body>-led": the body before it leads the force."""
NAME_DEPS = frozenset({"compound", "nmod"})
"""How a body's name hangs on the noun it names ("the *AU* peacekeeping troops")."""
LEADER_DEPS = frozenset({"npadvmod", "compound", "nmod", "nsubj"})
"""How the body hangs on "led" in "NATO-led"."""
FORCE_NOUNS = frozenset({"force", "forces", "troops", "mission", "contingent", "peacekeepers", "soldiers",
                         "operation"})
"""Nouns a commander or a force is "of" that name a body's force ("the commander of the NATO-led
*force*", "police officers of the UN *mission*")."""
PLACE_PREP = "in"
RULE = "body-force"


def body_on_noun(finder: Finder, noun: Token) -> str | None:
    """The code of the one international body named on ``noun`` as its modifier ("African Union
    peacekeeping troops") or as its leader ("NATO-led troops"); ``None`` with none."""
    words = [c for c in noun.children if c.i < noun.i and c.dep_ in NAME_DEPS]
    for amod in noun.children:
        if amod.dep_ == "amod" and amod.lower_ == LED and amod.i < noun.i:
            words.extend(c for c in amod.children if c.i < amod.i and c.dep_ in LEADER_DEPS)
    for word in list(words):
        words.extend(c for c in word.children if c.dep_ in NAME_DEPS and c.i < word.i)  # "United Nations"
    codes = set()
    for word in words:
        body = found_at(finder, word)
        if body is not None and body.coded.sector == IGO and body.coded.country is None \
                and body.coded.code and len(body.coded.code) > len(IGO):
            codes.add(body.coded.code)
    return codes.pop() if len(codes) == 1 else None


def _placed_after(head: Token, end: int) -> bool:
    """Whether the phrase's country is only where the force serves, "in <country>" after its noun
    ("peacekeeping forces in Mali"), not whose it is."""
    return head.i + 1 < end and head.doc[head.i + 1].lower_ == PLACE_PREP


def body_force(finder: Finder, found: Found) -> Coded | None:
    """A countryless force named with an international body ("African Union peacekeeping troops",
    "NATO-led troops"), or a countryless commander "of" such a force, as that body's (rule
    ``body-force``); ``None`` otherwise."""
    coded = found.coded
    if coded.sector not in FORCE_SECTORS or found.person_key:
        return None
    head = finder.doc[found.start:found.end].root
    if coded.country is not None and not _placed_after(head, found.end):
        return None  # "Kenyan troops of the AU mission": the contingent's own country
    code = body_on_noun(finder, head)
    if code is None:  # "the commander of the NATO-led force", "police officers of the UN mission"
        forces = [p for p in prep_objects(head, ("of",), after=True) if p.lower_ in FORCE_NOUNS]
        code = next((c for p in forces if (c := body_on_noun(finder, p)) is not None), None)
    if code is None:
        return None
    return Coded(code, None, IGO, coded.kind, RULE, coded.role)
