"""The one place where records become JSON and JSON becomes records.

The keys written here are the public contract of ``newsevents extract`` (see the README):
new keys may be added, none renamed.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from newsevents.records import (
    Actor,
    ActorRef,
    Article,
    DateMention,
    Event,
    Extraction,
    Figure,
    Location,
    Quote,
    Retelling,
    StoryFrame,
    precision_of,
)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def record_to_dict(record: Any) -> dict[str, Any]:
    """Any record of :mod:`newsevents.records` as a JSON-ready dict (spans become lists)."""
    out = _plain(record)
    assert isinstance(out, dict)
    return out


def extraction_to_dict(ex: Extraction) -> dict[str, Any]:
    """The JSON object ``newsevents extract`` prints for one document."""
    article = record_to_dict(ex.article)
    article.pop("text")
    events = []
    for event in ex.events:
        d = record_to_dict(event)
        d["cameo_root"] = event.cameo[:2]
        events.append(d)
    return {
        "article": article,
        "actors": [record_to_dict(a) for a in ex.actors],
        "events": events,
        "quotes": [record_to_dict(q) for q in ex.quotes],
        "dates": [record_to_dict(d) for d in ex.dates],
        "figures": [record_to_dict(f) for f in ex.figures],
        "warnings": list(ex.warnings),
        "story": record_to_dict(ex.story) if ex.story is not None else None,
    }


def extraction_to_json(ex: Extraction) -> str:
    """One line of ``--format jsonl``."""
    return json.dumps(extraction_to_dict(ex), ensure_ascii=False)


def _span(value: Any) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


def actor_ref_from_dict(d: dict[str, Any] | None) -> ActorRef | None:
    """Inverse of the ``source``/``target``/``speaker`` objects."""
    if d is None:
        return None
    return ActorRef(d["name"], d.get("code"), d.get("country"), d.get("sector"), d.get("text"),
                    _span(d.get("span")))


def event_from_dict(d: dict[str, Any]) -> Event:
    """Inverse of the objects in ``events``."""
    loc = d.get("location")
    return Event(
        date=d.get("date"),
        source=actor_ref_from_dict(d.get("source")),
        target=actor_ref_from_dict(d.get("target")),
        cameo=d["cameo"],
        plover=d.get("plover"),
        goldstein=float(d["goldstein"]) if d.get("goldstein") is not None else None,
        quad_class=int(d["quad_class"]) if d.get("quad_class") is not None else None,
        sentence=d["sentence"],
        span=_span(d["span"]) or (0, 0),
        trigger=d["trigger"],
        rule=d["rule"],
        confidence=float(d.get("confidence", 1.0)),
        location=Location(**loc) if loc else None,
        trigger_span=_span(d.get("trigger_span")),
        plover_mode=d.get("plover_mode"),
        plover_context=d.get("plover_context"),
        date_precision=d.get("date_precision", precision_of(d.get("date"))),
        retellings=tuple(_retelling(r) for r in d.get("retellings") or ()),
    )


def _retelling(d: dict[str, Any]) -> Retelling:
    return Retelling(sentence=d["sentence"], span=_span(d["span"]) or (0, 0), trigger=d["trigger"],
                     rule=d.get("rule", ""), trigger_span=_span(d.get("trigger_span")))


def extraction_from_dict(d: dict[str, Any], text: str = "") -> Extraction:
    """Rebuild an :class:`Extraction` from its JSON form (the article text is not in the JSON)."""
    a = d["article"]
    article = Article(id=a["id"], text=text, date=a.get("date"), title=a.get("title"), url=a.get("url"),
                      source=a.get("source"), line=a.get("line"))
    actors = [
        Actor(name=x["name"], text=x["text"], code=x.get("code"), country=x.get("country"),
              sector=x.get("sector"), kind=x["kind"], span=_span(x["span"]) or (0, 0), rule=x["rule"],
              role=x.get("role"), mentions=[_span(m) or (0, 0) for m in x.get("mentions", [])],
              country_rule=x.get("country_rule"))
        for x in d.get("actors", [])
    ]
    quotes = [
        Quote(text=x["text"], span=_span(x["span"]) or (0, 0), speaker=actor_ref_from_dict(x.get("speaker")),
              cue=x.get("cue"), rule=x.get("rule", ""))
        for x in d.get("quotes", [])
    ]
    dates = [
        DateMention(text=x["text"], value=x.get("value"), precision=x["precision"],
                    span=_span(x["span"]) or (0, 0), rule=x.get("rule", ""))
        for x in d.get("dates", [])
    ]
    figures = [
        Figure(text=x["text"], value=float(x["value"]), unit=x["unit"], kind=x["kind"],
               span=_span(x["span"]) or (0, 0), year=x.get("year"), what=x.get("what"))
        for x in d.get("figures", [])
    ]
    return Extraction(article=article, actors=actors, events=[event_from_dict(e) for e in d.get("events", [])],
                      quotes=quotes, dates=dates, figures=figures, warnings=list(d.get("warnings", [])),
                      story=_story(d.get("story")))


def _story(d: dict[str, Any] | None) -> StoryFrame | None:
    if not d:
        return None
    return StoryFrame(headline=d.get("headline"), place=d.get("place"), place_country=d.get("place_country"),
                      date=d.get("date"), countries=list(d.get("countries") or []))
