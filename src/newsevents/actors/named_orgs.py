"""Organisations named by their own name that no dictionary lists: parties, fronts, societies.

Every story of politics names parties, coalitions and movements, and the dictionaries list few
of them. A name the dictionaries lack was no actor ("The Fidesz Party condemned ...", "the ruling
Patriotic Front accused ..."), or only its generic word was, with that word's sector ("The Union
of Forces for Democracy and Development" as a trade union, "The Coalition for Free and Fair
Elections" as a military coalition, "the Medrek coalition" as the army). The name's own head
noun says what kind of body it is:

- a party word (Party, Front, Alliance, Coalition, Movement, League, Rally, Bloc, Convention,
  Forum, and "Union of/for ...") makes a party (``PTY``), or rebels (``REB``) when the name
  speaks of arms ("Liberation Front", "Union of Forces for ...");
- a civic word (Society, Observatory, Watch, Association, "Red Cross", "Red Crescent") makes a
  non-governmental organisation (``NGO``).

The name is an entity the recogniser calls an organisation, or a run of capitalised words
(with "of", "for", "and" inside) whose head is such a word; a name followed by a lower-case
party word it modifies ("the Medrek coalition", "the FNL party") is read with that word. A
country word inside the name gives its country ("the Burundian Red Cross"); otherwise a party or
rebel group takes the story's country later, as bare agents do, and a civic body none (many are
foreign or international, and a wrong country is a false event). Each name is a party of its
own for coreference (rule ``org``, as dictionary parties are), so two rival parties stay two.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.actors.coding import Coded
from newsevents.actors.lexicon import COUNTRY_KINDS
from newsevents.actors.person_names import Found
from newsevents.records import Actor, ActorMention

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder

# Head nouns (lemmas) of party names.
# (Not "convention", "forum": "Chemical Weapons Convention" is a treaty, "World Trade Forum" a meeting.)
PARTY_HEADS = frozenset({"party", "front", "alliance", "coalition", "movement", "league", "rally", "bloc"})
# Head nouns that name a party only with "of"/"for" after them ("Union for Democracy and Progress").
LINKED_PARTY_HEADS = frozenset({"union"})
# Head nouns (lemmas) of civic bodies.
# (Not "institute", "foundation": as often a foreign think tank as a local body.)
CIVIC_HEADS = frozenset({"society", "observatory", "watch", "association"})
# Civic heads that name a civic body only with a rights or civic word in the name: a football,
# bar or traders' association is no NGO ("Kenya Football Association").
QUALIFIED_CIVIC_HEADS = frozenset({"association"})
CIVIC_WORDS = frozenset({"rights", "human", "freedom", "freedoms", "liberty", "liberties", "democracy",
                         "democratic", "civil", "civic", "justice", "peace", "victims", "families", "press",
                         "journalists", "transparency", "accountability", "women", "humanitarian"})
# Civic bodies named by two words ("the Burundian Red Cross").
CIVIC_PAIRS = frozenset({("red", "cross"), ("red", "crescent")})
# Words in a party's name that make it an armed group.
ARMED_WORDS = frozenset({"liberation", "army", "forces", "brigade", "brigades", "militia", "militias",
                         "mujahideen", "jihad", "armed", "resistance", "guerrilla", "guerrillas"})
# Lower-case words that may stand inside a name ("Coalition for Free and Fair Elections").
JOINERS = frozenset({"of", "for", "and", "the", "&"})
# Lower-case party words a name before them may modify ("the Medrek coalition").
PARTY_NOUNS = frozenset({"party", "coalition", "alliance", "movement", "front", "bloc"})
MAX_WORDS = 12
# The role a civic body found here carries, which tells it from the dictionaries' NGOs.
CIVIC_ROLE = "civic body"
HEADS = PARTY_HEADS | LINKED_PARTY_HEADS | CIVIC_HEADS | {"cross", "crescent"}


def _title(tok: Token) -> bool:
    return _is_title(tok.text)


def _is_title(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _titles(finder: Finder) -> list[bool]:
    """Per token, whether it is capitalised (``_title``), read once per ``Doc`` from the view:
    the runs and the party nouns ask it of every word of the text."""
    titles: list[bool] = finder.tokens.once("named_orgs.titles", lambda: list(map(_is_title, finder.tokens.texts)))
    return titles


def _runs(finder: Finder, doc: Span) -> list[tuple[int, int]]:
    """Runs of capitalised words (with joiners inside, never at an edge), as token spans."""
    out: list[tuple[int, int]] = []
    titles, lower = _titles(finder), finder.tokens.lower
    i, n = doc.start, doc.end
    while i < n:
        if not titles[i]:
            i += 1
            continue
        j = last = i
        while j + 1 < n and j - i < MAX_WORDS and (titles[j + 1] or lower[j + 1] in JOINERS):
            j += 1
            if titles[j]:
                last = j
        out.append((i, last + 1))
        i = last + 1
    return out


def _head(span: Span) -> Token:
    """The name's head noun: the parse's root, or the last word when the root is no head word
    ("the Human Rights and Peace Society" is parsed with "Rights" as its root)."""
    root = span.root
    if root.lemma_.lower() in HEADS or root.lower_ in HEADS:
        return root
    return span[-1]


def _sector(span: Span, head: Token) -> str | None:
    """The sector the name's head gives, or ``None`` when it names no party or civic body."""
    words = [t.lower_ for t in span]
    if words[0] == "non" or words[0].startswith("non-"):
        return None  # "Non-Aligned Movement": a body of states
    if any(pair in CIVIC_PAIRS for pair in pairwise(words)):
        return "NGO"
    lemma = head.lemma_.lower()
    linked = any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in head.children)
    if lemma in PARTY_HEADS or (lemma in LINKED_PARTY_HEADS and linked):
        return "REB" if any(w in ARMED_WORDS for w in words) else "PTY"
    if lemma in CIVIC_HEADS and _title(head) \
            and (lemma not in QUALIFIED_CIVIC_HEADS or any(w in CIVIC_WORDS for w in words)):
        return "NGO"
    return None


def _with_party_noun(finder: Finder, start: int, end: int) -> int:
    """``end``, or one past a lower-case party noun the name before it modifies ("FNL party").
    The name must be proper nouns: "the Western coalition" is a kind of coalition, not its name."""
    doc, parse = finder.doc, finder.tokens  # asked of every candidate name: read on the view first
    if end >= len(parse.lower) or parse.lower[end] not in PARTY_NOUNS or parse.heads[end - 1] != end:
        return end
    if not all(parse.pos[i] == "PROPN" or (doc[i].is_punct and i > start) for i in range(start, end)):
        return end
    before = finder.at[end - 1]
    if parse.ent_types[end - 1] == "NORP" or (before is not None and before.entries[0].kind in COUNTRY_KINDS):
        return end  # "a Christian party", "the Saudi coalition": a kind of party, or a state's alliance
    m = finder.at[end]
    return end + 1 if m is None or m.end - m.start == 1 else end


def _before_party_nouns(finder: Finder) -> list[tuple[int, int]]:
    """The capitalised words right before each lower-case party noun ("the Medrek coalition"),
    as spans without the noun (``_with_party_noun`` adds it)."""
    texts, lower, out = finder.tokens.texts, finder.tokens.lower, []
    titles = _titles(finder)
    for i, word in enumerate(lower):
        if word not in PARTY_NOUNS or texts[i] != word:
            continue
        start = i
        while start > 0 and i - start < MAX_WORDS and titles[start - 1] and lower[start - 1] != "the":
            start -= 1
        if start < i:
            out.append((start, i))
    return out


def _candidates(finder: Finder) -> list[tuple[int, int]]:
    """Token spans that may be names: organisation entities and capitalised runs."""
    spans = [(e.start, e.end) for e in finder.tokens.ents if e.label_ in {"ORG", "PERSON"}]
    for sent in finder.tokens.sentences()[0]:  # doc.sents, built once
        spans.extend(_runs(finder, sent))
    spans.extend(_before_party_nouns(finder))
    out, seen = [], set()
    for start, end in sorted(spans):
        if finder.doc[start].lower_ == "the":
            start += 1
        end = _with_party_noun(finder, start, end)
        if start < end and (start, end) not in seen:
            seen.add((start, end))
            out.append((start, end))
    return out


def _country(finder: Finder, start: int, end: int) -> str | None:
    """The country a country word inside the name gives ("Burundian Red Cross"), if one does."""
    for i in range(start, end):
        m = finder.at[i]
        if m is not None and m.entries[0].kind in COUNTRY_KINDS:
            return m.entries[0].code[:3]
    return None


def named_org(finder: Finder, start: int, end: int) -> Coded | None:
    """The code of the name at ``start:end`` if it names a party or civic body no dictionary
    entry covers as a whole, else ``None``."""
    if end - start < 2 or any(finder.taken[start:end]):
        return None
    if start > 0 and finder.doc[start - 1].text == "-":
        return None  # "Non-Aligned Movement": a piece of a hyphenated name, not a name of its own
    span = finder.doc[start:end]
    if any(t.ent_type_ == "PERSON" for t in span) and not _named_for_noun(span):
        return None  # "Merera Gudina of the Medrek coalition": a person and a party, not one name
    head = _head(span)
    m = finder.at[head.i]
    if m is not None and m.end - m.start > 1 and (m.entries[0].kind in {"title", "group", "body"}
                                                  or (m.start <= start and m.end >= end)):
        return None  # a role phrase ("opposition party") or a dictionary name: their own rules read it
    sector = _sector(span, head)
    if sector is None:
        return None
    country = _country(finder, start, end)
    role = CIVIC_ROLE if sector == "NGO" else None
    return Coded((country or "") + sector, country, sector, "organization", "org", role)


def _named_for_noun(span: Span) -> bool:
    """Whether the span is a name and the party noun it modifies ("Medrek coalition")."""
    noun = span[-1]
    return noun.lower_ in PARTY_NOUNS and all(t.head.i == noun.i or t.head.i in range(span.start, span.end - 1)
                                              for t in span[:-1]) and all(t.ent_type_ for t in span[:-1])


def _free_named_person(finder: Finder, start: int, end: int) -> None:
    """Untake a name the entity rules took as a person when a party noun follows it ("the Medrek
    coalition"): the name is the party's."""
    if finder.doc[end - 1].lower_ not in PARTY_NOUNS:
        return
    for found in list(finder.found):
        if found.start == start and found.end == end - 1 and found.coded.rule == "ner":
            finder.found.remove(found)
            for i in range(found.start, found.end):
                finder.taken[i] = False


def add_named_orgs(finder: Finder) -> None:
    """Take every party or civic body named by a name no dictionary lists (see the module)."""
    for start, end in _candidates(finder):
        _free_named_person(finder, start, end)
        coded = named_org(finder, start, end)
        if coded is not None:
            first = finder._extend_left(start)
            finder._take(Found(first, end, finder.tokens.span_text(start, end), coded, 1))


def place_civic_bodies(story_countries: list[str], mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Give a civic body found here with no country of its own the story's country when the story
    has exactly one principal country ("the Human Rights and Peace Society" in a story of Nepal):
    such bodies are mostly local, and the dictionaries list the international ones. With none or
    several principal countries it is left without one."""
    if len(story_countries) != 1:
        return
    country = story_countries[0]
    for index, actor in enumerate(actors):
        if actor.role != CIVIC_ROLE or actor.country is not None or actor.rule != "org":
            continue
        actor.country, actor.code, actor.country_rule = country, country + (actor.sector or ""), "story"
        for m in mentions:
            if m.entity == index and m.country is None:
                m.country, m.code = country, country + (m.sector or "")
