"""A trip to a third-country venue is no visit to that country.

"The Kenyan president wrapped up talks in Brussels, where he attended a meeting of NATO
ministers", "the Ghanaian foreign minister is now in Geneva for discussions with the Russian
foreign minister": the trip's purpose is a meeting with a third party (a partner of another
country, or an international body's meeting), and Belgium or Switzerland only lends the room.
The venue's host side (043) was already left out (:func:`newsevents.events.frame_senses.third_country_venue`);
the visitor's side (042 to the venue) goes too, as long as the venue's own country takes no part:
no actor of that country other than the venue itself is named in the sentence ("in Geneva for
talks with Lavrov and the Swiss president" stays a visit to Switzerland).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.frame_senses import third_country_venue
from newsevents.events.matching import Match
from newsevents.events.meetings_abroad import hosted_visit
from newsevents.records import ActorMention


def venue_only_visit(code: str, kind: str, match: Match, source: ActorMention | None,
                     target: ActorMention | None) -> bool:
    """Whether the visit ``code`` (042) of ``source`` to the place ``target`` only names the venue
    of a meeting with a third party, in which the venue's country takes no part."""
    doc = match.token.doc
    if not hosted_visit(code, kind, source, target, doc) or not third_country_venue(match, source, target):
        return False
    assert target is not None  # hosted_visit holds only for a known target
    return not _venue_country_named(doc, match, target)


def _venue_country_named(doc: Doc, match: Match, venue: ActorMention) -> bool:
    """Whether the sentence of ``match`` names an actor of the venue's country besides the venue."""
    sent = match.token.sent
    return any(m.country == venue.country and m.start != venue.start and sent.start <= m.start < sent.end
               for m in doc._.ne_mentions or [] if m.code)
