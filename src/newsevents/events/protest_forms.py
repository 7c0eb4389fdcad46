"""Protest, strike and demand forms that recur in any news of unrest.

- **A strike or hunger strike aimed at no one** (:func:`governed_strike_target`). "Ghanaian
  teachers went on strike over unpaid allowances", "the activist went on a hunger strike",
  "pensioners boycotted the ceremony": a strike, boycott or hunger strike (142, 143) by the governed
  (crowds, workers, students, farmers, the opposition, parties, clergy, health workers) whose text
  names no target is aimed at their own government. The real-news gold codes every strike of its
  coded part at the government (LAB -> GOV), and a protest event with no target is scored false
  whatever the gold codes, so the implied government can only turn a false event into a right
  one. (Sessions 13 and 14 kept a workers' strike aimed at no one, since it may be aimed at an
  employer: the gold never codes it so, and an employer the text names is still its target.)
- **Met by the police** (:func:`confronted_meeting`). "Opposition supporters were met by riot
  police who fired tear gas", "the marchers were met by soldiers": a crowd "met" by the police or
  troops was confronted, not consulted; the meeting (040) read from the passive verb is dropped
  (both directions), and the force the sentence tells is coded by its own verb. The active "police
  met protest leaders" stays a meeting.
- **Demands pressed** (:func:`pressers`, the ``presser`` slot of ``demand.demand_noun``). "Students
  pressed demands that the government drop the restrictions", "the union issued a demand that the
  minister resign": a demand noun with no owner of its own, the object of a verb that voices it
  (press, issue, make, renew, repeat, reiterate, voice, present, submit, put forward), is the
  demand of that verb's subject. "Rejected demands that ..." is not voiced by the rejecter.
- **A crowd gathered at a seat of power** (pattern ``protest.gather_at_seat``, kept by
  :func:`drop_seatless_gatherings`). "Hundreds of students gathered outside the education
  ministry", "relatives of the detained gathered outside the court": the governed (students,
  workers, residents, relatives, ...) gathering at a state body (government, parliament, courts,
  police, army) or at a foreign mission demonstrate there (141). ``protest.gather`` codes only
  crowds named as protesters; gathering anywhere else ("at the scene", "at the stadium") is none,
  so the event is kept only where its target is such a body, named in the sentence.
"""


from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import frames as fr
from newsevents.events.coordination import conjuncts
from newsevents.events.home_actors import government_of
from newsevents.events.implied import CROWD_SECTORS
from newsevents.records import ActorMention, Event

STRIKE_CODES = ("142", "143")
"""Hunger strikes, strikes and boycotts (with their sub-codes)."""
STRIKING_SECTORS = CROWD_SECTORS | {"PTY", "REL", "HLH", "MED", "JUD"}
"""The governed whose untargeted strike is aimed at their government: crowds, parties, clergy,
health workers, journalists and lawyers (who strike against court reforms)."""


def governed_strike_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The government an untargeted strike, boycott or hunger strike by the governed is aimed at:
    their own country's (see the module docstring); ``None`` where the rule does not apply."""
    if not code.startswith(STRIKE_CODES) or source is None or not source.country:
        return None
    if source.sector not in STRIKING_SECTORS:
        return None
    return government_of(source)


MEET_CODE = "040"
FORCE_SECTORS = frozenset({"COP", "MIL"})
"""The police and the army: whoever they "meet" on the street they confront."""
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "agent"})


def confronted_meeting(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is a meeting read from a passive "met" ("were met by riot police") between
    a crowd and the police or troops: a confrontation, no consultation."""
    if event.cameo != MEET_CODE or event.source is None or event.target is None or event.trigger_span is None:
        return False
    sectors = {event.source.sector, event.target.sector}
    if not (sectors & FORCE_SECTORS and sectors & CROWD_SECTORS):
        return False
    span = doc.char_span(*event.trigger_span, alignment_mode="expand")
    if span is None or span.root.lemma_ != "meet":
        return False
    # "were met by ...": the passive; "police met protest leaders" stays a meeting
    return any(child.dep_ in PASSIVE_DEPS for child in span.root.children)


def drop_confronted_meetings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less the meetings between a crowd and the police or troops read from a passive "met"."""
    return [e for e in events if not confronted_meeting(doc, e)]


GATHER_AT_SEAT = "protest.gather_at_seat"
SEAT_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
"""State bodies whose seat a gathering of the governed protests at."""
IMPLIED_SUFFIXES = ("+place-target", "+domestic-target")


def seat_gathering(event: Event) -> bool:
    """Whether ``event`` (of ``protest.gather_at_seat``) is aimed at a state body or a foreign
    mission named in its sentence, not at a place or an implied government."""
    source, target = event.source, event.target
    if target is None or source is None or any(s in event.rule for s in IMPLIED_SUFFIXES):
        return False
    return target.sector in SEAT_SECTORS or (target.country is not None and target.country != source.country)


def drop_seatless_gatherings(events: list[Event]) -> list[Event]:
    """``events`` less the gatherings of ``protest.gather_at_seat`` at no state body or mission."""
    return [e for e in events if not e.rule.startswith(GATHER_AT_SEAT) or seat_gathering(e)]


VOICING_VERBS = frozenset({"press", "issue", "make", "renew", "repeat", "reiterate", "voice", "present", "submit",
                           "put", "restate", "table", "lodge", "deliver"})
"""Verbs whose subject voices the demand they take as object ("pressed their demands")."""


def pressers(noun: Token) -> list[Token]:
    """Who voices a demand noun with no owner of its own: the subject of the voicing verb whose
    direct object it is ("students *pressed* demands that ..."); none for any other verb."""
    if noun.dep_ != "dobj" or any(c.dep_ == "poss" for c in noun.children):
        return []
    verb = noun.head
    if verb.lemma_.lower() not in VOICING_VERBS:
        return []
    doer = fr.subject(verb)
    return conjuncts(doer) if doer is not None else []
