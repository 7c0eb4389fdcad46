"""Article-level gold for ``newsevents evaluate``: whole news stories coded by a trained coder.

A record is a JSON Lines object with the body ``text`` (the headline apart, in ``title``) and:

- ``exhaustive_chars``: the offset where the exhaustively coded part ends (six sentences);
  ``events`` lists *every* political event in ``text[:exhaustive_chars]``, so precision can be
  computed there: predictions whose trigger lies beyond that offset are not scored;
- ``key_events``: the main events of the rest, scored for recall against every prediction;
- ``actors``: the named actors of the exhaustive part (``name``, ``code``, ``country``),
  scored for their country among the actors the coder found (coverage reported apart);
- ``negative``: a non-political story, where every event the coder emits is a false one.

Matching reuses :func:`newsevents.evaluate.actor_key` and the one-to-one matching of the
sentence-level gold, at the ``dyad-root`` level: (source country, target country, CAMEO root).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsevents.records import Actor, Event, Extraction

if TYPE_CHECKING:
    from newsevents.evaluate import GoldEvent, GoldItem, Report

ARTICLE_KEYS = frozenset({"exhaustive_chars", "key_events", "negative"})
"""Keys that mark a JSON Lines gold record as a whole article rather than a sentence."""


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A named actor of the exhaustive part and the country the coder gave it."""

    name: str
    code: str | None
    country: str | None


@dataclass(slots=True)
class ArticleGold:
    """What an article-level record adds to a :class:`~newsevents.evaluate.GoldItem`."""

    title: str | None
    exhaustive_chars: int
    key_events: list[GoldEvent] = field(default_factory=list)
    actors: list[GoldActor] = field(default_factory=list)
    negative: bool = False
    countries: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ArticleScores:
    """Article-level figures beyond the per-level scores of the exhaustive part."""

    articles: int = 0
    key_found: int = 0
    key_total: int = 0
    actors_gold: int = 0
    actors_found: int = 0
    actors_right: int = 0
    negatives: int = 0
    negative_events: int = 0
    noisy_negatives: list[str] = field(default_factory=list)

    @property
    def key_recall(self) -> float:
        return self.key_found / self.key_total if self.key_total else 0.0

    @property
    def actor_accuracy(self) -> float:
        """Share of the gold actors the coder found whose country it got right."""
        return self.actors_right / self.actors_found if self.actors_found else 0.0

    @property
    def actor_coverage(self) -> float:
        """Share of the gold actors the coder found at all."""
        return self.actors_found / self.actors_gold if self.actors_gold else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "key_events": {"found": self.key_found, "total": self.key_total, "recall": round(self.key_recall, 4)},
            "actor_country": {"right": self.actors_right, "found": self.actors_found, "gold": self.actors_gold,
                              "accuracy": round(self.actor_accuracy, 4), "coverage": round(self.actor_coverage, 4)},
            "negatives": {"articles": self.negatives, "events": self.negative_events,
                          "noisy": list(self.noisy_negatives)},
        }


def is_article_record(record: dict[str, Any]) -> bool:
    """Whether a JSON Lines gold record is a whole article (see :data:`ARTICLE_KEYS`)."""
    return not ARTICLE_KEYS.isdisjoint(record)


def read_article_record(record: dict[str, Any], line: int) -> GoldItem:
    """One article-level gold record as a :class:`GoldItem` carrying an :class:`ArticleGold`.

    Raises ``KeyError``/``TypeError``/``ValueError`` on a malformed record; the reader names the line.
    """
    from newsevents.evaluate import GoldItem, jsonl_event

    text = record["text"]
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    limit = int(record.get("exhaustive_chars") or len(text))
    actors = [GoldActor(str(a["name"]), a.get("code"), a.get("country")) for a in record.get("actors") or []]
    gold = ArticleGold(
        title=record.get("title") or None,
        exhaustive_chars=min(max(limit, 0), len(text)),
        key_events=[jsonl_event(e) for e in record.get("key_events") or []],
        actors=actors,
        negative=bool(record.get("negative")),
        countries=[str(c) for c in record.get("countries") or []],
    )
    events = [jsonl_event(e) for e in record.get("events") or []]
    return GoldItem(str(record.get("id", line)), text, record.get("date"), events, article=gold)


def event_start(event: Event) -> int:
    """Where an event lies in the text: its trigger, or its sentence when it has no trigger span."""
    return event.trigger_span[0] if event.trigger_span else event.span[0]


# --- actor names ------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MINOR = frozenset({"the", "of", "and", "a", "an", "de", "al", "el", "la", "von", "van", "der", "bin"})


def _words(name: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(name)}


def _content(words: set[str]) -> bool:
    return any(len(w) > 2 and w not in _MINOR for w in words)


def find_actor(gold: GoldActor, actors: list[Actor]) -> Actor | None:
    """The coder's actor for a gold actor: the same name, or one name's words within the other's.

    "William Ruto" finds "President William Ruto" and "Ruto"; an exact match wins over a partial one.
    """
    want = _words(gold.name)
    if not _content(want):
        return None
    partial = None
    for actor in actors:
        for name in (actor.name, actor.text):
            have = _words(name)
            if have == want:
                return actor
            if partial is None and _content(have) and (have <= want or want <= have):
                partial = actor
    return partial


def gold_country(gold: GoldActor) -> str | None:
    """The country key of a gold actor: its organisation class, its ``country`` or its code's country."""
    from newsevents.evaluate import ORG_PREFIXES, actor_key

    if gold.code and gold.code.upper().startswith(ORG_PREFIXES):
        return actor_key(gold.code)
    return actor_key(gold.country) or actor_key(gold.code)


def found_country(actor: Actor) -> str | None:
    """The country key of a found actor, on the same terms as :func:`gold_country`."""
    from newsevents.evaluate import ORG_PREFIXES, actor_key

    if actor.code and actor.code.upper().startswith(ORG_PREFIXES):
        return actor_key(actor.code)
    return actor_key(actor.country) or actor_key(actor.code)


# --- scoring ----------------------------------------------------------------------------------


def score_article(item: GoldItem, extraction: Extraction, report: Report) -> None:
    """Add one article's matches to ``report``: the exhaustive part, key events, actors, negatives."""
    from newsevents.evaluate import actor_key, match_keys, score_item

    gold = item.article
    assert gold is not None, "score_article needs an article-level gold item"
    scores = report.articles if report.articles is not None else ArticleScores()
    report.articles = scores
    scores.articles += 1
    events = extraction.events
    score_item(item, [e for e in events if event_start(e) < gold.exhaustive_chars], report)
    result = report.items[-1]

    keys = [(actor_key(g.source), actor_key(g.target), (g.cameo or "")[:2]) for g in gold.key_events]
    pred = [(actor_key(_code(e.source)), actor_key(_code(e.target)), e.cameo[:2]) for e in events]
    missed, _ = match_keys(keys, pred)
    scores.key_total += len(keys)
    scores.key_found += len(keys) - len(missed)
    result.key_missed = [gold.key_events[i] for i in missed]

    for g in gold.actors:
        scores.actors_gold += 1
        actor = find_actor(g, extraction.actors)
        if actor is None:
            result.actor_errors.append(f"{g.name} ({gold_country(g) or '-'}): not found")
            continue
        scores.actors_found += 1
        if found_country(actor) == gold_country(g):
            scores.actors_right += 1
        else:
            result.actor_errors.append(f"{g.name}: {gold_country(g) or '-'} expected, {found_country(actor) or '-'}"
                                       f" found ({actor.code or '-'}, rule {actor.rule})")

    if gold.negative:
        scores.negatives += 1
        scores.negative_events += len(events)
        if events:
            scores.noisy_negatives.append(item.id)


def _code(ref: object) -> str | None:
    return getattr(ref, "code", None) if ref is not None else None
