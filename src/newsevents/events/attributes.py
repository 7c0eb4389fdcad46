"""When and where an event happened: the clause's own date and place.

The date is the first resolved temporal expression in the trigger's clause; a participle or a
complement without one takes its governing clause's ("Kenya issued a statement on Friday,
urging talks": the appeal was on Friday); failing that, the article date. The place is
a country or city introduced by "in" or "at" in the clause, geocoded with :mod:`newsevents.places`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.events.frames import clause_indices
from newsevents.events.roles import MentionIndex
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.extensions import doc_attribute
from newsevents.places import country_code, country_place, geocode, is_ambiguous, town_country
from newsevents.records import ActorMention, ActorRef, DateMention, Location, precision_of

INHERITING_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep", "pobj", "dobj"}
PLACE_PREPS = {"in", "at", "through", "across", "throughout", "around", "outside", "near", "inside"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entity labels a place name is sometimes misread as, or none at all.
MISREAD_LABELS = frozenset({"TIME", "DATE", ""})
PERSON_LABEL = "PERSON"
_CONTEXT_KEY = "newsevents.context_countries"


def _dates_in(starts: set[int], dates: list[DateMention]) -> DateMention | None:
    for date in dates:
        if date.value and date.span[0] in starts:
            return date
    return None


def event_date(verb: Token, doc: Doc) -> tuple[str | None, str | None]:
    """The date of the event whose clause verb is ``verb`` and its precision."""
    dates: list[DateMention] = list(doc_attribute(doc, "ne_dates") or [])
    parse = doc_view(doc)
    current = verb
    for _ in range(8):
        found = _dates_in({parse.idx[i] for i in clause_indices(current)}, dates)
        if found is not None:
            return found.value, found.precision
        if current.head.i == current.i or current.dep_ not in INHERITING_DEPS:
            break
        current = current.head
    article = doc_attribute(doc, "ne_article")
    date = article.date if article is not None else None
    return date, precision_of(date)


def context_countries(doc: Doc) -> frozenset[str]:
    """The countries an article is about, which decide ambiguous place names ("Congo",
    "Georgia"): its principal countries, its actors' countries and the countries of the other
    places it names. Computed once per ``Doc`` (kept in its view)."""
    context: frozenset[str] = doc_view(doc).once(_CONTEXT_KEY, lambda: _context_countries(doc))
    return context


def _context_countries(doc: Doc) -> frozenset[str]:
    found: set[str] = set()
    story = doc_attribute(doc, "ne_story")
    if story is not None:
        found.update(story.countries)
    # An actor named by an ambiguous place name ("Congo") carries a country guessed from the
    # name alone, which would decide the name by itself.
    found.update(a.country for a in doc_attribute(doc, "ne_actors") or [] if a.country and not is_ambiguous(a.text))
    for ent in doc_view(doc).ents:  # doc.ents, built once
        if ent.label_ in PLACE_LABELS and (place := geocode(ent.text)) is not None and place.country:
            found.add(place.country)
    return frozenset(found)


def _near(doc: Doc, start: int, end: int) -> str:
    """The words just before and after a place name ("the Niger river")."""
    return " ".join(t.text for t in doc[max(0, start - 1):start]) + " " + \
        " ".join(t.text for t in doc[end:end + 1])


def _places(doc: Doc, tokens: list[int]) -> list[tuple[int, Location]]:
    parse = doc_view(doc)
    out = []
    for i in tokens:
        if parse.deps[i] != "pobj" or parse.lower[parse.heads[i]] not in PLACE_PREPS:
            continue
        if parse.ent_types[i] in PLACE_LABELS:
            ent = parse.entity_at(i)
            start, end = (ent.start, ent.end) if ent is not None else (i, i + 1)
        elif _misread_town(parse, i) or _town_as_person(doc, parse, i):
            start, end = i, i + 1  # "at Kyiv overnight", read as one time expression; "arrived in Kyiv", as a name
        else:
            continue
        location = geocode(doc[start:end].text, context=context_countries(doc), near=_near(doc, start, end))
        if location is not None:
            out.append((i, location))
    return out


def place_names(tokens: Iterable[Token]) -> set[str]:
    """The names of places after "in", "at", "near" ... among ``tokens`` (each place's first word,
    lower-cased: "camps in Yobe state" gives "yobe"), whether or not the geocoder knows them."""
    names = set()
    for tok in tokens:
        if tok.ent_type_ in PLACE_LABELS and tok.ent_iob_ == "B":
            head = tok
            while head.dep_ in ("compound", "amod") and head.head.i != head.i:
                head = head.head
            if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
                names.add(tok.text.lower())
    return names


def placelike(tok: Token) -> bool:
    """Whether a token names a place: tagged as one, or a known town misread ("at Kyiv overnight")."""
    return tok.ent_type_ in PLACE_LABELS or _misread_town(doc_view(tok.doc), tok.i)


def _misread_town(parse: DocView, i: int) -> bool:
    """A name the recogniser took for a time or missed ("fired missiles at Kyiv overnight"): a
    one-word name of a town or country the gazetteer knows."""
    if parse.pos[i] != "PROPN" or parse.ent_types[i] not in MISREAD_LABELS:
        return False
    return town_country(parse.texts[i]) is not None or country_code(parse.texts[i]) is not None


def _town_as_person(doc: Doc, parse: DocView, i: int) -> bool:
    """A town the recogniser took for a person's one-word name where only a place can stand (the
    caller's "in", "at" ...: "Duda arrived in Kyiv today to discuss aid", session 28): a town the
    gazetteer knows, not a country's name (people are called "Jordan" or "Chad"), in a country the
    article is about ("confidence in Obama" is no Japanese town's)."""
    if parse.pos[i] != "PROPN" or parse.ent_types[i] != PERSON_LABEL:
        return False
    ent = parse.entity_at(i)
    if ent is not None and ent.end - ent.start != 1:
        return False
    country = town_country(parse.texts[i])
    return country is not None and country in context_countries(doc)


def event_place(doc: Doc, tokens: list[int]) -> Location | None:
    """The first place among the tokens at ``tokens`` (indices into ``doc``) introduced by
    "in"/"at", geocoded; ``None`` if none."""
    found = _places(doc, tokens)
    return found[0][1] if found else None


def domestic_place(doc: Doc, source: ActorRef | None, target: ActorRef | None) -> Location | None:
    """The country an event happened in when its clause names no place but the event is domestic:
    the article is about one country and every actor of the event belongs to it ("Chilean police
    detained protesters" in a story about Chile). A country, placed at its centroid (GDELT type 1);
    ``None`` otherwise (an event between two countries may have happened in either, or elsewhere)."""
    story = doc_attribute(doc, "ne_story")
    if story is None or len(story.countries) != 1:
        return None
    country = story.countries[0]
    sides = [ref.country for ref in (source, target) if ref is not None]
    if not sides or any(side != country for side in sides):
        return None
    return country_place(country)


def place_actor(doc: Doc, tokens: list[int], index: MentionIndex) -> ActorMention | None:
    """The country of the event's place as an actor ("shelling in Gaza" -> PSE), for events
    whose target is, by CAMEO convention, the place they happen in; ``None`` without one."""
    for i, location in _places(doc, tokens):
        if not location.country:
            continue
        ent = doc_view(doc).entity_at(i)
        start, end = (ent.start, ent.end) if ent is not None else (i, i + 1)
        span = doc[start:end]
        return ActorMention(start, end, span.start_char, span.end_char, span.text, location.name,
                            location.country, location.country, None, "place", "events-place")
    return None
