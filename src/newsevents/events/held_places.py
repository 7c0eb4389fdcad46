"""An attack on the places a side holds is an attack on that side.

News tells force against an armed group through the ground it holds: "air strikes on *rebel
positions*", "a raid on *a Boko Haram camp*", "strikes against *targets belonging to the PKK*",
"shelled *positions held by the Houthis*", "bombed *the militia's bases*", "shelled *rebel-held*
areas". The slots of the act then hold a place noun, and the coder took either nothing or the place
the phrase names next ("in northern Iraq", "of Donetsk") as the target: the country of the place,
not the side.

:func:`held_place_targets` reads the first target slot of a violent act (roots 18-20) that holds
anything. For each place noun of :data:`HELD_PLACE_NOUNS` there (or any noun with a "-held" or
"-controlled" modifier, or a holding participle after it: "areas held by X"), its holder is, in
this order, the possessor ("the militia's"), the object of a holding participle ("belonging to
X", "held by X"), a side after "of" ("positions of the rebels"), or the noun's own modifiers
("PKK", "rebel", "Kurdish militant", "rebel-held"). A holder with a country, or a name (a
transnational group), is the target. A bare role word takes its foe's country by the usual rule
for a bare side facing a state at home (:func:`newsevents.events.hostilities.home_side`: "the
Syrian air force bombed rebel-held areas"); with none ("Kurdish militant targets" hit by Turkish
jets in Iraq) the target is left empty, not the place's country: the place says where the side
was hit, not whose side it is. A state body with no country ("army positions") and a bare
country ("Ethiopian positions") are left to the older rule of
:func:`newsevents.events.implied_actors.installation_owner`, as is a place named by its own name
("the town of Kidal", "the stronghold of Saada").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors import code_phrase
from newsevents.events import codebook
from newsevents.events.arguments import slot_tokens
from newsevents.events.hostilities import home_side
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex
from newsevents.nlp.extensions import doc_attribute
from newsevents.records import ActorMention

HELD_PLACE_NOUNS = frozenset({
    "position", "camp", "base", "stronghold", "hideout", "hide-out", "hideaway", "bastion", "target",
    "outpost", "depot", "installation", "facility", "fortification", "bunker", "trench", "redoubt",
    "den", "lair", "enclave", "garrison", "encampment", "emplacement", "post", "headquarters",
})
"""Nouns of the ground or works a side holds, whose holder is whom an attack on them hits."""
HOLDING_VERBS = frozenset({"belong", "hold", "control", "occupy", "use", "run", "man", "garrison"})
"""Participles that name a place's holder: "belonging to X", "held by X", "X-controlled"."""
HOLDER_PREPS = frozenset({"to", "by"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
STATE_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY"})
"""Sectors of a state's bodies: their posts are the older rule's (the body of where they are)."""


def held_place_targets(match: Match, code: str, sources: list[ActorMention],
                       index: MentionIndex) -> list[ActorMention] | None:
    """The sides whose places a violent act hits (``[]`` when each holder is a bare side with
    no country: no guess), or ``None`` when the act's first filled target slot names no held
    place, or names one its own doer holds."""
    if not codebook.is_violence(code):
        return None
    for slot in match.pattern.target:
        tokens = slot_tokens(match, slot)
        if not tokens:
            continue
        holders = [h for h in (_holder(t, index) for t in tokens) if h is not None]
        if not holders or any(h.same_entity_or_code(s) for h in holders for s in sources):
            return None  # "the rebels fell back to their positions": no side's place hit
        found = [_with_country(h, code, sources, match) for h in holders]
        return [h for h in found if h is not None]
    return None


def _with_country(holder: ActorMention, code: str, sources: list[ActorMention], match: Match) -> ActorMention | None:
    """``holder``, a bare role word ("rebel") given its foe's country as the usual rule does for
    a bare side facing a state at home (events/hostilities.py), or ``None`` with none (no guess);
    a named group with no country ("al-Qaeda") stays as it is."""
    doc = match.token.doc
    if holder.country or any(t.pos_ == "PROPN" for t in doc[holder.start:holder.end]):
        return holder
    return home_side(code, sources[0] if sources else None, holder, _story_countries(match))


def _story_countries(match: Match) -> list[str]:
    """The story's principal countries (``[]`` when no story was read)."""
    story = doc_attribute(match.token.doc, "ne_story")
    return list(story.countries) if story is not None else []


def _holder(place: Token, index: MentionIndex) -> ActorMention | None:
    """The side holding ``place`` (with or without a country); ``None`` when
    ``place`` is no held place or names no side as its holder."""
    held = _held_participle(place)
    holding = any(c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS for c in place.children)
    if place.lemma_.lower() not in HELD_PLACE_NOUNS and held is None and not holding:
        return None  # "areas held by X" and "X-held areas" are held places; "areas" alone is not
    for token in _holder_tokens(place):
        found = _side(index.actor(token))
        if found is not None:
            return found
    words = _modifier_words(place, held)
    return _side_of_words(words, index) if words else None


def _held_participle(place: Token) -> Token | None:
    """The "-held" or "-controlled" participle before ``place`` ("rebel-held areas"), if any."""
    return next((c for c in place.children if c.dep_ == "amod" and c.i < place.i and c.tag_ == "VBN"
                 and c.lemma_.lower() in HOLDING_VERBS), None)


def _holder_tokens(place: Token) -> list[Token]:
    """The heads that may name a place's holder outside its modifiers: the possessor ("the
    militia's bases"), the object of a holding participle ("belonging to X", "held by X") and of
    "of" ("positions of the rebels")."""
    out = [c for c in place.children if c.dep_ == "poss"]
    for acl in place.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in HOLDING_VERBS:
            out += [o for p in acl.children if p.dep_ in ("prep", "agent") and p.lower_ in HOLDER_PREPS
                    for o in p.children if o.dep_ == "pobj"]
    out += [o for p in place.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"]
    return out


def _modifier_words(place: Token, held: Token | None) -> list[Token]:
    """The words before ``place`` that may name its holder: its noun and adjective modifiers
    ("PKK", "Kurdish militant", "Boko Haram"), or the word before its "-held" ("rebel")."""
    if held is not None:
        return [c for c in held.children if c.dep_ in MODIFIER_DEPS and c.i < held.i]
    mods = [c for c in place.children if c.dep_ in MODIFIER_DEPS and c.i < place.i and c.tag_ != "VBN"]
    if not mods:
        return []
    return [t for t in place.doc[min(m.left_edge.i for m in mods):place.i] if t.pos_ in ("PROPN", "NOUN", "ADJ")]


def _side_of_words(words: list[Token], index: MentionIndex) -> ActorMention | None:
    """The side the modifier words name: a mention the actor step found there, else the words
    coded as a phrase ("Somalian army"), a bare role word taking its country as
    :meth:`MentionIndex.role` gives it."""
    for word in reversed(words):
        found = _side(index.at(word))
        if found is not None:
            return found
    first, last = words[0], words[-1]
    ref = code_phrase(first.doc[first.i:last.i + 1].text, index.date, knowledge=index.knowledge)
    if ref is None or not ref.code or not ref.sector:
        return None
    if ref.country:
        return ActorMention(first.i, last.i + 1, first.idx, last.idx + len(last.text),
                            first.doc[first.i:last.i + 1].text, ref.name, ref.code, ref.country, ref.sector,
                            "group", "events-held-place")
    if any(w.pos_ == "PROPN" for w in words):
        return None  # a countryless name ("al-Qaeda") the actor step would have coded
    return _side(index.role(last))


def _side(mention: ActorMention | None) -> ActorMention | None:
    """``mention`` if it names a side (with or without a country); ``None`` for places, countries
    and state bodies with no country (the older rules' cases)."""
    if mention is None or not mention.code or mention.kind == "place" or not mention.sector:
        return None
    return None if not mention.country and mention.sector in STATE_SECTORS else mention
