"""A bare "Congress" is the legislature of the story's country, not always the US Congress.

The dictionaries code "Congress" as the US Congress (USALEG), which it is in most English news.
Yet Colombia, Peru, the Philippines, Brazil, Mexico, Guatemala and others have a congress too,
and a story from one of them writes "Congress" alone for its own. So an actor that the text
names only "Congress" (no "U.S.", no country's name) is re-read from the story: its principal
countries, counted without that actor (whose USA would vote for itself), choose it; a dateline
of a congress country decides it earlier, as the phrase is found. A story
about one country that has a congress gives that country; a US story, or one about countries
without a congress (an Iran story mentioning the US Congress), keeps USA; a story about two
congress countries, neither the US, leaves it without a country rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsevents.nlp.sentences import sentence_of
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
#: Names the US in a sentence: a bystander given USA by the sentence's "Congress" keeps it then.
Countries = Callable[[str], list[str]]


def _bare(actor: Actor, own: list[ActorMention]) -> bool:
    """Whether the US Congress actor is named only "Congress" (pronouns and anaphors aside)."""
    if actor.code != "USALEG" or actor.text.lower() not in BARE:
        return False
    named = [m for m in own if not m.rule.startswith("coref")]
    return bool(named) and all(m.text.lower() in BARE for m in named)


def dateline_congress(doc: Doc, start: int, end: int, code: str | None) -> str | None:
    """The code of a bare "Congress" under a dateline of another congress country ("LIMA, Peru -
    ... Congress"), decided as the phrase is found, before its USA would place its sentence's
    bare agents ("opponents in Congress", "the president") in the US; else ``None``."""
    if code != "USALEG":
        return None  # asked of every phrase found: the story (a Doc extension) only for Congress
    story = doc._.ne_story
    if story is None or story.country in (None, "USA"):
        return None
    if doc[start:end].text.lower() not in BARE:
        return None
    return CONGRESS_CODES.get(story.country)


def _choose(principal: list[str]) -> str | None:
    """The code the story's principal countries give a bare "Congress" (``None``: no country)."""
    if not principal or "USA" in principal:
        return "USALEG"
    homes = [c for c in principal if c in CONGRESS_CODES]
    if not homes:
        return "USALEG"  # a story about other countries mentioning Congress means Washington's
    return CONGRESS_CODES[homes[0]] if len(homes) == 1 else None


def _placed_by(doc: Doc, congress: ActorMention, actors: list[Actor], mentions: list[ActorMention],
               countries: Countries, code: str | None) -> None:
    """Move the bare agents that the sentence's "Congress" placed in the US ("opponents in
    Congress") with it, unless the sentence names the US otherwise."""
    sent = sentence_of(doc[congress.start])
    if "USA" in countries(sent.text):
        return
    country = code[:3] if code else None
    for m in mentions:
        if m.rule == "context-country" and m.country == "USA" and sent.start <= m.start < sent.end:
            m.country, m.code = country, (country or "") + (m.sector or "") or None
            actor = actors[m.entity] if 0 <= m.entity < len(actors) else None
            if actor is not None and actor.country == "USA" and actor.span == (m.start_char, m.end_char):
                actor.country, actor.code = country, (country or "") + (actor.sector or "") or None
                actor.country_rule = "story" if country else None


def _placed_here(doc: Doc, mention: ActorMention, sents: set[int]) -> bool:
    """Whether a mention got USA from a sentence of the bare "Congress" ("opponents in Congress"):
    it would vote for the US Congress as the Congress's own mentions would."""
    return mention.rule == "context-country" and mention.country == "USA" \
        and sentence_of(doc[mention.start]).start in sents


def rehome_bare_congress(doc: Doc, actors: list[Actor], mentions: list[ActorMention], principal: Principal,
                         countries: Countries, warnings: list[str]) -> bool:
    """Recode each bare "Congress" by the story's country; whether any actor changed."""
    changed = False
    for index, actor in enumerate(actors):
        own = [m for m in mentions if m.entity == index]
        if not _bare(actor, own):
            continue
        sents = {sentence_of(doc[m.start]).start for m in own}
        others = [m for m in mentions if m.entity != index and not _placed_here(doc, m, sents)]
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
            _placed_by(doc, m, actors, mentions, countries, code)
        changed = True
    return changed
