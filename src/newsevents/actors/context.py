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
- A place set before a clause as its scene ("In Britain, The Times called the vote an attack") gives
  the clause's subject its country when it has none (session 20: ``place_clues.fronted_country``).
- A title that serves a body named after it takes the body's sector, and its country when the
  title has none: "the leaders of the opposition parties" (OPP), "a spokesman for the Kenyan
  army" (KENMIL).
- A name nothing codes, in apposition to a coded title, is that title's holder: "Ukraine's lead
  negotiator, Olena Koval," (UKRGOV).
- "Other" members coordinated with a named actor of the same sector are of its country: "Santos,
  an NPA commander, and five other rebels" (rule ``coordinated``).
- A country modifier stands over coordinated heads of one state: "Philippine coast guard and
  diplomatic officials" (rule ``shared-modifier``, :mod:`newsevents.actors.shared_modifiers`).

The clues these rules read from places and sentences are in :mod:`newsevents.actors.place_clues`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsevents.actors.body_forces import body_force
from newsevents.actors.coding import Coded
from newsevents.actors.counterpart_names import counterpart_name
from newsevents.actors.crowds import crowd_of_people
from newsevents.actors.delegates import delegate_body
from newsevents.actors.delegations import delegation_country, is_delegation
from newsevents.actors.igo_holders import international_holder, named_next
from newsevents.actors.igo_titles import recalled_igo
from newsevents.actors.joint_bodies import of_several_states, placed_abroad
from newsevents.actors.lexicon import shared_countries
from newsevents.actors.loyalty import faction_name, loyal_side
from newsevents.actors.offices import office_country
from newsevents.actors.place_clues import (
    ORIGIN_SECTORS,
    PEOPLE_SECTORS,
    counterpart_states,
    fighting_ground,
    foreign_doers,
    fronted_country,
    owner_country,
    role_place,
    sentence_countries,
)
from newsevents.actors.protest_targets import CROWD_SECTORS, protest_targets
from newsevents.actors.rival_captors import rival_captors
from newsevents.actors.served_bodies import (
    igo_official,
    leader_country,
    member_body,
    origin_body,
    outlet_body,
    served_body,
)
from newsevents.actors.shared_modifiers import shared_modifier
from newsevents.actors.speakers import said_span
from newsevents.actors.unknown_doers import unknown_doer
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import sentence_of
from newsevents.story.congress import dateline_congress

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

# Prepositions that join a post to the country or matter it deals with ("envoy for Syria").
POST_PREPS = frozenset({"for", "to", "on"})
# Parts of speech of a word that may own a title's phrase ("the *wife* of the army spokesman").
NOUN_POS = ("NOUN", "PROPN")
# How many prepositions a name's apposition is followed back through to the title it names
# ("activist *with* a group *in* Brazzaville, X,").
HOLDER_CLIMBS = 3
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
INSTITUTION_KINDS = frozenset({"group", "organization"})
GROUP_KINDS = frozenset({"group"})
# Armed groups that fight where the text places them ("rebels in northern Mali").
ARMED_SECTORS = frozenset({"REB", "INS"})
# State forces, which a people's or a faith's name makes non-state fighters ("Kurdish forces").
STATE_FORCES = frozenset({"MIL", "COP"})
SUPRANATIONAL = frozenset({"arab", "western", "african", "european", "asian", "gulf", "allied", "muslim",
                           "international", "foreign", "latin", "nordic", "baltic", "balkan", "soviet"})
# Bodies that are the country of whoever leads them ("a coalition led by", "a delegation led by").
LED_SECTORS = frozenset({"MIL", "GOV"})
_CENTRAL_BANK = re.compile(r"(?:[Tt]he )?(?:Reserve |Central )?Bank of (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*$")
# Countries whose "Bank of X" is a commercial bank (the central bank has another name).
COMMERCIAL_COUNTRY_BANKS = frozenset({"USA", "CHN", "IRL", "CYP", "IND", "GBR"})


def _code(country: str | None, sector: str) -> str:
    return (country or "") + sector


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


def _people_force(finder: Finder, found: Found) -> bool:
    """Whether a state force with no country is named by a people or a faith that is no state's
    ("Kurdish forces", "Shiite militias"): an adjective the parser labels a nationality or religious
    group that gave no country. Supranational words ("Arab coalition forces", "Western troops") are
    not a people's."""
    root = finder.doc[found.start:found.end].root
    return any(c.dep_ == "amod" and c.ent_type_ == "NORP" and found.start <= c.i < found.end
               and c.lower_ not in SUPRANATIONAL for c in root.children)


def _fighting_among(finder: Finder, found: Found) -> str | None:
    """The one country of a shared armed group's name (orgs.tsv rows of several codes) that its
    sentence places the fighting in, if any."""
    country = fighting_ground(finder, sentence_of(finder.doc[found.end - 1]))
    if country is None:
        return None
    known = {c for i in range(found.start, found.end) if (m := finder.at[i]) is not None
             for entry in m.entries for c in shared_countries(entry.code)}
    return country if country in known else None


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
    climbs = 0
    while title is None and holder.dep_ == "pobj" and holder.head.head.i < holder.i and climbs < HOLDER_CLIMBS:
        # "An activist with a rights group in Brazzaville, Loamba Moke,": the parser sets the name
        # beside the last noun of the title's posting, which no one found; the posting is the title's
        holder, climbs = holder.head.head, climbs + 1
        title = next((f for f in finder.found if f.start <= holder.i < f.end and f is not found), None)
    if title is None or title.coded.kind != "person" or title.coded.code is None or title.person_key:
        return None
    post = finder.doc[title.start:title.end].root
    owner = post.head.head
    if post.dep_ == "pobj" and owner.i < post.i and owner.pos_ in NOUN_POS and not _found_at(finder, owner):
        return None  # "The wife of the army spokesman in Srinagar, Rani Kalia,": the phrase is the wife's
    return title.coded


def _found_at(finder: Finder, tok: Token) -> bool:
    """Whether some found mention covers ``tok``."""
    return any(f.start <= tok.i < f.end for f in finder.found)


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
    country = owner_country(finder, owners[0])
    if country == coded.country:
        return None
    return Coded(_code(country, coded.sector), country, coded.sector, coded.kind,
                 "role-place" if country else coded.rule, coded.role)


def add_context_countries(finder: Finder) -> None:
    """Give state roles without a country the country of their place or of their sentence."""
    for found in finder.found:
        coded = found.coded
        words = doc_view(finder.doc).lower[found.start:found.end]  # each token's lower_
        if (unknown := unknown_doer(words, coded)) is not None:
            found.coded = unknown  # "unidentified gunmen": no side, so no country to guess
            continue
        if coded.country and placed_abroad(finder.doc, found.start, found.end):
            # "world leaders in Jakarta": where they are met, not whose (actors/joint_bodies.py)
            found.coded = Coded(coded.sector, None, coded.sector, coded.kind, coded.rule, coded.role)
            continue
        if coded.rule == "org-ambiguous":
            # a name of several countries' bodies: where the sentence says an armed group fights
            # chooses among them ("Islamic State fighters near Raqqa"), else the story (story.context)
            if coded.sector in ARMED_SECTORS and (country := _fighting_among(finder, found)):
                # named, and placed by its sentence: as sure as a name of one country ("org")
                found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "org", coded.role)
            continue
        if (crowd := crowd_of_people(finder.doc[found.end - 1], coded)) is not None:  # "thousands of Sudanese"
            found.coded = crowd
            continue
        if (home := dateline_congress(finder.doc, found.start, found.end, coded.code, coded.role)) is not None:
            found.coded = Coded(home, home[:3], home[3:], coded.kind, coded.rule, coded.role)  # "LIMA - Congress"
            continue
        if (office := office_country(coded, words)) is not None:  # "the Pope": the Vatican's anywhere
            found.coded = office
            continue
        if coded.code is None and coded.kind == "person" and (titled := _titled_by_apposition(finder, found)):
            found.coded = titled
            continue
        if (member := member_body(finder, found)) is not None:  # "X of the Sierra Leone police"
            found.coded = member
            continue
        posted = _posted_for_owner(finder, found)
        if posted is not None:
            coded = found.coded = posted
        served = served_body(finder, found) or outlet_body(finder, found) or delegate_body(finder, found)
        if served is not None and served != (coded.sector, coded.country):
            sector, country = served
            rule = coded.rule if country == coded.country else "role-place"
            coded = found.coded = Coded(_code(country, sector), country, sector, coded.kind, rule, coded.role)
        if (igo := igo_official(finder, found) or recalled_igo(finder, found, words)
                or body_force(finder, found)) is not None:
            found.coded = igo  # "ministers of SADC", "UN envoy X ... the envoy", "NATO-led troops": the body's own
            continue
        if coded.country is None and coded.sector in LED_SECTORS and (country := leader_country(finder, found)):
            # "the coalition led by the United States", "a delegation led by Wang Yi": the leader's
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "role-place", coded.role)
            continue
        if (shared := shared_modifier(finder, found)) is not None:
            found.coded = shared  # "Philippine coast guard and diplomatic officials" (actors/shared_modifiers.py)
            continue
        if coded.country is None and coded.sector and (country := _other_of_kind(finder, found)):
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "coordinated", coded.role)
            continue
        if coded.country is None and coded.sector in STATE_FORCES and coded.kind in GROUP_KINDS \
                and _people_force(finder, found):
            # "Kurdish forces", "Sunni militias": a people's or a faith's fighters, not a state's army
            coded = found.coded = Coded("REB", None, "REB", coded.kind, coded.rule, coded.role)
        if coded.country is None and coded.sector in ARMED_SECTORS and coded.kind in GROUP_KINDS \
                and (country := fighting_ground(finder, sentence_of(finder.doc[found.end - 1]))):
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "context-country",
                                coded.role)
            continue
        if coded.country or coded.sector not in DOMESTIC_SECTORS | ORIGIN_SECTORS or found.person_key:
            continue
        # "the president's envoy in Nairobi": the owner hangs on the phrase's root, not its last word
        owners = [c for c in finder.doc[found.start:found.end].root.children if c.dep_ == "poss"]
        if owners:
            # "Argentina's teachers' unions": a country possessor names the country; "his
            # government", "their army": a pronoun's antecedent decides (coreference).
            country = owner_country(finder, owners[0])
            if country:
                found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "role-place", coded.role)
            continue
        if of_several_states(finder.doc, found.start, found.end):
            continue  # "officials from both countries": no one state's (actors/joint_bodies.py)
        if is_delegation(coded.role):
            # a delegation is its sender's, never its destination's (actors/delegations.py)
            if (country := delegation_country(finder, found)) is not None:
                found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, "role-place",
                                    coded.role)
            continue
        if (origin := origin_body(finder, found)) is not None:
            found.coded = origin  # "experts from the EU": the body's, not their sentence's country
            continue
        country = role_place(finder, found) or fronted_country(finder, found)
        rule = "role-place"
        if country is None and _guessable(coded):
            countries = _unsaid_countries(finder, found, coded.sector in DOMESTIC_SECTORS)
            if coded.sector in DOMESTIC_SECTORS:
                root = finder.doc[found.start:found.end].root
                countries -= foreign_doers(finder, root) | counterpart_states(finder, root)
            countries -= rival_captors(finder, finder.doc[found.start:found.end].root)  # "freed officers held by Hamas"
            if coded.sector in CROWD_SECTORS:  # "protesters demonstrated against Putin": not Russians
                countries -= protest_targets(finder, finder.doc[found.start:found.end].root)
            country, rule = (next(iter(countries)), "context-country") if len(countries) == 1 else (None, rule)
        if country:
            found.coded = Coded(country + coded.sector, country, coded.sector, coded.kind, rule, coded.role)
    for found in finder.found:
        coded = found.coded
        if (loyal := loyal_side(finder, found)) is not None:
            # "fighters loyal to the government": the side they serve, once it has its country
            found.name = faction_name(finder, found) or found.name
            found.coded = loyal
        elif coded.kind == "person" and coded.country is None and coded.sector and not found.person_key \
                and (titled := _titled_by_apposition(finder, found)) is not None and titled.country:
            # "the spokesman for the Iranian foreign ministry, Bahram Qasemi,": once the title has
            # its country (from the body it serves), the name set beside it has it too
            found.coded = Coded(titled.country + coded.sector, titled.country, coded.sector, coded.kind,
                                "role-place", coded.role)
        elif (counterpart := counterpart_name(finder, found)) is not None:
            found.coded = counterpart  # "his Pakistani counterpart Aizaz Chaudhry" (actors/counterpart_names.py)
        elif coded.sector == "BUS" and coded.country and _central_bank(finder, found, coded.country):
            found.coded = Coded(coded.country + "GOV", coded.country, "GOV", coded.kind, coded.rule, coded.role)
    for found in finder.found:
        if (holder := international_holder(finder, found)) is not None:
            # last: "U.N. Great Lakes envoy X", "UN Secretary General X, the President of Bolivia, Y"
            # hold the body's office whatever a table, a list or an apposition said (igo_holders.py)
            found.coded = holder
    for found in finder.found:
        if (named := named_next(finder, found)) is not None:
            # "The UN's envoy met X. *Christopher Ross* was received ...": the holder (igo_holders.py)
            found.coded = named


def _unsaid_countries(finder: Finder, found: Found, state: bool) -> set[str]:
    """The countries of a body's sentence, but for those named only in what the body says
    ("The authorities said the men had crossed from Somalia": not Somalia's authorities) or only
    beyond a semicolon ("Police said they held her; the U.S. has imposed sanctions": another
    clause's doer, not the police's country, fresh-news census of session 28)."""
    sent = _semicolon_part(sentence_of(finder.doc[found.end - 1]), found.start, found.end)
    said = said_span(finder.doc[found.start:found.end].root)
    if said is None:
        return sentence_countries(finder, sent, state)
    start, end = said
    return sentence_countries(finder, finder.doc[sent.start:start], state) | \
        sentence_countries(finder, finder.doc[end:sent.end], state)


def _semicolon_part(sent: Span, start: int, end: int) -> Span:
    """The part of ``sent`` between the semicolons around tokens ``[start, end)`` (the whole
    sentence when it has none there)."""
    texts = doc_view(sent.doc).texts
    marks = [i for i in range(sent.start, sent.end) if texts[i] == ";"]
    left = max((i + 1 for i in marks if i < start), default=sent.start)
    right = min((i for i in marks if i >= end), default=sent.end)
    return sent.doc[left:right]


def _central_bank(finder: Finder, found: Found, country: str) -> bool:
    """"The Bank of Ghana", "the Reserve Bank of Zimbabwe": a bank named after its country is the
    state's central bank, except the few commercial banks so named ("Bank of America", "Bank of
    China", "Bank of Ireland")."""
    text = finder.doc[found.start:found.end].text
    return bool(_CENTRAL_BANK.match(text)) and country not in COMMERCIAL_COUNTRY_BANKS
