"""Code a short actor phrase on its own, without a parsed document.

Used where only a phrase is at hand: the event coder's fallbacks, evaluation against gold
codes, and the command line. The same dictionaries and rules as the pipeline component apply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded, code_evidence, code_person, gather
from newsevents.actors.lexicon import COUNTRY_KINDS, Match, tokenizer_split
from newsevents.actors.persons import PersonTable
from newsevents.nlp.docview import norm
from newsevents.records import ActorRef
from newsevents.story.place_names import first_name_place, inside_feature_name

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import Knowledge

# Words that may sit inside a person's name ("Mohammed bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "von", "van", "der", "de", "da", "del", "la",
                            "le", "di", "du", "-", "abu", "ben", "wa"})
# Capitalised words that start a sentence or a phrase but are never part of a name.
NOT_NAMES = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
                       "their", "our", "this", "that", "these", "those", "mr", "mr.", "mrs", "mrs.", "ms",
                       "ms.", "dr", "dr.", "two", "three", "four", "several", "some", "many", "most"})


def to_day(date: str | dt.date | None) -> dt.date | None:
    """An article date (ISO string at any precision, or a date) as the day roles are checked on."""
    if date is None or isinstance(date, dt.date):
        return date
    text = date.strip()
    try:
        if len(text) == 4:
            return dt.date(int(text), 7, 1)
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-15")
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def name_run(texts: Sequence[str], covered: set[int]) -> tuple[int, int] | None:
    """The last run of capitalised words not matched by the dictionary: a person's name."""
    best: tuple[int, int] | None = None
    i = 0
    while i < len(texts):
        if _name_word(texts, i, covered, first=True):
            j = i + 1
            while j < len(texts) and _name_word(texts, j, covered, first=False):
                j += 1
            while j > i and norm(texts[j - 1]) in NAME_PARTICLES:
                j -= 1
            if j > i:
                best = (i, j)
            i = max(j, i + 1)  # a run of particles alone ("Al", "De") is no name: step past it
        else:
            i += 1
    return best


def _name_word(texts: Sequence[str], i: int, covered: set[int], *, first: bool) -> bool:
    text = texts[i]
    if i in covered or norm(text) in NOT_NAMES:
        return False
    if not first and norm(text) in NAME_PARTICLES:
        return True
    return text[:1].isupper() and any(c.isalpha() for c in text)


def code_tokens(texts: Sequence[str], matches: Sequence[Match], day: dt.date | None,
                persons: PersonTable) -> tuple[Coded, str] | None:
    """The code of a phrase given as token texts with their matches, and the actor's name."""
    covered = {i for m in matches for i in range(m.start, m.end) if m.entries[0].kind != "city"}
    run = name_run(texts, covered)
    whole = " ".join(t for t in texts if norm(t) not in {"the"})
    known = persons.find(whole, day)
    if known is None and run is not None:
        known = persons.find(" ".join(texts[run[0]:run[1]]), day)
    ev = gather(texts, matches)
    if known is not None or run is not None:
        coded = code_person(ev, known, day)
        if coded.code is None:
            return None
        name = known.name if known is not None else " ".join(texts[run[0]:run[1]]) if run else whole
        return coded, name
    coded_group = code_evidence(ev)
    if coded_group is None:
        return None
    return coded_group, whole


def _tail_of_unknown_name(texts: list[str], matches: list[Match], m: Match) -> bool:
    """Whether a state body's or a party's name ends a longer name no dictionary knows: the
    "Congress" of Ghana's "National Democratic Congress" is not the US Congress."""
    if m.start == 0 or m.first("state", "party") is None:
        return False
    before = texts[m.start - 1]
    covered = any(o.start <= m.start - 1 < o.end for o in matches if o is not m)
    return before[:1].isupper() and before.isalpha() and before.lower() != "the" and not covered


def _place_in_other_name(texts: list[str], matches: list[Match], m: Match) -> bool:
    """Whether a place's match is a piece of a feature's or a person's name: "Lake Chad",
    "Chad Morris", "Paris Hilton" (see :mod:`newsevents.story.place_names`)."""
    if m.entries[0].kind not in COUNTRY_KINDS:
        return False
    covered = [any(o.start <= i < o.end for o in matches) for i in range(len(texts))]
    return inside_feature_name(texts, m.start, m.end) or first_name_place(texts, m.start, m.end, covered)


def code_phrase(text: str, date: str | dt.date | None = None, *,
                knowledge: Knowledge | None = None) -> ActorRef | None:
    """The CAMEO code of a short actor phrase, or ``None`` when nothing in it can be coded.

    ``knowledge``: the dictionaries to code with (default: the built-in ones, see
    :func:`newsevents.dictionaries.knowledge`).

    >>> code_phrase("the French foreign minister").code  # doctest: +SKIP
    'FRAGOV'
    """
    texts = tokenizer_split()(text.strip())
    if not texts:
        return None
    if knowledge is None:
        from newsevents.dictionaries.knowledge import knowledge as builtin

        knowledge = builtin()
    matches = list(knowledge.lexicon.matches(texts))
    matches = [m for m in matches if not _tail_of_unknown_name(texts, matches, m)
               and not _place_in_other_name(texts, matches, m)]
    found = code_tokens(texts, matches, to_day(date), knowledge.persons)
    if found is None:
        return None
    coded, name = found
    return ActorRef(name=name, code=coded.code, country=coded.country, sector=coded.sector, text=text.strip())
