"""Countries for state roles and bodies that name none, from the words around them.

- A role "of" or "in" a place is that place's country: "the mayor of Hebron", "the mayor of the
  northern West Bank city of Nablus" (PSEGOV), "a court in Lima" (PERJUD). The place is a
  country or region in the dictionaries, or a town the gazetteer knows.
- A domestic institution (police, army, government, parliament, courts, prosecutors) with no
  country of its own, in a sentence that names exactly one country, is that country's
  ("Police arrested former Peruvian President Castillo": PERCOP). The code carries the rule
  ``context-country``: it is a guess from context, weaker than a named country. With two or
  more countries in the sentence no guess is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.actors.coding import Coded
from newsevents.actors.lexicon import COUNTRY_KINDS
from newsevents.places import geocode

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder, Found

DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
INSTITUTION_KINDS = frozenset({"group", "organization"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Nouns a place name may hang from in "the West Bank city of Nablus", "the province of Idlib".
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "state", "county",
                         "municipality", "governorate", "capital", "port", "island", "enclave", "area"})
ROLE_PREPS = frozenset({"of", "in"})


def _entity(tok: Token) -> Span | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _place_country(finder: Finder, tok: Token) -> str | None:
    """The country of a place name at ``tok``: a dictionary place, else a gazetteer town."""
    m = finder.at[tok.i]
    if m is not None and m.entries[0].kind in COUNTRY_KINDS:
        return m.entries[0].code[:3]
    ent = _entity(tok)
    if ent is not None and ent.label_ in PLACE_LABELS:
        place = geocode(ent.text)
        return place.country if place is not None else None
    return None


def _country_of_place_phrase(finder: Finder, head: Token) -> str | None:
    """The country named in the noun phrase ``head`` heads: its own name, its compounds, or an
    "of" place after a place noun ("the West Bank city of Nablus")."""
    for tok in [*sorted((c for c in head.children if c.dep_ in ("compound", "amod")), key=lambda t: t.i), head]:
        country = _place_country(finder, tok)
        if country:
            return country
    if head.lemma_.lower() in PLACE_NOUNS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _place_country(finder, pobj)
    return None


def _role_place(finder: Finder, found: Found) -> str | None:
    head = finder.doc[found.end - 1]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ROLE_PREPS and prep.i >= found.end:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    country = _country_of_place_phrase(finder, pobj)
                    if country:
                        return country
    return None


def _sentence_countries(finder: Finder, sent: Span) -> set[str]:
    countries = {f.coded.country for f in finder.found
                 if f.coded.country and sent.start <= f.start < sent.end and f.coded.rule != "context-country"}
    for ent in sent.ents:
        if ent.label_ == "GPE":
            place = geocode(ent.text)
            if place is not None and place.country:
                countries.add(place.country)
    return countries


def add_context_countries(finder: Finder) -> None:
    """Give state roles without a country the country of their place or of their sentence."""
    for found in finder.found:
        coded = found.coded
        if coded.country or coded.sector not in DOMESTIC_SECTORS or found.person_key:
            continue
        head = finder.doc[found.end - 1]
        if any(c.dep_ == "poss" for c in head.children):
            continue  # "his government", "their army": the possessor decides (coreference)
        country = _role_place(finder, found)
        rule = "role-place"
        if country is None and coded.kind in INSTITUTION_KINDS:
            countries = _sentence_countries(finder, head.sent)
            country, rule = (next(iter(countries)), "context-country") if len(countries) == 1 else (None, rule)
        if country:
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, rule, coded.role)
