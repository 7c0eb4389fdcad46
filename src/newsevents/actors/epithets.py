"""Countries named again by a regional epithet: "the Central American nation", "the Gulf kingdom".

News names a country a second time by where it lies: "Honduran troops ousted the president ...
Washington expressed concern over events in *the Central American nation*". Such an epithet had
no mention, so an act aimed at it had no side (session 21). Here a definite state noun
(:data:`EPITHET_NOUNS`) whose adjectives name a region of the table ``data/epithet_regions.tsv``
becomes a mention of the one country that lies in that region among the countries named before
it in its sentence and the two sentences before (else among the story's principal countries).

The region is what makes the guess safe: "Washington ... the Central American nation" can only
be Honduras, never the United States named beside it. When two countries of the region were named
there ("Thailand and Cambodia ... the Asian nation") or none was, the epithet is left without a
mention: a wrong antecedent would be a false event. An epithet with its name after it ("the West
African nation of Guinea") is left to the name, and "nation" after the adjective of a people ("the
Arab nation", "the African nation": the table's ``people`` column) is the people, not a state.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from newsevents.actors.lexicon import country_names, data_path, read_table
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import window_start
from newsevents.records import Actor, ActorMention

# Nouns for a state that an epithet's adjectives qualify ("the Asian *nation*", "the Gulf *kingdom*").
EPITHET_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic", "island", "archipelago",
                         "emirate", "sultanate", "monarchy"})
# A state noun that alone says what kind of state is meant ("the kingdom", "the emirate"): with no
# region before it, it is the one state of that kind named just before (session 31). The Phoenix
# agents dictionary codes "the kingdom" as a government of no country; a story of several countries
# ("Saudi Arabia hosted talks on Yemen ... The kingdom criticized Iran") left it without one.
MONARCHIES = frozenset({"AND", "BEL", "BTN", "BHR", "BRN", "KHM", "DNK", "SWZ", "JPN", "JOR", "KWT", "LSO",
                        "LIE", "LUX", "MYS", "MCO", "MAR", "NLD", "NOR", "OMN", "QAT", "SAU", "ESP", "SWE",
                        "THA", "TON", "ARE", "GBR", "NPL"})
KIND_NOUNS = {
    "kingdom": MONARCHIES,
    "monarchy": MONARCHIES,
    "emirate": frozenset({"QAT", "KWT", "ARE"}),
    "sultanate": frozenset({"OMN", "BRN"}),
}
# How many sentences back (besides its own) the country named is looked for.
SENTENCES_BACK = 2
# The state noun that, after a people's adjective, names the people ("the Arab nation").
PEOPLE_NOUN = "nation"
RULE = "coref-epithet"


@functools.cache
def regions() -> dict[str, frozenset[str]]:
    """Region adjective (lower case, words joined by spaces) -> the ISO3 codes of its states."""
    return {name: members for name, members, _ in _region_rows()}


@functools.cache
def people_regions() -> frozenset[str]:
    """The region adjectives that also name a people ("arab", "african"): see the module doc."""
    return frozenset(name for name, _, people in _region_rows() if people)


@functools.cache
def longest_region() -> int:
    """The longest region name, in words ("north - west african" after the tokenizer's split)."""
    return max(len(name.split()) for name in regions())


@functools.cache
def _region_rows() -> tuple[tuple[str, frozenset[str], bool], ...]:
    rows: list[tuple[str, frozenset[str], bool]] = []
    for _, row in read_table(data_path("epithet_regions.tsv")):
        members = frozenset(row["countries"].split())
        for name in row["region"].split("|"):
            rows.append((" ".join(name.replace("-", " - ").split()), members, row["people"] == "yes"))
    return tuple(rows)


def place_epithets(doc: Doc, mentions: list[ActorMention], actors: list[Actor], principal: list[str]) -> None:
    """Add a mention for each regional epithet whose country the text before it tells (module doc);
    ``principal`` are the story's principal countries, the fallback when the sentences name none."""
    parse = doc_view(doc)  # the epithet nouns first, from the view: most articles have none
    nouns = [i for i, lemma in enumerate(parse.lemmas) if lemma.lower() in EPITHET_NOUNS and parse.tags[i] == "NN"]
    if not nouns:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = False
    for noun in (doc[i] for i in nouns):
        if noun.i in taken:
            _place_kind_noun(doc, noun, mentions, actors, principal)
            continue
        start = _definite_start(noun)
        members = region_members(doc, start, noun) if start is not None else None
        if start is None or members is None or any(i in taken for i in range(start, noun.i)) or _named_after(noun):
            continue
        country = _antecedent(noun, start, mentions, members, principal)
        if country is None:
            continue
        entity = country_entity(doc, start, noun.i + 1, country, actors, RULE)
        mentions.append(country_mention(doc, start, noun.i + 1, country, entity, RULE))
        taken.update(range(start, noun.i + 1))
        added = True
    if added:
        mentions.sort(key=lambda m: (m.start, m.end))


def _place_kind_noun(doc: Doc, noun: Token, mentions: list[ActorMention], actors: list[Actor],
                     principal: list[str]) -> None:
    """Give "the kingdom" (a mention of no country, the agents dictionary's) the one monarchy named
    just before it, as a region gives "the Gulf kingdom" its state (:data:`KIND_NOUNS`)."""
    members = KIND_NOUNS.get(noun.lower_)
    start = _definite_start(noun)
    if members is None or start is None or start != noun.i - 1 or _named_after(noun):
        return
    mention = next((m for m in mentions if m.start == start and m.end == noun.i + 1 and m.country is None), None)
    if mention is None:
        return
    country = _antecedent(noun, start, mentions, members, principal)
    if country is None:
        return
    mention.country, mention.code = country, country + (mention.sector or "")
    if 0 <= mention.entity < len(actors) and actors[mention.entity].country is None:
        actor = actors[mention.entity]
        actor.country, actor.code, actor.country_rule = country, mention.code, "coreference"


def _definite_start(noun: Token) -> int | None:
    """The index of "the" that opens the epithet, when it is the noun's own determiner."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    return det.i if det is not None and det.lower_ == "the" and det.i < noun.i else None


def region_members(doc: Doc, start: int, noun: Token) -> frozenset[str] | None:
    """The states of the region the words between "the" and the state noun name (the longest name
    found wins: "Central American" over nothing, "West African" over "African"); ``None`` for none,
    and for "nation" after a people's adjective ("the Arab nation")."""
    words = [t.lower_ for t in doc[start + 1:noun.i]]
    table = regions()
    for size in range(min(longest_region(), len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i:i + size])
            members = table.get(name)
            if members is not None:
                people = name in people_regions() and noun.lemma_.lower() == PEOPLE_NOUN
                return None if people else members
    return None


def _named_after(noun: Token) -> bool:
    """"the West African nation *of Guinea*": the name that follows says which; the epithet is its."""
    return any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _antecedent(noun: Token, start: int, mentions: list[ActorMention], members: frozenset[str],
                principal: list[str]) -> str | None:
    """The one country of the region named in the epithet's sentence before it or in the sentences
    before; else the one principal country of the story in it; ``None`` when several or none."""
    first = window_start(noun, SENTENCES_BACK)
    named = {m.country for m in mentions if first <= m.start < start and m.country in members}
    if not named:
        named = {c for c in principal if c in members}
    return named.pop() if len(named) == 1 else None


def country_entity(doc: Doc, start: int, end: int, country: str, actors: list[Actor], rule: str) -> int:
    """The index of the country's own actor, created (with ``rule``) when the text named it only
    through others ("Honduran troops")."""
    span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    for index, actor in enumerate(actors):
        if actor.kind == "country" and actor.code == country:
            actor.mentions.append(span)
            return index
    name = country_names().get(country, country)
    actors.append(Actor(name=name, text=doc[start:end].text, code=country, country=country, sector=None,
                        kind="country", span=span, rule=rule, mentions=[span], country_rule="coreference"))
    return len(actors) - 1


def country_mention(doc: Doc, start: int, end: int, country: str, entity: int, rule: str) -> ActorMention:
    """A mention of ``country`` over the words ``start:end`` that name it again."""
    last = doc[end - 1]
    return ActorMention(start, end, doc[start].idx, last.idx + len(last.text), doc[start:end].text,
                        country_names().get(country, country), country, country, None, "country", rule, entity)
