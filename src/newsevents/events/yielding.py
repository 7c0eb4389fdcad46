"""Releases told by a verb that frees no one by itself (CAMEO 0841): "handed over the abducted
Turkish workers", "returned the captured Indian pilot", "sent the seized sailors home".

"Hand over" and "return" release people only when those handed over are held: a participle of
capture on the object says so ("the *kidnapped* engineers", "the *detained* activists"), as a
captive noun does ("the hostages", the ``$captives`` list of the pattern file). "Handed over
the documents", "returned the ambassador to Paris" or "handed the keys to his deputy" free no
one. The release is aimed at the captives (their country), then at whom they are handed to.

Captives freed by someone other than whoever holds them ("commandos stormed the embassy, freeing
the hostages held by the rebels", "police freed two men kidnapped by a gang") are rescued: a
rescue is no yield of the freer's, so it codes nothing (:func:`rescued`).

Protest leaders or rebels who surrender or retreat with no one named yield to their own
government (:func:`surrender_target`), as their demands are made of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.rival_captors import CAPTURE_CLAUSES, CAPTURE_WORDS
from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.implied import own_government
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.records import ActorMention

CAPTIVE_RETURN_PATTERN = "_captive_return"
# Verbs that release people when what they move is people held ("handed over", "returned").
RETURN_VERBS = frozenset({"hand", "return", "repatriate", "deliver", "transfer"})
# "hand" releases only with a particle ("handed over", "handed back"): "handed him a letter" does not.
HAND_PARTICLES = frozenset({"over", "back"})
# Whom captives are handed to when they stay held ("to prosecutors", "into police custody").
CUSTODY_NOUNS = frozenset({"prosecutor", "prosecution", "court", "judge", "police", "investigator", "prison", "jail",
                           "custody", "tribunal", "authority", "magistrate"})
# People handed over who are no captives whatever is said of them.
NOT_PEOPLE = frozenset({"document", "weapon", "body", "remains", "power", "control", "evidence", "file"})


def _held(noun: Token, lex: Lexicon) -> bool:
    """Whether the object names people held: a captive noun, or a participle of capture on it."""
    if noun.lemma_.lower() in NOT_PEOPLE:
        return False
    if fr.has_lemma(noun, lex.word_list("captives")):
        return True
    return any(c.dep_ in ("amod", "compound", "acl") and not CAPTURE_WORDS.isdisjoint((c.lower_, c.lemma_.lower()))
               for c in noun.children)


@gated(Gate(VERBS, words=RETURN_VERBS))
def captive_return(tok: Token, lex: Lexicon) -> Match | None:
    """"handed over the abducted workers", "returned the captured pilot": the ``_captive_return``
    pattern (0841), with the captives as theme."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in RETURN_VERBS or fr.is_passive(tok):
        return None
    if tok.lemma_.lower() == "hand" and not any(c.dep_ in ("prt", "advmod") and c.lower_ in HAND_PARTICLES
                                                for c in tok.children):
        return None
    objects = [o for o in fr.objects(tok) if o.dep_ == "dobj" and _held(o, lex)]
    if not objects or any(r.lemma_.lower() in CUSTODY_NOUNS for r in fr.prep_objects(tok, {"to", "into"})):
        return None  # "handed the detainees over to prosecutors": custody moves, no one is freed
    patterns = lex.for_token("verb", CAPTIVE_RETURN_PATTERN)
    return Match(tok, patterns[0], objects[0]) if patterns else None


# Verbs that free people; the freer yields only what it held itself.
FREE_VERBS = frozenset({"free", "release", "liberate"})
# "71 of the 72 hostages", "dozens of the captives": the people behind a number.
_COUNTS = frozenset({"dozen", "hundred", "thousand", "some", "all", "most", "many", "several", "number"})


def _holders(noun: Token) -> list[Token]:
    """Who holds the people ``noun`` names, by the agent of a participle of capture on it
    ("hostages *held by the rebels*", "men kidnapped by a gang") or of a passive relative clause
    ("men *who had been kidnapped by a gang*")."""
    if noun.like_num or noun.lemma_.lower() in _COUNTS:
        noun = fr.quantity_head(noun, frozenset({noun.lemma_.lower()}))
    return [a for c in noun.children if c.dep_ in CAPTURE_CLAUSES
            and not CAPTURE_WORDS.isdisjoint((c.lower_, c.lemma_.lower())) for a in fr.prep_objects(c, {"by"})]


def captors(match: Match) -> list[Token]:
    """"two sailors held by pirates were freed": with no agent of the passive named, whoever held
    those freed let them go (the ``captors`` slot of a release)."""
    tok = match.token
    if not fr.is_passive(tok) or fr.prep_objects(tok, {"by"}):
        return []
    return [h for o in fr.objects(tok) for h in _holders(o)]


def rescued(tok: Token) -> bool:
    """"stormed the residence, freeing the hostages held by the rebels", "police freed two men
    who had been kidnapped by a gang": captives freed from a holder named apart from the freer are
    rescued, not released (no event). A holder that is the freer's own state body is no other:
    "the junta freed officers detained by the presidential guard" is the junta's release."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in FREE_VERBS or fr.is_passive(tok):
        return False
    freer = fr.subject(tok)
    holders = [h for o in fr.objects(tok) for h in _holders(o)]
    return freer is not None and bool(holders) and all(h.lemma_.lower() != freer.lemma_.lower()
                                                        and not _own_holder(freer, h) for h in holders)


def rescued_captives(doc: Doc, target: ActorMention | None) -> bool:
    """Whether ``target`` names captives someone other than their holder frees ("the Ethiopian army
    freed officers detained by Eritrean soldiers"): their holder's act on them takes no country
    for them from the holder, as if they were its own institution or people held at home."""
    if target is None or target.end > len(doc):
        return False
    root = doc[target.start:target.end].root
    return root.dep_ == "dobj" and rescued(root.head)


# Heads of a state's own bodies: people one of them holds are held by the state that frees them.
STATE_BODIES = frozenset({"government", "authority", "junta", "regime", "president", "ministry", "police",
                          "army", "military", "soldier", "troop", "force", "security", "intelligence", "service",
                          "guard", "court", "prosecutor", "gendarme", "gendarmerie", "agent", "agency"})
NATIONALITY_ENTS = frozenset({"NORP", "GPE"})


def _own_holder(freer: Token, holder: Token) -> bool:
    """Whether ``holder`` is a body of the freer's own state: a state body ("the police", "the
    intelligence services") freed from by a state body or a country, and named with no other
    country than the freer's ("the Eritrean soldiers" hold for Eritrea, not for the Ethiopian army)."""
    if holder.lemma_.lower() not in STATE_BODIES:
        return False
    if freer.lemma_.lower() not in STATE_BODIES and freer.ent_type_ != "GPE":
        return False
    nations = {c.lower_ for c in holder.subtree if c.ent_type_ in NATIONALITY_ENTS}
    return nations <= {c.lower_ for c in freer.subtree if c.ent_type_ in NATIONALITY_ENTS}


SURRENDER = "0874"


def surrender_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """"The protest leaders surrendered", "the rebels retreated": the government of the governed
    who give up (crowds, the opposition, rebels), when no one they yield to is named."""
    return own_government(source) if code == SURRENDER else None
