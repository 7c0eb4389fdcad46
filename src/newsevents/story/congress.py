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

"Congress" is found with its size or its holders too ("the 128-member Congress", "Congress
presidents"), and a few other bodies the dictionaries give one country are read the same way
(:data:`SHARED_BODIES`: "the Foreign Office" of a Pakistani story is Pakistan's, session 27).
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
#: Other bodies the dictionaries give one country (their first value) that several countries
#: call by that name (the second): Pakistan's and Germany's "Foreign Office", Nigeria's or the
#: Philippines' "House of Representatives", Canada's "House of Commons" (session 27).
SHARED_BODIES: dict[str, tuple[str, dict[str, str]]] = {
    "congress": ("USALEG", CONGRESS_CODES),
    "foreign office": ("GBRGOV", {c: c + "GOV" for c in ("GBR", "PAK", "DEU", "BGD")}),
    "house of commons": ("GBRLEG", {c: c + "LEG" for c in ("GBR", "CAN")}),
    "house of representatives": ("USALEG", {c: c + "LEG" for c in (
        "USA", "AUS", "NZL", "NGA", "PHL", "JPN", "COL", "IDN", "THA", "MYS", "LBR", "FJI", "JAM", "EGY",
        "LBY", "MAR", "JOR", "NLD", "MLT", "CYP", "URY", "NPL", "BLZ", "TTO", "BHS", "BRB")}),
}
#: The texts of a bare mention (lowercased).
BARE = frozenset({"congress", "the congress"})
#: The dictionaries' codes of the shared bodies.
DEFAULT_CODES = frozenset(default for default, _ in SHARED_BODIES.values())
#: Words around "Congress" that name no country: a determiner, its size ("the 128-member
#: Congress"), and (as the role the dictionaries gave the phrase) its holders ("Congress presidents").
SIZE_WORDS = frozenset({"the", "a", "its", "member", "members", "-", "seat"})

Principal = Callable[[list[ActorMention]], list[str]]
#: Names the US in a sentence: a bystander given USA by the sentence's "Congress" keeps it then.
Countries = Callable[[str], list[str]]


def shared_body(text: str, role: str | None = None) -> str | None:
    """The shared body a phrase names alone (a key of :data:`SHARED_BODIES`): "the Congress", "the
    128-member Congress", with the phrase's ``role`` "Congress presidents", "the Foreign Office";
    ``None`` for "the U.S. Congress", "Peru's Congress" or any other phrase."""
    words = text.lower().replace("-", " - ").split()
    rest = " ".join(w for w in words if w not in SIZE_WORDS and not w.isdigit()
                    and w not in (role or "").lower().split())
    return rest if rest in SHARED_BODIES else None


def bare_text(text: str, role: str | None = None) -> bool:
    """Whether a phrase names only "Congress" (see :func:`shared_body`)."""
    return shared_body(text, role) == "congress"


def _bare(actor: Actor, own: list[ActorMention]) -> str | None:
    """The shared body the actor is named only by (pronouns and anaphors aside), while it has the
    dictionaries' country; else ``None``."""
    body = shared_body(actor.text, actor.role)
    if body is None or actor.code != SHARED_BODIES[body][0]:
        return None
    named = [m for m in own if not m.rule.startswith("coref")]
    return body if named and all(shared_body(m.text, actor.role) == body for m in named) else None


def dateline_congress(doc: Doc, start: int, end: int, code: str | None, role: str | None = None) -> str | None:
    """The code of a bare "Congress" under a dateline of another congress country ("LIMA, Peru -
    ... Congress"), decided as the phrase is found, before its USA would place its sentence's
    bare agents ("opponents in Congress", "the president") in the US; else ``None``."""
    if code not in DEFAULT_CODES:
        return None  # asked of every phrase found: the story (a Doc extension) only for these
    story = doc._.ne_story
    if story is None or story.country is None:
        return None
    body = shared_body(doc[start:end].text, role)
    if body is None or SHARED_BODIES[body][0] != code or story.country == code[:3]:
        return None
    return SHARED_BODIES[body][1].get(story.country)


def _choose(principal: list[str], body: str = "congress") -> str | None:
    """The code the story's principal countries give a bare "Congress" or another shared body
    (``None``: no country)."""
    default, codes = SHARED_BODIES[body]
    if not principal or default[:3] in principal:
        return default
    homes = [c for c in principal if c in codes]
    if not homes:
        return default  # a story about other countries mentioning Congress means Washington's
    return codes[homes[0]] if len(homes) == 1 else None


def _named_body(actors: list[Actor], index: int, body: str) -> str | None:
    """The code of the one body of that name the story names with its country ("Ecuador's
    Congress", "the Congress of Bolivia"), when that is not the dictionaries' country: a bare
    "Congress" a sentence later is that one, in a country the table of congresses may not list;
    ``None`` when the story names none, several, or the dictionaries' own ("the U.S. Congress")."""
    default = SHARED_BODIES[body][0]
    named = [a for i, a in enumerate(actors) if i != index and a.code and a.country
             and a.kind != "person" and a.code == a.country + default[3:] and body in a.text.lower()
             and shared_body(a.text, a.role) is None]
    codes = {a.code for a in named}
    if len(codes) != 1 or default in codes:  # "the U.S. Congress" named too: no choice made here
        return None
    return codes.pop()


def _placed_by(doc: Doc, congress: ActorMention, actors: list[Actor], mentions: list[ActorMention],
               countries: Countries, code: str | None, default: str = "USA") -> None:
    """Move the bare agents that the sentence's "Congress" placed in the US ("opponents in
    Congress") with it, unless the sentence names the US (the body's ``default`` country) otherwise."""
    sent = sentence_of(doc[congress.start])
    if default in countries(sent.text):
        return
    country = code[:3] if code else None
    for m in mentions:
        if m.rule == "context-country" and m.country == default and sent.start <= m.start < sent.end:
            m.country, m.code = country, (country or "") + (m.sector or "") or None
            actor = actors[m.entity] if 0 <= m.entity < len(actors) else None
            if actor is not None and actor.country == default and actor.span == (m.start_char, m.end_char):
                actor.country, actor.code = country, (country or "") + (actor.sector or "") or None
                actor.country_rule = "story" if country else None


def _placed_here(doc: Doc, mention: ActorMention, sents: set[int], default: str = "USA") -> bool:
    """Whether a mention got USA from a sentence of the bare "Congress" ("opponents in Congress"):
    it would vote for the US Congress as the Congress's own mentions would."""
    return mention.rule == "context-country" and mention.country == default \
        and sentence_of(doc[mention.start]).start in sents


def rehome_bare_congress(doc: Doc, actors: list[Actor], mentions: list[ActorMention], principal: Principal,
                         countries: Countries, warnings: list[str]) -> bool:
    """Recode each bare "Congress" by the story's country; whether any actor changed."""
    changed = False
    for index, actor in enumerate(actors):
        own = [m for m in mentions if m.entity == index]
        if (body := _bare(actor, own)) is None:
            continue
        default = SHARED_BODIES[body][0]
        sents = {sentence_of(doc[m.start]).start for m in own}
        others = [m for m in mentions if m.entity != index and not _placed_here(doc, m, sents, default[:3])]
        code = _named_body(actors, index, body) or _choose(principal(others), body)
        if code == default:
            continue
        country, sector = (code[:3], code[3:]) if code else (None, default[3:])
        if code is None:
            warnings.append(f"{actor.text!r} has no country: the story names two countries with a {body}")
        actor.code, actor.country, actor.sector = code or sector, country, sector
        actor.country_rule = "story" if country else None
        for m in own:
            m.code, m.country, m.sector = code or sector, country, sector
            _placed_by(doc, m, actors, mentions, countries, code, default[:3])
        changed = True
    return changed
