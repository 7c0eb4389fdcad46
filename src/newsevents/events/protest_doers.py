"""Who a street protest with no target is aimed at, and who cannot hold one.

The real-news gold codes a demonstration, strike, blockade or riot (141-145) with a target 97
times in 99: the state the crowd faces, its police, or a foreign mission. The coder gives a crowd's
protest its own government where no target is named (``implied.domestic_target``); a protest that
is still aimed at no one after every implied-target rule was false on all the gold where it fell
in the coded part (six of six: troops or a parliament read as protesting, a lawyer read as the
stone-thrower, a party's rally).

- A party's protest with no target (``party_protest_target``) is aimed at its own government, as
  a party's demand is (``implied.DEMANDING_SECTORS``): "the opposition party held its first public
  rally in six years" (rule suffix ``+domestic-target``).
- A protest left aimed at no one whose doer is a state's organ (government, army, police,
  parliament, courts) or no group at all (a bare country or a person: ``split_stately_protests``)
  is left out with a warning: a street protest is the governed's act, and such a reading comes
  from a misread doer ("the National Assembly", "Chawki Tabib ... throwing rocks") or an act the
  gold leaves out ("troops protesting for a pay raise"). Crowds, parties and organisations keep
  their protests. So is a country's protest aimed at another country when the doer is the country
  by its name alone ("North Korea fired missiles in protest against the US-South Korean drills"): a
  state's motive, not a street protest. A people ("Palestinians rioted against ...") and a state's
  organ ("its leaders would boycott ...") keep theirs (the PLOVER benchmark codes them).
- Armed men's looting is no riot, whatever its target (``events/armed_looting.py``): left out with a
  warning in the same step.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.coref import STATE_SECTORS  # a state's organs hold no street protest of their own
from newsevents.events.aimless import ORGANISATION_PREFIXES
from newsevents.events.armed_looting import split_armed_looting
from newsevents.events.home_actors import government_of
from newsevents.events.implied import street_protest
from newsevents.events.unattributed import left_out_warning
from newsevents.places import country_code
from newsevents.records import ActorMention, Event

PARTY_SECTORS = frozenset({"PTY"})
"""Political parties: their protests are aimed at their government, as their demands are."""


def party_protest_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The government a party's protest with no target is aimed at: its own country's."""
    if not street_protest(code) or source is None or not source.country or source.sector not in PARTY_SECTORS:
        return None
    return government_of(source)


def split_stately_protests(events: list[Event], doc: Doc | None = None) -> tuple[list[Event], list[str]]:
    """``events`` less the street protests aimed at no one whose doer is a state organ, a bare
    country or a person with no sector, and (given the ``doc``) the riots of armed men's looting,
    and one warning for each (see the module docstring)."""
    kept: list[Event] = []
    warnings: list[str] = []
    if doc is not None:
        events, warnings = split_armed_looting(doc, events)
    for event in events:
        if event.target is None and street_protest(event.cameo) and _no_crowd(event):
            warnings.append(left_out_warning("a protest aimed at no one, by no crowd", event))
        elif street_protest(event.cameo) and _named_country(event) and _abroad(event):
            warnings.append(left_out_warning("a state's protest at another country, not a street protest", event))
        else:
            kept.append(event)
    return kept, warnings


def _named_country(event: Event) -> bool:
    """Whether the doer is a country by its name alone ("North Korea"), not its people ("Palestinians
    rioted against ...") or an organ of its state."""
    source = event.source
    return source is not None and source.sector is None and bool(source.country) \
        and country_code(source.text or source.name) == source.country


def _abroad(event: Event) -> bool:
    """Whether the event is aimed at a country other than its doer's ("North Korea fired missiles in
    protest against the US-South Korean drills": a state's motive, not a street protest)."""
    source, target = event.source, event.target
    return source is not None and target is not None and bool(source.country) and bool(target.country) \
        and source.country != target.country


def _no_crowd(event: Event) -> bool:
    """Whether the doer is a state organ, or has no sector and is no organisation."""
    source = event.source
    if source is None or (source.code or "").startswith(ORGANISATION_PREFIXES):
        return False
    return source.sector in STATE_SECTORS or source.sector is None
