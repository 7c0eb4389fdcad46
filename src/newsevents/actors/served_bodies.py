"""Whose a title or body is, read from the phrase it names after a preposition.

One reading serves several rules: a countryless title or body that names another actor after "of",
"for", "from" or "led by" is that actor's.

- A title that serves a body takes the body's sector, and its country when the title has none:
  "the leaders of the opposition parties" (OPP), "a spokesman for the Kenyan army" (KENMIL)
  (:func:`served_body`); news staff "for"/"of"/"with" an outlet are the outlet's ("a reporter for
  the BBC": :func:`outlet_body`).
- A bare state title "of"/"from" (or "representing") an international body is that body ("ministers of SADC":
  IGOSAD, as CAMEO codes "UN officials"), while a title with a country keeps it ("Kenya's envoy to
  the AU") (:func:`igo_official`, rule ``igo-official``). Without this the title stayed a bare,
  countryless ``GOV``; "officials of the AU" kept only the sector (``IGO``).
- A body "led by" a state's actor is that state's ("the coalition led by the United States", "a
  delegation led by Wang Yi") (:func:`leader_country`).

:mod:`newsevents.actors.delegations` reads a delegation's origin the same way. The helpers
:func:`found_at` and :func:`prep_objects` are the shared reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

# Titles that serve the body named after them ("the leaders of the opposition parties").
SERVING_LEMMAS = frozenset({"leader", "head", "chief", "member", "official", "spokesman", "spokeswoman",
                            "spokesperson", "chairman", "chairwoman", "representative", "delegate",
                            "general"})  # "the secretary-general of NATO", "the director general of the WHO"
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})
# "a reporter for the BBC", "a journalist working for Reuters": the outlet a newsman serves.
OUTLET_PREPS = frozenset({"for", "of", "with"})
STAFF_VERBS = frozenset({"work", "write", "report"})
# Nouns for political parties, which the role tables leave out ("party" alone has other senses).
PARTY_LEMMAS = frozenset({"party"})
# Titles that serve whoever they are named "to" ("an aide to Morsi", "an adviser to the opposition
# leader": that person's side, session 19); "an envoy to Kenya" is sent to a country, not its own.
ADVISING_LEMMAS = frozenset({"aide", "adviser", "advisor"})
SERVING_OR_ADVISING = SERVING_LEMMAS | ADVISING_LEMMAS
BODY_PREPS = frozenset({"of", "from", "for"})
"""The prepositions that name whose official a title is ("ministers *of* SADC", "envoys *from* the EU",
"a spokesman *for* the IMF")."""
STAFF_LEMMAS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson"})
"""Titles that "at" an international body are its staff ("officials at the World Bank"); diplomats
and ambassadors "at the UN" are their states' envoys to it, so "at" is read for these only."""
MEMBER_LEMMAS = frozenset({"representative", "delegate"})
"""Titles the dictionaries code as legislators (Phoenix's REPRESENTATIVES [~LEG]) that "of"/"from"
an international body are its staff, not a parliament's members ("representatives from the EU")."""
TITLE_KINDS = frozenset({"person", "group"})
DESCRIPTION_NOUNS = frozenset({"bloc", "body", "grouping", "organization", "organisation", "alliance"})
"""Nouns that describe an international body named right after them ("the regional bloc ECOWAS")."""
SENT_BODIES = frozenset({"delegation", "delegations", "mission", "missions"})
"""Bodies a sender staffs, read like its officials ("the delegation from ECOWAS": IGOECO)."""
HELD_OFFICES = frozenset({"presidency"})
"""Offices a body holds, read like its officials: "the Presidency of the European Union" is the EU's
voice (IGOEU), not the government of the country of its sentence (session 20)."""
TITLE_SECTORS = frozenset({"GOV", "IGO"})
"""Sectors of a countryless title an international body's officials carry: the state's (a minister,
an envoy) or an international one already (officials of the AU, found with the sector only)."""
INTERNATIONAL = "IGO"
MEMBER_PREPS = frozenset({"of", "from"})
"""The prepositions that join a bare name to the body the person belongs to ("X of the army")."""
MEMBER_RULE = "member-of"
IGO_RULE = "igo-official"


def found_at(finder: Finder, token: Token) -> Found | None:
    """The found mention that covers ``token``, if any."""
    return next((f for f in finder.found if f.start <= token.i < f.end), None)


def prep_objects(head: Token, preps: Iterable[str] | frozenset[str], after: bool = False) -> Iterator[Token]:
    """The objects of ``head``'s prepositions among ``preps`` (lower case), in order; with
    ``after``, only prepositions after the head."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or (after and prep.i <= head.i):
            continue
        yield from (c for c in prep.children if c.dep_ == "pobj")


REPRESENTING = "represent"
"""The participle that names whose agents a title is, like "of"/"from": "envoys *representing* the EU"."""


def represented(head: Token) -> Iterator[Token]:
    """The objects of a participle "representing" on ``head`` ("envoys representing *the EU* and the US"),
    its first object only: a title is one mention and takes one body (the EU here)."""
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() == REPRESENTING and acl.i > head.i:
            yield from (c for c in acl.children if c.dep_ == "dobj")


def leader_country(finder: Finder, found: Found) -> str | None:
    """The country of whoever leads a body without one, named in "led by X" after it: a
    coalition or a delegation is its leader's."""
    head = finder.doc[found.end - 1]
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() != "lead":
            continue
        for agent in acl.children:
            for pobj in (c for c in agent.children if agent.dep_ == "agent" and c.dep_ == "pobj"):
                leader = found_at(finder, pobj)
                if leader is not None and leader.coded.country and leader.coded.sector not in INTERNATIONAL_SECTORS:
                    return leader.coded.country
    return None


def served_body(finder: Finder, found: Found) -> tuple[str, str | None] | None:
    """"the leaders of both large opposition parties", "a spokesman for the Kenyan army": a
    title that serves the body it names after "of"/"for" (an aide or adviser: also "to"; an official
    or a spokesman: also "at") takes
    that body's sector (and its country, when the title names none), as ``(sector, country)``."""
    head = finder.doc[found.end - 1]
    lemma = head.lemma_.lower()
    if found.coded.sector != "GOV" or lemma not in SERVING_OR_ADVISING:
        return None
    for pobj in prep_objects(head, _serving_preps(lemma)):
        body = found_at(finder, pobj)
        if body is not None and body.coded.sector:
            return body.coded.sector, found.coded.country or body.coded.country
        if body is None and (igo := _international_compound(finder, pobj)) is not None:
            return igo  # "a spokesman for the AU mission", "an envoy of the UN agency"
        # a role word on the noun that the finder took no mention of ("large opposition parties")
        for word in (pobj, *(c for c in pobj.children if c.dep_ == "compound")):
            match = finder.at[word.i]
            role = match.first("group", "body") if match is not None else None
            if role is not None:
                return role.code, found.coded.country
        if pobj.lemma_.lower() in PARTY_LEMMAS:
            return "PTY", found.coded.country
    return None


def _serving_preps(lemma: str) -> tuple[str, ...]:
    """The prepositions after which a title names whom it serves: "an aide *to* Morsi", "an official
    *at* the Foreign Ministry" (staff titles only: "the ambassador at the UN" is his state's)."""
    if lemma in ADVISING_LEMMAS:
        return ("of", "for", "to")
    if lemma in STAFF_LEMMAS:
        return ("of", "for", "at")
    return ("of", "for")


def member_body(finder: Finder, found: Found) -> Coded | None:
    """"Ahmed Conteh of the Sierra Leone police", "Jane Doe from Amnesty International": a name
    nothing codes, followed at once by "of"/"from" and a coded body, is one of that body's people
    and takes its coding (rule ``member-of``). Only a bare name is read: a title says what the
    person is ("President X of Kenya" is read by the title rules)."""
    coded = found.coded
    if coded.kind != "person" or coded.code is not None or coded.role or found.person_key:
        return None
    doc = finder.doc
    if found.end + 1 >= len(doc) or doc[found.end].lower_ not in MEMBER_PREPS:
        return None
    prep = doc[found.end]
    if prep.head.i not in range(found.start, found.end):
        return None  # "took X from the police": the phrase is the verb's, not the name's
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        body = found_at(finder, pobj)
        if body is not None and body is not found and body.coded.kind != "person" and body.coded.code \
                and body.coded.sector:
            return Coded(body.coded.code, body.coded.country, body.coded.sector, coded.kind, MEMBER_RULE, None)
    return None


def outlet_body(finder: Finder, found: Found) -> tuple[str, str | None] | None:
    """"a reporter for the BBC", "a journalist working for Al Jazeera", "correspondents of
    Le Monde": news staff without a country of their own are their outlet's, as ``(sector,
    country)``; the country the story happens in says nothing of them."""
    coded = found.coded
    if coded.sector != "MED" or coded.country is not None:
        return None
    head = finder.doc[found.end - 1]
    preps = [p for w in (head, *(c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in STAFF_VERBS))
             for p in w.children]
    if found.end < len(finder.doc):
        preps.append(finder.doc[found.end])  # "arrested a reporter for the BBC": parsed onto the verb
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in OUTLET_PREPS:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            body = found_at(finder, pobj)
            if body is not None and body.coded.sector == "MED" and body.coded.country:
                return "MED", body.coded.country
    return None


def _international_compound(finder: Finder, noun: Token) -> tuple[str, str | None] | None:
    """An international body named on a common noun ("the *AU* mission", "the *UN* refugee
    agency"): the noun is that body's, so a title serving it is international."""
    for word in noun.children:
        if word.dep_ != "compound":
            continue
        body = found_at(finder, word)
        if body is not None and body.coded.sector in INTERNATIONAL_SECTORS and body.coded.country is None:
            return body.coded.sector, None
    return None


def _named_after(finder: Finder, noun: Token) -> Found | None:
    """The body named right after a description of one ("from the regional bloc ECOWAS", "from
    the bloc, ECOWAS"), however the parser hung the name."""
    if noun.lemma_.lower() not in DESCRIPTION_NOUNS:
        return None
    doc = finder.doc
    i = noun.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return found_at(finder, doc[i]) if i < len(doc) else None


def igo_official(finder: Finder, found: Found) -> Coded | None:
    """The international body a countryless state title serves ("ministers of SADC"), as the
    title's new coding; ``None`` when the title has a country, names no body, or is no title."""
    coded = found.coded
    head = finder.doc[found.end - 1]
    member = coded.sector == "LEG" and head.lemma_.lower() in MEMBER_LEMMAS  # "delegates from the AU"
    if coded.kind not in TITLE_KINDS and (coded.role or "").lower() not in SENT_BODIES | HELD_OFFICES:
        return None
    if coded.country is not None or not (coded.sector in TITLE_SECTORS or member):
        return None
    if coded.code != coded.sector:
        return None  # a named person or a body's own code: only a bare title ("ministers") is read
    preps = BODY_PREPS | {"at"} if head.lemma_.lower() in STAFF_LEMMAS else BODY_PREPS
    for pobj in (*prep_objects(head, preps, after=True), *represented(head)):
        body = found_at(finder, pobj) or _named_after(finder, pobj)
        if body is not None and body.coded.sector == INTERNATIONAL and body.coded.country is None \
                and body.coded.code and len(body.coded.code) > len(INTERNATIONAL):
            return Coded(body.coded.code, None, INTERNATIONAL, coded.kind, IGO_RULE, coded.role)
    return None


ORIGIN_PREPS = frozenset({"from", "of"})
"""The prepositions that name the body a bare group comes from ("experts *from* the EU")."""
ORIGIN_RULE = "origin-body"


def origin_body(finder: Finder, found: Found) -> Coded | None:
    """"experts from the European Union", "observers of the African Union": a bare role without a
    country (only its sector coded) that names an international body after "from"/"of" is that
    body's (rule ``origin-body``), not a guess from the country its sentence names ("arrived in
    Athens"). A body of a country lends only its country ("doctors from the Kenyan army": KEN).
    ``None`` when the role has a country or names no coded body."""
    coded = found.coded
    if coded.country is not None or coded.code != coded.sector or coded.kind not in TITLE_KINDS:
        return None
    head = finder.doc[found.end - 1]
    for pobj in (*prep_objects(head, ORIGIN_PREPS, after=True), *represented(head)):
        body = found_at(finder, pobj) or _named_after(finder, pobj)
        if body is None or body is found or body.coded.kind == "person" or not body.coded.code:
            continue
        if body.coded.sector == INTERNATIONAL and body.coded.country is None \
                and len(body.coded.code) > len(INTERNATIONAL):
            return Coded(body.coded.code, None, INTERNATIONAL, coded.kind, ORIGIN_RULE, coded.role)
        if body.coded.country is not None:
            country = body.coded.country
            return Coded(country + (coded.sector or ""), country, coded.sector, coded.kind, ORIGIN_RULE, coded.role)
    return None
