"""Actors named by a name of several places ("Congo's army") take the place the story means.

The dictionaries code such a name one way: a bare "Congo" is the Republic of the Congo (COG,
Brazzaville), yet since 1997, when Zaire took its old name back, "Congo" alone in the news is
mostly the Democratic Republic of the Congo (COD, Kinshasa), as it was from 1960 to 1971. So an
actor whose country is one candidate of an ambiguous name, and that the text names only by the
bare name, is re-read from the whole article by the one resolver of such names,
:func:`newsevents.places.ambiguous.by_story`: the places, people and full names of each
candidate that the article writes elsewhere (``ambiguous.tsv``'s cues: Kinshasa, Goma, Kabila
against Brazzaville, Pointe-Noire, Sassou Nguesso), else the candidate the article's date makes
the default (COG while the other state was called Zaire, COD otherwise). An actor the text names
by one of its own candidate's cues ("the Republic of Congo") is never moved, and a name whose
candidates have no cues and no dates (Georgia, Niger) moves no one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc

from newsevents.nlp.sentences import doc_text, sentence_of, span_text
from newsevents.places import ambiguous
from newsevents.records import Actor, ActorMention


def _country(code: str) -> str | None:
    """The country of a candidate: itself, the US for a state, none for a natural feature."""
    if code == ambiguous.FEATURE:
        return None
    return "USA" if code.startswith("US-") else code


@functools.cache
def _bare_patterns() -> tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]:
    """(name, pattern of the bare name, its candidates' countries) of each name of several countries."""
    out = []
    for key in ambiguous.table():
        countries = frozenset(c for code in ambiguous.candidates(key) if (c := _country(code)) is not None)
        if len(countries) > 1:
            out.append((key, re.compile(rf"\b{re.escape(key.title())}(?:'s|’s)?\b"), countries))
    return tuple(out)


def _bare(pattern: re.Pattern[str], name: str, country: str, *texts: str) -> bool:
    """Whether a mention's texts name it by the bare name alone, not by its candidate's own cues."""
    named = any(pattern.search(t) for t in texts)
    return named and not any(ambiguous.named_by_cue(name, t, country) for t in texts)


def resolve_ambiguous_actors(doc: Doc, day: dt.date | None, mentions: list[ActorMention],
                             actors: list[Actor]) -> None:
    """Move actors coded by a bare ambiguous name to the candidate the story means (in place)."""
    text: str | None = None
    for name, pattern, countries in _bare_patterns():
        moved = {i for i, a in enumerate(actors)
                 if a.country in countries and (_bare(pattern, name, a.country, a.text, a.name)
                                                or _placed_by_bare(doc, pattern, name, a, i, mentions))}
        if not moved:
            continue
        moved |= _owned_by_moved(actors, moved, countries)
        text = doc_text(doc) if text is None else text
        chosen = _country(ambiguous.by_story(name, text, day) or ambiguous.FEATURE)
        if chosen is None or chosen not in countries:
            continue
        for i in moved:
            actor = actors[i]
            if actor.country != chosen:
                old = actor.country
                actor.country, actor.code = chosen, _recode(actor.code, old, chosen)
                for m in mentions:
                    if m.entity == i and m.country == old:
                        m.country, m.code = chosen, _recode(m.code, old, chosen)


def _owned_by_moved(actors: list[Actor], moved: set[int], countries: frozenset[str]) -> set[int]:
    """The bodies that took a candidate's country from a possessor ("Tshisekedi ... *his army*"),
    when every other actor of that country moves: their owner is one of the moved, so they move
    with it (a body is coded while its owner's country is still the dictionary's reading)."""
    owned = {i for i, a in enumerate(actors) if i not in moved and a.rule == "possessor" and a.country in countries}
    staying = {a.country for i, a in enumerate(actors) if i not in moved and i not in owned}
    return {i for i in owned if actors[i].country not in staying}


# Rules of an actor whose country its sentence gave (:mod:`newsevents.actors.context`).
PLACED_RULES = frozenset({"context-country", "role-place"})


def _placed_by_bare(doc: Doc, pattern: re.Pattern[str], name: str, actor: Actor, index: int,
                    mentions: list[ActorMention]) -> bool:
    """Whether an actor took its country from a sentence that names the place by the bare name
    ("Congo's government invited the exiles home": the exiles are the government's country, however
    the story resolves "Congo")."""
    if actor.rule not in PLACED_RULES or actor.country is None:
        return False
    first = next((m for m in mentions if m.entity == index and m.start < len(doc)), None)
    if first is None:
        return False
    sentence = span_text(sentence_of(doc[first.start]))
    return _bare(pattern, name, actor.country, sentence)


def _recode(code: str | None, old: str | None, new: str) -> str | None:
    return None if code is None or old is None else new + code[3:] if code.startswith(old) else code
