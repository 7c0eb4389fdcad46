"""Story context: the article's principal countries, and the country of bare agents.

A bare agent ("police", "protesters", "the interior ministry", "rebels", "officials") takes its
country from the closest evidence, in this order, and the actor records which rule gave it
(``Actor.country_rule``):

1. ``modifier``: its own words ("Kenyan police", "the Zambian army"), or a name that carries
   one (a country, a person in the persons table, an organisation);
2. ``place``: a place in its clause or sentence ("police in Lusaka"; a sentence naming exactly
   one country), found by :mod:`newsevents.actors.context`;
3. ``coreference``: another mention of the same actor that has a country;
4. ``story``: the story's principal country, from the dateline, the headline and the lead;
   in a story of several countries, a body of the country's own politics (the opposition, a
   party, parliament, the courts, police, the electoral commission, the central bank) takes the
   dateline's country when that is one of them; any other agent, ``nearby``: the one principal
   country its own sentence names, else the one the nearest sentence before that names any
   names, in the same paragraph.

With several principal countries and no local evidence the agent is left without a country,
with a warning, rather than guessed. When the sentence that first mentions the agent names another
country than the story's, that is local evidence against the story country: it is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from newsevents.actors.coding import TRANSNATIONAL_RULE
from newsevents.actors.delegations import travelling_body
from newsevents.actors.joint_bodies import of_several_states
from newsevents.actors.place_clues import returned_from, spoken_from, trip_venue, venue_place
from newsevents.actors.shared_modifiers import RULE as SHARED_MODIFIER
from newsevents.actors.shared_names import known_countries, region_country
from newsevents.actors.unknown_doers import UNKNOWN_WORDS
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import doc_text, span_text
from newsevents.places import country_code
from newsevents.records import Actor, ActorMention, Span
from newsevents.story.congress import rehome_bare_congress
from newsevents.story.counterpart_titles import twin_country
from newsevents.story.dateline_abroad import abroad_dateline
from newsevents.story.earlier_sides import earlier_side_country
from newsevents.story.foreign_bodies import acting_states, other_country, several_sentences

# the countries a text or a sentence names moved to story/named_countries.py; named here too
from newsevents.story.named_countries import (
    ENVOY_OWNER,
    acted_on_countries,
    named_countries,
    nearby_country,
    sentence_allows,
    venue_tokens,
)
from newsevents.story.named_countries import text_countries as text_countries
from newsevents.story.paragraph_agents import other_agent_before
from newsevents.story.place_names import person_spans, without_persons
from newsevents.story.structure import Story
from newsevents.story.visitor_evidence import blank_spans, headline_host, visitor_spans

# Sectors of agents that live in one country; refugees (often abroad) are left out.
AGENT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "CVL", "LAB", "EDU", "BUS",
                           "MED", "REL", "HLH", "AGR", "PTY", "SPY", "ELI"})
AGENT_KINDS = frozenset({"group", "organization"})
LEAD_SENTENCES = 2
# Sectors of a country's own politics, which a story's dateline places when nothing nearer does.
HOME_SECTORS = frozenset({"OPP", "PTY", "LEG", "JUD", "COP"})
HOME_ROLES = frozenset({"electoral commission", "election commission", "central bank"})
# The rule names of :mod:`newsevents.actors` whose country comes from a place near the actor.
PLACE_RULES = frozenset({"role-place", "context-country"})
# Mentions that name an actor again ("the soldiers" after "Eritrean soldiers"): no new evidence.
REPEATED_RULES = frozenset({"coref-group"})
NOT_EVIDENCE = PLACE_RULES | REPEATED_RULES
_LOCATIVE = re.compile(r"\s(?:in|of|from|at)\s")
# Diplomats and missions are abroad by office: "the Japanese ambassador's residence" in Lima, "the
# U.S. embassy" in Kabul say nothing of where the story is (their country still counts elsewhere).
_ENVOY = re.compile(r"\b(?:ambassador|embassy|consulate|envoy|diplomat|charg[eé] d'affaires)", re.I)
# The titles of those offices alone (no buildings; "diplomat" is a rank held at home too): a bare holder
# ("the envoy") is as likely the host's as the sender's.
_ENVOY_TITLE = re.compile(r"\b(?:ambassador|envoy|emissary|consul|charg[eé] d'affaires)", re.I)
# Words that say a bare agent is from outside the story's country ("Western diplomats", "foreign
# observers"); "foreign" in an office's name ("the foreign minister") is the country's own.
_OUTSIDER = re.compile(r"\b(?:western|international|overseas|foreign(?!\s+(?:minist|secretar|office|affairs|"
                       r"relations|policy|service|intelligence)))\b", re.I)
# A militia is a bare role like "rebels" (CONVENTIONS 2.2: the gold codes a militia fighting in one
# country with that country); "gunmen", "armed groups" stay unknown men with no country.
_MILITIA = re.compile(r"\bmilitia(?:s|men|man)?$", re.I)
# A militia named by whom it serves ("pro-Indonesian militias", "Rwanda-backed militia") is a proxy:
# its backer's or its battleground's is a guess either way, so it is left without a country.
_STANCE = re.compile(r"^(?:pro|anti)-|-(?:backed|allied|aligned|sponsored|funded)$")


def lead_sentences(doc: Doc, start: int, limit: int = LEAD_SENTENCES) -> list[tuple[int, int]]:
    """Character spans of the first body sentences (after the headline and dateline)."""
    spans = []
    for sent in doc_view(doc).sentences()[0]:  # doc.sents, built once
        if sent.end_char <= start or not span_text(sent).strip():
            continue
        spans.append((sent.start_char, sent.end_char))
        if len(spans) == limit:
            break
    return spans


def _evidence(doc: Doc, story: Story, mentions: Iterable[ActorMention]) -> list[tuple[Span, list[str]]]:
    """The countries each piece of story evidence names, in text order (so that ties between
    countries break the same way in every process): the dateline, the headline, each lead sentence."""
    out: list[tuple[Span, list[str]]] = []
    venue = _venue(story)
    if story.country and story.dateline_span:
        out.append((story.dateline_span, [story.country]))
    if story.headline:
        host = headline_host(story.headline)  # "German Minister Visits Kenya": the visitor's is no story country
        head = story.headline if host is None else host
        if story.headline_span and host is None:  # "Milan Petrovic arrested": a person's name is no place
            head = without_persons(doc, *story.headline_span, head)
        out.append((story.headline_span or (-1, -1), list(dict.fromkeys(text_countries(venue(head))))))
    text = doc_text(doc)
    for start, end in lead_sentences(doc, story.body_start):
        trips = visitor_spans(doc, start, end, mentions)  # "Chinese Premier Li arrived in Kathmandu"
        piece = blank_spans(_blank_venues(doc, start, end, text), start, trips)
        named = [m.country for m in sorted(mentions, key=lambda m: m.start_char)
                 if start <= m.start_char < end and m.country and m.country != "---"  # a sea ("---") is no country
                 and (m.start_char, m.end_char) not in trips
                 and (m.kind == "person" or piece[m.start_char - start:m.end_char - start].strip())  # at a venue
                 and m.rule not in NOT_EVIDENCE
                 and not (story.place and m.text == story.place) and not _ENVOY.search(m.text)
                 and not _outlet(m)]
        lead = ENVOY_OWNER.sub(lambda g: " " * len(g.group()), venue(piece))
        out.append(((start, end), list(dict.fromkeys([*named, *text_countries(lead)]))))
    return [(span, countries) for span, countries in out if countries]


def _blank_venues(doc: Doc, start: int, end: int, text: str) -> str:
    """``text[start:end]`` with the places of meetings and signings blanked ("talks opened in Geneva",
    "the truce signed in Addis Ababa"), and where a speaker speaks from ("speaking from Nairobi"):
    where parties meet or talk says nothing of where the story happens. A trip's destination is
    kept ("arrived in Canberra for the meeting": the host is often a side)."""
    piece = text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    for a, b in person_spans(span, start) if span is not None else ():  # "Milan Petrovic" is no place
        piece = piece[:a] + " " * (b - a) + piece[b:]
    for tok in venue_tokens(doc, span.start, span.end) if span is not None else ():
        # a trip's destination stays: whose the traveller is and whose the host is, is
        # story/visitor_evidence.py's question ("McCully was due to arrive in Canberra for the meeting")
        if (venue_place(tok) and not trip_venue(tok)) or spoken_from(tok) or returned_from(tok):
            a, b = tok.idx - start, tok.idx + len(tok.text) - start
            piece = piece[:a] + " " * (b - a) + piece[b:]
    return piece


def _outlet(mention: ActorMention) -> bool:
    """Whether a mention is a news outlet or its staff ("the BBC", "a reporter for Al Jazeera"):
    where a story is reported from or by says nothing of where it happens."""
    return mention.sector == "MED" and mention.kind in ("organization", "person")


def _venue(story: Story) -> Callable[[str], str]:
    """A function that blanks the dateline's city out of a text: "GENEVA — talks in Geneva" names
    the place once, not twice. A city that is only the venue of others' talks would otherwise win
    the story with the dateline and the venue together; a country named as such still counts."""
    place = story.place
    if not place or not story.country or country_code(place) is not None:
        return lambda text: text
    pattern = re.compile(rf"\b{re.escape(place)}\b", re.I)
    return lambda text: pattern.sub(" ", text)


def principal_countries(doc: Doc, story: Story, mentions: Iterable[ActorMention]) -> tuple[str | None, list[str]]:
    """The story's country (``None`` when it has several or none) and its principal countries.

    Evidence: the dateline's place, the countries the headline names, and the countries of the
    lead's actors and places. One country leads when it has at least twice the evidence of the next.
    """
    counts: Counter[str] = Counter()
    for _, countries in _evidence(doc, story, mentions):
        counts.update(sorted(countries))  # ties keep one order in every process (sets do not)
    if not counts:
        return None, []
    ranked = counts.most_common()
    top, top_n = ranked[0]
    if len(ranked) == 1 or top_n >= 2 * ranked[1][1]:
        return top, [top]
    return None, [c for c, n in ranked if 2 * n >= top_n]


def _supported_elsewhere(evidence: list[tuple[Span, list[str]]], country: str, own: list[ActorMention]) -> bool:
    """Whether the story country has evidence outside the actor's own sentences: a one-sentence
    text is a sentence, not a story, and there the sentence rules alone decide."""
    return any(country in countries and not any(s <= m.start_char < e for m in own)
               for (s, e), countries in evidence)


def _is_agent(actor: Actor) -> bool:
    if _OUTSIDER.search(actor.text):
        return False  # "Western officials", "foreign diplomats": not of the story's country
    if actor.kind == "person" and actor.code is None:
        return True  # a named person nothing else codes: a local, unless its sentence says otherwise
    if actor.sector not in AGENT_SECTORS and not _bare_militia(actor):
        return False
    # "officials", "a spokesman": a role with no name; a named person counts only when a title
    # gave it its sector ("opposition leader X", "police chief X") and nothing its country.
    return actor.kind in AGENT_KINDS or (actor.kind == "person" and
                                         (actor.name == actor.name.lower() or actor.rule == "title"))


def _bare_militia(actor: Actor) -> bool:
    """Whether a countryless unknown armed group is a militia ("rival militias", "the militiamen"),
    which takes the story's country as bare rebels do; "unidentified militiamen" say no side, and
    "pro-Indonesian militias" a patron's (:data:`_STANCE`)."""
    words = actor.text.lower().split()
    return actor.sector == "UAF" and actor.country is None and bool(_MILITIA.search(actor.text)) \
        and not UNKNOWN_WORDS.intersection(words) and not any(_STANCE.search(w) for w in words)


def _posted_abroad(actor: Actor) -> bool:
    """Whether an unnamed person without a country ("the envoy", "the ambassador") holds an office
    abroad by its nature (ambassador, envoy, emissary, consul, charge d'affaires). A named holder
    ("Ambassador Jane Doe") is left to the story rules: a name is more often a local's."""
    return actor.kind == "person" and actor.name == actor.name.lower() \
        and bool(_ENVOY_TITLE.search(actor.role or actor.text))


def _country_rule(actor: Actor) -> str | None:
    if actor.country is None:
        return None
    if actor.rule in PLACE_RULES or (actor.kind in AGENT_KINDS and _LOCATIVE.search(actor.text)):
        return "place"  # "police in Kampala": the place is inside the actor's own phrase
    if actor.rule.startswith("coref") or actor.rule == "coordinated":
        return "coreference"
    if actor.rule == SHARED_MODIFIER:
        return SHARED_MODIFIER  # "Philippine coast guard and diplomatic officials"
    return "modifier" if actor.kind in AGENT_KINDS or actor.kind == "person" else "name"


def _set_country(actor: Actor, mentions: list[ActorMention], index: int, country: str, rule: str) -> None:
    sector = actor.sector or ""
    actor.country, actor.code, actor.country_rule = country, country + sector, rule
    for m in mentions:
        if m.entity == index and m.country is None:
            m.country, m.code = country, country + (m.sector or sector)


def apply_story_context(doc: Doc, story: Story, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Give bare agents a country by coreference or from the story, and name each actor's country rule."""
    for actor in actors:
        actor.country_rule = _country_rule(actor)
    country, principal = principal_countries(doc, story, mentions)
    if rehome_bare_congress(doc, actors, mentions, lambda ms: principal_countries(doc, story, ms)[1],
                            text_countries, story.warnings):
        country, principal = principal_countries(doc, story, mentions)  # a rehomed "Congress" votes anew
    evidence = _evidence(doc, story, mentions)
    # the venues of meetings and signings blanked: "signed in Gabon's capital" names no one of Gabon
    placed = _blank_venues(doc, 0, len(doc_text(doc)), doc_text(doc))
    if (abroad := abroad_dateline(story, placed, evidence, mentions)) is not None:
        # "PHNOM PENH —" over a story of Philippine talks that never names Cambodia again
        story.warnings.append(f"the dateline {story.place!r} is only where the story is filed: the text names "
                              f"no one of {story.country} again, and {abroad} for its actors")
        country, principal = abroad, [abroad]
    story.countries = principal
    for index, actor in enumerate(actors):
        if actor.rule == "org-ambiguous":
            _place_shared_name(doc, story, principal, actor, mentions, index)
            continue
        if actor.rule == TRANSNATIONAL_RULE:
            story.warnings.append(f"{actor.text!r} has no country: a transnational group is no country's")
            continue
        if not _is_agent(actor):
            continue
        own = [m for m in mentions if m.entity == index]
        if actor.country is not None:
            # coreference: a later bare mention of an actor whose country is known
            for m in own:
                if m.country is None:
                    m.country, m.code = actor.country, actor.country + (m.sector or actor.sector or "")
            continue
        if own and of_several_states(doc, own[0].start, own[0].end):
            story.warnings.append(f"{actor.text!r} has no country: it is drawn from several countries")
            continue
        if _posted_abroad(actor) or (own and travelling_body(actor, doc, own[0].start)):
            # "the envoy", "the ambassador": an office held abroad, so the story's country is as
            # likely the host's as the sender's; left empty rather than guessed
            story.warnings.append(f"{actor.text!r} has no country: an envoy's is not the story's")
            continue
        if own and (other := other_country(principal, acting_states(doc, own[0], mentions))) is not None:
            _set_country(actor, mentions, index, other, "story")  # "France criticized the junta": Mali's
            continue
        twin = twin_country(doc, own[0], actors, mentions) if own else None
        if twin is not None and ((country is None and len(principal) > 1) or twin == country):
            # "Foreign Secretary K and Pakistani Foreign Secretary S": K is S's counterpart
            others = [c for c in principal if c != twin]
            if len(principal) == 2 and len(others) == 1:
                _set_country(actor, mentions, index, others[0], "nearby")
            else:
                story.warnings.append(f"{actor.text!r} has no country: the holder of the same title "
                                      f"named with him is {twin}'s")
            continue
        if country is None and own and len(principal) > 1:
            # a dateline whose country the story names nowhere else is only where the reporter is
            # ("ISLAMABAD — Afghan officials said ..."): its country is no home for bare bodies
            home = _dateline_home(story, principal, actor) if _named_beyond_dateline(story, evidence) else None
            if home is not None and sentence_allows(doc, own[0], home, mentions):
                _set_country(actor, mentions, index, home, "story")
                continue
            near = nearby_country(doc, own[0], principal, mentions)
            if near is not None and _supported_elsewhere(evidence, near, own):
                _set_country(actor, mentions, index, near, "nearby")
                continue
        if country is None:
            if own and len(principal) > 1 and (side := earlier_side_country(doc, actor, own[0], mentions)):
                _set_country(actor, mentions, index, side, "coreference")  # "the rebels": the side told before
                continue
            if len(principal) > 1:
                story.warnings.append(f"{actor.text!r} has no country: the story names several "
                                      f"({', '.join(principal)}) and its sentence none")
            continue
        # The first mention introduces an actor: a foreigner is introduced with the country
        # ("Costa Rican police"); a later sentence naming another country ("flown to Costa Rica")
        # says nothing of where the actor belongs.
        if own and sentence_allows(doc, own[0], country, mentions) and (
                _supported_elsewhere(evidence, country, own) or (
                several_sentences(doc) and country in named_countries(doc, own[0], mentions, speech=True))):
            if actor.kind == "person" and actor.sector and country in acted_on_countries(doc, own[0], mentions):
                story.warnings.append(f"{actor.text!r} has no country: its own verb acts on the story's")
                continue  # "X visited Uganda. The president thanked Uganda": not Uganda's president
            if other_agent_before(doc, own[0], actor.sector, country, mentions, {i: a.country_rule for i, a in
                                                                                 enumerate(actors)}):
                story.warnings.append(f"{actor.text!r} has no country: the sentence before names another's")
                continue  # "The Kenyan government fired ... A government spokesperson said" (paragraph_agents.py)
            _set_country(actor, mentions, index, country, "story")
        elif own and (side := earlier_side_country(doc, actor, own[0], mentions)):
            _set_country(actor, mentions, index, side, "coreference")  # its sentence names another country


def _named_beyond_dateline(story: Story, evidence: list[tuple[Span, list[str]]]) -> bool:
    """Whether the story names its dateline's country in the headline or the lead too."""
    return any(story.country in countries for span, countries in evidence if span != story.dateline_span)


def _dateline_home(story: Story, principal: list[str], actor: Actor) -> str | None:
    """The dateline's country for a body of a country's own politics ("the opposition", "the
    ruling party", "parliament", "the electoral commission") in a story of several countries:
    a reporter in Harare writing of "the opposition" means Zimbabwe's. Offices that deal with
    other states (ministers, envoys, the army) get no such guess."""
    if story.country is None or story.country not in principal or story.dateline_span is None:
        return None
    home = (actor.sector or "") in HOME_SECTORS or (actor.role or "").lower() in HOME_ROLES
    return story.country if home else None


def _place_shared_name(doc: Doc, story: Story, principal: list[str], actor: Actor,
                       mentions: list[ActorMention], index: int) -> None:
    """A name bodies of several countries use ("National Liberation Army", "Joint Chiefs of
    Staff") takes the story's principal country the name is known in, when there is exactly one,
    and else stays without a country: no guess from elsewhere (the first way of
    :mod:`newsevents.actors.shared_names`). Of two such countries, the one whose region the story
    names is the one meant (:func:`~newsevents.actors.shared_names.region_country`)."""
    if actor.country is not None:
        return
    known = [c for c in principal if c in (known_countries(actor.name) or known_countries(actor.text))]
    if len(known) > 1 and (region := region_country(doc_text(doc), known)) is not None:
        known = [region]  # "Sinn Fein" in a story of Britain and Ireland that names Northern Ireland
    if len(known) == 1:
        _set_country(actor, mentions, index, known[0], "story")
        return
    story.warnings.append(f"{actor.text!r} has no country: the name is used in several countries "
                          f"and the story is not one of them")
