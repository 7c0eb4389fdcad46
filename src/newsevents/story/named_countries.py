"""The countries a piece of text or an actor's sentence names, for the story context.

``text_countries`` reads country names, demonyms, capitals and cities of the dictionaries from
plain text; the rest reads an actor's sentence without what is no evidence of the actor's own
country: venues, where someone speaks from, bystanders acted on, what a speaking body says, and
the owners of embassies. :mod:`newsevents.story.context` uses them to give bare agents a country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsevents.actors.coding import SPONSOR_WORDS, STANCE_PREFIXES
from newsevents.actors.context import DOMESTIC_SECTORS as STATE_SECTORS
from newsevents.actors.lexicon import COUNTRY_KINDS, Lexicon, lexicon
from newsevents.actors.place_clues import (
    COUNTERPART_PREPS,
    OBJECT_DEPS,
    OWNER_DEPS,
    PLACE_KINDS,
    PLACE_NOUNS,
    PLACE_RULES,
    TOWN_NOUNS,
    acted_on,
    bystander,
    placeless_venue,
    returned_from,
    spoken_from,
    venue_place,
)
from newsevents.actors.speakers import said_chars
from newsevents.actors.sponsors import sponsor_spans
from newsevents.actors.whereabouts import whereabouts
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.sentences import doc_text, sentence_of, span_text
from newsevents.records import ActorMention
from newsevents.story.foreign_bodies import speaker_place
from newsevents.story.place_names import inside_feature_name

# "the Japanese ambassador's residence", "held the Japanese embassy staff": the owner of a mission
# abroad names no country of the sentence's actors
ENVOY_OWNER = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
                         r"(?=\s+(?i:ambassador|embassy|consulate|envoy|diplomat)s?\b)")
# News agencies whose names hold a country's name: "..., Agence France-Presse reported" cites a wire,
# it names no country of the sentence's actors (session 13)
_WIRE_NAMES = re.compile(r"\bAgence France[- ]Press[e]?\b|\bPress Trust of India\b|\bAssociated Press of Pakistan\b"
                         r"|\bDeutsche Presse[- ]Agentur\b", re.I)
# Initials keep their dots ("U.S."), a sentence's full stop is not part of its last word ("Niger.");
# a possessive ending is a word of its own ("Thailand’s" -> "Thailand", "’s"), as the tokenizer
# splits it; other inner apostrophes stay ("Côte d'Ivoire"). A hyphen is a word of its own, as the
# tokenizer and so the lexicon make it ("Guinea-Bissau" -> "Guinea", "-", "Bissau").
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:(?:['’](?![sS]\b)|\.)\w+)*|['’][sS]\b|[^\w\s]")


def text_countries(text: str) -> list[str]:
    """The countries a piece of text names (countries, demonyms, capitals, cities of the dictionaries)."""
    return list(_text_countries(text, lexicon()))


#: Lexicon kinds a person's name often borrows whole: "Fernando Pereira", "Lewis Hamilton".
_TOWN_KINDS = frozenset({"city", "capital"})


def name_spans(sent: SpacySpan) -> list[tuple[int, int]]:
    """Character spans of the persons' names (two words or more) in ``sent`` whose country words
    are only borrowed: a one-word town ("Carlos Mesa", "Fernando Pereira") or a country's word
    followed by more of the name ("Jordan Davis", "Chad Smith"). The recogniser also tags places
    as persons ("Sri Lanka's", "São Paulo", "Kirchner Argentina's"): a name of several words or
    a country's word ending the name is kept, as a place."""
    out = []
    for ent in doc_view(sent.doc).ents_within(sent.start, sent.end):
        if ent.label_ == "PERSON" and len(ent) >= 2 and _borrowed_only(ent):
            out.append((ent.start_char, ent.end_char))
    return out


def _borrowed_only(ent: SpacySpan) -> bool:
    words = [t.text for t in ent]
    found = [m for m in lexicon().matches(words) if m.entries[0].kind in COUNTRY_KINDS]
    return bool(found) and all(
        m.end - m.start == 1 and (m.entries[0].kind in _TOWN_KINDS
                                  or (m.end < len(words) and words[m.end][:1].isupper() and words[m.end].isalpha()))
        for m in found)


def sentence_text_countries(sent: SpacySpan) -> set[str]:
    """The countries a sentence's text names, not counting the words of persons' names: "Chad
    Smith", "Jordan Davis", "Fernando Pereira" (Pereira is a Colombian city) name no country."""
    return set(text_countries(without_spans(span_text(sent), sent.start_char, name_spans(sent))))


@functools.lru_cache(maxsize=4096)
def _text_countries(text: str, lex: Lexicon) -> tuple[str, ...]:
    """:func:`text_countries`, remembered per text and lexicon: the story context asks it of the
    same sentence for each actor in it and for the sentences before (a dozen calls per article,
    half of them of a text the article already asked about)."""
    words = _WORD.findall(_WIRE_NAMES.sub(" ", text))  # "Agence France-Presse reported" names no country
    out = []
    for m in lex.matches(words):
        entry = m.first(*COUNTRY_KINDS)
        # "ethnic Albanians" in Macedonia name a people, not the country of Albania (the lexicon
        # makes them a group); "a U.S.-backed government" names its sponsor, not its country
        sponsor = m.end + 1 < len(words) and words[m.end] == "-" and words[m.end + 1].lower() in SPONSOR_WORDS
        feature = inside_feature_name(words, m.start, m.end)  # "Lake Chad", "the Niger Delta"
        # "pro-Russian", "anti-American": a stance towards a country, not the country; "Saudi-led",
        # "Kenya-based", "Russian-made": a country joined to a lower-case word modifies another thing
        stance = m.start >= 2 and words[m.start - 1] == "-" and words[m.start - 2].lower() in STANCE_PREFIXES
        stance = stance or (m.end + 1 < len(words) and words[m.end] == "-" and words[m.end + 1].islower())
        if entry is not None and entry is m.entries[0] and not sponsor and not feature and not stance:
            out.append(entry.code[:3])
    return tuple(out)



def without_spans(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (starting at character ``offset``) with the character spans blanked."""
    for a, b in spans:
        a, b = max(a - offset, 0), min(b - offset, len(text))
        if a < b:
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def nearby_country(doc: Doc, mention: ActorMention, principal: list[str],
                    mentions: list[ActorMention]) -> str | None:
    """In a story of several countries: the one country the actor's own sentence names, else the
    one the nearest sentence before that names any names, with no paragraph break between
    ("Chile's navy chief ... His staff summoned the union leaders. Hundreds of residents marched":
    the junta and the citizens are Thai). ``None`` when that sentence names several, or a
    country that is not principal."""
    if mention.start >= len(doc):
        return None
    sent = sentence_of(doc[mention.start])
    text = doc_text(doc)
    # "militants freed two French hostages": whom the agent acts on is no evidence of whose it is
    # "The authorities said the men had crossed from Somalia": what it says is no evidence either
    unheeded = bystander_spans(doc, sent, mentions) + said_chars(doc, mention.start, mention.end)
    unheeded += name_spans(sent)  # "Chad Smith", "Jordan Davis": a name, no country
    unheeded += sponsor_spans(doc, sent.start_char, sent.end_char)  # "backed by Rwanda" (actors/sponsors.py)
    unheeded += venue_spans(doc, sent, mentions)  # "returned to Jeddah to resume negotiations with the rebels"
    counterparts = counterpart_spans(doc, mention, mentions)  # "the prime minister thanked China"
    unheeded += counterparts
    # nor is the sentence before evidence for a country he acts on ("X visited Uganda. The
    # president thanked Kenya": the president is not Kenya's)
    acted_on_codes = _countries_in(text, counterparts)
    named = set(text_countries(without_spans(span_text(sent), sent.start_char, unheeded)))
    while not named and sent.start > 0:
        before = sentence_of(doc[sent.start - 1])
        if "\n\n" in text[before.end_char:sent.start_char] or "\n\n" in span_text(before).strip():
            return None
        # sponsors and venues are blanked there too
        blank = sponsor_spans(doc, before.start_char, before.end_char) + venue_spans(doc, before, mentions)
        named, sent = set(text_countries(without_spans(span_text(before), before.start_char, blank))), before
    return next(iter(named)) if len(named) == 1 and named <= set(principal) and not named & acted_on_codes else None


STATE_COUNTERPARTS = frozenset({None, "GOV"})
"""The counterparts whose country is no evidence of the official's: a state named as such ("China")
or its government ("the Chinese government"), not troops he may command."""


def counterpart_spans(doc: Doc, mention: ActorMention, mentions: list[ActorMention]) -> list[tuple[int, int]]:
    """The character spans of the states the mention's own verb acts on ("*the prime minister*
    thanked China", "accused India", "met with Japan"): a state official is seldom of the country
    he thanks, accuses or meets, so its name is no evidence of his (the story's mirror of
    :func:`newsevents.actors.place_clues.counterpart_states`)."""
    head = doc[mention.start:mention.end].root
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = head.head
    # and the verbs coordinated with his that share him as subject ("praised X and thanked Kenya")
    verbs = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
    spans = []
    for m in mentions:
        if m is mention or m.end > len(doc) or not m.country or m.sector not in STATE_COUNTERPARTS \
                or m.kind == "person" or m.rule in PLACE_RULES:
            continue  # "deployed troops in Kenya": his own troops, and a place names the country
        root = doc[m.start:m.end].root
        if (root.dep_ in OBJECT_DEPS and root.head.i in verbs) or (
                root.dep_ == "pobj" and root.head.lower_ in COUNTERPART_PREPS and root.head.head.i in verbs):
            spans.append((m.start_char, m.end_char))
    return spans


def acted_on_countries(doc: Doc, mention: ActorMention, mentions: list[ActorMention]) -> set[str]:
    """The countries of the states the mention's own verb acts on (:func:`counterpart_spans`):
    never the official's own, wherever else the story names them."""
    return _countries_in(doc_text(doc), counterpart_spans(doc, mention, mentions))


def _countries_in(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The countries named in the character ``spans`` of ``text``."""
    return {code for a, b in spans for code in text_countries(text[a:b])}


def sentence_allows(doc: Doc, mention: ActorMention, country: str, mentions: list[ActorMention]) -> bool:
    """Whether the mention's sentence names no other country than the story's. A state body's
    bystanders do not count: "police detained a British journalist" in a story from Harare
    names Britain for the journalist only (see :func:`newsevents.actors.place_clues.bystander`)."""
    if mention.start >= len(doc):
        return False
    return named_countries(doc, mention, mentions) <= {country}


def named_countries(doc: Doc, mention: ActorMention, mentions: list[ActorMention], speech: bool = False) -> set[str]:
    """The countries the mention's sentence names, but for venues, speakers' places and (for a
    state body) bystanders; with ``speech``, nor where anyone speaks ("speaking in Washington")."""
    sent = sentence_of(doc[mention.start])
    # the venue of talks names no one's country ("talks with the opposition opened in Geneva, Switzerland");
    # "speaking from Johannesburg, the party's spokesman said": where he speaks from, not whose he is
    unheeded = [(tok.idx, tok.idx + len(tok.text)) for tok in gpe_tokens(doc, sent.start, sent.end)
                if venue_place(tok) or spoken_from(tok) or returned_from(tok) or whereabouts(tok)
                or (speech and speaker_place(tok))]
    unheeded += name_spans(sent)  # "Chad Smith", "Jordan Davis": a name, no country
    unheeded += sponsor_spans(doc, sent.start_char, sent.end_char)  # "backed by Rwanda" (actors/sponsors.py)
    # "The government said Rwandan troops had crossed the border": what it says is not whose it is
    unheeded += said_chars(doc, mention.start, mention.end)
    if (mention.sector or "") in STATE_SECTORS:
        unheeded += bystander_spans(doc, sent, mentions)
    text = without_spans(span_text(sent), sent.start_char, unheeded)
    text = ENVOY_OWNER.sub(lambda g: " " * len(g.group()), text)  # "held the Japanese embassy staff"
    return set(text_countries(text))


def bystander_spans(doc: Doc, sent: SpacySpan, mentions: list[ActorMention]) -> list[tuple[int, int]]:
    """Character spans of a sentence's bystanders: private people it names who are not its doers
    ("a British journalist"), and a demonym on a noun that is no doer and no state body ("a
    French aid worker", "Chilean tourists")."""
    inside = [m for m in mentions if sent.start <= m.start < sent.end and m.end <= len(doc)]
    spans = [(m.start_char, m.end_char) for m in inside if bystander(m.kind, m.sector, m.rule, doc[m.start:m.end])]
    state = {i for m in inside if (m.sector or "") in STATE_SECTORS for i in range(m.start, m.end)}
    parse = doc_view(doc)
    for i in range(sent.start, sent.end):  # the view's labels first: a Token only for a demonym
        if parse.deps[i] == "amod" and parse.ent_types[i] == "NORP":
            tok = doc[i]
            head = tok.head
            # "in the Mozambican capital": a demonym on a place says where, and whose, the act is
            if acted_on(head) and head.i not in state and head.lemma_.lower() not in PLACE_NOUNS:
                spans.append((tok.idx, tok.idx + len(tok.text)))
    return spans


def venue_spans(doc: Doc, sent: SpacySpan, mentions: list[ActorMention]) -> list[tuple[int, int]]:
    """The character spans of the places in ``sent`` that are venues of talks and place no one: where
    a trip for talks goes ("returned to Jeddah to resume negotiations"), or where talks are held
    ("talks opened in Libreville") when the sentence names no one of another country (with "his
    Beninese counterpart" the venue, Hanoi, is the host's: the decision is
    :func:`newsevents.actors.place_clues.placeless_venue`'s; the people here are the mentions'
    countries and the countries the sentence's text names outside its venues)."""
    venues = [tok for tok in venue_tokens(doc, sent.start, sent.end) if venue_place(tok)]
    spans = [(tok.idx, tok.idx + len(tok.text)) for tok in venues]
    people = {m.country for m in mentions if m.country and sent.start <= m.start < sent.end
              and m.kind not in PLACE_KINDS and m.rule not in PLACE_RULES and not m.rule.startswith("coref")}
    people |= set(text_countries(without_spans(span_text(sent), sent.start_char, spans)))
    return [(tok.idx, tok.idx + len(tok.text)) for tok in venues
            if placeless_venue(tok, set(text_countries(tok.text)), people)]


def venue_tokens(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``doc[start:end]`` that may name a venue: those of a GPE entity, and the names
    that own or name a town ("*Gabon's* coastal capital", "the *Saudi* port city of *Jeddah*"),
    whatever entity type the tagger gave them."""
    view = doc_view(doc)
    for i in range(start, end):
        if view.ent_types[i] == "GPE" or ((view.ent_types[i] or view.propn[i]) and _town_owner_at(view, i)):
            yield doc[i]


def _town_owner_at(view: DocView, i: int) -> bool:
    head = view.heads[i]
    if view.deps[i] in OWNER_DEPS:
        return _town_at(view, head)
    return view.deps[i] == "pobj" and view.lower[head] == "of" and _town_at(view, view.heads[head])


def _town_at(view: DocView, i: int) -> bool:
    return view.lemmas[i].lower() in TOWN_NOUNS and view.pos[i] == "NOUN"


def gpe_tokens(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``doc[start:end]`` that are in a GPE entity, in order (the others are never
    made into ``Token`` objects: these loops ran over every token of every sentence)."""
    types = doc_view(doc).ent_types
    return (doc[i] for i in range(start, end) if types[i] == "GPE")
