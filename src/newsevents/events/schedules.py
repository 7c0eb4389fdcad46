"""Consultations told as a schedule, and trips that end at a building.

A meeting is often announced before it happens, in the passive of a verb of scheduling: "the
Kenyan president is scheduled to meet the Ethiopian prime minister", "is set to visit Addis Ababa",
"is expected to hold talks with the opposition". The real-news gold codes such a schedule as an
intent to meet (036), as it codes "plans to meet". Two things kept the coder from it:

- the infinitive's doer is the passive verb's subject ("the president is scheduled"), which
  :func:`newsevents.events.frames.subject` did not read through a passive; :func:`scheduled_doer`
  gives it for the verbs of :data:`SCHEDULE_VERBS`;
- "is expected to" reads as a forecast (a prediction verb), which codes nothing. For a meeting,
  a visit or a signing the passive "is expected to" announces a timetable, not a guess:
  :func:`scheduled_consultation` makes it an intent. A forecast of conflict ("the rebels are
  expected to attack") stays a forecast.

A meeting is also set by a verb of planning. As its object or passive subject ("Hungary and
Slovakia scheduled talks for Wednesday", "meetings are planned for Monday between the
vice-ministers of the two Koreas"), :func:`planning_verb` licenses the meeting noun and
:func:`newsevents.events.intents.planned` makes it an intent to meet (036), not a meeting held.
As the head of an infinitive of purpose (:func:`planned_meeting`: "the prime ministers scheduled
talks Wednesday to discuss the crisis", "arranged a meeting to discuss trade"), the discussion lies
ahead with the talks: it is no act of its own when the meeting noun is coded (a verb of
:data:`PLANNING_VERBS`), and the intent to meet when it is not ("arranged a meeting to sign the
accord"); "held talks to discuss the crisis" stays a meeting (both session 20).

A trip to a building is no visit (:func:`building_trip`): "went to a nearby embassy", "returned to
the French embassy" name no country visited, whoever the building belongs to.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.meeting_words import talk_forms
from newsevents.records import ActorMention

# Passive verbs of a timetable whose subject does the infinitive ("is scheduled to meet").
SCHEDULE_VERBS = frozenset({"schedule", "set", "slate", "expect", "due"})
# Verbs of a cooperative meeting or signing that a passive "expected to" announces as planned.
SCHEDULED_ACTS = frozenset({
    "meet", "visit", "hold", "host", "attend", "travel", "sign", "discuss", "tour", "receive",
    "welcome", "talk", "negotiate", "confer", "arrive", "fly", "join", "resume", "open",
})
# Verbs whose object or passive subject is a meeting set for later ("scheduled talks", "talks are planned").
PLANNING_VERBS = frozenset({"schedule", "plan", "slate"})
# "Arranged / announced / proposed a meeting to discuss trade" sets a meeting too, but these verbs'
# meeting nouns are not coded as the planners' own ("arrange" is also a verb of mediation, "arranged
# talks between the rivals", licensing.py): the purpose carries their intent to meet.
PURPOSE_PLANNING_VERBS = PLANNING_VERBS | {"arrange", "set", "announce", "propose"}
# The CAMEO root of consultations, the only acts a verb of planning licenses as nouns ("planned an
# attack" is a plot, not an attack).
CONSULT_ROOT = "04"
# Heads of a destination that is a building, not a country or town: a trip there is no visit.
BUILDINGS = frozenset({
    "embassy", "consulate", "home", "house", "residence", "hospital", "clinic", "office", "compound",
    "headquarters", "hotel", "airport", "church", "mosque", "court", "prison", "jail", "barracks",
    "barrack",
})
# Prepositions of a trip's destination, and the entity types of a town or country.
DESTINATION_PREPS = frozenset({"to", "in", "at"})
PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def scheduled_doer(verb: Token) -> Token | None:
    """The doer of an infinitive governed by a passive verb of scheduling: "the president *is
    scheduled* to meet ...", "Kenya is set to sign ...": the passive verb's subject; None for any
    other infinitive."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in SCHEDULE_VERBS or not _passive(head):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return subjects[0] if subjects else None


def scheduled_consultation(verb: Token, head: Token) -> bool:
    """Whether ``verb``, the infinitive under ``head``, is a meeting announced in the passive of
    "expect" ("is expected to meet the prime minister", "are expected to sign the accord"):
    a timetable (an intent), not a forecast."""
    return verb.dep_ == "xcomp" and verb.head.i == head.i and head.lemma_.lower() == "expect" \
        and _passive(head) and verb.lemma_.lower() in SCHEDULED_ACTS


def planned_meeting(verb: Token, head: Token) -> bool:
    """Whether ``verb``, an infinitive of purpose under ``head``, serves a meeting only planned:
    ``head`` is an active verb of planning (:data:`PURPOSE_PLANNING_VERBS`) whose object is a meeting
    ("*scheduled talks* Wednesday to discuss the crisis")."""
    return verb.dep_ == "advcl" and verb.head.i == head.i and head.lemma_.lower() in PURPOSE_PLANNING_VERBS \
        and not _passive(head) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in talk_forms() for c in head.children)


def planning_verb(noun: Token, cameo: str) -> Token | None:
    """The verb of planning (:data:`PLANNING_VERBS`) whose object or passive subject the meeting noun
    ``noun`` (a consultation, root 04) is: "*scheduled* talks with Seoul", "meetings are *planned* for
    Monday"; None otherwise."""
    head = noun.head
    if cameo[:2] != CONSULT_ROOT or noun.dep_ not in ("dobj", "nsubjpass") or head.i == noun.i:
        return None
    return head if head.lemma_.lower() in PLANNING_VERBS else None


def building_trip(verb: Token, target: ActorMention | None) -> bool:
    """Whether a trip's destination is a building ("went to a nearby embassy", "has returned to his
    home"): the target mention's head names one, or the trip's "to"/"in"/"at" phrases name a
    building and no town or country ("arrived in Paris at the airport" is a visit)."""
    if target is not None and verb.doc[target.start:target.end].root.lemma_.lower() in BUILDINGS:
        return True
    places = _destinations(verb)
    # "arrived at the airport in Paris": the building's own "in" phrase names the town visited
    return any(o.lemma_.lower() in BUILDINGS for o in places) \
        and not any(o.ent_type_ in PLACE_ENTITIES for o in places + [d for o in places for d in _destinations(o)])


def _destinations(word: Token) -> list[Token]:
    """The objects of ``word``'s "to", "in" and "at" phrases."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS
            for o in p.children if o.dep_ == "pobj"]
