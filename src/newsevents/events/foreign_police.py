"""Restraint: no implied police of the story's country where the paragraph names another's.

An arrest with no doer is coded, as CAMEO coders do, as one by the police of the country it
happens in, which the coder takes from the place in the clause, from the held people's home, or
else from the story's principal country (:mod:`~newsevents.events.implied_actors`). The last two
guesses fail where the paragraph has already named the police of another country: "Palau's police
shot a Chinese fisherman ... Five Chinese fishermen were arrested after." is Palau's arrest, not
one by the police of Myanmar, the country an earlier item of the same news roundup was about.
Which police made the arrest the clause does not say; the paragraph says it was not the story
country's alone, so no doer is guessed (the event is left out, as for any unknown doer).

The rule reads actor mentions only: a mention of police (sector ``COP``) of a country other than
the guessed one, with its own country (not itself a guess), earlier in the same paragraph. An
arrest whose own sentence names a place of the guessed country keeps its police ("Kenyan police
fired tear gas ... In Kampala, 20 were arrested" is Uganda's arrest).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.nlp.docview import made_text
from newsevents.records import ActorMention

POLICE_SECTOR = "COP"
PARAGRAPH_BREAK = "\n\n"
# Mentions that place an act ("in Kampala", "in Uganda").
PLACE_KINDS = frozenset({"place", "country", "city", "region"})
# Country rules that are themselves guesses from the story, not words of the text.
GUESSED_PREFIXES = ("coref", "context", "story", "events-implied")


def foreign_police_named(tok: Token, country: str, mentions: Iterable[ActorMention]) -> bool:
    """Whether the paragraph of ``tok``, before it, names police of a country other than ``country``."""
    text = made_text(tok.doc)  # doc.text joins a Token per word on every call
    start = text.rfind(PARAGRAPH_BREAK, 0, tok.idx)
    start = 0 if start < 0 else start
    mentions = list(mentions)
    sent = tok.sent
    if any(sent.start <= m.start < sent.end and m.country == country and m.kind in PLACE_KINDS for m in mentions):
        return False  # "in Kampala, 20 were arrested": the clause's own place says whose police
    for m in mentions:
        if m.start_char < start or m.start >= tok.i:
            continue
        if m.sector == POLICE_SECTOR and m.country and m.country != country \
                and not m.rule.startswith(GUESSED_PREFIXES):
            return True
    return False
