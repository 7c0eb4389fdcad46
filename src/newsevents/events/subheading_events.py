"""The events of a title line inside a briefs page or roundup, restrained as the headline's are.

:mod:`newsevents.story.subheadings` makes each inner title line ("US and China to hold high
level trade talks", "Nigeria arrests Charles Taylor for war crimes trial") a sentence of its
own. Like the article's headline (:mod:`newsevents.events.headline_plans`,
:func:`newsevents.story.structure.drop_repeated_headline_events`), a title announces or sums up
the story under it: a titled plan ("to hold talks") is not a done act, and an act the story
under the title reports again is one event, coded in the story, where its actors are named in
full. Nothing is added: title events are only dropped.

A page of two or more titled stories is several stories: the country the coder gives an actor
from the story's context (a bare "villagers", "pro-democracy activists", implied police) comes
from the page's first story, not the one the act is in ("Some villagers attacked the soldiers"
in a Mexican item read as Pakistan's, the Philippines' activists protesting in Hong Kong). On such
a page an event is left out, with a warning, when its doer's or target's country is named nowhere
in its own item (title and story). A page is taken for a briefs page only when two of its
titled items each name countries and their principal countries differ: section heads of one
story ("Protests spread", "What comes next"), captions, "Read more" links and bylines make no
briefs page, and their story's events stand.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.headline_plans import INTENT_ROOT, planned_in_headline
from newsevents.events.unattributed import left_out_warning
from newsevents.nlp.extensions import WARNINGS_KEY
from newsevents.nlp.sentences import doc_text, trigger_token
from newsevents.records import Event, Span
from newsevents.story.named_countries import text_countries
from newsevents.story.structure import event_countries, same_act
from newsevents.story.subheadings import boilerplate

MIN_ITEMS = 2
"""Titled stories a page needs to be a briefs page (one inner title may head a section of one story)."""


def without_subheading_retellings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less a title line's planned acts coded as done and its acts that the story under
    it reports again (see the module)."""
    spans = _title_spans(doc)
    if not spans:
        return events
    out = []
    for event in events:
        at = event.trigger_span[0] if event.trigger_span is not None else event.span[0]
        k = next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)
        if k is not None and _restrained(doc, event, events, spans, k):
            continue
        out.append(event)
    return out


def _title_spans(doc: Doc) -> list[Span]:
    """The title lines of ``doc``'s text, found once by ``make_doc`` (offsets of the article's text)."""
    story = doc._.ne_story
    return list(story.subheadings) if story is not None else []


def _restrained(doc: Doc, event: Event, events: list[Event], spans: list[Span], k: int) -> bool:
    if event.cameo[:2] != INTENT_ROOT:
        trigger = trigger_token(doc, event)
        if trigger is not None and planned_in_headline(trigger):
            return True
    story_end = spans[k + 1][0] if k + 1 < len(spans) else len(doc_text(doc))
    story = [e for e in events if spans[k][1] <= e.span[0] < story_end]
    return any(same_act(event, e) for e in story)  # as for the headline


def _items(text: str, spans: list[Span]) -> list[Span]:
    """The titled items of a page: each from a run of title lines (a title and its date line) to
    the next run; the text before the first title is an item too."""
    starts: list[int] = []
    for k, (start, _end) in enumerate(spans):
        if k == 0 or text[spans[k - 1][1]:start].strip():
            starts.append(start)
    bounds = [0, *starts, len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def without_other_items(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` whose actors' countries are named in their own item of a briefs page; each event
    left out is said in the article's warnings (see the module)."""
    text = doc_text(doc)
    titles = [(s, e) for s, e in _title_spans(doc) if not boilerplate(text[s:e])]
    items = _items(text, titles)
    if len(items) <= MIN_ITEMS:  # the text before the first title, and one titled story
        return events
    named = {item: text_countries(text[item[0]:item[1]]) for item in items}
    if not _several_stories(named, items[1:]):
        return events
    kept, left_out = [], []
    for event in events:
        item = next((it for it in items if it[0] <= event.span[0] < it[1]), None)
        if item is not None and not event_countries(event) <= set(named[item]):
            left_out.append(left_out_warning("a country named nowhere in its own item of a briefs page", event))
            continue
        kept.append(event)
    if left_out:
        doc.user_data.setdefault(WARNINGS_KEY, []).extend(left_out)
    return kept


def _several_stories(named: dict[Span, list[str]], titled: list[Span]) -> bool:
    """Whether the ``titled`` items tell stories of different countries: two of them name countries
    and their principal (most named) countries differ."""
    principal = {max(named[it], key=named[it].count) for it in titled if named[it]}
    return len(principal) >= MIN_ITEMS
