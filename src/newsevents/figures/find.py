"""Money, percentages and counts of people (the algorithm of the ``newsevents_figures`` component).

Money comes from our currency patterns (:mod:`newsevents.figures.money`), percentages from a
number before "%"/"percent", counts from the parse (:mod:`newsevents.figures.people`). A
figure's ``year`` is the year of a date in its clause (``doc._.ne_dates``, filled before us):
one hanging on the figure itself, else the nearest one of the same verb; no date, no year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Span, Token

from newsevents.dates import governor
from newsevents.figures.money import find_money
from newsevents.figures.numbers import AMOUNT, parse_number
from newsevents.figures.people import count_of, number_value
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import doc_text, span_text
from newsevents.records import DateMention, Figure

_PERCENT_UNIT = re.compile(r"%|per\s?cent\b|pct\b|percentage\s+points?\b", re.IGNORECASE)
# An amount starts a word: "\b(?=\w)" turns the other positions away before the amount's many forms.
_PERCENT = re.compile(rf"\b(?=\w)(?P<amount>{AMOUNT})\s*(?P<unit>{_PERCENT_UNIT.pattern})", re.IGNORECASE)
Found = tuple[Span, float, str, str, "str | None"]
"""A figure before its year is known: span, value, unit, kind, what."""

_AMBIGUOUS_NAMES = frozenset({"won", "rand", "dong", "dram", "lari", "taka", "manat", "leu", "real"})
# Heads that say nothing about what an amount measures: look past them to the clause's subject.
_EMPTY_HEADS = frozenset({"record", "total", "sum", "amount", "high", "low", "figure", "level"})
# Verbs whose subject is the quantity a figure gives: "inflation rose to 5%", "trade reached $5bn".
_LEVEL_VERBS = frozenset({
    "be", "rise", "fall", "grow", "reach", "total", "stand", "climb", "drop", "jump", "increase",
    "decrease", "decline", "surge", "slow", "hit", "amount", "exceed", "double", "shrink", "soar",
    "plunge", "ease", "top", "slip", "edge", "accelerate", "contract", "expand", "remain",
})
# Change nouns whose "in"/"of" object is what a percentage measures: "a 3% rise in prices".
_CHANGE = frozenset({"rise", "increase", "fall", "drop", "decline", "growth", "cut", "hike",
                     "gain", "jump", "decrease", "reduction", "share", "stake"})


def find_figures(doc: Doc, dates: list[DateMention]) -> list[Figure]:
    """Every figure in ``doc`` in text order, each with the year of its clause's date."""
    spans: list[Found] = []
    text = doc_text(doc)
    money_ents = [ent for ent in doc_view(doc).ents if ent.label_ == "MONEY"]  # doc.ents, built once
    for money in find_money(text):
        span = doc.char_span(money.start, money.end, alignment_mode="expand")
        # A currency name that is also a common word ("won", "rand") needs spaCy's MONEY too.
        ambiguous = span is not None and span[-1].lower_ in _AMBIGUOUS_NAMES
        if span is not None and not (ambiguous and not _overlaps(span, money_ents)):
            spans.append((span, money.value, money.currency, "money", _what_measured(span)))
    for match in _percentages(text):
        value = parse_number(match.group("amount"))
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if value is not None and span is not None and not _taken(span, spans):
            unit = "PERCENT" if "point" not in match.group("unit").lower() else "PERCENTAGE_POINT"
            spans.append((span, value, unit, "percent", _what_measured(span)))
    for count in _counts(doc, dates):  # a loop, not extend(generator): compiled code would test
        if not _taken(count[0], spans):  # every count before adding any, and keep overlapping ones
            spans.append(count)
    spans.sort(key=lambda s: s[0].start_char)
    years = _years(doc, [s[0] for s in spans], dates)
    return [
        Figure(span_text(span), value, unit, kind, (span.start_char, span.end_char), years[i], what)
        for i, (span, value, unit, kind, what) in enumerate(spans)
    ]


def _percentages(text: str) -> Iterator[re.Match[str]]:
    """The percentages of ``text``. Most articles have no unit at all, and the unit alone is much
    cheaper to look for than the amounts that may stand before one."""
    if _PERCENT_UNIT.search(text) is None:
        return iter(())
    return _PERCENT.finditer(text)


def _taken(span: Span, spans: list[Found]) -> bool:
    return _overlaps(span, [other for other, *_ in spans])


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


def _counts(doc: Doc, dates: list[DateMention]) -> list[Found]:
    in_dates = {i for d in dates for i in range(d.span[0], d.span[1])}
    # Only number-like tokens can be counts: their flags come from one array, without making a
    # Token object for every word of the article.
    like_num: list[int] = doc.to_array(LIKE_NUM).tolist()
    found: list[Found] = []
    for i in (i for i, numeric in enumerate(like_num) if numeric):
        token = doc[i]
        if not _plain_number(token) or token.idx in in_dates:
            continue
        if i + 1 < len(doc) and like_num[i + 1]:
            continue  # only the last word of "1.5 million" or "two hundred" heads the phrase
        counted = count_of(token)
        phrase = number_value(doc, token)
        if counted is None or phrase is None:
            continue
        start, end, value = phrase
        noun, what = counted
        if noun.i >= end and noun.i - end <= 3:
            end = noun.i + 1  # "300 protesters", "five unarmed civilians"
        found.append((doc[start:end], value, "PEOPLE", "count", what))
    return found


def _plain_number(token: Token) -> bool:
    """A cardinal number that is not a year, an age, an ordinal, a time or a phone number."""
    if not token.like_num or token.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY", "PERCENT"):
        return False
    text = token.text
    if re.fullmatch(r"(?:1[89]|20)\d\d", text) or re.search(r"\d(?:st|nd|rd|th)$|[:/]|\d-\d", text):
        return False
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is None or prev.lower_ not in ("aged", "age", "number", "no.")


def _what_measured(span: Span) -> str | None:
    """The noun a money amount or a percentage measures, where the parse says."""
    root = span.root
    head = root.head
    if head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") and head.head not in span \
            and head.head.lemma_ not in _EMPTY_HEADS:
        return _noun_phrase(head.head)  # "a budget of $5 billion", but not "a record of $5 billion"
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _noun_phrase(objects[0])  # "40% of voters"
    if root.dep_ in ("nummod", "compound", "amod") and head.pos_ == "NOUN" \
            and head.lemma_ not in _EMPTY_HEADS:
        return _change_object(head) or _noun_phrase(head)  # "a 3% rise in prices"
    verb = governor(root)
    if verb is not None and verb.lemma_ in _LEVEL_VERBS:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
            return _change_object(subjects[0]) or _noun_phrase(subjects[0])
    return None


def _change_object(noun: Token) -> str | None:
    if noun.lemma_ not in _CHANGE:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _noun_phrase(obj)
    return None


def _noun_phrase(noun: Token) -> str:
    """The noun with its compounds: "trade volume", "GDP growth", "inflation"."""
    parts = [*(c for c in noun.lefts if c.dep_ == "compound"), noun]
    return " ".join(t.text if t.pos_ == "PROPN" or t.is_upper else t.lower_ for t in parts)


def _years(doc: Doc, figures: list[Span], dates: list[DateMention]) -> list[int | None]:
    """For each figure, the year of the date attached to it, if any."""
    date_spans = [(d, doc.char_span(*d.span, alignment_mode="expand")) for d in dates if d.value]
    attached: list[int | None] = [None] * len(figures)
    used: set[int] = set()
    for i, figure in enumerate(figures):
        for j, (_, span) in enumerate(date_spans):
            if span is not None and j not in used and _hangs_on(span.root, figure):
                attached[i] = j
                used.add(j)
                break
    for i in range(len(figures)):
        if attached[i] is None:
            attached[i] = _same_clause(i, figures, date_spans, used)
    return [None if j is None else int(str(date_spans[j][0].value)[:4]) for j in attached]


def _hangs_on(date_root: Token, figure: Span) -> bool:
    """The date modifies the figure's own phrase ("US$5.08 billion last year")."""
    parse = doc_view(date_root.doc)  # the walk over the view's heads, no Token per step
    heads, pos, deps = parse.heads, parse.pos, parse.deps
    current = date_root.i
    for _ in range(4):
        if heads[current] == current or pos[heads[current]] in ("VERB", "AUX"):
            return False
        current = heads[current]
        # (a token is in a span of its Doc when its index is: no walk over the span's tokens)
        if figure.start <= current < figure.end \
                or (figure.start <= heads[current] < figure.end and deps[current] in ("pobj", "prep")):
            return True
    return False


def _same_clause(i: int, figures: list[Span], date_spans: list[tuple[DateMention, Span | None]],
                 used: set[int]) -> int | None:
    """The nearest unused date governed by the figure's verb, after it before the next figure first."""
    verb = governor(figures[i].root)
    if verb is None:
        return None
    limit = figures[i + 1].start if i + 1 < len(figures) else len(figures[i].doc)
    candidates = [
        (j, span) for j, (_, span) in enumerate(date_spans)
        if span is not None and j not in used and governor(span.root) == verb
    ]
    after = [c for c in candidates if figures[i].end <= c[1].start < limit]
    before = [c for c in candidates if c[1].end <= figures[i].start]
    choice = after[0] if after else (before[-1] if before else None)
    if choice is None:
        return None
    used.add(choice[0])
    return choice[0]
