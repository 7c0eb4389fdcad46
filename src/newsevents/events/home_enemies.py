"""The country of armed men a state's forces fight at home.

"Syrian troops shelled rebel positions", "Pakistani forces killed ten militants": the rebels or
militants a state's own forces fight, named with no country of their own, are of that state when
the sentence names no other country (a trained coder codes SYRMIL -> SYRREB). A foreign force
("US drones killed militants in Yemen") names another country in its sentence and is left alone,
as is a target with a country of its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

STATE_FORCES = frozenset({"MIL", "COP", "GOV", "SPY"})
ARMED_MEN = frozenset({"REB", "INS", "UAF", "SEP"})
FORCE_ROOTS = ("18", "19", "20")


def home_enemy(code: str, source: ActorMention | None, target: ActorMention | None,
               doc: Doc) -> ActorMention | None:
    """``target`` with its source's country when a state's forces use force on armed men of no
    named country in a sentence that names no other country; ``None`` when the rule does not apply."""
    if not code.startswith(FORCE_ROOTS) or source is None or target is None:
        return None
    if not source.country or source.sector not in STATE_FORCES or target.country or target.sector not in ARMED_MEN:
        return None
    from newsevents.story.context import text_countries

    sentence = sentence_of(doc[target.start])
    if not set(text_countries(sentence.text)) <= {source.country}:
        return None
    story = doc._.ne_story
    if story is not None and story.countries and source.country not in story.countries:
        return None  # a foreign force in another country's story
    return replace(target, code=source.country + (target.sector or ""), country=source.country,
                   rule=target.rule + "+home-enemy")


OCCUPY = "192"
INSURGENTS = frozenset({"REB", "INS", "SEP"})


def home_ground(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country rebels or insurgents seize ground in when the ground names no actor ("the
    rebels seized the town", "militants captured a district"): their own, as a coder codes an
    insurgency's acts against its state (``None`` when the rule does not apply)."""
    if code != OCCUPY or source is None or not source.country or source.sector not in INSURGENTS:
        return None
    country = source.country
    return ActorMention(source.start, source.start, source.start_char, source.start_char, "", country,
                        country, country, None, "country", "domestic-target")
