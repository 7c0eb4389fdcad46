"""Institutions named by a name that many countries share take the story's country.

The dictionaries bind a few generic names of institutions to one country: "the Republican Party"
and "the Democratic Party" (and "Republicans", "Democrats") to the United States, "the Foreign
Office" and "the Home Office" to Britain. Yet Armenia's ruling party was the Republican Party,
Pakistan's foreign ministry is the Foreign Office, and "the opposition National Democratic Party"
of Ghana holds the words "Democratic Party": the fresh-news census of session 23 found Armenia's
ruling party coded ``USAPTY``, Pakistan's Foreign Office ``GBRGOV``, and Ghana's electoral
commission ``USAGOV`` (its sentence's party pulled it to the United States).

So in a story with one principal country (:mod:`newsevents.story.context`), an actor whose country
is the one a shared name binds, in a sentence that holds such a name, takes the story's country
when the article names that other country nowhere: no country name, demonym or capital, and no
institution or person of that country by a name of its own ("Congress", "the White House"); the
country then came from the shared name alone. A story that names the United States anywhere
("U.S. senators", "Washington", "Republicans in Congress") keeps its Republicans American.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.nlp.sentences import doc_text, sentence_of, span_text
from newsevents.records import Actor, ActorMention
from newsevents.story.named_countries import text_countries

#: Names of institutions that several countries have, and the country the dictionaries bind them to.
SHARED_NAMES: dict[str, str] = {
    "Republican Party": "USA", "Republicans": "USA", "Democratic Party": "USA", "Democrats": "USA",
    "Foreign Office": "GBR", "Home Office": "GBR",
}
_PATTERNS = {country: re.compile(r"\b(?:" + "|".join(re.escape(n) for n, c in SHARED_NAMES.items() if c == country)
                                 + r")\b")
             for country in set(SHARED_NAMES.values())}


def localise_shared_names(doc: Doc, countries: list[str], mentions: list[ActorMention],
                          actors: list[Actor]) -> None:
    """Give the story's one country to the actors a shared name coded as another's (in place)."""
    if len(countries) != 1:
        return
    home = countries[0]
    text = doc_text(doc)
    for bound, pattern in _PATTERNS.items():
        if bound == home or not pattern.search(text) or bound in text_countries(pattern.sub(" ", text)) \
                or any(_names_own_country(m, bound, pattern) for m in mentions):
            continue
        moved = {m.entity for m in mentions
                 if m.country == bound and m.entity >= 0 and m.start < len(doc)
                 and pattern.search(span_text(sentence_of(doc[m.start])))}
        for i in moved:
            actor = actors[i]
            actor.country, actor.code, actor.country_rule = home, _recode(actor.code, bound, home), "story"
        for m in mentions:
            if m.entity in moved and m.country == bound:
                m.country, m.code = home, _recode(m.code, bound, home)


#: Rules of a mention named by its own dictionary name ("Congress", "the White House", a person).
OWN_NAME_RULES = frozenset({"org", "metonym", "persons-table"})


def _names_own_country(mention: ActorMention, bound: str, pattern: re.Pattern[str]) -> bool:
    """Whether a mention names the bound country by a name of its own ("the White House", "Congress"):
    the country is then the story's too, and the shared name keeps it. A news outlet ("an interview
    with VOA") names where the story was told, not whom it is about."""
    return (mention.country == bound and mention.rule in OWN_NAME_RULES and mention.sector != "MED"
            and not pattern.search(mention.text) and not pattern.search(mention.name))


def _recode(code: str | None, old: str, new: str) -> str | None:
    return new + code[3:] if code is not None and code.startswith(old) else code
