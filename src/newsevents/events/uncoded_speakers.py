"""Restraint: an appeal, an accusation or a rejection needs a coded speaker.

Appeals (CAMEO root 02), disapproval and accusations (11) and rejections (12) are someone's
words; the dyad is who said what to whom. :mod:`~newsevents.events.unattributed` keeps an act
whose doer the text names but the dictionaries could not code ("Senator Bill Heffernan wants the
federal government to ...", "Adnan al-Kazimi rejects the US probe"), or whose doer is a clause
subject no actor was found for ("a video accusing local officials of corruption"). For an attack
whose owner is unknown that null source is what coders write; for words it is not: a coder either
codes the speaker or leaves the words out, and an event with no source says nothing about who
spoke. Such events are left out and reported in a warning.

Measured (session 17): on the real-news gold the appeals, accusations and rejections with no
coded source were all false (2 on dev, none right); in a census of fresh Wikinews and Global
Voices news, 3 of 3. The roots were chosen on the sentence benchmarks too: with these three,
PLOVER type F1 and our own gold are unchanged; adding threats (13) or demands (10), whose type
the benchmarks score without a source, costs PLOVER type F1 (0.7288 -> 0.7266, 0.7244).
Attacks, fighting and other material acts keep their unknown doer.
"""

from __future__ import annotations

from newsevents.events import codebook
from newsevents.events.unattributed import left_out_warning
from newsevents.records import Event

SPOKEN_ROOTS = frozenset({2, 11, 12})
"""Appeals, disapproval and rejection: words that need a speaker (see the module docstring)."""


def spoken(code: str) -> bool:
    """Whether the CAMEO ``code`` is of an appeal, a disapproval or a rejection."""
    return codebook.root_of(code) in SPOKEN_ROOTS


def split_uncoded_speakers(events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less the spoken acts with no coded source, and a warning for each left out."""
    kept: list[Event] = []
    warnings: list[str] = []
    for event in events:
        if spoken(event.cameo) and (event.source is None or not event.source.code):
            warnings.append(left_out_warning("no coded speaker", event))
        else:
            kept.append(event)
    return kept, warnings
