"""Where a curfew, a state of emergency, martial law or force on a crowd is aimed: at the people of a place.

"Martial law was imposed in Bangkok", "the government declared a curfew in Kathmandu": the capital
named after "in" is where the restriction holds, and its people are whom it restricts. The coder
reads a capital as its government (metonymy: "Bangkok said ..."), which would make the
government restrict itself, and the event would be dropped as an actor acting on itself. For the
restrictions of CAMEO 172 told by place, the capital stands for its country (the bare country),
as a city that is no capital already does ("a curfew in Kisumu" is aimed at Kenya).

An administrative sanction no one is named as suffering ("the junta suspended the constitution",
"suspended constitutional guarantees") is imposed by a state's organ on its own people: the target
is the bare country (:func:`home_sanction_target`), as a curfew's is. "stripped the lawmaker of
his immunity", where the parser hangs "of his immunity" on the person, is read by :func:`stripped_of`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.home_actors import home_country
from newsevents.events.home_coercion import _place_name
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.records import ActorMention

PLACE_RESTRICTIONS = frozenset({"1721", "1723", "1724", "175"})
"""Restrictions told by the place they hold in: on speech (an internet shutdown), curfews, emergencies; and
force on a crowd ("crushed the protest in Bishkek": the people there, not the government)."""
GOVERNMENT = "GOV"
PLACE_RULE = "+restricted-place"
ADMINISTRATIVE = "172"
STRIP_PATTERN = "_strip_of"
"""The pattern a person stripped of a status codes by (``coerce.strip_of_person``)."""
STRIP = "strip"
STATUSES = "strip_statuses"
"""The word class of what a state strips a person of (patterns.yaml)."""
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
"""The organs of a state that impose administrative sanctions."""


def restricted_place(code: str, target: ActorMention | None, doc: Doc) -> ActorMention | None:
    """The bare country of a capital a place restriction names as its target ("a curfew in Bangkok"):
    the people of the place, not its government; ``None`` for any other act or target (a government
    named as such, "the Thai government", stays one)."""
    if code not in PLACE_RESTRICTIONS or target is None or target.sector != GOVERNMENT or not target.country:
        return None
    if not _place_name([t.text for t in doc[target.start:target.end]]):
        return None
    country = target.country
    return dataclasses.replace(target, code=country, sector=None, kind="country", rule=target.rule + PLACE_RULE)


def home_sanction_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country an administrative sanction (172) with no target is imposed on: the imposing organ's own
    ("the junta suspended the constitution"); ``None`` for any other act or a doer that is no state organ."""
    if code != ADMINISTRATIVE or source is None or not source.country or source.sector not in STATE_ORGANS:
        return None
    return home_country(source)


@gated(Gate(VERBS, words=frozenset({STRIP})))
def stripped_of(tok: Token, lex: Lexicon) -> Match | None:
    """"stripped the opposition lawmaker of his immunity" (``tok`` the verb), with "of" parsed on the
    person: the ``_strip_of`` pattern, its theme the person stripped; ``None`` unless what is taken is a
    status of the ``strip_statuses`` class (immunity, citizenship, a seat ...): "stripped the car of its
    parts" is none."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() != STRIP:
        return None
    statuses = lex.classes.get(STATUSES, frozenset())
    for person in (c for c in tok.children if c.dep_ == "dobj"):
        taken = [o for p in person.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        pattern = lex.construction(STRIP_PATTERN)
        if pattern is not None and any(o.lemma_.lower() in statuses for o in taken):
            return Match(tok, pattern, person)
    return None
