"""Both sides of a meeting: the dyads a consultation gives its partner.

A meeting, a round of talks or a telephone call is one act with two sides. CAMEO coders record it
once from each side ("Kishida met Chinh": Japan consults Vietnam *and* Vietnam consults Japan), as
the project's gold does, while the pattern frame finds only the grammatical direction (the doer
meets the object). :func:`partner_pairs` adds the partner's side of a consultation whose doer and
partner are both named.

Only consultations that take two willing sides are returned: a visit (042) is the visitor's act and
its host's part is coded only when the text says the host received the visitor (043); mediation
(045) goes from the mediator to each side, never back; a planned meeting ("will meet") is the
doer's intent, not yet the partner's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.records import ActorMention

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsevents.events.matching import Match

# Codes of an act that has two sides: consult (040), a phone call (041), negotiations (046).
# ``coder`` already gives joint nouns ("peace talks with the rebels") both sides; this extends it
# to the verbs ("met", "held talks with", "spoke by phone with", "negotiated with").
TWO_SIDED = frozenset({"040", "041", "046"})

Pair = tuple["ActorMention | None", "ActorMention | None"]
# Nouns of a trip one is "on" ("on a two-day visit to Ghana"), and the codes they have.
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "stopover"})
# Prepositions that set a trip beside its traveller ("is on a visit to", "is in Accra for a visit").
TRIP_PREPS = frozenset({"on", "for"})
VISIT_CODE = "042"
CONSULT_ROOT = "04"
# Verbs of a trip whose "for" names what it is made for ("flew to Baku for talks").
TRIP_VERBS = frozenset({"travel", "fly", "arrive", "head", "go", "come", "return", "land", "leave"})
# Codes of bodies of no one country that count as a side: international and non-governmental ones.
WORLD_BODIES = frozenset({"IGO", "NGO"})
VERB_TAGS = frozenset({"VERB", "AUX"})
# Verbs whose subject is the one on the trip ("is on a visit to", "embarked on a tour of").
TRAVELLING_VERBS = frozenset({"be", "remain", "stay", "embark", "go", "arrive", "come", "set"})


def partner_pairs(code: str, fact: bool, pairs: list[Pair]) -> list[Pair]:
    """The partner's side of each (doer, partner) pair of a two-sided consultation that is a fact.

    A pair gives its reverse when both ends are actors of a known country (or world bodies), are not the same actor
    (``same`` by entity or code-and-text) and the partner is not a place ("met in Geneva" is a
    venue, never a party); reverses already in ``pairs`` are not repeated.
    """
    if not fact or code not in TWO_SIDED:
        return []
    return reversed_pairs(pairs, _partners)


def _partners(source: ActorMention, target: ActorMention) -> bool:
    # a partner of no known country would be a source of none
    return placed(source) and placed(target) and target.kind != "place" and not source.same_entity_or_span(target)


def reversed_pairs(pairs: list[Pair], sides: Callable[[ActorMention, ActorMention], bool]) -> list[Pair]:
    """The reverse (target, source) of each pair whose two ends ``sides`` accepts as two sides of one
    act, each once: a reverse already in ``pairs`` or found before is not repeated."""
    out: list[Pair] = []
    for source, target in pairs:
        if source is None or target is None or not sides(source, target):
            continue
        reverse = (target, source)
        if not any(_same_pair(reverse, p) for p in (*pairs, *out)):
            out.append(reverse)
    return out


def placed(actor: ActorMention) -> bool:
    """Whether an actor has a country, or is an international body ("the African Union")."""
    return bool(actor.country) or (actor.code or "")[:3] in WORLD_BODIES


def _same_pair(a: Pair, b: Pair) -> bool:
    return all(x is not None and y is not None and x.same_entity_or_span(y) for x, y in zip(a, b, strict=True))


def on_trip(match: Match, tok: Token) -> bool:
    """License "on a visit to Ghana": the traveller is the subject of the verb the phrase hangs
    from ("is on a visit to Ghana", "is in Ghana for a visit") or the noun it is set beside ("the
    Nigerian president, on a visit to Ghana, said"). Like any setting, it codes only with its
    destination named: after "to" or "in" on the trip, or "in" on the verb ("is in Accra on a visit")."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in TRIP_PREPS or match.pattern.cameo != VISIT_CODE \
            or tok.lemma_.lower() not in TRIP_NOUNS:
        return False
    holder = head.head
    if holder.dep_ == "punct" and holder.head.i < holder.i:
        holder = holder.head  # "the president, on a visit to Ghana,": the parser may hang it on the comma
    if holder.pos_ in VERB_TAGS:
        if holder.lemma_.lower() not in TRAVELLING_VERBS:
            return False  # "spoke on a visit planned for May": the topic, not a trip
        match.verb, match.subject = holder, _subject_of(holder)
        # "is in Pakistan for his first visit": the place the traveller is in is where the trip goes
        match.light = holder
    elif head.lower_ != "on":
        return False  # "the president, for a visit": only "on" sets a trip beside its traveller
    elif holder.dep_ in ("nsubj", "nsubjpass") and holder.head.pos_ in VERB_TAGS:
        match.verb, match.subject = holder.head, holder
    else:
        return False
    match.adjunct = True
    return match.subject is not None


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def trip_purpose(match: Match, tok: Token) -> bool:
    """License "flew to Baku for talks with the Azerbaijani president": talks a trip was made for
    are the traveller's, told with the trip; a trip still to come ("will fly ... for talks") is
    one intent, the trip's. Like any setting, the talks code only with their partner named."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "for" or not match.pattern.cameo.startswith(CONSULT_ROOT) \
            or match.pattern.cameo == VISIT_CODE:
        return False
    verb = head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TRIP_VERBS:
        return False
    if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "will fly to Lima for talks": the trip's intent (036) already says it
    match.verb, match.subject, match.adjunct = verb, _subject_of(verb), True
    return match.subject is not None
