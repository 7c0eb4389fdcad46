"""Visitors given their host's country: whoever travels to a place, or meets there, is not thereby of it.

The guessing rules of :mod:`newsevents.story.context` (``story``: the story's country; ``nearby``:
the one country the sentence names; ``place``: "the X in Y" in the actor's own phrase) give a bare
agent the country of the place around it. When the actor is told of as a visitor there, that place
is its host's: "Foreign Minister Saud held a meeting with his counterpart at Perth, Australia",
"Kim attended the last session in Beijing", "After a stop in South Korea, Bosworth was heading to
China", "meetings in the Egyptian capital with Meshal and his deputy", "talks with the opposition in
Norway", "the delegation in Saudi Arabia". Such an actor loses a guessed country that is the place's
(with a warning) rather than keep it: its events go, as an event with a wrong-country side is false.

The actor is a visitor of a place (read from the parse) when one of its mentions is:

- the subject of a trip or attendance verb ("arrived in", "visited", "attended the session in")
  or of a verb with a trip's stop beside it ("after a stop in X, he was heading to ...");
- a delegation placed by its own phrase ("the delegation in Saudi Arabia"): a delegation travels;
- a person who is a party to talks held there (the subject or the "with"/"between" party of a
  meeting noun or a verb of talks) while another party is of that place by its own words: the host
  is there, and the person it meets is its guest ("Saud held a meeting with Penny Wong, Minister
  for Foreign Affairs of Australia, at Perth").

Near misses left alone: the subject of "host", "welcome", "receive", "invite" (of the place); a
party to talks whose other party is of another country or of none ("Son held talks with his
Beninese counterpart in Hanoi": Son is the host; "Guterres met leaders in Lebanon"); a body at
talks (an opposition, a government: talks at home are as common as talks abroad); an actor whose
country is its own (a demonym, a name, a table), which is never touched.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from newsevents.actors.delegations import is_delegation
from newsevents.actors.place_clues import VENUE_NOUNS
from newsevents.records import Actor, ActorMention
from newsevents.story.named_countries import text_countries

# The country rules that are guesses from the places around an actor, and those of its own words.
GUESSED_RULES = frozenset({"story", "nearby", "place"})
OWN_RULES = frozenset({"modifier", "name", "shared-modifier"})
# Verbs whose subject goes to the place named, or is there as a guest.
TRIP_VERBS = frozenset({"arrive", "visit", "travel", "fly", "land", "tour", "head", "attend", "stop"})
# Verbs whose direct object is where the subject goes ("attended the session in Beijing"), or is the place.
OBJECT_TRIPS = frozenset({"visit", "tour", "attend"})
OBJECT_DESTINATIONS = frozenset({"visit", "tour"})
# Nouns of a trip's stage ("after a stop in Seoul", "during a visit to Kenya").
TRIP_NOUNS = frozenset({"stop", "stopover", "visit", "trip", "tour"})
# Nouns and verbs of talks: their place is a venue, whose country is no party's.
MEETING_NOUNS = VENUE_NOUNS | {"session", "round"}
TALK_VERBS = frozenset({"talk", "meet", "negotiate", "confer"})
# The subject of these verbs is the host: of the place.
HOST_VERBS = frozenset({"host", "welcome", "receive", "invite"})
PLACE_PREPS = frozenset({"in", "at", "to"})
PARTY_PREPS = frozenset({"with", "between"})
WARNING = "{text!r} has no country: it is a visitor of {country}, the place it was given"
#: ``doc.user_data`` key of the character spans of the mentions of visitors left without a country:
#: their events are left out (:mod:`newsevents.events.homeless_sides`).
VISITORS_KEY = "newsevents.visitors"


def drop_host_countries(doc: Doc, mentions: list[ActorMention], actors: list[Actor], warnings: list[str],
                        home: Collection[str] = ()) -> None:
    """Clear the guessed country of every actor told of as a visitor of that country (see the
    module), and record its mentions' spans under :data:`VISITORS_KEY`. A body or a group given a
    country of ``home`` (the story's principal countries) keeps it: "riot police arrived in Harare"
    or "supporters travelled to the capital" in a Zimbabwean story is a trip at home, the commonest
    trip there is; a named person and a delegation with no country of their own words are read
    as visitors even there."""
    visitors: set[tuple[int, int]] = doc.user_data.setdefault(VISITORS_KEY, set())
    hosts = {i: actors[m.entity].country for m in mentions if 0 <= m.entity < len(actors)
             and actors[m.entity].country_rule in OWN_RULES for i in range(m.start, min(m.end, len(doc)))}
    for index, actor in enumerate(actors):
        if actor.country is None or actor.country_rule not in GUESSED_RULES:
            continue
        if actor.country in home and actor.kind != "person" and not is_delegation(actor.role):
            continue  # police, troops, protesters at home
        own = [m for m in mentions if m.entity == index and m.end <= len(doc)]
        if not any(actor.country in visited_countries(doc, m, actor, hosts) for m in own):
            continue
        if (warning := WARNING.format(text=actor.text, country=actor.country)) not in warnings:
            warnings.append(warning)
        for m in own:
            if m.country == actor.country:
                m.country, m.code = None, m.sector or actor.sector
            visitors.add((m.start_char, m.end_char))
        actor.country, actor.code, actor.country_rule = None, actor.sector, None


def visited_countries(doc: Doc, mention: ActorMention, actor: Actor, hosts: dict[int, str | None]) -> set[str]:
    """The countries of the places ``mention`` is told of as a visitor of; ``hosts`` maps the
    tokens of the actors whose country is their own to it."""
    root = doc[mention.start:mention.end].root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head  # "Meshal and his deputy": the first conjunct's place
    out = _places(root) if is_delegation(actor.role) else set()  # "the delegation in Saudi Arabia"
    head = root.head
    talks: Token | None = None
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() not in HOST_VERBS:
        out |= _trip_places(head)
        talks = head
    elif root.dep_ == "pobj" and head.lower_ in PARTY_PREPS:
        talks = head.head  # "talks with X in Doha", "conducting meetings in Cairo with X"
    if talks is not None and actor.kind == "person":
        out |= _meeting_places(talks) & _party_countries(talks, root, hosts)
    return out


def _trip_places(verb: Token) -> set[str]:
    """The places the subject of ``verb`` goes to: its destination, a visit's object, the place of a
    session it attends, the stop of a trip beside it ("after a stop in Seoul, he was heading to")."""
    lemma = verb.lemma_.lower()
    out: set[str] = set()
    if lemma in TRIP_VERBS:
        out |= _places(verb)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if lemma in OBJECT_TRIPS:
                out |= _places(obj)  # "attended the session in Beijing"
            if lemma in OBJECT_DESTINATIONS:
                out |= set(text_countries(_phrase(obj)))  # "visited Nepal"
    return out | {c for child in verb.children if child.dep_ == "prep" for p in child.children
                  if p.dep_ == "pobj" and p.lemma_.lower() in TRIP_NOUNS for c in _places(p)}


def _meeting_places(talks: Token) -> set[str]:
    """The places of talks told by a meeting noun, a verb of talks, or a verb whose object is
    talks ("held a meeting ... at Perth")."""
    objects = [c for c in talks.children if c.dep_ == "dobj" and _talks(c)]
    if not (_talks(talks) or objects):
        return set()
    out = _places(talks) | {c for o in objects for c in _places(o)}
    if talks.dep_ == "dobj" and _talks(talks):
        out |= _places(talks.head)
    return out


def _party_countries(talks: Token, root: Token, hosts: dict[int, str | None]) -> set[str]:
    """The countries, by their own words, of the parties to the talks at ``talks`` other than
    ``root``'s: its subject and its "with"/"between" parties (on the noun and on its verb)."""
    heads = [talks, talks.head] if talks.dep_ == "dobj" else [talks]
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "dobj" and _talks(c)]
    parties = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    parties += [p for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ in PARTY_PREPS
                for p in prep.children if p.dep_ == "pobj"]
    tokens = {t.i for p in parties for t in p.subtree} - {t.i for t in root.subtree}
    return {c for i in tokens if (c := hosts.get(i))}


def _talks(tok: Token) -> bool:
    """Whether ``tok`` names talks: a meeting noun or a verb of talks."""
    lemma = tok.lemma_.lower()
    return lemma in MEETING_NOUNS or tok.lower_ in MEETING_NOUNS or (tok.pos_ == "VERB" and lemma in TALK_VERBS)


def _places(tok: Token) -> set[str]:
    """The countries named by the "in"/"at"/"to" phrases hanging on ``tok``."""
    return {c for child in tok.children if child.dep_ == "prep" and child.lower_ in PLACE_PREPS
            for p in child.children if p.dep_ == "pobj" for c in text_countries(_phrase(p))}


def _phrase(tok: Token) -> str:
    """The words of a place's phrase: "Perth, Australia", "the Egyptian capital", "Seoul, South
    Korea's capital", without what hangs on it beyond ("the capital *with the head of Hamas*")."""
    words = [tok]
    for child in tok.children:
        if child.dep_ in ("prep", "relcl", "acl") and child.lower_ != "of":
            continue
        words.extend(child.subtree)
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
