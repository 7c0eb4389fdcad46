"""Word senses and frames the fresh-news censuses of session 18 found read as acts.

Each reader is a cheap test on one matched trigger (its children, at most its sentence's actor
mentions), called by the coder only for the patterns it concerns:

* :func:`third_country_venue` -- a meeting's venue is no host when the meeting's partner is of another
  country or an international body ("is now in Geneva for discussions with the Russian foreign
  minister", "wrapped up talks in Brussels, where she attended a meeting of NATO ministers"):
  the visit may stand, but Switzerland or Belgium received no one (no 043).
* :func:`approving_welcome` -- "welcome X for bringing security", "welcomed the troops for their
  help": welcoming someone *for* a deed is approval, not hosting; "welcomed the king for a
  three-day visit" stays a reception.
* :func:`safety_warning` -- "police warned residents to seek shelter", "told to stay away from
  the coast": a government's safety warning to its own people is no threat (130).
* :func:`planned_trip` -- "After the two-day visit to Cuba, the envoys will travel to Canada":
  a visit noun in an "after" phrase of a future clause is part of the plan, unlike "will cut
  back after talks with Kyiv", whose talks came first (only trip nouns are read so).
* :func:`held_place` -- "Al Shabaab holds much of southern Somalia": a named place held is ground
  kept, not people detained (the nouns of ground, "held the town", are the blocking pattern
  ``coerce.hold_ground``; session 24).
* :func:`defence_plea` -- "the activists pleaded not guilty", "pleading they were unable to ...":
  a plea in court or an excuse asks no one for anything (no 020; session 24). "pleaded with
  Congress", "pleaded for help" are other patterns and stay appeals.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.matching import Match
from newsevents.events.obliques import quantity_head
from newsevents.events.patterns import Lexicon
from newsevents.events.safety_advice import INDOOR_WORDS, protective_act
from newsevents.records import ActorMention

STAY_PATTERNS = frozenset({"consult.stay"})
"""Patterns whose trigger is a stay or meeting abroad told with its purpose ("is in Geneva for talks")."""
MEETING_NOUNS = frozenset({"talk", "talks", "discussion", "meeting", "negotiation", "consultation", "summit",
                           "conference", "session", "dialogue"})
"""Nouns of a meeting whose "with" phrase or "of" phrase names its partners."""
WELCOME_PATTERNS = frozenset({"consult.host_actor", "consult.host"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stay", "stopover", "talk", "talks", "meeting", "summit",
                         "conference", "discussion", "negotiation", "consultation", "dinner", "lunch", "banquet",
                         "reception", "ceremony", "celebration", "session", "holiday", "vacation", "tournament",
                         "game", "match", "festival", "forum", "event", "occasion", "inauguration", "funeral"})
"""What one welcomes a guest *for* when one receives him ("welcomed the king for a state visit")."""
WARN_PATTERNS = frozenset({"threaten.warn"})
WARNING_KEEP_WORDS = INDOOR_WORDS | {"away", "clear"}
"""Where a safety warning tells people to stay ("to stay indoors", "to keep clear of the coast")."""
TRIP_NOUN_PATTERNS = frozenset({"consult.visit_noun"})


def _with_partners(tok: Token) -> list[Token]:
    """Tokens of the "with" phrases of ``tok`` and of a meeting noun its "for" phrase names
    ("in Geneva for discussions with Lavrov")."""
    heads = [tok]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            heads += [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in MEETING_NOUNS]
    return [t for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
            for t in p.subtree]


def _meeting_members(tok: Token) -> list[Token]:
    """Tokens of the members of a meeting the sentence names ("a meeting of NATO ministers")."""
    return [t for m in tok.sent if m.lemma_.lower() in MEETING_NOUNS and m.pos_ in ("NOUN", "PROPN")
            for p in m.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]


def third_country_venue(match: Match, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether the visited ``target`` of a stay or meeting abroad is only the venue: the meeting's
    partner is of a third country or an international body, so the venue hosts no one."""
    if target is None or not target.country or source is None:
        return False
    if match.pattern.id not in STAY_PATTERNS and match.pattern.cameo[:2] != "04":
        return False
    tok = match.verb or match.token
    partners = {t.i for t in _with_partners(tok)} | {t.i for t in _with_partners(match.token)}
    partners |= {t.i for t in _meeting_members(match.token)}
    if not partners:
        return False
    for mention in tok.doc._.ne_mentions or []:
        if mention.start not in partners or not mention.code:
            continue
        if mention.code.startswith("IGO") or (mention.country and mention.country not in
                                              (target.country, source.country)):
            return True
    return False


def approving_welcome(match: Match) -> bool:
    """Whether a welcome is approval of a deed: "welcome X for V-ing" or "for" a noun that is no
    visit or meeting ("welcomed the troops for their help")."""
    tok = match.token
    if match.pattern.id not in WELCOME_PATTERNS or tok.lemma_.lower() != "welcome":
        return False
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" or obj.tag_ == "VBG":
                return True  # "for bringing security"
            if obj.dep_ == "pobj" and obj.lemma_.lower() not in VISIT_NOUNS:
                return True  # "for their help"
    return False


def safety_warning(match: Match, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether a warning tells the warner's own people to keep safe ("Israeli police warned
    residents to seek shelter"): no threat. A warning to another country's people stays."""
    if match.pattern.id not in WARN_PATTERNS or source is None or target is None:
        return False
    if not source.country or source.country != target.country:
        return False
    verb = match.verb or match.token
    return any(c.dep_ in ("xcomp", "ccomp") and protective_act(c, WARNING_KEEP_WORDS) for c in verb.children)


def planned_trip(match: Match) -> bool:
    """Whether a trip noun in an "after" phrase belongs to the plan its future main clause tells
    ("After the visit to Cuba, the envoys will travel to Canada")."""
    return match.pattern.id in TRIP_NOUN_PATTERNS


PLEA_PATTERNS = frozenset({"appeal.urge"})
DEFENCE_WORDS = frozenset({"guilty", "innocent", "innocence", "ignorance", "insanity", "poverty", "fifth",
                           "contest", "ill", "illness", "sickness"})
"""What one pleads in one's own defence ("pleaded not guilty", "pleaded ignorance", "pleaded the Fifth")."""
STATED_TAGS = frozenset({"VBD", "VBZ", "VBN"})
"""Tags of a clause verb that states a fact ("pleading they were unable"), not an act asked for."""


def defence_plea(match: Match) -> bool:
    """Whether "plead" is a plea in one's own defence: a plea of guilt or innocence, or an excuse
    told in a clause ("pleading they are unable to obtain protection"), not an appeal to anyone."""
    tok = match.verb or match.token
    if match.pattern.id not in PLEA_PATTERNS or tok.lemma_.lower() != "plead":
        return False
    for child in tok.children:
        if child.dep_ in ("acomp", "oprd", "dobj", "advmod", "attr") and child.lower_ in DEFENCE_WORDS:
            return True
        if child.dep_ == "ccomp" and _stated(child):
            return True
    return False


def _stated(clause: Token) -> bool:
    """Whether a clause states something ("they are unable", "it had no choice") rather than asks for
    an act ("that the world act now"): a past or third-person verb, or a tense, modal or copula."""
    if clause.tag_ in STATED_TAGS or clause.lemma_.lower() in ("be", "have"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("to", "should") for c in clause.children)


HOLD_PATTERNS = frozenset({"coerce.arrest"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def held_place(match: Match, lex: Lexicon) -> bool:
    """Whether "hold" takes a named place as its object ("holds much of southern Somalia"), through
    a quantity ("almost all of Idlib"): ground kept, not a detention."""
    tok = match.verb or match.token
    if match.pattern.id not in HOLD_PATTERNS or tok.lemma_.lower() != "hold":
        return False
    quantity = lex.word_list("quantity_nouns")
    return any(quantity_head(obj, quantity).ent_type_ in PLACE_ENTITIES for obj in fr.objects(tok))
