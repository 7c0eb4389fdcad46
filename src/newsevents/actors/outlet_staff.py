"""A reporter who files the story is the outlet's, not the story's country's.

"Correspondent Taurai Shava filed a report from Gweru", "he tells reporter Joe De Capua": a news
outlet's own reporter, named as the one who reports or is told, works for the outlet, and the
story's country (Zimbabwe) is only where the reporter is. Such a reporter whose country came from
the story or a place (not from their own words, as "VOA reporter X" or "a Zimbabwean reporter")
takes the country of the one outlet the text names by its own name (VOA's: USA); with no outlet
named, or outlets of several countries, the guess is left as it was. A reporter the story acts on
("police arrested reporter X") is not touched: only the reporter of a verb of reporting or telling.
Called once per article after the story's countries are given.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.records import Actor, ActorMention

#: Titles of the outlet's own newsmen.
REPORTER_ROLES = frozenset({"reporter", "correspondent"})
#: Verbs whose subject or object reporter is the outlet's: "X reports", "tells reporter X".
REPORTING_LEMMAS = frozenset({"report", "tell", "file", "speak", "talk"})
#: Country rules that are a guess from around the actor, not its own words.
GUESSED_RULES = frozenset({"story", "nearby", "place"})
MEDIA = "MED"


def outlet_country(actors: list[Actor]) -> str | None:
    """The one country of the outlets the text names by their own words ("VOA", "VOA reporter X")."""
    countries = {a.country for a in actors if a.sector == MEDIA and a.country
                 and a.country_rule in ("modifier", "name")}
    return next(iter(countries)) if len(countries) == 1 else None


def _reporting(token: Token) -> bool:
    """Whether a reporter's name hangs on a verb of reporting or telling: its own verb, or the
    verb of the preposition it hangs on ("speaking to reporter X"); the first verb up decides."""
    for step in (token.head, token.head.head):
        if step.pos_ in ("VERB", "AUX"):
            return step.lemma_.lower() in REPORTING_LEMMAS
    return False


def give_outlet_country(doc: Doc, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Give the outlet's country to its reporters guessed to be of the story's country (in place)."""
    candidates = [i for i, a in enumerate(actors)
                  if a.sector == MEDIA and a.kind == "person" and (a.role or "").lower() in REPORTER_ROLES
                  and a.country_rule in GUESSED_RULES | {None}]
    if not candidates:
        return
    country = outlet_country(actors)
    if country is None:
        return
    for index in candidates:
        first = next((m for m in mentions if m.entity == index and m.end <= len(doc)), None)
        if first is None or not _reporting(doc[first.end - 1]):
            continue
        actor = actors[index]
        old = actor.country
        actor.country, actor.code, actor.country_rule = country, country + MEDIA, "outlet"
        for m in mentions:
            if m.entity == index and m.country == old:
                m.country, m.code = country, country + MEDIA
