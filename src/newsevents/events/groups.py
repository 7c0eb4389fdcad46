"""Counted groups and pairs: the actors "the two leaders", "both sides", "the three envoys" or
"its neighbour" point back at.

A plural that names how many its members are (or a relational plural such as "the rivals") stands
for the countries named together just before it: the nearest sentence (this one or up to two
before) that names country-level actors of the kind must name exactly that many, or no one is
guessed. A bare definite plural of a pair noun ("the leaders agreed", "I commend the parties")
counts as two, but only for two different states or bodies (session 22). Split from
:mod:`newsevents.events.roles`, whose :class:`MentionIndex` calls these.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.actors.coding import IGO
from newsevents.actors.neighbours import RULE as NEIGHBOUR_RULE
from newsevents.events.group_words import (
    ALL_GROUP_NOUNS,
    COUPLE_NOUNS,
    PAIR_NOUNS,
    RELATIONAL_NOUNS,
    SIDE_NOUNS,
    WARRING_ADJECTIVES,
)
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.roles import MentionIndex

# The nouns and adjectives of plurals that point back ("the two leaders", "the rivals", "the
# warring parties") live in events/group_words.py, which the prefilter reads too.
# Plurals of persons that point back at the two persons last named ("the two men", "both politicians").
PEOPLE_NOUNS = {"man", "woman", "politician"}
# Group nouns for people in office: they point back at government actors only.
OFFICE_NOUNS = {"troika", "leader", "president", "minister", "counterpart", "head", "premier", "government",
                "delegation", "envoy", "diplomat", "negotiator"}
# Country-level actors a group noun can point back at: the country itself or its government, its
# armed forces ("both sides") -- never police, protesters or firms.
GROUP_SECTORS = {None, "GOV", "MIL"}
# Office nouns point back at governments, or at countries named as such ("Russia ... talks with
# Ukraine. The two delegations met").
OFFICE_SECTORS = {None, "GOV"}
# Group nouns for states: "the three European countries" point back at countries, never at
# intergovernmental bodies named beside them ("UN sanctions ... IAEA inspectors").
STATE_NOUNS = frozenset({"country", "nation", "state"})
GROUP_SENTENCES = 3
# "The two men" reach further back for the two persons last named (this sentence and up to four
# before), counting every person named since: a third one named in between leaves them unread.
PEOPLE_SENTENCES = 5
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Armed groups and oppositions that count as a side apart from their country's state ("both
# sides" after "the army and the rebels", "the government and the opposition").
ARMED_SIDES = frozenset({"REB", "INS", "OPP"})
# The numbers a group noun may name its members by ("the three countries" point back at three).
GROUP_SIZES = {"two": 2, "three": 3, "four": 4}
# Where the two members of a pair named together stand: the act's subject or object, or after these.
PAIR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
PAIR_PREPS = frozenset({"with", "between", "by", "among"})
# Words before a pair's first name that make it the tail of a longer list ("A, B and C").
LIST_WORDS = frozenset({",", "and"})
# A name after these is where something happens, not who acts ("talks in Geneva, Switzerland").
LOCATIVE_PREPS = {"in", "at", "near", "inside", "around", "outside", "across", "throughout"}
# Gatherings a name may only qualify ("on the sidelines of the NATO summit"): the occasion, not a party.
GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "forum", "session", "assembly"})


def group(index: MentionIndex, head: Token) -> list[ActorMention]:
    """The actors a counted plural ("the two leaders", "both countries", "the three
    ministers") refers back to."""
    if head.lower_ == "they":
        counted = _counted_subject_before(head)
        return group(index, counted) if counted is not None else []
    people = head.lemma_.lower() in PEOPLE_NOUNS
    size = _bare_size(head)
    if size:
        office = False  # "urged both to", "the two said": countries or their forces, never guessed people
    elif size := _group_size(head, people):
        office = head.lemma_.lower() in OFFICE_NOUNS
    else:
        return []
    # The group must be named together: the nearest sentence (this one or up to two before)
    # naming country-level actors of the kind must name exactly that many countries; else no guess.
    sent = sentence_of(head)
    doers = _doer_tokens(head)
    # "Egypt hosted talks between Israel and Hamas. It urged both sides": the doer named by a
    # pronoun is none of the pair wherever it was named
    acting = {m.entity for m in index.mentions if m.start in doers and m.entity >= 0}
    # ... with the words before its name ("the UN and Arab League envoy Brahimi ... he met both sides")
    named = [index.doc[m.start:m.end].root for m in index.mentions if m.entity in acting]
    doers = doers | {m.start for m in index.mentions if m.entity in acting} | {
        i for root in named for i in range(root.left_edge.i, root.i + 1)}
    # "The US brokered a truce between Israel and Hamas. Washington accused both sides": the
    # doer's country, named again, is no side either when the sides are otherwise too many
    # (an intergovernmental doer too: "After talks with A and B, the EU's envoy urged the parties")
    doer_countries = frozenset(party for m in index.mentions if m.start in doers and (party := _party(m)))
    # an uncounted plural ("the parties") is a pair of two states or bodies, never a state and its
    # own opposition ("the government and the opposition ... observers urged the parties")
    keep = _foreign_pair if definite_pair(head) else list
    for _ in range(PEOPLE_SENTENCES if people else GROUP_SENTENCES):
        end = min(sent.end, head.i)
        pair = _coordinated_pair(index, sent.start, end, doers) if size == 2 and not people else None
        if pair is not None:
            return keep(pair)
        # the persons are counted from the nearest sentence back up to the group noun
        found = _persons_in(index, sent.start, head.i, doers, size) if people \
            else _pair_in(index, sent.start, end, office, doers, size, head.lemma_.lower() in SIDE_NOUNS,
                          doer_countries, head.lemma_.lower() in STATE_NOUNS)
        if found is not None:
            return keep(found)
        if people and _counted_before(head, sent.start, end, size):
            return []  # "gunmen shot two men ... the two men": those two, not the pair named before
        if sent.start == 0:
            break
        sent = sentence_of(head.doc[sent.start - 1])
    return []


def _counted_before(head: Token, start: int, end: int, size: int) -> bool:
    """Whether tokens ``start``..``end`` hold another plural of ``head``'s noun counted alike
    ("two men were shot ... the two men"): the group the plural points back at, named by no name."""
    doc = head.doc
    return any(doc[i].lemma_.lower() == head.lemma_.lower() and doc[i].tag_ in PLURAL_TAGS and _count(doc[i]) == size
               for i in range(start, end) if i != head.i)


def _counted_subject_before(they: Token) -> Token | None:
    """"The three envoys came from Belgrade. Here they held talks ... They also met UN officials":
    the counted plural a main-clause subject "they" goes on from, the main subject of the sentence
    before (through a chain of such "they"), counting three or more (two are left to coreference,
    session 32); ``None`` when that subject is anything else."""
    subject = they
    for _ in range(GROUP_SENTENCES):
        if subject.lower_ != "they" or not _main_subject(subject):
            return None
        start = sentence_of(subject).start
        if start == 0:
            return None
        root = sentence_of(subject.doc[start - 1]).root
        found = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is None:
            return None
        if found.tag_ in PLURAL_TAGS and _count(found) > 2 and any(
                c.dep_ == "det" and c.lower_ == "the" for c in found.children):
            return found
        subject = found
    return None


def _main_subject(tok: Token) -> bool:
    """Whether ``tok`` is the subject of its sentence's main verb."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == sentence_of(tok).root.i


def _count(head: Token) -> int:
    """The number a plural's "two", "three" or "both" counts (0: none); the number may hang on a
    compound before the noun ("the three high level diplomats": "three" on "level")."""
    for c in head.children:
        if c.dep_ == "nummod" and c.lower_ in GROUP_SIZES:
            return GROUP_SIZES[c.lower_]
        if c.dep_ in ("det", "predet") and c.lower_ == "both":
            return 2
        if c.dep_ == "compound" and c.i < head.i:
            number = next((n for n in c.children if n.dep_ == "nummod" and n.lower_ in GROUP_SIZES), None)
            if number is not None:
                return GROUP_SIZES[number.lower_]
    return 0


def counterpart(index: MentionIndex, head: Token) -> list[ActorMention] | None:
    """"Ethiopia accused *its neighbour*": a singular relational noun owned by one of exactly two
    countries named so far (this sentence and up to two before) is the other; ``[]`` when
    the text names other countries or none (the noun is no one else, and no guess is made),
    ``None`` when the noun is not an owned relational noun."""
    if head.lemma_.lower() not in RELATIONAL_NOUNS or head.tag_ != "NN":
        return None  # "Sudan's neighbours" are several: left to the owner, as before
    own = index.at(head)
    if own is not None and own.rule == NEIGHBOUR_RULE:
        return None  # the actor step placed it already, by its owner's clause (actors/neighbours.py)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    mention = index.at(owner) if owner is not None else None
    if mention is None or not mention.country:
        return None
    sent = sentence_of(head)
    for _ in range(GROUP_SENTENCES - 1):
        if sent.start > 0:
            sent = sentence_of(head.doc[sent.start - 1])
    pair = _pair_in(index, sent.start, head.i, False, frozenset(), 2)
    if pair and any(m.country == mention.country for m in pair):
        return [m for m in pair if m.country != mention.country]
    return []


def _persons_in(index: MentionIndex, start: int, end: int, doers: frozenset[int],
                size: int) -> list[ActorMention] | None:
    """The ``size`` coded persons named in tokens ``start``..``end`` ("Abiy and Isaias met
    ... The two men"), those in ``doers`` apart; ``[]`` when more are, ``None`` when fewer
    (look further back)."""
    by_entity: dict[int, ActorMention] = {}
    for mention in index.mentions:
        if start <= mention.start < end and mention.kind == "person" and mention.code \
                and mention.start not in doers and not mention.rule.startswith("coref-pronoun") \
                and index.doc[mention.start:mention.end].root.tag_ not in PLURAL_TAGS:  # "officials" are no one man
            by_entity.setdefault(mention.entity, mention)
    if len(by_entity) > size:
        return []
    return sorted(by_entity.values(), key=lambda m: m.start) if len(by_entity) == size else None


def _pair_in(index: MentionIndex, start: int, end: int, office: bool, doers: frozenset[int],
             size: int, sides: bool = False,
             doer_countries: frozenset[str] = frozenset(), states: bool = False) -> list[ActorMention] | None:
    """The ``size`` countries' actors named in tokens ``start``..``end``, those in ``doers``
    apart; ``[]`` when more are (ambiguous), ``None`` when fewer (look further back). The
    ``sides`` of a conflict may be armed groups, each a party apart from its country's state
    ("Israel and Hamas ... both sides", "the army and the rebels ... both sides"); ``states``
    ("the three countries") are countries only, no intergovernmental body."""
    by_country: dict[str, ActorMention] = {}
    for mention in index.mentions:
        party = _party(mention)
        if not (start <= mention.start < end) or not party or mention.start in doers:
            continue
        if _located(index.doc[mention.start:mention.end]):
            continue  # "talks opened in Geneva, Switzerland": where, not who
        armed = sides and mention.sector in ARMED_SIDES
        if mention.sector not in (OFFICE_SECTORS if office else GROUP_SECTORS) and mention.sector != IGO \
                and not armed:
            continue
        if states and mention.sector == IGO:
            continue
        party += ":armed" if armed else ""
        by_country.setdefault(party, mention)
    if len(by_country) > size:
        others = {p: m for p, m in by_country.items() if p.split(":")[0] not in doer_countries}
        if len(others) != size:
            return []
        by_country = others
    if len(by_country) < size:
        return None
    return sorted(by_country.values(), key=lambda m: m.start)


def _party(mention: ActorMention) -> str | None:
    """The party a mention stands for in a pair: its country, or an intergovernmental body as a
    party of its own ("the EU and Russia ... both sides")."""
    return mention.country or (mention.code if mention.sector == IGO else None)


def _coordinated_pair(index: MentionIndex, start: int, end: int, doers: frozenset[int]) -> list[ActorMention] | None:
    """The two coded actors named as a pair ("talks with Serbia's Vucic and Kosovo's Kurti")
    in tokens ``start``..``end``, when the span holds exactly one such pair: "both", "the two
    sides" stand for the pair named together, not for whoever else the sentence names (the
    mediator who held the talks, a party coded with a sector no other rule counts). ``None``
    when there is no such pair or more than one. The pair is read from the words ("A and B",
    neither in a longer list), not the parse, which often hangs one name on the other."""
    doc = index.doc
    coded = sorted((m for m in index.mentions if start <= m.start < end and m.code and m.start not in doers
                    and not m.rule.startswith("coref-pronoun")), key=lambda m: m.start)
    pairs = []
    for first, second in pairwise(coded):
        if second.start != first.end + 1 or doc[first.end].lower_ != "and":
            continue
        if (first.start > 0 and doc[first.start - 1].lower_ in LIST_WORDS) \
                or (second.end < len(doc) and doc[second.end].lower_ == "and"):
            continue  # "A, B and C", "A and B and C": more than two
        if second.entity == first.entity or second.code == first.code:
            continue
        if _party_slot(doc[first.start:second.end].root):
            pairs.append([first, second])
    return pairs[0] if len(pairs) == 1 else None


def _party_slot(root: Token) -> bool:
    """Whether a name stands where the parties of an act stand: a subject or object, or after
    "with", "between", "by", "among" ("talks with A and B"); not inside another's title ("the
    envoy to Sudan and South Sudan") nor where something happens ("in Geneva")."""
    if root.dep_ in PAIR_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in PAIR_PREPS


def _located(name: Span) -> bool:
    """Whether a name is where or at what something happens: the object of a locative
    preposition, or in apposition to one ("in Geneva, *Switzerland*"), or the modifier of a
    gathering ("met on the sidelines of the *NATO* summit", read from the words: the parse may hang
    the name elsewhere)."""
    root = name.root
    if name.end < len(name.doc) and name.doc[name.end].lemma_.lower() in GATHERING_NOUNS:
        return True
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _group_size(head: Token, people: bool) -> int:
    """"The two leaders", "both sides", "the rivals" (2), "the three countries" (3): how many a
    plural group noun that names its members' number points back at (0: it names none)."""
    if head.lower_ == "troika" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return 3  # "the troika": the three mediators named before
    if not (people or head.lemma_.lower() in ALL_GROUP_NOUNS) or head.tag_ not in PLURAL_TAGS:
        return 0
    if _relational(head) or definite_pair(head):
        return 2
    if people and not any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in head.children):
        return 0  # "two men were shot": new people, not the two named before
    return _count(head)


def _bare_size(head: Token) -> int:
    """"Urged both to ...", "the two said", "the three agreed", "the pair signed": a count with no
    noun, or a noun that counts two by itself, standing as an argument itself; how many it counts
    (0: not such a count)."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
        return 0
    children = list(head.children)
    if head.lower_ == "both":
        return 0 if children else 2
    if head.lower_ in COUPLE_NOUNS:  # "the pair", never "a pair of talks" nor "the pair of rebels"
        return 2 if [c.lower_ for c in children] == ["the"] else 0
    return GROUP_SIZES.get(head.lower_, 0) if [c.lower_ for c in children] == ["the"] else 0


def _relational(head: Token) -> bool:
    """"The rivals", "the neighbours": a definite relational plural, with no owner or modifier
    that makes it anyone's ("Sudan's neighbours", "its rivals", "neighbours of Iraq", "regional rivals");
    "the warring parties", "the rival factions": sides named only by their fight."""
    children = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or any(
            c.dep_ in ("poss", "compound", "prep") for c in children):
        return False
    adjectives = [c.lower_ for c in children if c.dep_ == "amod"]
    if head.lemma_.lower() in SIDE_NOUNS:  # "the warring parties" (not "the two parties' leaders")
        return len(adjectives) == 1 and adjectives[0] in WARRING_ADJECTIVES
    return head.lemma_.lower() in RELATIONAL_NOUNS and not adjectives


def counted_people(head: Token) -> bool:
    """"Both politicians", "the two men": a counted plural of persons, which stands for the persons
    named before even when a role noun gave it the story's country (session 32)."""
    return head.lemma_.lower() in PEOPLE_NOUNS and head.tag_ in PLURAL_TAGS and _count(head) > 0


def _foreign_pair(pair: list[ActorMention]) -> list[ActorMention]:
    """The pair, when its two members are parties of different countries or bodies; else ``[]``."""
    parties = {_party(m) for m in pair}
    return pair if None not in parties and len(parties) == len(pair) else []


def definite_pair(head: Token) -> bool:
    """"The leaders agreed", "I commend the parties", "the countries' ministers": a bare definite
    plural of a pair noun, with no modifier or owner that makes it some other group ("the party
    leaders", "the opposition parties", "the leaders of the protest", "the Gulf countries")."""
    children = list(head.children)
    return head.lemma_.lower() in PAIR_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
        and all(c.dep_ in ("det", "case") for c in children)


def _doer_tokens(head: Token) -> frozenset[int]:
    """The tokens of the subject of the verb ``head`` is the object of: "China, Russia and Iran
    urged the two countries": whoever acts on the pair is never one of it. A speaker's subject
    further out can be the pair itself ("India and Pakistan said the two countries would ...")."""
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == head.i or verb.pos_ not in ("VERB", "AUX") or head.dep_ in ("nsubj", "nsubjpass"):
        return frozenset()
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not (child.left_edge.i <= head.i <= child.right_edge.i):
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    if verb.dep_ == "relcl":
        # "Egypt and Jordan, which hosted talks between the two foes": the relative's antecedent acts
        antecedent = verb.head
        while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head
        out.update(range(antecedent.left_edge.i, verb.left_edge.i))
    return frozenset(out)
