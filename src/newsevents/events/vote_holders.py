"""Whose vote a critic abroad condemns: the country where the vote was held.

"In France, Muslim leaders denounced the vote" in a story of "a referendum in Switzerland", "the EU
refused to recognize the result of the run-off in which Mugabe was the sole candidate": a
criticism (11) or rejection (12) of a vote or its result, with no target named, is aimed at the
government of the country the vote belongs to. That country is read from the vote's own phrase (a
coded actor or place in it: "the run-off in which *Mugabe* ran", "*Zimbabwe's* election"), else,
for a definite "the vote", from the nearest earlier vote noun of the text that names its place ("a
referendum *in Switzerland*"). Only a country other than the critic's own is taken: a domestic
body's words on its own vote are read by :func:`~newsevents.events.disapproval.vote_target`, which
assumed the critic's country and so aimed a French critic of a Swiss vote at Paris; that is no
longer so when the vote's place is named. No place named leaves the target empty.

A coded actor in the vote's phrase wins over a place in it, and a phrase that names an
international body is no country's vote: "the UN General Assembly vote in New York" was held where
the body sits, not by the United States. The earlier vote noun is looked for back to the start
of the text, with no bound: the vote a story is about is named in its lead, often many sentences
before the reactions to it, and without it the criticism falls back on the critic's own
government (:func:`~newsevents.events.disapproval.vote_target`), which is worse.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.aimless import ORGANISATION_PREFIXES
from newsevents.events.clause_marks import DEFINITE_DETERMINERS
from newsevents.events.implied_actors import implied_actor
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex
from newsevents.events.vote_words import RESULT_NOUNS, VOTE_NOUNS
from newsevents.nlp.hyphenated import lemma_in
from newsevents.records import ActorMention

HOLDER_ROOTS = frozenset({"11", "12"})
VOTE_OR_RESULT = VOTE_NOUNS | RESULT_NOUNS
PLACE_KIND = "place"
HOLDER_RULE = "vote-country"
# Verbs whose subject holds the vote that is their object ("Switzerland held a referendum").
HOLDING_VERBS = frozenset({"hold", "stage", "organize", "organise", "conduct"})


def vote_country_target(match: Match, code: str, source: ActorMention, index: MentionIndex) -> ActorMention | None:
    """The government of the country a criticised or rejected vote was held in, when that is not
    the critic's own country (see the module doc); else ``None``."""
    if code[:2] not in HOLDER_ROOTS or not (source.country or (source.code or "").startswith(ORGANISATION_PREFIXES)):
        return None
    votes = _vote_nouns(match)
    if not votes or any(_bodys(_named(v, source, index)) for v in votes):
        return None
    country = next((c for v in votes if (c := _named_country(v, source, index))), None)
    if country is None and any(_definite(v) for v in votes):
        country = _earlier_vote_country(votes[0], source, index)
    if country is None or country == source.country:
        return None
    return implied_actor(votes[0], "government", country, "GOV", HOLDER_RULE, kind="organization")


def _vote_nouns(match: Match) -> list[Token]:
    """The vote and result nouns the act is about: its theme or objects ("denounced the vote"),
    the objects of its complement ("refused to recognize the result"), and a result's vote ("the
    result of the poll")."""
    tok = match.token
    heads = [*fr.objects(tok), *([match.theme] if match.theme is not None else [])]
    heads += [o for h in list(heads) + [c for c in tok.children if c.dep_ == "xcomp"] if h.pos_ == "VERB"
              for o in fr.objects(h)]
    found = [h for h in heads if h.lemma_.lower() in VOTE_OR_RESULT]
    found += [p for h in found if h.lemma_.lower() in RESULT_NOUNS for p in fr.prep_objects(h, {"of"})
              if lemma_in(p, VOTE_NOUNS)]
    return list(dict.fromkeys(found))


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _named(vote: Token, source: ActorMention, index: MentionIndex) -> list[ActorMention]:
    """The actors and places named inside the vote's phrase, less the source."""
    return [m for t in vote.subtree if t.i != vote.i and not source.start <= t.i < source.end
            for m in [index.at(t)] if m is not None]


def _bodys(named: list[ActorMention]) -> bool:
    """Whether a vote's phrase names an international body ("the UN General Assembly vote")."""
    return any((m.code or "").startswith(ORGANISATION_PREFIXES) for m in named)


def _named_country(vote: Token, source: ActorMention, index: MentionIndex) -> str | None:
    """A country other than the source's that a coded actor, else a place, inside the vote's phrase
    has; none when the phrase names an international body (a venue is not the holder)."""
    named = _named(vote, source, index)
    if _bodys(named):
        return None
    countries = [m for m in named if m.country and m.country != source.country]
    actors = [m for m in countries if m.kind != PLACE_KIND]
    return (actors or countries)[0].country if countries else None


def _earlier_vote_country(vote: Token, source: ActorMention, index: MentionIndex) -> str | None:
    """The country named in the phrase of the nearest earlier vote noun of the text that names one."""
    for i in range(vote.i - 1, -1, -1):
        earlier = vote.doc[i]
        if lemma_in(earlier, VOTE_NOUNS) and _bodys(_named(earlier, source, index)):
            return None  # the nearest vote named is a body's
        if lemma_in(earlier, VOTE_NOUNS) and (country := _named_country(earlier, source, index)
                                                     or _holder_country(earlier, source, index)):
            return country
    return None


def _holder_country(vote: Token, source: ActorMention, index: MentionIndex) -> str | None:
    """The country of whoever held a vote named as a holding verb's object ("Switzerland held a
    referendum"), when it is not the source's."""
    verb = vote.head
    if vote.dep_ != "dobj" or verb.lemma_.lower() not in HOLDING_VERBS:
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        found = index.actor(subject)
        if found is not None and (found.code or "").startswith(ORGANISATION_PREFIXES):
            return None  # "the UN held a vote": a body's, no country's
        if found is not None and found.country and found.country != source.country:
            return found.country
    return None
