"""A ruler's promises at home and agreements to step aside: what the real-news gold codes them as.

- **A pledge of reform is an intent to reform** (:func:`reform_pledge`, in ``targets.untargeted``).
  "The president promised to hold elections within two years", "pledged to rid the country of
  corruption", "promised reforms": a government (or a junta) promising a change of its own
  country's policy, to no one named, is CAMEO's intent to institute political reform (034), aimed
  at its own country. The real-news gold codes it so in five dev articles (inaugurations, juntas,
  rulers answering protests); ``intent.promise`` alone still needs a partner ("promised Somalia to
  respect its sovereignty", 030), and a promise whose complement is an act of its own ("pledged to
  release the prisoners") is coded by that act.
- **An agreement to concede is the concession** (:func:`agreed_concession`, in
  ``settle.settle_code``). "Agreed to step down", "agreed to hand over power to the winner": CAMEO
  codes acceding to a demand for a change of leader or policy (083x) as the concession itself, as
  the gold does, not as an intent to cooperate (030) with no partner; as "agreed to stop fighting"
  is the truce.
- **An agreement to hold elections names no partner** (:func:`unaimed_agreement`). "Agreed to hold a
  new vote": a concession to whoever asked for it, never an intent to cooperate with no one; the
  bare ``intent.agree`` (030, no target) it left was false in every dev article where it stood
  over a concession.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import frames as fr
from newsevents.events.home_actors import home_country
from newsevents.events.matching import best_match
from newsevents.events.modality import FACT, INTENT, Mood
from newsevents.events.patterns import lexicon
from newsevents.events.vote_words import VOTE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.events.matching import Match
    from newsevents.records import ActorMention

REFORM_INTENT = "034"
PROMISE_PATTERN = "intent.promise"
AGREE_PATTERN = "intent.agree"
# Rulers whose promises at home are policy: a government, or a junta that rules.
RULING_SECTORS = frozenset({"GOV", "MIL"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
OBJECT_DEPS = frozenset({"dobj", "attr"})
# A gerund read as a clause of its own ("the presidency promising to"): a participle misparsed.
GERUND, NOUN_CLAUSE_DEPS = "VBG", frozenset({"ccomp", "acl"})
# Verbs of a change of home policy promised ("to hold elections", "to fight corruption", "to create jobs").
REFORM_VERBS = frozenset({"reform", "fight", "combat", "tackle", "rid", "root", "eradicate", "stamp", "create",
                          "address", "improve", "restore", "introduce", "implement", "amend", "revise", "rewrite",
                          "guarantee", "ensure", "respect", "protect", "lower", "cut", "raise", "modernize",
                          "modernise", "democratize", "democratise", "liberalize", "liberalise", "overhaul"})
# What "hold" must hold to be a reform ("to hold elections") is a vote (``vote_words.VOTE_NOUNS``, read
# by lemma forms, plurals too); what a promise may name itself ("promised reforms", "pledged free elections"):
REFORM_NOUNS = frozenset({"reform", "reforms", "change", "changes", "election", "elections", "referendum", "job",
                          "jobs", "transparency", "democracy"})
HOLD_VERBS = frozenset({"hold", "organize", "organise", "call"})
# Whose agreement to a concession is the concession (not "decided": a decision is no accession).
ACCEDE_VERBS = frozenset({"agree", "consent"})
CONCESSION = "083"


def reform_pledge(match: Match, code: str, sources: list[ActorMention]) -> ActorMention | None:
    """The home country a ruler's promise of reform to no one named is aimed at ("promised to hold
    elections" -> 034 at its own country); ``None`` when the promise is no such pledge."""
    if match.pattern.id != PROMISE_PATTERN or code[:2] != REFORM_INTENT[:2] or len(sources) != 1:
        return None
    source = sources[0]
    if source.sector not in RULING_SECTORS or not source.country:
        return None
    verb = match.verb or match.token
    if verb.tag_ == GERUND and verb.dep_ in NOUN_CLAUSE_DEPS:
        return None  # "assumed the presidency promising to ...": the parser's doer is the noun before it
    if not any(_reform(c) for c in verb.children):
        return None
    return home_country(source)


def _reform(child: Token) -> bool:
    """Whether a promise's complement or object is a change of home policy."""
    if child.dep_ in OBJECT_DEPS:
        return fr.has_lemma(child, REFORM_NOUNS)
    if child.dep_ not in COMPLEMENT_DEPS or child.pos_ != "VERB":
        return False
    return fr.has_lemma(child, REFORM_VERBS) or _holds_vote(child)


def _holds_vote(verb: Token) -> bool:
    """"to hold elections", "to organise a referendum"."""
    return fr.has_lemma(verb, HOLD_VERBS) and any(fr.has_lemma(o, VOTE_NOUNS) for o in fr.objects(verb))


def agreed_concession(state: Mood, cameo: str) -> Mood:
    """``state``, or the fact when a concession (083x) is what its doer agreed to ("agreed to step
    down", "agreed to hand over power"): acceding to a demand is the concession itself."""
    if state.kind != INTENT or state.governor is None or not cameo.startswith(CONCESSION):
        return state
    if not fr.has_lemma(state.governor, ACCEDE_VERBS):
        return state
    return Mood(FACT, state.governor)


def agreed_home(match: Match, code: str, sources: list[ActorMention]) -> ActorMention | None:
    """The own country a ruler's agreed concession with no one named yields to ("Jammeh agreed to step
    down" -> 0831 at the Gambia), as the gold codes it; ``None`` for any other act."""
    verb = match.verb or match.token
    if not code.startswith(CONCESSION) or verb.dep_ != "xcomp" or not fr.has_lemma(verb.head, ACCEDE_VERBS):
        return None
    if len(sources) != 1 or sources[0].sector not in RULING_SECTORS or not sources[0].country:
        return None
    return home_country(sources[0])


def unaimed_agreement(match: Match, target: ActorMention | None) -> bool:
    """Whether an agreement with no partner is one to concede ("agreed to hold a new vote", "agreed
    to hand over power to Barrow" where the act found no sides): a concession whose asker the
    sentence does not name, and no intent to cooperate with no one."""
    if match.pattern.id != AGREE_PATTERN or target is not None:
        return False
    verb = match.verb or match.token
    return any(c.dep_ in COMPLEMENT_DEPS and (_holds_vote(c) or _yields(c)) for c in verb.children)


def _yields(verb: Token) -> bool:
    """Whether a verb is a political concession (083x: "step down", "hand over power"); other
    yielding agreed on ("agreed to reopen their border") is agreed with someone, left as it was."""
    found = best_match(verb, lexicon())
    return found is not None and found.pattern.cameo.startswith(CONCESSION)
