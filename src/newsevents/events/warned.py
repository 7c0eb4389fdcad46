"""Whom a warning of one's own response threatens when it names no one warned.

"Serbia warned that it would not tolerate attacks on Serbs in Kosovo", "Ankara warned that it would
not stand by if Greek troops landed": a speaker who warns what *it* will do (the reported clause's
subject is the speaker, by a pronoun, and the clause is said of the future) threatens the other
party the clause names (CAMEO 130, ``threaten.warn``), an actor or a place of a country other than
the speaker's. A warning of what others or events will do ("warned that the drought would hit
Kenya") is a forecast, no threat; a clause whose verb codes an act of its own ("warned that it
would impose sanctions on X") is coded by that act, as a threat, and needs no help here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

WARN_LEMMA = "warn"
THREAT_ROOT = "13"
SELF_PRONOUNS = frozenset({"it", "they", "we", "i"})
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})
# Where a clause names the other party: objects, never the doer.
PARTY_DEPS = frozenset({"dobj", "pobj", "dative"})


def _own_future(clause: Token) -> bool:
    """Whether a reported clause says what its speaker (a pronoun) will do: "it would not tolerate"."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in SELF_PRONOUNS and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children)


def own_response(match: Match, lex: Lexicon) -> Token | None:
    """The reported clause of a warning that tells the speaker's own future response, when its
    verb codes no act of its own (``None`` otherwise)."""
    tok = match.token
    if tok.lemma_.lower() != WARN_LEMMA:
        return None
    for clause in tok.children:
        if clause.dep_ == "ccomp" and _own_future(clause) and not lex.for_token("verb", clause.lemma_.lower()):
            return clause
    return None


def warned_party(match: Match, code: str, sources: list[ActorMention], index: MentionIndex,
                 lex: Lexicon) -> ActorMention | None:
    """The other party a warning of one's own response names (see the module doc), else ``None``."""
    if not code.startswith(THREAT_ROOT):
        return None
    clause = own_response(match, lex)
    if clause is None:
        return None
    countries = {s.country for s in sources}
    parties = [t for t in clause.subtree if t.dep_ in PARTY_DEPS]
    for mention in actors_of(parties, index, {m.start for m in sources}):
        if mention.code and mention.country and mention.country not in countries:
            return mention
    return None
