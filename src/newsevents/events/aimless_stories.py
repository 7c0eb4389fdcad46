"""Shows of force aimed at no one, in a story: left out.

:mod:`newsevents.events.aimless` keeps a show of force (15) with no target, because the sentence
benchmarks, written to show one act a sentence, code "held drills" with no one it is aimed at. In
a news story the same events were false wherever they were judged (session 22, per coder rule:
every event of 167 fresh stories judged, the exhaustive fresh gold of 26 more, and the ``dev``
gold): untargeted deployments and tests 0 right and 6 false ("French and United Nations troops
have been deployed across the region to contain the conflict", "sending government troops
fleeing", "confirmed that it had carried out a successful test", "has fired a ballistic missile
into the ocean"). A story names where a force is sent or whom a test warns when it matters; when
the coder cannot find it, the event is scored against no one.

So in a story (a text of :data:`STORY_SENTENCES` sentences or more) such an event is left out and
reported in a warning, as :func:`newsevents.events.aimless.split_aimless` does for acts done to
someone. A single sentence is coded as before.

Appeals (02) with no target were as false in stories (1 right, 14 false on fresh news and ``dev``),
but leaving them out lost a right event of the ``test`` gold (and the first 86 articles' recall
floor), so they stay; see design.md, "Per-rule precision on fresh news (session 22)".
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.aimless import split_aimless
from newsevents.events.unattributed import left_out_warning
from newsevents.nlp.text_sentences import article_sentence_count
from newsevents.records import Event

STORY_SENTENCES = 3
"""An article of this many sentences or more is a story, not a benchmark's sentence."""
SHOW_OF_FORCE = "15"
"""The CAMEO root kept with no target in a sentence and left out in a story."""


def split_aimless_in_story(doc: Doc, events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less the acts :func:`~newsevents.events.aimless.split_aimless` leaves out and, when
    ``doc`` is a story, the shows of force with no target, and a warning for each (see the module
    docstring)."""
    events, warnings = split_aimless(events)
    if not any(_aimless_force(e) for e in events) or article_sentence_count(doc) < STORY_SENTENCES:
        return events, warnings
    kept: list[Event] = []
    for event in events:
        if _aimless_force(event):
            warnings.append(left_out_warning("no target named in a story", event))
        else:
            kept.append(event)
    return kept, warnings


def _aimless_force(event: Event) -> bool:
    return event.target is None and event.cameo.startswith(SHOW_OF_FORCE)
