"""Consultations told with no partner: who met whom is the event.

A meeting, talks, a visit or a mediation (CAMEO root 04) is an act between two sides. When the
coder finds only one of them ("negotiators are due to meet in the coming days", "the rebels plan
to hold a conference", "X refused to negotiate"), the event has no dyad to report: a coder of
news leaves it out, and so the real-news gold never codes a consultation without a target. This
holds for the consultation's other moods too: an intent to meet (036) or a refusal to talk (125)
coded from a consultation pattern needs the partner as much as the meeting itself.

:func:`needs_partner` says whether a pattern's events need a target for that reason; the coder
then drops those without one, as it does for a pattern marked ``needs_target``.

A visit noun names its partner as a place ("paid a visit to Kyiv"): :func:`visit_destination`
reads the host country from the noun's own destination, as a visit verb's place target does.

A stay abroad told with a copula ("is in Ethiopia for talks", "was in Accra to discuss the
crisis") is a visit when its purpose is to meet: :func:`stay_visit` matches it on the copula.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.attributes import place_actor
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon

if TYPE_CHECKING:
    from newsevents.events.roles import MentionIndex
    from newsevents.records import ActorMention

CONSULT_ROOT = 4
"""CAMEO root of consultations: meetings, talks, visits, hosting, mediation."""
MEDIATE = "045"
"""Mediation finds its parties later ("the talks were brokered by Z": the talks' sides, in
events/anaphora.py), so it is left to that step."""


def needs_partner(pattern_cameo: str) -> bool:
    """Whether events of a pattern coding ``pattern_cameo`` need a target: consultations (root 04)
    do, in every mood (the pattern's code, not the event's: an intent to meet is 036)."""
    return pattern_cameo[:1].isdigit() and codebook.root_of(pattern_cameo) == CONSULT_ROOT \
        and not pattern_cameo.startswith(MEDIATE)


VISIT = "042"
# Prepositions of a visit noun that name where it goes ("paid a visit to Kyiv", "a trip in Asia").
DESTINATION_PREPS = {"to", "in"}


def visit_destination(match: Match, code: str, sources: list[ActorMention],
                      index: MentionIndex) -> ActorMention | None:
    """"Paid a visit to Kyiv", "made a two-day trip to Hanoi": the country of the town a visit noun
    goes to, as its host; ``None`` when the noun names no such place, or a place of the visitor's
    own country (a tour at home is no visit). Only the noun's own "to"/"in" phrase counts: the
    story's setting is no destination."""
    if code != VISIT or match.pattern.pos != "noun":
        return None
    tokens = [t.i for o in fr.prep_objects(match.token, DESTINATION_PREPS) for t in o.subtree]
    host = place_actor(match.token.doc, tokens, index) if tokens else None
    if host is None or any(host.country == s.country for s in sources):
        return None
    return host


STAY_PATTERN = "_stay"
STAY_ID = "consult.stay"
COPULA = "be"
# Entity labels of a place one can be in on a visit ("is in Ethiopia", "was in Kyiv").
PLACE_LABELS = frozenset({"GPE", "LOC"})


def stay_visit(tok: Token, lex: Lexicon) -> Match | None:
    """"Is in Ethiopia for talks", "was in Accra on Monday to discuss the crisis": a stay abroad
    whose purpose is to meet or talk is a visit (042) by the copula's subject to the place's
    country (the ``_stay`` pattern, matched on the copula). ``tok`` is the purpose word; a bare
    "was in Paris" says nothing of a visit and codes nothing."""
    if not fr.has_lemma(tok, lex.word_list("meeting_words")):
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        copula = tok.head.head
    elif tok.dep_ in ("advcl", "xcomp") and tok.pos_ == "VERB" and any(c.lower_ == "to" for c in tok.children):
        copula = tok.head
    else:
        return None
    if copula.lemma_.lower() != COPULA or copula.pos_ not in ("AUX", "VERB") \
            or any(c.dep_ == "expl" for c in copula.children) or fr.subject(copula) is None:
        return None  # "there were talks in Doha": the talks' own frame
    if not any(o.ent_type_ in PLACE_LABELS for o in fr.prep_objects(copula, {"in"})):
        return None
    patterns = lex.for_token("verb", STAY_PATTERN)
    return Match(copula, patterns[0]) if patterns else None


def unknown_visitor(pattern_id: str, source: ActorMention | None) -> bool:
    """Whether a stay abroad names no visitor of a known country: "is in South Africa for talks"
    said of someone the coder could not place tells no dyad (a visit from nowhere)."""
    return pattern_id == STAY_ID and (source is None or not source.country)
