"""The police a watchdog's report of arrests implies when it names no one who made them: "the
opposition said close to 200 of its supporters had been seized", "Amnesty says hundreds of Ethiopian
protesters have been detained without charge".

A watchdog's report of another side's coercion accuses that side
(:func:`~newsevents.events.appraisals.watchdog_report`); an arrest told in the passive with no agent
names no side, so the report accused no one, though the arrest itself is coded with the police of
the country of those held (:func:`~newsevents.events.implied_actors.implied_police`). The
accusation is aimed at that same implied police: of the one country of those held, else of the
speakers' one country. Only arrests (``ARREST_CODES``): "were killed" or "were beaten" with no
doer name no side a report can charge. An agent anywhere ("were seized by militants") or a clause
that names a doer leaves the usual reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.allegations import accusation_code, alleged_acts, code_allegation
from newsevents.events.coordination import conjuncts
from newsevents.events.implied_actors import ARREST_CODES, implied_actor
from newsevents.events.matching import VERB_POS, Match, best_match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

# The pattern of a watchdog's report (events/appraisals.py), whose accused this module may imply.
WATCHDOG_PATTERN = "_watchdog"


def _agentless_arrest(act: Token, lex: Lexicon) -> bool:
    """Whether ``act`` is an arrest verb in the passive with no agent ("had been seized")."""
    if act.pos_ not in VERB_POS or not (fr.is_passive(act) or fr.passive_participle(act)):
        return False
    if any(c.dep_ == "agent" for c in act.children) or fr.prep_objects(act, {"by"}):
        return False
    found = best_match(act, lex)
    return found is not None and found.pattern.cameo in ARREST_CODES


def implied_arresters(act: Token, speakers: list[ActorMention], index: MentionIndex,
                      lex: Lexicon) -> list[ActorMention]:
    """The implied police a watchdog's report of the agentless arrest ``act`` accuses (see the module
    docstring); ``[]`` when ``act`` is no such arrest or no one country is known."""
    if not _agentless_arrest(act, lex):
        return []
    held = [s for s in act.children if s.dep_ in ("nsubjpass", "nsubj")]
    countries = {m.country for m in actors_of([c for h in held for c in conjuncts(h)], index, set()) if m.country}
    if len(countries) != 1:
        countries = {m.country for m in speakers if m.country}
    if len(countries) != 1:
        return []
    return [implied_actor(act, "police", countries.pop(), "COP")]


def code_watchdog_report(match: Match, index: MentionIndex, lex: Lexicon
                         ) -> list[tuple[str, ActorMention, ActorMention | None]]:
    """The (code, source, target) triples of a watchdog's report: those of any allegation
    (:func:`~newsevents.events.allegations.code_allegation`), else each speaker's accusation of the
    police an agentless arrest it reports implies."""
    found = code_allegation(match, index, lex)
    speaker = fr.subject(match.token)
    if found or speaker is None:
        return found
    speakers = actors_of(conjuncts(speaker), index, set())
    acts = alleged_acts(match.token, lex)
    for act in acts:
        police = implied_arresters(act, speakers, index, lex)
        if police:
            return [(accusation_code(acts, lex), s, police[0]) for s in speakers]
    return []
