"""Names that bodies of several countries bear: which country's body a story means.

``orgs.tsv`` marks such a name in its code cell (read by :func:`newsevents.actors.lexicon.org_code`),
in one of two ways, and this module answers "this name is not one country's: whose is it here?"
for both:

1. **Known in a few countries, none first** ("COLREB|MKDREB|BOLREB", the National Liberation Army;
   "USAMIL|KORMIL|PAKMIL", the Joint Chiefs of Staff). The finder gives the name no country (rule
   ``org-ambiguous``); the story rules (``story/context._place_shared_name``) give it the one
   principal country of the story among :func:`known_countries`, and else none: the sentence's
   country is no evidence for it.
2. **One country's, but any country may have one** ("USAPTY|*", the Republican and Democratic
   Parties; "GBRGOV|*", the Foreign and Home Offices). The finder codes the first country's body,
   as most stories mean it. Yet Armenia's ruling party was the Republican Party, Pakistan's foreign
   ministry is the Foreign Office, and "the opposition National Democratic Party" of Ghana holds the
   words "Democratic Party": the fresh-news census of session 23 found Armenia's ruling party coded
   ``USAPTY``, Pakistan's Foreign Office ``GBRGOV``, and Ghana's electoral commission ``USAGOV``
   (its sentence's party pulled it to the United States). So :func:`localise_shared_names`: in a
   story with one principal country (:mod:`newsevents.story.context`), an actor whose country is
   the one such a name binds, in a sentence that holds the name, takes the story's country when the
   article names the bound country nowhere: no country name, demonym or capital, and no institution
   or person of that country by a name of its own ("Congress", "the White House"); the country then
   came from the shared name alone. A story that names the United States anywhere ("U.S.
   senators", "Washington", "Republicans in Congress") keeps its Republicans American.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from newsevents.actors.lexicon import (
    data_path,
    lexicon,
    org_code,
    read_table,
    shared_countries,
    split_names,
    tokenizer_split,
)
from newsevents.nlp.sentences import doc_text, sentence_of, span_text
from newsevents.records import Actor, ActorMention
from newsevents.story.named_countries import text_countries


def known_countries(name: str) -> tuple[str, ...]:
    """The countries whose bodies are called ``name`` (first way: an orgs.tsv row of several codes),
    or whose body opens it: a title on a shared name ("Sinn Fein leader Gerry Adams") is the body's."""
    tokens = tokenizer_split()(name)
    for end in range(len(tokens), 0, -1):
        for entry in lexicon().lookup(tokens[:end]):
            countries = shared_countries(entry.code)
            if countries:
                return countries
    return ()


@functools.lru_cache(maxsize=1)
def _region_patterns() -> dict[str, re.Pattern[str]]:
    """Country -> a pattern of the names of its regions (``regions.tsv``: "Northern Ireland")."""
    names: dict[str, list[str]] = {}
    for _, row in read_table(data_path("regions.tsv")):
        names.setdefault(row["iso3"], []).extend([row["name"], *split_names(row["aliases"])])
    return {country: re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(set(found), key=len, reverse=True)))
                                + r")\b")
            for country, found in sorted(names.items())}


def region_country(text: str, countries: list[str]) -> str | None:
    """The one country of ``countries`` a region of which ``text`` names: a party of two countries
    ("Sinn Fein", of Ireland and of Northern Ireland) in a story of both that names "Northern
    Ireland" is the party there. ``None`` when the text names regions of none or of several."""
    patterns = _region_patterns()
    named = [c for c in countries if c in patterns and patterns[c].search(text)]
    return named[0] if len(named) == 1 else None


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The country a name of the second way binds -> a pattern of its names ("Republicans")."""
    names: dict[str, list[str]] = {}
    for _, row in read_table(data_path("orgs.tsv")):
        code, anywhere = org_code(row["code"])
        if anywhere:
            names.setdefault(code[:3], []).extend([row["name"], *split_names(row["aliases"])])
    return {country: re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(set(found), key=len, reverse=True)))
                                + r")\b")
            for country, found in sorted(names.items())}


def localise_shared_names(doc: Doc, countries: list[str], mentions: list[ActorMention],
                          actors: list[Actor]) -> None:
    """Give the story's one country to the actors a shared name of the second way coded as
    another's (in place)."""
    if len(countries) != 1:
        return
    home = countries[0]
    text = doc_text(doc)
    for bound, pattern in _patterns().items():
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
