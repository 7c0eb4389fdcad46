"""A person named after "his Pakistani counterpart" is that country's official.

"Indian Foreign Secretary S. Jaishankar met his Pakistani counterpart Aizaz Ahmed Chaudhry": the
event coder gives the meeting its two sides (:mod:`newsevents.events.counterparts`), but the person
the words name stayed uncoded when the persons table does not know him, so a later "the two men"
found one coded person, not a pair, and his own acts had no side (session 30's census). A name
that no table or title codes, set right after "counterpart" with a country's adjective, a people's
name or a country before it ("his Pakistani counterpart X", "Pakistan's counterpart, X,"), is
that country's government: a counterpart holds the office of the one he is the counterpart of,
and in the news that is a government's office (leaders, ministers, envoys) far more often than
an army's. A "counterpart" with no country word stays the event coder's to read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

COUNTERPART_NOUNS = frozenset({"counterpart"})
COUNTRY_KINDS = ("country", "adjective", "people")
SECTOR = "GOV"


def counterpart_name(finder: Finder, found: Found) -> Coded | None:
    """The coding of an uncoded person named right after "<country word> counterpart", else ``None``."""
    coded = found.coded
    if coded.kind != "person" or coded.code is not None:
        return None
    doc = finder.doc
    i = found.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1  # "his Pakistani counterpart, Aizaz Ahmed Chaudhry,"
    if i < 1 or doc[i].lemma_.lower() not in COUNTERPART_NOUNS:
        return None
    match = finder.at[i - 1]
    entry = match.first(*COUNTRY_KINDS) if match is not None else None
    if entry is None or not entry.code:
        return None
    return Coded(entry.code + SECTOR, entry.code, SECTOR, coded.kind, "title", "counterpart")
