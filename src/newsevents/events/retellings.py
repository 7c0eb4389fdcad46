"""One event per act: the same act told again in an article is coded once.

The events component calls :func:`one_telling_each` on everything the coder and the dictionaries
found, before restraint and the story-level filters. Each step keeps the telling a trained coder
would code and drops the others; the order matters, because a later step compares what an earlier
one kept.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.act_noun_subjects import without_act_noun_retellings
from newsevents.events.attack_phrases import without_attack_phrases
from newsevents.events.discussions import without_retold_discussions
from newsevents.events.force_retold import without_retold_repression
from newsevents.events.headline_plans import without_headline_plans
from newsevents.events.later_mentions import fold_later_mentions
from newsevents.events.protest_calls import demanded_changes, drop_vague_protests, offered_talks
from newsevents.events.public_appeals import calm_asked_of_the_country
from newsevents.events.quoted_retellings import without_quoted_retellings
from newsevents.events.record_clauses import without_record_retellings
from newsevents.events.relative_retellings import without_relative_retellings
from newsevents.events.retold_charges import without_retold_charges
from newsevents.events.retold_meetings import without_retold_meetings
from newsevents.events.street_protests import calls_for_calm, drop_repeated_protests
from newsevents.events.subheading_events import without_other_items, without_subheading_retellings
from newsevents.events.unattributed import trigger_lemma
from newsevents.events.verdict_retellings import without_retold_verdicts
from newsevents.records import Event
from newsevents.story.structure import drop_repeated_events, drop_repeated_headline_events


def one_telling_each(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less the acts told a second time (in the headline, the body or other words)."""
    # A headline line's act reported again in the body is one event, coded in the body.
    events = drop_repeated_headline_events(events, doc._.ne_story)
    events = without_headline_plans(doc, events, doc._.ne_story)  # "Minister to visit Iran" (events/headline_plans.py)
    events = without_subheading_retellings(doc, events)  # the same for a briefs page's title lines
    events = without_other_items(doc, events)  # and a country from another story of the page (ibid.)
    # "The president appealed for calm": made to the country, before retellings are compared (public_appeals.py).
    events = calm_asked_of_the_country(doc, events)
    # The same act reported again further on (same actors, code and date) is one event.
    events = drop_repeated_events(events, [trigger_lemma(doc, e) for e in events])
    # "met the envoys ... had talks with the officials": one meeting in other words (events/retold_meetings.py).
    events = without_retold_meetings(events)
    # "Russia accused Georgia ... Karasin said, accusing Georgia": one charge (events/retold_charges.py).
    events = without_retold_charges(events)
    # A fight a witness tells again in a quote is the fight already coded (events/quoted_retellings.py).
    events = without_quoted_retellings(doc, events)
    # "It is the first time a president has been convicted" after the conviction (events/record_clauses.py).
    events = without_record_retellings(doc, events)
    # "The protesters, who gathered in the square," after the rally: the act told before (relative_retellings.py).
    events = without_relative_retellings(doc, events)
    # "sentenced him to life after finding him guilty": one verdict (events/verdict_retellings.py).
    events = without_retold_verdicts(events)
    # "the airstrikes had targeted ..." after the strikes: the attack told through its noun (act_noun_subjects.py).
    events = without_act_noun_retellings(doc, events)
    # "killed six soldiers in an attack on a post": the toll and its attack are one act (attack_phrases.py).
    events = without_attack_phrases(doc, events)
    # "discussed in a phone conversation": the call; "discussed the border with X": a topic (events/discussions.py).
    events = without_retold_discussions(doc, events)
    # A crackdown retold in other words is one act of repression (events/force_retold.py).
    events = without_retold_repression(doc, events)
    # One protest told again under another word is one event (events/street_protests.py).
    events = calls_for_calm(doc, drop_repeated_protests(events, [trigger_lemma(doc, e) for e in events]))
    # What a call asks for decides the act; a vague protest told better elsewhere is dropped.
    events = drop_vague_protests(offered_talks(doc, demanded_changes(doc, events)))  # events/protest_calls.py
    # "Police arrested 500 people ... The detainees included ...": a later mention of the act kept
    # as evidence of the one event (events/later_mentions.py).
    return fold_later_mentions(doc, events)
