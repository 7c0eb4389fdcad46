"""The implied actors at home: a doer's own country, or its government, as an event's target.

Several coding conventions aim an act whose text names no target at the doer's own country: a
crowd's protest (``events/implied.py``), a state's ban or arrest at home and its forces moved at
home (``events/home_coercion.py``), the ground rebels seize (``events/home_enemies.py``). Each
builds the same mention, placed at the doer's first token with no text of its own, so it is built
here once. This module imports nothing of the events package, so every convention can use it.
"""

from __future__ import annotations

from newsevents.records import ActorMention

DOMESTIC_TARGET = "domestic-target"
"""The rule of an implied target at home, unless a convention names its own."""


def home_country(source: ActorMention, rule: str = DOMESTIC_TARGET) -> ActorMention:
    """The country of ``source`` (which has one) as an implied target, at the source's place."""
    country = source.country or ""
    return ActorMention(source.start, source.start, source.start_char, source.start_char, "", country,
                        country, country, None, "country", rule)


def government_of(source: ActorMention, rule: str = DOMESTIC_TARGET) -> ActorMention:
    """The government of the country of ``source`` (which has one) as an implied target, at the
    source's place."""
    country = source.country or ""
    return ActorMention(source.start, source.start, source.start_char, source.start_char, "", country + " government",
                        country + "GOV", country, "GOV", "organization", rule)
