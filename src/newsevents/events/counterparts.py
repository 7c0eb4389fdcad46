"""Who "his counterpart" is when the sentence does not say.

"The Ugandan foreign minister arrived in Nairobi on Sunday. Kenya's foreign minister met *his
counterpart* on Monday": a counterpart with no country of its own ("his Ugandan counterpart" has
one) is the office holder of another country named just before, the man the reader already knows
is in town. The coder reads "his" as the doer himself, and a meeting of one man with himself is
no event, so without this the meeting is lost.

The partner is taken only when the text leaves no doubt: the office holders of exactly one
country other than the doer's are named in the sentence or the one before it.

A counterpart named by a people's name ("his Uzbek counterpart") is that country's, and holds the
office of the one whose counterpart he is: :func:`counterpart_office` gives him the possessor's
sector (UZBGOV, where the people's name alone was the bare country, session 26).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.lexicon import COUNTRY_KINDS
from newsevents.actors.lexicon import lexicon as actor_lexicon
from newsevents.events import frames as fr
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.events.matching import Match
    from newsevents.events.roles import MentionIndex

CONSULT = "04"
COUNTERPART_NOUNS = frozenset({"counterpart"})
# People in office whose counterpart one meets: governments and their envoys, the military.
OFFICE_SECTORS = frozenset({"GOV", "MIL"})
# Entity labels of a people's or a country's name.
NAME_LABELS = frozenset({"NORP", "GPE"})
NAME_TAGS = frozenset({"ADJ", "PROPN"})
# How many sentences back (this one included) the counterpart may be named.
WINDOW = 2


def counterpart(match: Match, sources: list[ActorMention], targets: list[ActorMention],
                index: MentionIndex) -> ActorMention | None:
    """The actor "his counterpart" (the partner of a consultation) stands for, or ``None`` when the
    partner is named, is no bare counterpart, or more than one country could be meant."""
    home = {s.country for s in sources if s.country}
    if len(home) != 1 or any(t.country and t.country not in home for t in targets):
        return None
    noun = _bare_counterpart(match)
    if noun is None:
        return None
    start = sentence_of(noun).start
    for _ in range(WINDOW - 1):
        if start > 0:
            start = sentence_of(index.doc[start - 1]).start
    others: set[str] = set()
    named: ActorMention | None = None
    for mention in reversed(index.mentions):  # the nearest office holder of the other country
        if start <= mention.start < noun.i and mention.country and mention.country not in home:
            others.add(mention.country)
            if named is None and mention.kind == "person" and mention.sector in OFFICE_SECTORS:
                named = mention
    # any other country named (a place, a people, a second minister) leaves "counterpart" open
    if named is None or len(others) != 1 or _other_demonyms(index, start, noun.i, home, others):
        return None
    return named


def _other_demonyms(index: MentionIndex, start: int, end: int, home: set[str], other: set[str]) -> bool:
    """Whether a people's or country's name between ``start`` and ``end`` names a country other than
    the doer's and the counterpart's ("the Ugandan and Tanzanian ministers", one mention to us)."""
    for tok in index.doc[start:end]:
        if tok.ent_type_ not in NAME_LABELS and tok.pos_ not in NAME_TAGS:
            continue  # ("the Ugandan and Tanzanian ministers": the first name may go untagged)
        entry = next((m.first(*COUNTRY_KINDS) for m in actor_lexicon().matches([tok.text])), None)
        if entry is not None and entry.code[:3] not in home | other:
            return True
    return False


def _bare_counterpart(match: Match) -> Token | None:
    """The "counterpart" that is the trigger's object or "with" partner and says no country."""
    verb = match.verb or match.token
    heads = {verb, match.token}
    found = [t for h in heads for t in (*fr.objects(h), *fr.prep_objects(h, {"with"}))]
    for noun in found:
        if noun.lemma_.lower() in COUNTERPART_NOUNS and not any(
                c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "poss" and c.pos_ == "PROPN")
                for c in noun.children) and not fr.prep_objects(noun, {"from", "of"}):
            return noun
    return None


def counterpart_office(index: MentionIndex, head: Token, found: ActorMention) -> ActorMention:
    """"The Kazakh foreign minister met *his Uzbek counterpart*": a counterpart named by a people's
    or country's name alone (``found``, the bare country) holds the office of the one whose
    counterpart he is, so he takes that one's sector (UZBGOV, not UZB). The owner is the possessor
    ("his", resolved to the minister); with no owner, or one of no sector, ``found`` is kept."""
    modifier = next((c for c in head.children if c.dep_ in ("amod", "compound")), None)
    if head.lemma_.lower() not in COUNTERPART_NOUNS or found.sector or not found.country \
            or modifier is None or not found.start <= modifier.i < found.end:
        return found
    owner = next((index.at(c) for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.sector not in OFFICE_SECTORS or owner.country == found.country:
        return found
    return ActorMention(found.start, found.end, found.start_char, found.end_char, found.text, found.name,
                        found.country + owner.sector, found.country, owner.sector, "person",
                        "events-counterpart")
