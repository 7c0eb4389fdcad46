"""A role named with a list of places: one actor of that role per place.

"Workers in Greece and Portugal staged protests", "met with leaders in Moscow and Tbilisi",
"farmers from France and Spain blocked roads": the actor step reads the role word with its first
place ("Workers in Greece": Greek workers), and :func:`newsevents.events.roles.coordinated` adds an
actor for each place coordinated with it. That actor was the bare country ("Portugal"), so the
second place's workers became the state of Portugal acting, or, for a city, no actor at all. Each
place of the list names the same role there: Portuguese workers, Georgian leaders, Spanish farmers.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view
from newsevents.places import country_code, town_country
from newsevents.records import ActorMention

ORIGIN_PREPS = frozenset({"in", "from", "of"})
"""Prepositions that give a role word its place: "workers in Greece", "farmers from Spain"."""
PLACE_KINDS = frozenset({"place", "country", "entity"})
"""Kinds of a mention that may stand for a place (a country's name, a town, a named entity)."""
PLACE_LABELS = frozenset({"GPE", "LOC"})
"""Entity labels of a place name the actor step may have read as its government ("Tbilisi")."""
LISTED_PLACE = "+listed-place"
"""Rule suffix of the actor a role names in the second and later places of a list."""


def role_in_listed_place(doc: Doc, place: int, mention: ActorMention,
                         other: ActorMention | None) -> ActorMention | None:
    """The role of ``mention`` in the place ``other`` names, when ``other`` is a bare place
    coordinated with the place token ``place`` that gives ``mention`` its country ("in *Greece*
    and Portugal"); else ``None`` (the caller keeps ``other``)."""
    if other is None or not other.country or other.kind not in PLACE_KINDS:
        return None
    if other.sector and doc[other.start].ent_type_ not in PLACE_LABELS:
        return None  # a body, not a place ("leaders in Moscow and Tbilisi": the capital is a place here)
    if not mention.sector or not mention.country or not mention.code or other.country == mention.country:
        return None
    parse = doc_view(doc)
    head = parse.heads[place]
    if parse.deps[place] != "pobj" or parse.lower[head] not in ORIGIN_PREPS or not mention.start <= head < mention.end:
        return None
    if not mention.code.startswith(mention.country) or _place_country(doc, place) != mention.country:
        return None  # "US soldiers in Iraq and Afghanistan": the role's country is not its place's
    role = mention.code[len(mention.country):]  # "LAB" of "GRCLAB"
    return replace(other, code=other.country + role, sector=mention.sector, kind=mention.kind,
                   name=mention.name, rule=mention.rule + LISTED_PLACE)


def _place_country(doc: Doc, place: int) -> str | None:
    """The country the place name at token ``place`` is in (a country's name or a known town)."""
    ent = doc_view(doc).entity_at(place)
    name = ent.text if ent is not None else doc[place].text
    return country_code(name) or town_country(name)


def listed_place(mention: ActorMention) -> bool:
    """Whether ``mention`` is a role in a listed place (see :func:`role_in_listed_place`): a party,
    though its words are a place name after "in" ("leaders in Moscow and *Tbilisi*")."""
    return mention.rule.endswith(LISTED_PLACE)


def outside_doers(tokens: list[int], sources: list[ActorMention]) -> list[int]:
    """``tokens`` less those inside the phrase of a doer named with a list of places ("workers in
    Greece and Portugal"): that place is where those doers are, each of its own country, not where
    the act is aimed (a doer of one place keeps reading its place as the act's)."""
    listed = [s for s in sources if listed_place(s)]
    if not listed:
        return tokens
    return [i for i in tokens if not any(s.start <= i < s.end for s in sources)]
