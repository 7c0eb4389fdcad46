"""The places and doers around a mention, read for the country they give it.

A place phrase's country (a dictionary place or a gazetteer town: "the port city of Aden"),
the countries a sentence names, where rebels fight, whose a possessor is, and the places and
people that say nothing of it: a venue ("talks in Geneva"), a speaker's whereabouts ("speaking
from Addis Ababa"), a foreign bystander ("detained a British journalist") and the states acting
on a body. These are questions about the parse and the gazetteer, asked by
:mod:`newsevents.actors.context` (which sets the countries) and :mod:`newsevents.story.context`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.actors.lexicon import COUNTRY_KINDS, Lexicon, lexicon
from newsevents.actors.sponsors import sponsor
from newsevents.actors.talk_venues import DESTINATION_PREPS, talks_clause, talks_noun, talks_object, talks_trip
from newsevents.nlp.relatives import relative_subject_clauses
from newsevents.nlp.sentences import sentence_of
from newsevents.nlp.typed_spacy import token_conjuncts
from newsevents.places import division, geocode
from newsevents.story.place_names import inside_feature_name

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

# Groups of people: "protesters in Minsk", "refugees from Syria" take their place's country; in a
# sentence naming one country, groups other than refugees (who are often abroad) take it too.
PEOPLE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "MED", "REL", "HLH", "BUS"})
ORIGIN_SECTORS = PEOPLE_SECTORS | {"REF"}
# Private people whose nationality does not place the state bodies that act on them (an
# opposition is the country's own, so it is not one of them).
BYSTANDER_SECTORS = ORIGIN_SECTORS - {"OPP"}
# Lexicon kinds of places (a demonym, "Beninese", names people).
PLACE_KINDS = COUNTRY_KINDS - {"adjective", "people"}
# Rules of a country taken from a place near the mention (set by newsevents.actors.context).
PLACE_RULES = frozenset({"role-place", "context-country"})
# Where a noun names who is acted on rather than who acts: an object, a passive subject.
VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Nouns a place name may hang from in "the border town of Azaz", "the province of Idlib".
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "state", "county",
                         "municipality", "governorate", "capital", "port", "island", "enclave", "area",
                         # "the president of the West African nation of Guinea"
                         "nation", "country", "kingdom", "republic", "archipelago", "emirate", "sultanate"})
# Places inside a country whose owner a venue's words name ("Gabon's coastal capital", "the Saudi port
# city of Jeddah"): the owner is where the meeting is, as the town itself is (session 32).
TOWN_NOUNS = PLACE_NOUNS - {"nation", "country", "kingdom", "republic", "archipelago", "emirate", "sultanate",
                            "state"}
# How a country names the town it owns: "Gabon's capital", "the Saudi port city", "the Kenyan capital".
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
ROLE_PREPS = frozenset({"of", "in", "from"})
GROUND_PREPS = frozenset({"in", "near", "around", "outside", "inside", "across", "at"})
# Words a place hangs on when it is where someone speaks ("speaking in Washington", "told
# reporters in Nairobi", "a news conference in Kabul" is a venue already).
SPEAKING_WORDS = frozenset({"speak", "speaking", "say", "tell", "testify", "address", "reporter", "journalist"})
# Verbs of speaking whose "from" names where the speaker is, not where the acts told of happen.
SPEAKING_FROM = frozenset({"speak", "talk", "say", "tell", "write", "call", "phone", "telephone", "report",
                           "comment"})
# Prepositions placing the office a speaker speaks from ("from our bureau *in* Johannesburg").
OFFICE_PREPS = frozenset({"in", "at"})
# Verbs of coming home: the place "from" is abroad ("returned from exile in Kenya").
RETURN_VERBS = frozenset({"return"})
# Meetings, whose place is a venue: the parties' own country is not said by it.
VENUE_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "conference",
                         "dialogue", "consultation", "consultations"})

# A foreign state's mission or envoy: abroad by office, its country places no one else in its sentence
# ("students rallied outside the French embassy" are not French).
ENVOY_NOUNS = frozenset({"embassy", "consulate", "ambassador", "envoy", "diplomat", "diplomats", "emissary"})
# Cities where international bodies sit: a scene set there ("In Geneva, the spokesman said ...") is a
# venue, and those speaking there are as often of the bodies or of other states as of the host.
BODY_SEATS = frozenset({"brussels", "geneva", "new york", "vienna", "the hague", "strasbourg"})
# Where an accord is signed is a venue too ("the truce signed in Addis Ababa").
SIGNING_VERBS = frozenset({"sign", "ink"})
#: The sectors of the states a body may act on (a country named as such has none).
COUNTERPART_SECTORS = frozenset({None, "GOV", "MIL", "SPY"})
#: A verb's objects, and the prepositions that name whom it is done to or with.
OBJECT_DEPS = frozenset({"dobj", "dative"})
COUNTERPART_PREPS = frozenset({"against", "with", "on"})


@functools.lru_cache(maxsize=8192)
def _gazetteer_country(name: str) -> str | None:
    """The country of a place name in the gazetteer (cached: the same places recur in every article)."""
    place = geocode(name) or division(name)  # a division ("police in Borno") places a role too
    return place.country if place is not None else None


def _place_country(finder: Finder, tok: Token) -> str | None:
    """The country of a place name at ``tok``: a dictionary place, else a gazetteer town."""
    m = finder.at[tok.i]
    if m is not None and inside_feature_name(finder.tokens.texts, m.start, m.end):
        return None  # "near Lake Chad": a lake of four countries, not Chad
    if m is not None and m.entries[0].kind in COUNTRY_KINDS:
        return m.entries[0].code[:3]
    ent = finder.tokens.entity_at(tok.i)
    if ent is not None and ent.label_ in PLACE_LABELS:
        return _gazetteer_country(ent.text)
    if _named_by_place_noun(tok):  # "the town of Kidal", its name tagged NORP, PERSON or not at all
        return _gazetteer_country(ent.text if ent is not None and len(ent) <= 2 else tok.text)
    return None


def named_after(tok: Token) -> Token | None:
    """The noun ``tok`` is named after in "the (border) town of <tok>" ("town"), or ``None``."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.dep_ != "prep":
        return None
    return tok.head.head


def _named_by_place_noun(tok: Token) -> bool:
    """Whether ``tok`` is the proper name of "the (border) town of <name>": the place noun says it
    is a place whatever label the recogniser gave it."""
    noun = named_after(tok) if tok.pos_ == "PROPN" else None
    return noun is not None and noun.lemma_.lower() in PLACE_NOUNS


def _country_of_place_phrase(finder: Finder, head: Token) -> str | None:
    """The country named in the noun phrase ``head`` heads: its own name, its compounds, or an
    "of" place after a place noun ("the port city of Aden")."""
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


def role_place(finder: Finder, found: Found) -> str | None:
    head = finder.doc[found.end - 1]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ROLE_PREPS and prep.i >= found.end:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    country = _country_of_place_phrase(finder, pobj)
                    if country:
                        return country
    return None


def bystander(kind: str | None, sector: str | None, rule: str, words: Span) -> bool:
    """Whether a mention (its ``words``) is a private person or group that is not its clause's
    doer ("detained a *British journalist*", "*French tourists* were held"): a foreigner's
    nationality says nothing of where the state bodies around them belong. A country the
    mention took from a place ("*marchers in La Paz*") is the place's, and counts."""
    if kind not in ("person", "group") or sector not in BYSTANDER_SECTORS or rule in PLACE_RULES:
        return False
    head = words.root
    if not any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in head.children):
        return False  # "the marchers in La Paz": placed, not named by a nationality
    while head.dep_ in ("poss", "compound", "amod", "nmod", "appos") and head.head.i != head.i:
        head = head.head  # "German farmers' associations demanded": the phrase's place counts
    return acted_on(head)


def acted_on(head: Token) -> bool:
    """Whether a noun names who is acted on: an object, a passive subject, the object of a
    preposition other than a passive's "by"."""
    if head.dep_ == "pobj":
        return head.head.lower_ != "by"
    return head.dep_ in VICTIM_DEPS


def sentence_countries(finder: Finder, sent: Span, state: bool = False) -> set[str]:
    """The countries a sentence names; for a ``state`` body, not those of its bystanders, and not
    the venues of talks that place no one (see :func:`placeless_venue`)."""
    doc = finder.doc
    found = [f for f in finder.found
             if f.coded.country and sent.start <= f.start < sent.end and f.coded.rule != "context-country"
             and f.coded.sector != "MED"  # "the French news agency AFP quoted ...": a reporter's home
             and doc[f.start:f.end].root.lemma_.lower() not in ENVOY_NOUNS  # "outside the French embassy"
             and not spoken_from(doc[f.end - 1]) and not returned_from(doc[f.end - 1])
             and not sponsor(doc[f.end - 1])]  # "rebels backed by Rwanda" (actors/sponsors.py)
    people = {f.coded.country or "" for f in found if f.coded.kind not in PLACE_KINDS}
    people |= _demonym_countries(finder, sent)  # "his Beninese counterpart"
    countries = {f.coded.country or "" for f in found
                 if not (state and bystander(f.coded.kind, f.coded.sector, f.coded.rule, doc[f.start:f.end]))
                 and not placeless_venue(doc[f.end - 1], {f.coded.country or ""}, people)}
    for ent in finder.tokens.ents_within(sent.start, sent.end):
        if ent.label_ == "GPE" and not spoken_from(ent.root) and not returned_from(ent.root) \
                and not sponsor(ent.root):
            country = _gazetteer_country(ent.text)
            if country and not placeless_venue(ent.root, {country}, people):
                countries.add(country)
    return {c for c in countries if c}


def _demonym_countries(finder: Finder, sent: Span) -> set[str]:
    """The countries of the peoples a sentence names by a demonym ("his *Beninese* counterpart")."""
    lex = lexicon()
    out: set[str] = set()
    for ent in finder.tokens.ents_within(sent.start, sent.end):
        if ent.label_ == "NORP":
            out |= _demonym_codes(tuple(t.text for t in ent), lex)
    return out


@functools.lru_cache(maxsize=4096)
def _demonym_codes(words: tuple[str, ...], lex: Lexicon) -> frozenset[str]:
    """The countries of the demonyms in ``words``, remembered per words and lexicon: the sentence
    countries are asked of one sentence for each mention in it, and its demonyms recur."""
    entries = (match.first("adjective", "people") for match in lex.matches(words))
    return frozenset(entry.code[:3] for entry in entries if entry is not None and entry.code)


def placeless_venue(tok: Token, countries: set[str], people: set[str]) -> bool:
    """Whether a place is a venue of talks that says nothing of whose a sentence's people are:
    where a trip for talks goes ("returned to Jeddah to resume negotiations"), or where talks are
    held ("talks with the government that are underway in Gabon") when none of the sentence's
    ``people`` (their countries) is of another country than the place's own (``countries``).
    With a guest so named ("held talks with his Beninese counterpart in Hanoi") the venue is the
    host's, and the host is the other side. Asked here of a finder's mentions and by
    :func:`newsevents.story.named_countries.venue_spans` of an article's; each gathers the
    sentence's people from what it has."""
    return trip_venue(tok) or (venue_place(tok) and not (people - countries))


def spoken_from(place: Token) -> bool:
    """"Speaking by telephone from Addis Ababa, the rebel spokesman blamed the government": where
    a speaker speaks from says nothing of whose bodies he speaks about."""
    prep = place.head
    if place.dep_ != "pobj":
        return False
    if prep.lower_ == "from":
        return prep.head.lemma_.lower() in SPEAKING_FROM
    # "reports from our Southern Africa bureau in Johannesburg": the town of the office spoken from
    office = prep.head
    return prep.lower_ in OFFICE_PREPS and office.dep_ == "pobj" and office.head.lower_ == "from" \
        and office.head.head.lemma_.lower() in SPEAKING_FROM


def returned_from(place: Token) -> bool:
    """"Two activists were detained as they returned from South Africa": a country people come
    back from is where they were, not whose they are (unlike "refugees from Syria")."""
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in RETURN_VERBS


def venue(head: Token) -> bool:
    """Whether a place's preposition hangs on a meeting ("talks in Geneva"), on a verb whose
    subject is one ("the talks opened in Geneva", "the last round of talks opened") or that tells
    of one ("talks *held* in Doha"), on a relative clause of the talks ("talks with the government
    that are underway in Gabon"), on a trip made for talks ("arrived in Doha for talks"), or on a
    verb that starts the talks it takes as object ("began peace talks in Oslo"; see
    :mod:`newsevents.actors.talk_venues`)."""
    if head.lemma_.lower() in VENUE_NOUNS or (head.pos_ == "VERB" and head.lemma_.lower() in SIGNING_VERBS):
        return True  # "talks in Geneva", "the accord signed in Addis Ababa"
    if head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and talks_noun(c, VENUE_NOUNS) for c in head.children) \
        or talks_clause(head, VENUE_NOUNS) or talks_trip(head, VENUE_NOUNS) or talks_object(head, VENUE_NOUNS)


def venue_place(tok: Token) -> bool:
    """Whether a place name is where a meeting is held ("talks opened in Geneva, *Switzerland*"),
    or where a trip for talks goes ("returned *to Jeddah* to resume negotiations"), which says
    nothing of whose the people at it are."""
    tok = place_head(tok)
    prep = tok.head
    return tok.dep_ == "pobj" and ((prep.lower_ in GROUND_PREPS and venue(prep.head)) or trip_venue(tok))


def trip_venue(tok: Token) -> bool:
    """Whether a place name is where a trip for talks goes ("returned *to Jeddah* to resume
    negotiations", "arrived *in Doha* for talks"): the travellers are visitors there."""
    tok = place_head(tok)
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in DESTINATION_PREPS and talks_trip(prep.head, VENUE_NOUNS)


def place_head(tok: Token) -> Token:
    """The place a name stands in for a preposition: the first of "Geneva, *Switzerland*", of
    "Doha and *Riyadh*", the name a compound word hangs on, and the town a country owns or a name
    names ("*Gabon's* coastal capital", "the *Saudi* port city of *Jeddah*": the capital, the city)."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("appos", "conj", "compound") or (tok.dep_ in OWNER_DEPS and _town(tok.head)):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and _town(tok.head.head):
            tok = tok.head.head
        else:
            break
    return tok


def _town(tok: Token) -> bool:
    return tok.lemma_.lower() in TOWN_NOUNS and tok.pos_ == "NOUN"


def acting_subjects(head: Token) -> list[Token]:
    """The subjects (with their conjuncts) of the verb that acts on the noun ``head``, or on what
    it possesses ("condemned the junta's decision"); empty when ``head`` is not acted on."""
    while head.dep_ == "poss" and head.head.i != head.i:
        head = head.head  # "condemned the junta's decision": the decision is acted on
    if not acted_on(head):
        return []
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *token_conjuncts(c))]


def foreign_doers(finder: Finder, head: Token) -> set[str]:
    """The countries of the states that act on a state body named as an object: "The US and the
    EU urged *the authorities* to release them" -- a state urging, condemning or sanctioning
    "the authorities" acts on another country's, so its own country is no guess for them."""
    out: set[str] = set()
    for subj in acting_subjects(head):
        f = next((f for f in finder.found if f.start <= subj.i < f.end), None)
        if f is not None and f.coded.country and f.coded.sector in (None, "GOV"):
            out.add(f.coded.country)
    return out


def counterpart_states(finder: Finder, head: Token) -> set[str]:
    """The countries of the states a body acts on as its verb's object: "*The government* accused
    Rwanda of sending troops", "*the army* clashed with Rwandan troops". A state body is seldom of
    the country it accuses, fights or expels, so that country is no guess for it (the mirror of
    :func:`foreign_doers`). Only countries named as such and state bodies count (not "Rwandan
    rebels", whom a home army fights), and no holders of offices: the mayor or the president a
    body arrests, rescues or bars is as a rule of its own country (session 24). A person named by
    a nationality alone ("an arbitration court stripped Spanish cyclist X") is still a foreigner."""
    verbs = {head.head.i} if head.dep_ == "nsubj" else set()
    # "the Ministry of Intelligence, which has accused the American agencies": the body is the
    # subject of its relative clause too (session 21)
    verbs |= {c.i for c in relative_subject_clauses(head)}
    if not verbs:
        return set()
    out: set[str] = set()
    for f in finder.found:
        if not f.coded.country or f.coded.sector not in COUNTERPART_SECTORS or (
                f.coded.kind == "person" and f.coded.sector is not None):
            continue  # "the government arrested the mayor of Caracas": an office holder is no state acted on
        root = finder.doc[f.start:f.end].root
        if (root.dep_ in OBJECT_DEPS and root.head.i in verbs) or (
                root.dep_ == "pobj" and root.head.lower_ in COUNTERPART_PREPS and root.head.head.i in verbs):
            out.add(f.coded.country)
    return out


def fighting_ground(finder: Finder, sent: Span) -> str | None:
    """The one country of the places a sentence says things happen in ("in northern Mali",
    "near Goma", "the town of Kidal"): where bare rebels and insurgents of that sentence fight.
    Countries named otherwise (a government, a foreign army they fight) say nothing of where
    the rebels are from; ``None`` when the places name no country or several."""
    countries = set()
    for tok in sent:  # one sentence, only for a bare armed group
        if tok.dep_ != "pobj" or not (tok.pos_ == "PROPN" or _named_place_noun(tok)):
            continue
        prep = tok.head
        if venue(prep.head) or prep.head.lemma_.lower() in SPEAKING_WORDS:
            # "talks with the rebels opened in Geneva", "the minister, speaking in Washington,
            # described the militants ...": where people talk, not where the rebels fight
            continue
        if prep.lower_ in GROUND_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS):
            country = _place_country(finder, tok) if tok.pos_ == "PROPN" else _country_of_place_phrase(finder, tok)
            if country is None:
                return None  # a place of no known country: no guess
            countries.add(country)
    return next(iter(countries)) if len(countries) == 1 else None


def _named_place_noun(tok: Token) -> bool:
    """A place noun named by a proper noun before it: "in Anbar province", "near Kidal town"."""
    return tok.lemma_.lower() in PLACE_NOUNS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def owner_country(finder: Finder, owner: Token) -> str | None:
    """The country of a possessor that names one: a place ("Chile's"), or a mention with a
    country ("Argentina's teachers' unions"); pronouns are left to coreference."""
    if owner.pos_ == "PRON":
        return None
    country = _place_country(finder, owner) if owner.pos_ == "PROPN" else None
    if country:
        return country
    return next((f.coded.country for f in finder.found if f.start <= owner.i < f.end and f.coded.country), None)


def fronted_country(finder: Finder, found: Found) -> str | None:
    """The country of a place set before a clause as its scene ("*In Britain*, The Times called
    the vote an attack", "In neighbouring France, Muslim leaders denounced it"), for the clause's
    subject: the doers of a clause so opened are of that place. ``None`` when the phrase is not
    the subject of a clause opening with "In <place>,", when it is an envoy (abroad by office:
    "In New York, the ambassador condemned ..."), or when the place is the seat of international
    bodies (``BODY_SEATS``)."""
    root = finder.doc[found.start:found.end].root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.lemma_.lower() in ENVOY_NOUNS \
            or (found.coded.role or "").lower() in ENVOY_NOUNS:
        return None
    sent_start = sentence_of(root).start
    for prep in root.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > root.i:
            continue
        # only quotes, spaces or one conjunction before it ('" In France, ...', "But in France, ...")
        before = [t for t in finder.doc[sent_start:prep.i] if not (t.is_punct or t.is_space)]
        opening = not before or (len(before) == 1 and before[0].pos_ == "CCONJ")
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if not opening or place is None:
            continue
        # the scene ends with a comma before the subject ("In France, home to ..., Muslim leaders")
        if root.left_edge.i == 0 or finder.tokens.texts[root.left_edge.i - 1] != ",":
            continue
        if " ".join(t.lower_ for t in place.subtree) in BODY_SEATS:
            return None
        return _place_country(finder, place)
    return None
