"""Countries for state roles, bodies and groups of people that name none, from the words around them.

- A role "of" or "in" a place is that place's country: "the mayor of Hebron", "the governor of the
  eastern province of Kharkiv" (UKRGOV), "a court in Lima" (PERJUD). The place is a
  country or region in the dictionaries, or a town the gazetteer knows.
- A domestic institution (police, army, government, parliament, courts, prosecutors) with no
  country of its own, in a sentence that names exactly one country, is that country's
  ("Police arrested former Peruvian President Castillo": PERCOP). The code carries the rule
  ``context-country``: it is a guess from context, weaker than a named country. With two or
  more countries in the sentence no guess is made. Groups of people ("protesters", "students")
  are guessed the same way; "dissidents from Myanmar", "refugees from Syria" take the country
  they come from.
- A title that serves a body named after it takes the body's sector, and its country when the
  title has none: "the leaders of the opposition parties" (OPP), "a spokesman for the Kenyan
  army" (KENMIL).
- A name nothing codes, in apposition to a coded title, is that title's holder: "Ukraine's lead
  negotiator, Olena Koval," (UKRGOV).
- "Other" members coordinated with a named actor of the same sector are of its country: "Santos,
  an NPA commander, and five other rebels" (rule ``coordinated``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.actors.coding import Coded
from newsevents.actors.lexicon import COUNTRY_KINDS
from newsevents.nlp.sentences import sentence_of
from newsevents.places import geocode

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

# Prepositions that join a post to the country or matter it deals with ("envoy for Syria").
POST_PREPS = frozenset({"for", "to", "on"})
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# Groups of people: "protesters in Minsk", "refugees from Syria" take their place's country; in a
# sentence naming one country, groups other than refugees (who are often abroad) take it too.
PEOPLE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "MED", "REL", "HLH", "BUS"})
ORIGIN_SECTORS = PEOPLE_SECTORS | {"REF"}
# Private people whose nationality does not place the state bodies that act on them (an
# opposition is the country's own, so it is not one of them).
BYSTANDER_SECTORS = ORIGIN_SECTORS - {"OPP"}
# Rules of a country taken from a place near the mention (this module's).
PLACE_RULES = frozenset({"role-place", "context-country"})
# Where a noun names who is acted on rather than who acts: an object, a passive subject.
VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
INSTITUTION_KINDS = frozenset({"group", "organization"})
GROUP_KINDS = frozenset({"group"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Nouns a place name may hang from in "the border town of Azaz", "the province of Idlib".
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "state", "county",
                         "municipality", "governorate", "capital", "port", "island", "enclave", "area"})
ROLE_PREPS = frozenset({"of", "in", "from"})
# Titles that serve the body named after them ("the leaders of the opposition parties").
SERVING_LEMMAS = frozenset({"leader", "head", "chief", "member", "official", "spokesman", "spokeswoman",
                            "spokesperson", "chairman", "chairwoman", "representative", "delegate"})
# Armed groups that fight where the text places them ("rebels in northern Mali").
ARMED_SECTORS = frozenset({"REB", "INS"})
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})
_CENTRAL_BANK = re.compile(r"(?:[Tt]he )?(?:Reserve |Central )?Bank of (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*$")
# Countries whose "Bank of X" is a commercial bank (the central bank has another name).
COMMERCIAL_COUNTRY_BANKS = frozenset({"USA", "CHN", "IRL", "CYP", "IND", "GBR"})
GROUND_PREPS = frozenset({"in", "near", "around", "outside", "inside", "across", "at"})
# Words a place hangs on when it is where someone speaks ("speaking in Washington", "told
# reporters in Nairobi", "a news conference in Kabul" is a venue already).
SPEAKING_WORDS = frozenset({"speak", "speaking", "say", "tell", "testify", "address", "reporter", "journalist"})
# Verbs of speaking whose "from" names where the speaker is, not where the acts told of happen.
SPEAKING_FROM = frozenset({"speak", "talk", "say", "tell", "write", "call", "phone", "telephone", "report",
                           "comment"})
# Meetings, whose place is a venue: the parties' own country is not said by it.
VENUE_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "conference",
                         "dialogue", "consultation", "consultations"})
# Nouns for political parties, which the role tables leave out ("party" alone has other senses).
PARTY_LEMMAS = frozenset({"party"})


def _code(country: str | None, sector: str) -> str:
    return (country or "") + sector


@functools.lru_cache(maxsize=8192)
def _gazetteer_country(name: str) -> str | None:
    """The country of a place name in the gazetteer (cached: the same places recur in every article)."""
    place = geocode(name)
    return place.country if place is not None else None


def _place_country(finder: Finder, tok: Token) -> str | None:
    """The country of a place name at ``tok``: a dictionary place, else a gazetteer town."""
    m = finder.at[tok.i]
    if m is not None and m.entries[0].kind in COUNTRY_KINDS:
        return m.entries[0].code[:3]
    ent = finder.tokens.entity_at(tok.i)
    if ent is not None and ent.label_ in PLACE_LABELS:
        return _gazetteer_country(ent.text)
    return None


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
    while head.dep_ in ("poss", "compound", "amod", "nmod", "appos") and head.head is not head:
        head = head.head  # "German farmers' associations demanded": the phrase's place counts
    return acted_on(head)


def acted_on(head: Token) -> bool:
    """Whether a noun names who is acted on: an object, a passive subject, the object of a
    preposition other than a passive's "by"."""
    if head.dep_ == "pobj":
        return head.head.lower_ != "by"
    return head.dep_ in VICTIM_DEPS


def _sentence_countries(finder: Finder, sent: Span, state: bool = False) -> set[str]:
    """The countries a sentence names; for a ``state`` body, not those of its bystanders."""
    doc = finder.doc
    countries = {f.coded.country for f in finder.found
                 if f.coded.country and sent.start <= f.start < sent.end and f.coded.rule != "context-country"
                 and f.coded.sector != "MED"  # "the French news agency AFP quoted ...": a reporter's home
                 and not (state and bystander(f.coded.kind, f.coded.sector, f.coded.rule, doc[f.start:f.end]))
                 and not _spoken_from(doc[f.end - 1])}
    for ent in finder.tokens.ents_within(sent.start, sent.end):
        if ent.label_ == "GPE" and not _spoken_from(ent.root):
            country = _gazetteer_country(ent.text)
            if country:
                countries.add(country)
    return countries


def _spoken_from(place: Token) -> bool:
    """"Speaking by telephone from Addis Ababa, the rebel spokesman blamed the government": where
    a speaker speaks from says nothing of whose bodies he speaks about."""
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in SPEAKING_FROM


def venue(head: Token) -> bool:
    """Whether a place's preposition hangs on a meeting ("talks in Geneva") or on a verb whose
    subject is one ("the talks opened in Geneva")."""
    if head.lemma_.lower() in VENUE_NOUNS:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in VENUE_NOUNS for c in head.children)


def venue_place(tok: Token) -> bool:
    """Whether a place name is where a meeting is held ("talks opened in Geneva, *Switzerland*"),
    which says nothing of whose the people at it are."""
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in GROUND_PREPS and venue(prep.head)


def _foreign_doers(finder: Finder, head: Token) -> set[str]:
    """The countries of the states that act on a state body named as an object: "The US and the
    EU urged *the authorities* to release them" -- a state urging, condemning or sanctioning
    "the authorities" acts on another country's, so its own country is no guess for them."""
    if not acted_on(head):
        return set()
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    out: set[str] = set()
    for subj in subjects:
        f = next((f for f in finder.found if f.start <= subj.i < f.end), None)
        if f is not None and f.coded.country and f.coded.sector in (None, "GOV"):
            out.add(f.coded.country)
    return out


def _fighting_ground(finder: Finder, sent: Span) -> str | None:
    """The one country of the places a sentence says things happen in ("in northern Mali",
    "near Goma", "the town of Kidal"): where bare rebels and insurgents of that sentence fight.
    Countries named otherwise (a government, a foreign army they fight) say nothing of where
    the rebels are from; ``None`` when the places name no country or several."""
    countries = set()
    for tok in sent:  # one sentence, only for a bare armed group
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN":
            continue
        prep = tok.head
        if venue(prep.head) or prep.head.lemma_.lower() in SPEAKING_WORDS:
            # "talks with the rebels opened in Geneva", "the minister, speaking in Washington,
            # described the militants ...": where people talk, not where the rebels fight
            continue
        if prep.lower_ in GROUND_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS):
            country = _place_country(finder, tok)
            if country is None:
                return None  # a place of no known country: no guess
            countries.add(country)
    return next(iter(countries)) if len(countries) == 1 else None


def _owner_country(finder: Finder, owner: Token) -> str | None:
    """The country of a possessor that names one: a place ("Chile's"), or a mention with a
    country ("Argentina's teachers' unions"); pronouns are left to coreference."""
    if owner.pos_ == "PRON":
        return None
    country = _place_country(finder, owner) if owner.pos_ == "PROPN" else None
    if country:
        return country
    return next((f.coded.country for f in finder.found if f.start <= owner.i < f.end and f.coded.country), None)


def _guessable(coded: Coded) -> bool:
    """Whether an actor without a country may take its sentence's only country."""
    if coded.sector in DOMESTIC_SECTORS:
        return coded.kind in INSTITUTION_KINDS
    return coded.sector in PEOPLE_SECTORS and coded.kind in GROUP_KINDS


def _other_of_kind(finder: Finder, found: Found) -> str | None:
    """"Santos, an NPA commander, and five other rebels": "other" members of the kind of the
    actor they are coordinated with are of its country."""
    doc = finder.doc
    if found.start >= len(doc) or doc[found.start].lower_ != "other":
        return None
    i = found.start - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in {"at", "least", "about", "some", "several"}):
        i -= 1  # "and at least five other rebels"
    if i < 0 or doc[i].lower_ != "and":
        return None
    sent = sentence_of(doc[found.start])
    before = [f for f in finder.found if sent.start <= f.start and f.end <= i]
    partner = max(before, key=lambda f: f.end, default=None)
    if partner is None or partner.coded.sector != found.coded.sector:
        return None
    return partner.coded.country


def _served_body(finder: Finder, found: Found) -> tuple[str, str | None] | None:
    """"the leaders of both large opposition parties", "a spokesman for the Kenyan army": a
    title that serves the body it names after "of"/"for" takes that body's sector (and its
    country, when the title names none), as ``(sector, country)``."""
    head = finder.doc[found.end - 1]
    if found.coded.sector != "GOV" or head.lemma_.lower() not in SERVING_LEMMAS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            body = next((f for f in finder.found if f.start <= pobj.i < f.end), None)
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


def _international_compound(finder: Finder, noun: Token) -> tuple[str, str | None] | None:
    """An international body named on a common noun ("the *AU* mission", "the *UN* refugee
    agency"): the noun is that body's, so a title serving it is international."""
    for word in noun.children:
        if word.dep_ != "compound":
            continue
        body = next((f for f in finder.found if f.start <= word.i < f.end), None)
        if body is not None and body.coded.sector in INTERNATIONAL_SECTORS and body.coded.country is None:
            return body.coded.sector, None
    return None


def _titled_by_apposition(finder: Finder, found: Found) -> Coded | None:
    """"Ukraine's lead negotiator, Olena Koval, said": a name nothing codes, set beside a
    title that is coded, is that title's holder."""
    head = finder.doc[found.end - 1]
    if head.dep_ != "appos":
        return None
    holder = head.head
    if holder.dep_ == "pobj" and holder.head.lower_ in POST_PREPS and holder.head.head.i < holder.i:
        # "the U.N. envoy for Syria, Geir Pedersen,": the parser sets the name beside the post's
        # country, but it names the envoy, not Syria
        holder = holder.head.head
    title = next((f for f in finder.found if f.start <= holder.i < f.end and f is not found), None)
    if title is None or title.coded.kind != "person" or title.coded.code is None or title.person_key:
        return None
    return title.coded


def _posted_for_owner(finder: Finder, found: Found) -> Coded | None:
    """"Wang's deputy in Washington", "the president's envoy in Nairobi": a title owned by
    someone, placed "in" a town, serves its owner there; the town does not say whose it is. The
    owner's country when it has one, else none (a pronoun's owner is left to coreference)."""
    coded = found.coded
    if coded.kind != "person" or coded.rule != "title" or not coded.country or not coded.sector:
        return None
    span = finder.doc[found.start:found.end]
    owners = [c for c in span.root.children if c.dep_ == "poss" and c.i < found.start]
    if not owners or not any(t.lower_ == "in" and t.i > span.root.i for t in span):
        return None
    country = _owner_country(finder, owners[0])
    if country == coded.country:
        return None
    return Coded(_code(country, coded.sector), country, coded.sector, coded.kind,
                 "role-place" if country else coded.rule, coded.role)


def add_context_countries(finder: Finder) -> None:
    """Give state roles without a country the country of their place or of their sentence."""
    for found in finder.found:
        coded = found.coded
        if coded.rule == "org-ambiguous":
            continue  # a name of several countries' bodies: only the story may choose (story.context)
        if coded.code is None and coded.kind == "person" and (titled := _titled_by_apposition(finder, found)):
            found.coded = titled
            continue
        posted = _posted_for_owner(finder, found)
        if posted is not None:
            coded = found.coded = posted
        served = _served_body(finder, found)
        if served is not None and served != (coded.sector, coded.country):
            sector, country = served
            rule = coded.rule if country == coded.country else "role-place"
            coded = found.coded = Coded(_code(country, sector), country, sector, coded.kind, rule, coded.role)
        if coded.country is None and coded.sector and (country := _other_of_kind(finder, found)):
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "coordinated", coded.role)
            continue
        if coded.country is None and coded.sector in ARMED_SECTORS and coded.kind in GROUP_KINDS \
                and (country := _fighting_ground(finder, sentence_of(finder.doc[found.end - 1]))):
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "context-country",
                                coded.role)
            continue
        if coded.country or coded.sector not in DOMESTIC_SECTORS | ORIGIN_SECTORS or found.person_key:
            continue
        head = finder.doc[found.end - 1]
        # "the president's envoy in Nairobi": the owner hangs on the phrase's root, not its last word
        owners = [c for c in finder.doc[found.start:found.end].root.children if c.dep_ == "poss"]
        if owners:
            # "Argentina's teachers' unions": a country possessor names the country; "his
            # government", "their army": a pronoun's antecedent decides (coreference).
            country = _owner_country(finder, owners[0])
            if country:
                found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "role-place", coded.role)
            continue
        country = _role_place(finder, found)
        rule = "role-place"
        if country is None and _guessable(coded):
            countries = _sentence_countries(finder, sentence_of(head), coded.sector in DOMESTIC_SECTORS)
            if coded.sector in DOMESTIC_SECTORS:
                countries -= _foreign_doers(finder, finder.doc[found.start:found.end].root)
            country, rule = (next(iter(countries)), "context-country") if len(countries) == 1 else (None, rule)
        if country:
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, rule, coded.role)
    for found in finder.found:
        coded = found.coded
        if coded.kind == "person" and coded.country is None and coded.sector and not found.person_key \
                and (titled := _titled_by_apposition(finder, found)) is not None and titled.country:
            # "the spokesman for the Iranian foreign ministry, Bahram Qasemi,": once the title has
            # its country (from the body it serves), the name set beside it has it too
            found.coded = Coded(titled.country + coded.sector, titled.country, coded.sector, coded.kind,
                                "role-place", coded.role)
        elif coded.sector == "BUS" and coded.country and _central_bank(finder, found, coded.country):
            found.coded = Coded(coded.country + "GOV", coded.country, "GOV", coded.kind, coded.rule, coded.role)


def _central_bank(finder: Finder, found: Found, country: str) -> bool:
    """"The Bank of Ghana", "the Reserve Bank of Zimbabwe": a bank named after its country is the
    state's central bank, except the few commercial banks so named ("Bank of America", "Bank of
    China", "Bank of Ireland")."""
    text = finder.doc[found.start:found.end].text
    return bool(_CENTRAL_BANK.match(text)) and country not in COMMERCIAL_COUNTRY_BANKS
