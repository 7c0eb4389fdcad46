"""An act named as what its clause answers: "Israel launched airstrikes *in response to Hamas rocket
attacks*", "Turkey is continuing *its response to a deadly Syrian mortar attack*", "Oslo expelled a
Russian envoy *in retaliation for Moscow's expulsions*".

A retaliation presupposes the act it answers, and the one who retaliates is the one it was done to:
the answered noun's own doer (its possessor, a nationality or name before it, a "by" agent) acted on
the answering clause's subject. Read only for acts one side does to another (roots 16-20), only when
the noun names its doer and no victim of its own ("an Israeli strike on Damascus" is read by
:mod:`~newsevents.events.agent_nouns`), and never for a possible act ("a possible attack").
Not in a headline line (see :func:`_in_headline`). Found on a `dev` article (a Syrian mortar attack
answered by Turkey) and on fresh retaliation stories (session 29).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.agent_nouns import NOT_DOERS, POSSESSIVE_PRONOUNS, PROSPECT_MODIFIERS, VICTIM_PREPS
from newsevents.events.coordination import conjuncts
from newsevents.events.matching import Match
from newsevents.nlp.extensions import doc_attribute

# Nouns and verbs of answering an act: "in response to", "in retaliation for", "retaliated for".
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "riposte", "reply"})
RESPONSE_VERBS = frozenset({"retaliate", "respond"})
# The prepositions that name what is answered, and those a response noun is set in ("in response to").
ANSWERED_PREPS = frozenset({"to", "for", "against"})
SETTING_PREPS = frozenset({"in", "as"})
# Modifiers of the noun that name its doer: "Hamas rocket attacks", "a Syrian mortar attack".
DOER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions that would name a victim or a place of the act on the noun itself.
OWN_TARGET_PREPS = frozenset({*VICTIM_PREPS, "into", "at", "in", "near"})
YEAR_DIGITS = 4


def answering_verb(noun: Token) -> Token | None:
    """The verb whose clause answers the act ``noun`` names ("launched" in "launched airstrikes in
    response to Hamas rocket attacks"), or None when the noun is no answered act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ANSWERED_PREPS:
        return None
    word = prep.head
    if word.pos_ == "VERB" and word.lemma_.lower() in RESPONSE_VERBS:
        return word  # "retaliated for the rebels' attack"
    if word.lemma_.lower() not in RESPONSE_NOUNS:
        return None
    head = word.head
    if word.dep_ == "pobj" and head.lower_ in SETTING_PREPS:
        head = head.head  # "expelled X in response to"
    elif word.dep_ not in ("dobj", "nsubj", "attr"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def answered(match: Match, tok: Token) -> bool:
    """Whether the noun trigger of ``match`` (``tok`` heads its phrase) names an act its clause
    answers, with its own doer and no victim; on success the noun is its own verb (the act is a
    fact, whatever the mood of the answer: "vowed to retaliate for the rebels' attack")."""
    noun = match.token
    if not _answerable(match):
        return False
    if answering_verb(tok) is None or not _own_doer(noun) or fr.prep_objects(noun, set(OWN_TARGET_PREPS)) \
            or _in_headline(noun):
        return False
    response = tok.head.head
    if fr.prep_objects(response, set(OWN_TARGET_PREPS - {"in"})) or _dated(noun) or _dated(response):
        # "in response to the Israeli offensive into Gaza in December 2008", parsed with "into" and
        # "in" on "response": an act with a place of its own, or a dated act named as background
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in PROSPECT_MODIFIERS for c in noun.children):
        return False
    match.verb, match.subject = noun, None
    return True


def answerers(match: Match) -> list[Token]:
    """The subject of the clause that answers the act of ``match`` (its victim), or none."""
    tok = match.token
    while tok.dep_ in ("conj", "appos") and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if not _answerable(match) or not _own_doer(match.token):
        return []
    verb = answering_verb(tok)
    subject = fr.subject(verb) if verb is not None else None
    return conjuncts(subject) if subject is not None else []


def _answerable(match: Match) -> bool:
    """Whether ``match`` is a noun of an act one side does to another (roots 16-20)."""
    return match.pattern.pos == "noun" and match.pattern.cameo[:2].isdigit() \
        and codebook.root_of(match.pattern.cameo) in codebook.DIRECTED_ROOTS


def _in_headline(word: Token) -> bool:
    """Whether ``word`` stands in the article's headline line: an answered act named there is the
    body's to code (the body's own telling would otherwise be dropped as the headline's retold, and
    the headline's as told in the body: both lost)."""
    story = doc_attribute(word.doc, "ne_story")
    return story is not None and story.headline_span is not None and word.idx < story.headline_span[1]


def _dated(word: Token) -> bool:
    """Whether a year is named on ``word``'s phrase ("the offensive in December 2008")."""
    return any(t.ent_type_ == "DATE" and t.like_num and len(t.text) == YEAR_DIGITS for t in word.subtree)


def _own_doer(noun: Token) -> bool:
    """Whether the act noun names who did it: a possessor other than a pronoun, a modifier ("Hamas
    rocket attacks", "a Syrian mortar attack") or a "by" agent."""
    return any((c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS and c.ent_type_ not in NOT_DOERS)
               or (c.dep_ in DOER_DEPS and c.ent_type_ in ("NORP", "GPE", "ORG")) for c in noun.children) \
        or any(o.ent_type_ not in NOT_DOERS for o in fr.prep_objects(noun, {"by"}))
