"""A state's appeal for calm with no addressee is made to its own country.

"The president appealed for calm", "the army called for restraint", "the prime minister urged
national unity": an appeal of this kind names no one, yet a reader knows whom it is made to, the
public of the speaker's own country. The real-news convention codes it toward the bare country
(tests/data/realnews/CONVENTIONS.md, rule 9.2: "a leader's appeal for calm or unity ... addressed
to his own public targets the country"; dev rn-d-016, rn-f-002, rn-g-002). The coder found these
appeals but left them without a target, so they counted as false events where the gold has the
country, and as misses where the gold has them.

Only a state side speaks for the country this way: a government, its army or its police. The
governed (an opposition leader, a crowd's organiser) appeal to their own followers, whom the text
does not name: :func:`newsevents.events.street_protests.calls_for_calm` keeps those without a
target, as does an international body's appeal, whose public is not one country's. An appeal with
an addressee ("urged protesters to stay calm") has its target already.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from newsevents.events.street_protests import APPEAL_ROOT, asks_for_calm
from newsevents.nlp.sentences import trigger_token
from newsevents.records import ActorRef, Event

STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
"""The sectors that speak for the state: its government, army and police."""
PUBLIC_SUFFIX = "+calm-public"
"""Marks the rule of an appeal for calm given the speaker's country as its target."""


def calm_asked_of_the_country(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each untargeted appeal for calm, restraint or unity by a state side aimed at
    the side's own country (the bare country code)."""
    out = []
    for e in events:
        source = e.source
        if e.target is None and e.cameo.startswith(APPEAL_ROOT) and source is not None and _speaks_for_state(source) \
                and asks_for_calm(trigger_token(doc, e)):
            country = source.country or ""
            start = source.span[0] if source.span is not None else e.span[0]
            home = ActorRef(country, country, country, None, "", (start, start))
            e = dataclasses.replace(e, target=home, rule=e.rule + PUBLIC_SUFFIX)
        out.append(e)
    return out


def _speaks_for_state(source: ActorRef) -> bool:
    """Whether ``source`` is a state side with a country: its government, army or police. (A bare
    country as the speaker is too often a person the coder could not place to be trusted here.)"""
    return bool(source.country) and source.sector in STATE_SECTORS
