"""A bare "Congress" is the legislature of the story's country, not always the US Congress.

The dictionaries code "Congress" as the US Congress (USALEG), which it is in most English news.
Yet Colombia, Peru, the Philippines, Brazil, Mexico, Guatemala and others have a congress too,
and a story from one of them writes "Congress" alone for its own. So an actor that the text
names only "Congress" (no "U.S.", no country's name) is re-read from the story: its principal
countries, counted without that actor (whose USA would vote for itself), choose it. A story
about one country that has a congress gives that country; a US story, or one about countries
without a congress (an Iran story mentioning the US Congress), keeps USA; a story about two
congress countries, neither the US, leaves it without a country rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable

from newsevents.records import Actor, ActorMention

#: The countries whose national legislature is called "Congress" in English news, and the code
#: its bare name takes there (India's "Congress" is the party, not the parliament).
CONGRESS_CODES = {
    "USA": "USALEG", "COL": "COLLEG", "PER": "PERLEG", "PHL": "PHLLEG", "BRA": "BRALEG",
    "MEX": "MEXLEG", "ARG": "ARGLEG", "CHL": "CHLLEG", "GTM": "GTMLEG", "HND": "HNDLEG",
    "PRY": "PRYLEG", "DOM": "DOMLEG", "FSM": "FSMLEG", "IND": "INDPTY",
}
#: The texts of a bare mention (lowercased).
BARE = frozenset({"congress", "the congress"})

Principal = Callable[[list[ActorMention]], list[str]]


def _bare(actor: Actor, own: list[ActorMention]) -> bool:
    """Whether the US Congress actor is named only "Congress" (pronouns and anaphors aside)."""
    if actor.code != "USALEG" or actor.text.lower() not in BARE:
        return False
    named = [m for m in own if not m.rule.startswith("coref")]
    return bool(named) and all(m.text.lower() in BARE for m in named)


def _choose(principal: list[str]) -> str | None:
    """The code the story's principal countries give a bare "Congress" (``None``: no country)."""
    if not principal or "USA" in principal:
        return "USALEG"
    homes = [c for c in principal if c in CONGRESS_CODES]
    if not homes:
        return "USALEG"  # a story about other countries mentioning Congress means Washington's
    return CONGRESS_CODES[homes[0]] if len(homes) == 1 else None


def rehome_bare_congress(actors: list[Actor], mentions: list[ActorMention], principal: Principal,
                         warnings: list[str]) -> bool:
    """Recode each bare "Congress" by the story's country; whether any actor changed."""
    changed = False
    for index, actor in enumerate(actors):
        own = [m for m in mentions if m.entity == index]
        if not _bare(actor, own):
            continue
        others = [m for m in mentions if m.entity != index]
        code = _choose(principal(others))
        if code == "USALEG":
            continue
        country, sector = (code[:3], code[3:]) if code else (None, "LEG")
        if code is None:
            warnings.append(f"{actor.text!r} has no country: the story names two countries with a congress")
        actor.code, actor.country, actor.sector = code or sector, country, sector
        actor.country_rule = "story" if country else None
        for m in own:
            m.code, m.country, m.sector = code or sector, country, sector
        changed = True
    return changed
