"""Find the temporal expressions of a parsed ``Doc`` and resolve each against the article date.

Candidates come from spaCy's DATE and TIME entities and from our own patterns (weekdays,
"yesterday", "last/next/this week|month|year", written and ISO dates, years after a
preposition, "N days ago", ranges). Each candidate is resolved with the tense of the clause
that governs it (:func:`clause_tense`); what does not resolve (durations, decades, ages) is
dropped, and overlapping candidates keep the longest.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc, Span, Token

from newsevents.dates.calendar import MONTHS, SMALL_NUMBERS, WEEKDAYS, Resolution
from newsevents.dates.planned import LATER_GOVERNORS, after, scheduled_by
from newsevents.dates.resolve import resolve_rule
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import doc_text, span_text
from newsevents.records import DateMention

# Words that put an infinitive after them in the future: "is due to arrive on Monday".
FUTURE_GOVERNORS = frozenset({
    "due", "set", "expect", "schedule", "plan", "go", "poise", "slate", "aim", "intend",
    "prepare", "hope", "want", "seek", "propose", "vow", "pledge", "promise", "threaten", "likely",
})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_VERBAL = ("VERB", "AUX")
_MAX_HOPS = 12


def _parts() -> list[str]:
    """Our own date patterns, one regular expression each (case rules differ per part)."""
    month_full = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
    month_abbr = "|".join(m.capitalize() for m in MONTHS if len(m) <= 4 and m != "may")
    month = rf"(?:{month_full}|(?:{month_abbr})\.?(?=\s*\d))"
    weekday = "|".join(w.capitalize() for w in WEEKDAYS)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]|20|21)\d\d"
    number = "|".join([*SMALL_NUMBERS, r"\d+"])
    modifier = r"(?:(?i:last|next|this|past|coming|early|late|mid-?)\s*)"
    written = (
        rf"(?:{weekday},?\s+)?(?:{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?"
        rf"|{month}\s+{day}(?:\s*[-–]\s*{day})?(?:,?\s+{year})?|{month},?\s+{year})"
    )
    return [
        rf"{year}-\d\d-\d\d\b",
        rf"(?:(?:from|between)\s+)?{day}\s*(?:[-–]|to|and|until)\s*{day}\s+{month}(?:,?\s+{year})?",
        rf"(?:between|from)\s+{month}\s+(?:and|to|until)\s+{month}(?:,?\s+{year})?",
        written,
        rf"{modifier}?(?:{weekday})(?:\s+(?i:morning|afternoon|evening|night))?\b",
        rf"{modifier}?(?:{month_full})\b",
        r"(?i:(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight|yesterday"
        r"|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
        r"|(?:earlier|later)\s+(?:today|in\s+the\s+day)"
        r"|(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|year|weekend)"
        rf"|(?:{number})\s+(?:day|week|month|year|decade)s?\s+ago)\b)",
        # A bare year only after a preposition; the preposition stays out of the span.
        rf"(?i:in|by|of|for|since|until|from|to|during|before|after)\s+(?P<year>{year})\b",
    ]


@functools.lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    """One alternation of our own date patterns (:func:`_parts`), built once."""
    # Every part starts a word, with a digit, a capital letter (months and weekdays are
    # capitalised) or one of a few words (case-insensitive where the part is). Checking that
    # once, before the alternation, lets the scan skip the other positions without trying each
    # part there. The words are the parts' own first words; the check only ever lets more through.
    first_words = "|".join(["from", "between", "last", "next", "this", "past", "coming", "early", "late", "mid",
                            "the", "today", "tonight", "yesterday", "tomorrow", "earlier", "later", "in", "by",
                            "of", "for", "since", "until", "to", "during", "before", "after", *SMALL_NUMBERS])
    start = rf"\b(?=\w)(?=\d|[A-Z]|(?i:{first_words}))"
    return re.compile(start + "(?:" + "|".join(f"(?:{p})" for p in _parts()) + ")")


def find_dates(doc: Doc, anchor: dt.date | None) -> list[DateMention]:
    """Every temporal expression of ``doc`` that resolves, in text order, without overlaps."""
    found: list[tuple[Span, str, Resolution]] = []
    for span in _candidates(doc):
        text = span_text(span)
        resolution = resolve_rule(text, anchor, span_tense(span))
        if resolution is not None:
            found.append((span, text, resolution))
    found.sort(key=lambda item: (-len(item[1]), item[0].start_char))
    kept: list[tuple[Span, str, Resolution]] = []
    taken: set[int] = set()
    for span, text, resolution in found:
        chars = set(range(span.start_char, span.end_char))
        if not chars & taken:
            kept.append((span, text, resolution))
            taken |= chars
    kept.sort(key=lambda item: item[0].start_char)
    return [
        DateMention(text, r.value, r.precision, (span.start_char, span.end_char), r.rule)
        for span, text, r in kept
    ]


def _candidates(doc: Doc) -> list[Span]:
    spans = [ent for ent in doc_view(doc).ents if ent.label_ in ("DATE", "TIME")]  # doc.ents, built once
    for match in _patterns().finditer(doc_text(doc)):
        start, end = match.span("year") if match.group("year") else match.span()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and not _false_month(span):
            spans.append(span)
    return spans


def _false_month(span: Span) -> bool:
    """A lone "May" that is the modal verb, "March" the verb, or a month inside a name ("May Day")."""
    if len(span) != 1 or span[0].lower_ not in MONTHS:
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    in_name = after is not None and after.is_title and not after.is_sent_start and after.pos_ == "PROPN"
    return in_name or span[0].pos_ in ("VERB", "AUX")


def governor(token: Token) -> Token | None:
    """The verb (or copula) whose clause ``token`` belongs to, or ``None`` in a verbless text."""
    parse = doc_view(token.doc)  # the walk over the view's heads: a Token only for the answer
    heads, pos = parse.heads, parse.pos
    current = token.i
    for _ in range(_MAX_HOPS):
        if heads[current] == current:
            return token.doc[current] if pos[current] in _VERBAL else None
        current = heads[current]
        if pos[current] in _VERBAL:
            return token.doc[current]
    return None


def span_tense(span: Span) -> str | None:
    """The tense of the clause governing ``span`` (``None`` without a dependency parse)."""
    if not span.doc.has_annotation("DEP"):
        return None
    verb = governor(span.root)
    planner = scheduled_by(span.root)
    if planner is not None:  # "set for June", "due on Monday": after the planning
        host = planner if planner.pos_ in _VERBAL else verb
        return after(None if host is None else clause_tense(host))
    return None if verb is None else clause_tense(verb)


def clause_tense(verb: Token, hops: int = 0) -> str | None:
    """``"past"``, ``"present"`` or ``"future"`` for the clause headed by ``verb``, or ``None``.

    Future: "will/shall", a modal without "have", an infinitive after "due/set/expected/plan..."
    and the present progressive ("is meeting on Friday"). Past: a past-tense verb or auxiliary,
    or the present perfect. Participles and infinitives otherwise take their head's tense.
    """
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & FUTURE_AUX:
        return "future"
    if any(a.tag_ == "MD" for a in aux):
        return "past" if any(a.lemma_ == "have" for a in aux) else "future"
    if verb.tag_ == "VB" and "to" in words:
        if verb.head.lemma_ in FUTURE_GOVERNORS:
            return "future"
        if verb.head.lemma_.lower() in LATER_GOVERNORS:  # "agreed to meet": after the agreeing
            return after(_head_tense(verb, hops))
        return _head_tense(verb, hops)
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past"
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or aux:
        return "present"
    return _head_tense(verb, hops)


def _head_tense(verb: Token, hops: int) -> str | None:
    head = verb.head
    if head.i == verb.i or hops >= _MAX_HOPS:
        return None
    if head.pos_ not in _VERBAL:
        head_verb = governor(head)
        if head_verb is None:
            return None
        head = head_verb
    return clause_tense(head, hops + 1)
