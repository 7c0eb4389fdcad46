"""Two countries joined by a hyphen before one noun: "the Iran-US talks", "a Saudi-UAE air raid".

News names a joint act, or the two sides of one, by a hyphened pair of countries standing as a
single modifier: "welcomed the Iran-US talks", "the Saudi-UAE air raid struck a market", "the
Sudan-South Sudan deal". The argument's actor is found at one of the two names (most often the
one next to the noun), so the other country's part in the act is lost: Russia welcomed talks of
the US only, the raid was Saudi Arabia's alone.

The other name of the pair is an actor of the argument too when:

- the two names are joined by a hyphen with no space either side ("Iran-US"; "Iran - US officials
  said" is a dash between clauses);
- both are countries (a country, an adjective or a people's name), different ones; the hyphened
  whole is no country's own name ("Guinea-Bissau"); and the pair is not followed by a hyphened
  participle ("a Saudi-UAE-backed offensive": a sponsor's backing, read by
  ``actors/sponsors``);
- the noun they modify is not a place between them ("the Kenya-Somalia border", "the Israel-Gaza
  frontier"): a border is no one's act.

The partner takes the sector of the mention it is joined to ("US-Afghan forces": US forces too).

A pair before the noun of a joint act also names the act's two sides (:func:`hyphened_sides`,
fr28a, session 28). The parser hangs the first name on the second ("US" a compound of "China") and
the second on the noun, so the noun's modifier slot read one side alone, as the doer: "US-China
talks resumed in Geneva" became China's visit to Switzerland. The pair fills the "between" parties
of a trigger that takes them (a joint act, or one whose pattern reads "between"), as "talks between
the US and China" does, and only when both words are names or their adjectives ("Egyptian-mediated
talks" name a mediator, "Iran-backed rebels" a sponsor: no pair).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.lexicon import COUNTRY_KINDS
from newsevents.actors.lexicon import lexicon as actor_lexicon
from newsevents.places import country_code
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

HYPHENS = frozenset({"-", "\u2013"})
# Nouns a pair of countries modifies as the place between them, not as the sides of an act.
PLACE_NOUNS = frozenset({"border", "frontier", "boundary", "line", "crossing", "corridor", "road", "highway",
                         "route", "pipeline", "bridge", "region", "area", "zone", "strait", "river", "sea",
                         "railway", "railroad"})
# The entity labels of the words a country's name or adjective is made of ("South Korea", "U.S.").
NAME_LABELS = frozenset({"GPE", "NORP"})
RULE = "events-hyphen-pair"

# The dependencies and parts of speech of the two names of a pair before a joint act's noun.
SIDE_DEPS = frozenset({"compound", "amod", "nmod"})
SIDE_POS = frozenset({"PROPN", "ADJ"})


def hyphen_partner(doc: Doc, mention: ActorMention, head: Token) -> ActorMention | None:
    """The country hyphened to ``mention`` before the argument head ``head`` ("Iran" of "the
    Iran-US talks"), or ``None`` when the pair is no pair of sides (see the module)."""
    if not mention.country or head.lemma_.lower() in PLACE_NOUNS or head.ent_type_ in ("GPE", "LOC", "FAC"):
        return None
    if mention.end >= len(doc) or not mention.start < head.i or _sponsors(doc, mention.end):
        return None
    inner = next((h for h in range(mention.start + 1, mention.end - 1) if doc[h].text in HYPHENS), None)
    if inner is not None and _joined(doc, inner - 1):
        # "the South Korea-U.S. drills", found as one name: the side that is not the mention's country
        left, right = inner - 1, inner + 2  # a word either side, and the rest of its name
        while left > mention.start and doc[left - 1].ent_type_ in NAME_LABELS:
            left -= 1
        while right < mention.end and doc[right].ent_type_ in NAME_LABELS and doc[right].text not in HYPHENS:
            right += 1
        if _sponsors(doc, inner) or _sponsors(doc, right):
            return None  # "the Iran-backed rebels", "the Saudi-UAE-backed forces", found as one name
        first, second = _country(doc[left:inner]), _country(doc[inner + 1:right])
        if first is None or second is None:
            return None  # "the pro-Iranian Hizbollah": one country, not a pair
        return _partner(doc, left, inner, mention) or _partner(doc, inner + 1, right, mention)
    before = mention.start - 1
    if before >= 1 and doc[before].text in HYPHENS and _joined(doc, before - 1):
        left = before - 1  # the word before the hyphen, and the rest of its name ("South" of "South Korea")
        while left > 0 and doc[left - 1].ent_type_ in NAME_LABELS and doc[left - 1].text not in HYPHENS:
            left -= 1
        return _partner(doc, left, before, mention)
    after = mention.end + 1
    if after < head.i and doc[mention.end].text in HYPHENS and _joined(doc, mention.end - 1):
        right = after + 1  # the word after the hyphen, and the rest of its name
        while right < head.i and doc[right].ent_type_ in NAME_LABELS and doc[right].text not in HYPHENS:
            right += 1
        if doc[after].text in HYPHENS or _sponsors(doc, right):
            return None
        return _partner(doc, after, right, mention)
    return None


def _sponsors(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a hyphened participle ("-backed" of "a Saudi-UAE-backed offensive"):
    a sponsor's backing, not the act's sides."""
    return i + 1 < len(doc) and doc[i].text in HYPHENS and (doc[i + 1].tag_ in ("VBN", "VBD")
                                                            or doc[i + 1].lower_.endswith("ed"))


def _joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` and the next two ("Iran", "-", "US") are written with no space between."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _partner(doc: Doc, start: int, end: int, mention: ActorMention) -> ActorMention | None:
    """The country the words ``start:end`` name, with ``mention``'s sector, if another country's
    and the hyphened whole is no country's own name ("Guinea-Bissau", "Timor-Leste")."""
    words = doc[start:end]
    whole = doc[min(start, mention.start):max(end, mention.end)]
    hyphen = next(t.i for t in whole if t.text in HYPHENS)
    if country_code(doc[max(hyphen - 1, 0):min(hyphen + 2, len(doc))].text) is not None:
        return None
    iso3 = _country(words)
    if iso3 is None or iso3 == mention.country:
        return None
    sector = mention.sector
    return ActorMention(start, end, words.start_char, words.end_char, words.text, words.text, iso3 + (sector or ""),
                        iso3, sector, mention.kind, RULE)


def _country(words: Span) -> str | None:
    """The country the words name ("South Korea", "U.S.", "Saudi"), or ``None``."""
    entry = next((m.first(*COUNTRY_KINDS) for m in actor_lexicon().matches([t.text for t in words])), None)
    return entry.code[:3] if entry is not None and entry.code else country_code(words.text)


def hyphened_sides(noun: Token) -> list[Token]:
    """The two sides of a hyphened pair modifying ``noun`` ("*US*-*China* talks"), or none."""
    for second in noun.children:
        if second.dep_ not in SIDE_DEPS or second.pos_ not in SIDE_POS or second.i > noun.i:
            continue
        firsts = [c for c in second.children if c.dep_ in SIDE_DEPS and c.pos_ in SIDE_POS and c.i < second.i]
        if not firsts:
            continue
        first = firsts[-1]
        if any(c.dep_ == "punct" and c.text == "-" and first.i < c.i < second.i for c in second.children):
            return [first, second]
    return []
