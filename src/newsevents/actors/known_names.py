"""Names of known office holders that the entity recogniser did not tag.

The small English model often leaves a name it has not seen untagged, most of all at the start of
a sentence with a verb right after it ("Faure Gnassingbe criticized ..."). A run of capitalised
proper nouns that is, as a whole, the name (or a known alias) of someone the persons table has in
office on the article's date is taken as that person's name, with or without an entity, but:

- never when the run is a piece of a longer entity (a company, a stadium, a place named after
  the person) or a whole entity the recogniser called an organisation or place, which the entity
  rules judged already;
- never for one word that may be a common word: a one-word name counts only outside any
  entity, when the document never writes the word in lower case, and at a sentence's start
  only as the sentence's subject.

Only a run whose first word opens some known name is looked at (the table is indexed by first
word), so the cost is one pass over the proper-noun flags of the document.
"""

from __future__ import annotations

import datetime as dt

from newsevents.actors.lexicon import Match
from newsevents.actors.persons import PersonTable
from newsevents.nlp.docview import DocView

# Lower-case words inside names ("José Eduardo dos Santos", "Mohammed bin Salman").
PARTICLES = frozenset({"dos", "da", "de", "do", "das", "del", "van", "von", "der", "bin", "al", "el", "ibn", "wa"})
# Entity labels whose whole span the entity rules have judged (a known name there is taken there).
JUDGED_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _name_word(tokens: DocView, at: list[Match | None], i: int) -> bool:
    """A capitalised proper noun that no dictionary entry but a city's name claims."""
    text, m = tokens.texts[i], at[i]
    return (tokens.propn[i] and text[:1].isupper() and any(c.isalpha() for c in text)
            and (m is None or m.entries[0].kind == "city"))


def _joins(tokens: DocView, at: list[Match | None], j: int) -> bool:
    """A hyphen inside a name ("Akufo-Addo") or a particle before a name word ("bin Salman")."""
    n = len(tokens.texts)
    if j + 1 >= n or not _name_word(tokens, at, j + 1):
        return False
    if tokens.texts[j] == "-":
        return not tokens.spaces[j - 1] and not tokens.spaces[j]
    return tokens.texts[j] in PARTICLES


def _run_end(tokens: DocView, at: list[Match | None], i: int, longest: int) -> int | None:
    """Where the run of name words from ``i`` ends, or ``None`` if it is longer than any name
    opening with word ``i`` could be (two tokens a word, for hyphens and particles)."""
    n, j = len(tokens.texts), i + 1
    while j < n and (_name_word(tokens, at, j) or _joins(tokens, at, j)):
        j += 1
        if j - i > 2 * longest:
            return None
    return j


def _entities_allow(tokens: DocView, start: int, end: int) -> bool:
    """No entity crosses the run's edges, and the run is not a whole organisation or place."""
    for ent in tokens.ents:
        if ent.end <= start or ent.start >= end:
            continue
        if ent.start < start or ent.end > end:
            return False  # a piece of a longer name: "the Paul Kagame Foundation"
        if ent.start == start and ent.end == end and ent.label_ in JUDGED_LABELS:
            return False
    return True


def _common_word(tokens: DocView, i: int) -> bool:
    """Whether a one-word name may be a common word here: inside an entity of any kind, written
    in lower case elsewhere in the document, or opening a sentence other than as its subject
    ("Hope faded", "Bush fires spread")."""
    if tokens.ent_types[i] or tokens.texts[i].lower() in tokens.texts:
        return True
    return bool(tokens.doc[i].is_sent_start) and tokens.deps[i] not in SUBJECTS


def untagged_known_names(tokens: DocView, at: list[Match | None], persons: PersonTable,
                         day: dt.date | None, covered: set[int]) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` of known office holders' names outside ``covered``."""
    out: list[tuple[int, int]] = []
    resume = 0
    for i, propn in enumerate(tokens.propn):
        if not propn or i < resume or i in covered:
            continue
        longest = persons.starts(tokens.texts[i])
        if not longest:
            if _lone_leader_surname(tokens, at, persons, day, covered, i):
                out.append((i, i + 1))  # "Kenyatta met ...": the one leader in office so named
            continue
        if not _name_word(tokens, at, i):
            continue
        if i > 0 and _name_word(tokens, at, i - 1):
            continue  # inside a longer run of names, which is not this person's name
        end = _run_end(tokens, at, i, longest)
        if end is None:
            continue
        resume = end
        if any(k in covered for k in range(i, end)) or not _entities_allow(tokens, i, end):
            continue
        if end - i == 1 and _common_word(tokens, i):
            continue
        if persons.in_office(tokens.span_text(i, end), day) is not None:
            out.append((i, end))
    return out


def _lone_leader_surname(tokens: DocView, at: list[Match | None], persons: PersonTable, day: dt.date | None,
                         covered: set[int], i: int) -> bool:
    """Whether the word at ``i`` alone, no name word on either side, is the surname of the one
    leader in office on ``day`` so named (with the one-word rules above: never a common word)."""
    if persons.by_surname(tokens.texts[i], day) is None:
        return False  # a dictionary look-up first: most proper nouns are no leader's surname
    if not _name_word(tokens, at, i) or (i > 0 and _name_word(tokens, at, i - 1)):
        return False
    if i + 1 < len(tokens.texts) and _name_word(tokens, at, i + 1):
        return False
    return not _common_word(tokens, i) and _entities_allow(tokens, i, i + 1)
