"""Coercion told in forms the lexicon's verb patterns do not read (CAMEO root 17).

- **A ruler ousted in a coup.** "President X was ousted in a military coup", "the government
  toppled in the putsch": the passive of an ousting verb (``coerce.oust``) with no doer named, in
  a clause that names a coup, is the act of the army of the ousted ruler's country
  (:func:`coup_ouster` reads it, :func:`coup_makers` names the doer). The active forms ("soldiers
  ousted the president", "was deposed by the army") are the pattern's own, with armed doers only:
  voters, parliaments and crowds that oust a leader coerce no one.
- **The held listed after an arrest.** "Those arrested included the party's spokesman", "among the
  detainees were three journalists", "the detainees include a lawyer", and the people a period
  "saw arrested" ("the crackdown has seen thousands arrested"): the persons a list of the
  held names were arrested (173), by the agent the participle names or else, as for any arrest
  told without a doer, by the police of the place (:func:`listed_held`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import NOUNS, VERBS, Gate, gated
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon, Pattern
from newsevents.records import ActorMention

OUST_VERBS = frozenset({"oust", "overthrow", "depose", "topple", "unseat"})
"""Verbs of putting a ruler out of power (the ``coerce.oust`` pattern's)."""
OUST_PATTERN = "coerce.oust"
COUP_WORDS = frozenset({"coup", "putsch", "mutiny", "takeover", "coup d'etat", "coup d'état"})
"""Nouns that say an ousting was done by force: "in a coup", "in a military takeover"."""
MILITARY = "MIL"
COUP_MAKERS_RULE = "events-implied-military"


def _pattern(lex: Lexicon, lemma: str, pattern_id: str) -> Pattern | None:
    """The lexicon's pattern ``pattern_id`` of the verb ``lemma`` (``None`` when the file lacks it)."""
    return next((p for p in lex.for_token("verb", lemma) if p.id == pattern_id), None)


@gated(Gate(VERBS, words=OUST_VERBS))
def coup_ouster(tok: Token, lex: Lexicon) -> Match | None:
    """"X was ousted in a coup" (``tok`` the ousting verb): the ``coerce.oust`` match of a passive
    with no agent whose clause names a coup; ``None`` otherwise (the active and the agent passive
    are left to the pattern itself, which checks the doer)."""
    lemma = next((f for f in fr.lemma_forms(tok) if f in OUST_VERBS), None)
    if lemma is None or not (fr.is_passive(tok) or fr.passive_participle(tok)):
        return None
    if any(c.dep_ == "agent" for c in tok.children) or not _names_coup(tok):
        return None
    ousted = tok.head if tok.dep_ == "acl" else next(
        (c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if ousted is not None and tok.dep_ == "relcl" and ousted.lower_ in fr.RELATIVE_PRONOUNS:
        ousted = tok.head  # "the president, who was overthrown in a coup"
    pattern = _pattern(lex, lemma, OUST_PATTERN)
    if ousted is None or pattern is None or not _ruler(ousted, pattern.objects):
        return None
    return Match(tok, pattern, ousted)


def _names_coup(verb: Token) -> bool:
    """Whether the ousting verb's own phrases name a coup ("in a military coup", "in the putsch")."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if any(t.lemma_.lower() in COUP_WORDS or t.lower_ in COUP_WORDS for t in prep.subtree):
            return True
    return False


def _ruler(tok: Token, rulers: frozenset[str]) -> bool:
    """Whether ``tok`` names a ruler ("President X", "the government", "the prime minister"): its
    head or a modifier is one of ``rulers`` (the pattern's objects)."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    return any(fr.has_lemma(w, rulers) for w in words)


def coup_makers(match: Match, targets: list[ActorMention]) -> ActorMention | None:
    """The army of the ruler a coup ousted with no doer named (see :func:`coup_ouster`): of the
    country of the ousted; ``None`` for any other match or with no such country."""
    if match.pattern.id != OUST_PATTERN or match.token.dep_ == "agent":
        return None
    if any(c.dep_ == "agent" for c in match.token.children):
        return None
    countries = {t.country for t in targets if t.country}
    if len(countries) != 1:
        return None
    country = countries.pop()
    tok = match.token
    return ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, "military (implied)",
                        country + MILITARY, country, MILITARY, "group", COUP_MAKERS_RULE)


LISTED_PATTERN = "_held_listed"
"""The construction pattern of the held named by a list (``coerce.listed_held``)."""
SEEN_PATTERN = "_held_seen"
"""The construction pattern of the held a period "saw" arrested (``coerce.seen_held``)."""
HELD_PATTERNS = frozenset({LISTED_PATTERN, SEEN_PATTERN})
HELD_PARTICIPLES = frozenset({"arrest", "detain", "hold", "jail", "imprison", "round"})
"""Participles that name the held: "those arrested", "the people detained", "those rounded up"."""
INCLUDE = "include"
AMONG = "among"
BE = "be"


SEE = "see"
"""The verb of a period that "saw" people arrested ("the crackdown has seen thousands arrested")."""
SEEN_DEPS = frozenset({"ccomp", "oprd", "xcomp"})


@gated(Gate(VERBS, frozenset({"acl"}) | SEEN_DEPS, words=HELD_PARTICIPLES),
       Gate(NOUNS, frozenset({"nsubj", "pobj"}), lists=("held_nouns",)))
def listed_held(tok: Token, lex: Lexicon) -> Match | None:
    """"Those arrested included X", "the detainees include X", "among the detainees were X", "X was
    among the detainees" (``tok`` the participle or the noun of the held): the ``coerce.listed_held``
    match, its theme the first person listed; ``None`` for any other use. ("Among those arrested
    was X" is the arrest pattern's own: the participle's passive subject.)"""
    if tok.pos_ == "VERB" and tok.dep_ in SEEN_DEPS:
        return _seen_held(tok, lex)
    if tok.pos_ == "VERB":
        if tok.head.pos_ not in ("PRON", "NOUN", "PROPN") or tok.head.lemma_.lower() in lex.word_list("held_nouns"):
            return None
        group = tok.head  # "those arrested"
    elif fr.has_lemma(tok, lex.word_list("held_nouns")):
        group = tok  # "the detainees"
    else:
        return None
    listed = _listed(group)
    pattern = lex.construction(LISTED_PATTERN)
    if listed is None or pattern is None or listed.pos_ not in ("NOUN", "PROPN"):
        return None
    return Match(tok, pattern, listed)


def _seen_held(tok: Token, lex: Lexicon) -> Match | None:
    """"The crackdown has seen thousands of opposition supporters arrested", "the week saw 40 people
    detained" (``tok`` the participle a "see" governs): the held are its subject or the object of
    "see"; the ``coerce.listed_held`` match, or ``None``."""
    if tok.tag_ != "VBN" or tok.head.lemma_ != SEE:
        return None
    held = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    if held is None:
        return None
    held = next((o for o in fr.prep_objects(held, {"of"})), held)  # "thousands of supporters"
    pattern = lex.construction(SEEN_PATTERN)
    if pattern is None or held.pos_ not in ("NOUN", "PROPN"):
        return None
    return Match(tok, pattern, held)


def _listed(group: Token) -> Token | None:
    """Who a group of the held is said to include: the object of "include" whose subject it is,
    or the subject of "be" it is "among" ("among the detainees were X", "X was among those held")."""
    head = group.head
    if group.dep_ == "nsubj" and head.lemma_ == INCLUDE:
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    if group.dep_ == "pobj" and head.lower_ == AMONG and head.head.lemma_ == BE:
        return next((c for c in head.head.children if c.dep_ in ("nsubj", "attr") and c.i != head.i), None)
    return None

