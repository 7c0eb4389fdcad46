"""Violent repression retold: one crowd repressed by one force on one day is one event.

News of a crackdown tells it in the lead and again in detail further down, each time with other
words: "Police in Burundi shot and killed three people Monday ... Dozens more were wounded when
police opened fire on protesters"; "Police used tear gas Friday to stop clashes ... Police used
tear gas to disperse the crowd"; "Police used water cannons in dispersing the protest" (two
triggers in one sentence). Each telling codes violent repression (175) by the same force on the
same crowd, and the real-news gold codes it once: on dev it never holds two 175 events with the same
source and target codes in one article, while the coder made four such second tellings, all false.

Only exact repetitions are one act: the same source code, the same date, and the same target code
or a bare country (the ``+domestic-target`` fallback where the telling named no crowd) of the other
telling's country. The named crowd stands for the vague one. A crackdown on another group (students
beside the opposition) or on another day is another event. A later telling with no date of its own
(the article's date, no date named in its sentence) takes the day of the telling before it: "police
clashed with protesters on Friday ... security forces fired tear gas at the crowds" is Friday's
force told again (session 33). Other codes are left alone: the gold
codes a fight retold between the same two sides (190) more than once.

Called from :func:`~newsevents.events.retellings.one_telling_each` after
:func:`~newsevents.story.structure.drop_repeated_events`, which needs the same trigger word.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.implied import REPRESSION
from newsevents.nlp.extensions import doc_attribute
from newsevents.records import Event


def without_retold_repression(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each act of violent repression kept once where the article retells it:
    the same force on the same crowd (or on a bare country of that crowd's) on the same date, or
    told again with no date of its own."""
    kept: list[Event] = []
    for e in events:
        undated = _undated(doc, e)
        earlier = next((i for i, k in enumerate(kept) if _retells(k, e, undated)), None) if _countable(e) else None
        if earlier is None:
            kept.append(e)
        elif _bare(kept[earlier]) and not _bare(e):
            kept[earlier] = e  # the crowd named the second time stands for the vague first telling
    return kept


def _countable(event: Event) -> bool:
    """An act of violent repression with a coded source and a target of a known country."""
    return event.cameo == REPRESSION and event.source is not None and bool(event.source.code) \
        and event.target is not None and bool(event.target.country)


def _undated(doc: Doc, event: Event) -> bool:
    """Whether ``event`` has the article's date only: no date is named in its sentence."""
    article = doc_attribute(doc, "ne_article")
    if article is None or not article.date or event.date != article.date:
        return False
    start, end = event.span
    return not any(start <= m.span[0] < end for m in doc_attribute(doc, "ne_dates") or [])


def _retells(earlier: Event, later: Event, undated: bool = False) -> bool:
    """Whether ``later`` (an act of repression) tells ``earlier``'s act again: same force, same date
    (or none of its own, ``undated``), same crowd (or a bare country of the crowd's on either side)."""
    s1, s2, t1, t2 = earlier.source, later.source, earlier.target, later.target
    if earlier.cameo != REPRESSION or s1 is None or s2 is None or t1 is None or t2 is None:
        return False
    if (earlier.date != later.date and not undated) or s1.code != s2.code or t1.country != t2.country:
        return False
    return t1.code == t2.code or _bare(earlier) or _bare(later)


def _bare(event: Event) -> bool:
    """Whether the event's target is only a country (no crowd, group or person of it named)."""
    target = event.target
    return target is not None and target.code == target.country
