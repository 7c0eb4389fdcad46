"""``newsevents evaluate``: score the coder on gold-standard events.

Three gold formats are read: PETRARCH validation XML (``<Sentence>``, ``<EventCoding>``,
``<Text>``), the PLOVER gold-standard JSON (a list of records with ``text``, ``event``,
``source``, ``target``) and our own JSON Lines (``{"id", "date", "text", "events": [{"source",
"target", "cameo", "plover"}]}``). Scores are precision, recall and F1 on three levels:

- ``full``: (source code, target code, CAMEO code), exactly;
- ``dyad-root``: (source country, target country, CAMEO root), where an actor's "country" is its
  ISO3 prefix, or ``IGO``/``NGO`` for international and non-governmental organisations (whose
  codes differ between dictionaries: ``IGOEU`` here, ``IGOEUREEC`` in PETRARCH's), or nothing
  for unknown actors;
- ``type``: the PLOVER event types found in each text (the only level PLOVER gold supports).

JSON Lines records of whole articles (with ``exhaustive_chars``, ``key_events``, ``actors``) are
scored on their exhaustively coded part, plus key-event recall, actor country accuracy and the
events produced on negatives: see :mod:`newsevents.evaluate_articles`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from newsevents.errors import GoldFormatError
from newsevents.events import codebook
from newsevents.extraction import extract_articles
from newsevents.records import Article, Event

if TYPE_CHECKING:
    from newsevents.evaluate_articles import ArticleGold, ArticleScores

ORG_PREFIXES = ("IGO", "NGO", "MNC")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event; any field may be unknown (``None``) in a given gold format."""

    source: str | None
    target: str | None
    cameo: str | None
    plover: str | None


@dataclass(slots=True)
class GoldItem:
    """One text with the events an analyst coded in it (none: a negative).

    ``article`` is set for whole-article gold (headline, exhaustive part, key events, actors).
    """

    id: str
    text: str
    date: str | None
    events: list[GoldEvent]
    article: ArticleGold | None = None




def actor_key(code: str | None) -> str | None:
    """The part of an actor code the ``dyad-root`` level compares: country, or organisation.

    A code without a country (``---REB``, or a bare sector such as ``INS``) has no key. An
    organisation with its country slot left empty (``---NGO``) is the organisation (``NGO``).
    """
    from newsevents.actors.lexicon import country_names
    from newsevents.actors.persons import iso_code

    if not code:
        return None
    code = code.upper().removeprefix("---")
    if code.startswith(ORG_PREFIXES):
        return code[:3]
    head = iso_code(code)[:3]
    return head if head in country_names() else None


def _cameo_plover(cameo: str | None) -> str | None:
    if cameo and codebook.is_valid(cameo):
        return codebook.lookup(cameo).plover
    return None


# --- gold readers -----------------------------------------------------------------------------

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def _text_from_conllu(block: str) -> str:
    """The sentence text rebuilt from the word forms of a ``<Parse>`` (some records lack ``<Text>``)."""
    parse = re.search(r"<Parse>(.*?)</Parse>", block, re.S)
    if parse is None:
        return ""
    out = []
    for line in parse.group(1).strip().splitlines():
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue
        out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(out).strip()


def read_petrarch_xml(path: Path) -> Iterator[GoldItem]:
    """Gold from PETRARCH validation XML."""
    raw = path.read_text(encoding="utf-8")
    found = False
    for m in _SENTENCE.finditer(raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        text_m = _TEXT.search(m.group(2))
        text = " ".join(text_m.group(1).split()) if text_m else ""
        if not text:
            text = _text_from_conllu(m.group(2))
        if not text:
            line = raw.count("\n", 0, m.start()) + 1
            raise GoldFormatError(str(path), "a <Sentence> has neither <Text> nor a <Parse> to read it from", line)
        date = attrs.get("date", "")
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None
        events = []
        for c in _CODING.finditer(m.group(2)):
            a = dict(_ATTR.findall(c.group(1)))
            if a.get("noevents", "").lower() == "true" or "eventcode" not in a:
                continue
            cameo = a["eventcode"]
            events.append(GoldEvent(a.get("sourcecode"), a.get("targetcode"), cameo, _cameo_plover(cameo)))
        found = True
        yield GoldItem(attrs.get("id", f"s{m.start()}"), text, iso, events)
    if not found:
        raise GoldFormatError(str(path), "no <Sentence> records: is this PETRARCH validation XML?")


def _plover_actor(actors: object) -> list[str | None]:
    if not isinstance(actors, list) or not actors:
        return [None]
    out: list[str | None] = []
    for a in actors:
        code = str(a.get("code") or "") if isinstance(a, dict) else ""
        sector = str(a.get("sector") or "") if isinstance(a, dict) else ""
        out.append((code + sector) if code else None)
    return out


def read_plover_json(path: Path) -> Iterator[GoldItem]:
    """Gold from the PLOVER gold-standard records (one event per record)."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(str(path), f"not valid JSON ({exc.msg})", exc.lineno) from None
    if not isinstance(records, list):
        raise GoldFormatError(str(path), "expected a JSON list of PLOVER records")
    for r in records:
        if not isinstance(r, dict) or r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        plover = codebook.plover_type(str(r["event"]))
        events = [GoldEvent(s, t, None, plover)
                  for s in _plover_actor(r.get("source")) for t in _plover_actor(r.get("target"))]
        yield GoldItem(str(r.get("id")), str(r["text"]), r.get("date"), events)


def jsonl_event(e: dict[str, str | None]) -> GoldEvent:
    plover = e.get("plover")
    cameo = e.get("cameo")
    """A gold event from a JSON Lines ``{"source", "target", "cameo", "plover"}`` object."""
    return GoldEvent(e.get("source"), e.get("target"), cameo,
                     codebook.plover_type(plover) if plover else _cameo_plover(cameo))


def read_jsonl(path: Path) -> Iterator[GoldItem]:
    """Gold in our own JSON Lines format: sentences, or whole articles (told apart by their keys)."""
    from newsevents.evaluate_articles import is_article_record, read_article_record

    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                if is_article_record(r):
                    yield read_article_record(r, n)
                    continue
                events = [jsonl_event(e) for e in r.get("events", [])]
                yield GoldItem(str(r.get("id", n)), r["text"], r.get("date"), events)
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError) as exc:
                raise GoldFormatError(str(path), f"not a gold record ({exc}); expected "
                                      '{"id", "date", "text", "events": [...]}', n) from None


READERS: dict[str, Callable[[Path], Iterator[GoldItem]]] = {
    "petrarch": read_petrarch_xml, "plover": read_plover_json, "jsonl": read_jsonl,
}


def read_gold(path: str | Path, fmt: str = "auto") -> list[GoldItem]:
    """Read a gold file; ``fmt`` is ``auto`` (by extension), ``petrarch``, ``plover`` or ``jsonl``."""
    p = Path(path)
    if not p.is_file():
        raise GoldFormatError(str(p), "no such file")
    if fmt == "auto":
        fmt = {".xml": "petrarch", ".json": "plover"}.get(p.suffix.lower(), "jsonl")
    if fmt not in READERS:
        raise GoldFormatError(str(p), f"unknown gold format {fmt!r}: use auto, petrarch, plover or jsonl")
    return list(READERS[fmt](p))


# --- scoring ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives at one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class ItemResult:
    """What the coder found in one gold text, and what it missed or added at ``dyad-root`` level."""

    item: GoldItem
    predicted: list[Event]
    missed: list[GoldEvent]
    false: list[Event]
    key_missed: list[GoldEvent] = field(default_factory=list)
    actor_errors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """The evaluation of a gold file: scores per level and per CAMEO root, and each item."""

    levels: dict[str, Score] = field(default_factory=dict)
    roots: dict[str, Score] = field(default_factory=dict)
    items: list[ItemResult] = field(default_factory=list)
    articles: ArticleScores | None = None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "items": len(self.items), "levels": {k: v.as_dict() for k, v in self.levels.items()},
            "roots": {k: v.as_dict() for k, v in sorted(self.roots.items())}}
        if self.articles is not None:
            out["articles"] = self.articles.as_dict()
        return out


Key = tuple[str | None, ...]


def match_keys(gold: Sequence[Key], pred: Sequence[Key]) -> tuple[list[int], list[int]]:
    """One-to-one matching; the indices of unmatched gold and unmatched predictions."""
    left = Counter(pred)
    missed = []
    for i, g in enumerate(gold):
        if left[g] > 0:
            left[g] -= 1
        else:
            missed.append(i)
    false = []
    for j, p in enumerate(pred):
        if left[p] > 0:
            left[p] -= 1
            false.append(j)
    return missed, false


def _event_code(ref: object) -> str | None:
    return getattr(ref, "code", None) if ref is not None else None


def score_item(item: GoldItem, predicted: list[Event], report: Report) -> None:
    """Add one item's matches to ``report``."""
    has_cameo = all(g.cameo for g in item.events)
    levels: dict[str, tuple[Sequence[Key], Sequence[Key]]] = {
        "type": (sorted({(g.plover,) for g in item.events if g.plover}, key=str),
                 sorted({(e.plover,) for e in predicted if e.plover}, key=str)),
    }
    if has_cameo:
        levels["full"] = ([(g.source, g.target, g.cameo) for g in item.events],
                          [(_event_code(e.source), _event_code(e.target), e.cameo) for e in predicted])
    dyad_gold: list[Key] = [(actor_key(g.source), actor_key(g.target), (g.cameo or "")[:2]) for g in item.events]
    dyad_pred: list[Key] = [(actor_key(_event_code(e.source)), actor_key(_event_code(e.target)), e.cameo[:2])
                 for e in predicted]
    if has_cameo:
        levels["dyad-root"] = (dyad_gold, dyad_pred)
    for name, (gold, pred) in levels.items():
        missed, false = match_keys(gold, pred)
        s = report.levels.setdefault(name, Score())
        s.tp += len(gold) - len(missed)
        s.fn += len(missed)
        s.fp += len(false)
    if has_cameo:
        missed, false = match_keys(dyad_gold, dyad_pred)
        for i, g in enumerate(dyad_gold):
            root_score = report.roots.setdefault(str(g[2]), Score())
            if i in missed:
                root_score.fn += 1
            else:
                root_score.tp += 1
        for j in false:
            report.roots.setdefault(str(dyad_pred[j][2]), Score()).fp += 1
        report.items.append(ItemResult(item, predicted, [item.events[i] for i in missed],
                                       [predicted[j] for j in false]))
    else:
        gold_types = {g.plover for g in item.events}
        pred_types = {e.plover for e in predicted}
        missed_events = [g for g in item.events if g.plover not in pred_types]
        false_events = [e for e in predicted if e.plover not in gold_types]
        report.items.append(ItemResult(item, predicted, missed_events, false_events))


def evaluate(items: Iterable[GoldItem], *, nlp: Language | None = None) -> Report:
    """Run the coder over every gold text and score it."""
    from newsevents.evaluate_articles import score_article

    items = list(items)
    articles = [Article(id=it.id, text=it.text, date=it.date, title=it.article.title if it.article else None)
                for it in items]
    report = Report()
    for item, ex in zip(items, extract_articles(articles, nlp=nlp), strict=True):
        if item.article is not None:
            score_article(item, ex, report)
        else:
            score_item(item, ex.events, report)
    return report
