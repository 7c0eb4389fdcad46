"""Offices that belong to one state wherever the story is: "the Pope" is the Vatican's.

A bare title takes its country from its words, its place or the story (:mod:`newsevents.actors.context`,
:mod:`newsevents.story.context`). A few offices exist in one state only, so none of that applies:
"the Pope condemned the attack" in a story from Nairobi is the Holy See's (VATREL), not a Kenyan
cleric. :data:`OFFICE_COUNTRIES` lists them; a title with an adjective of another church ("the
Coptic Pope") is left alone.
"""

from __future__ import annotations

from newsevents.actors.coding import Coded

# Offices held in one state only, by role (lower case) -> that state's code.
OFFICE_COUNTRIES = {"pope": "VAT", "pontiff": "VAT"}
# Words before the title that make it another church's office ("the Coptic Pope").
OTHER_CHURCHES = frozenset({"coptic", "orthodox", "alexandrian"})


def office_country(coded: Coded, words: list[str]) -> Coded | None:
    """The coding of a title whose office belongs to one state (see the module doc), or ``None``.

    ``words`` are the mention's words, lower case."""
    if coded.country is not None or coded.kind != "person" or coded.role is None:
        return None
    country = OFFICE_COUNTRIES.get(coded.role.lower())
    if country is None or OTHER_CHURCHES & set(words):
        return None
    sector = coded.sector or ""
    return Coded(country + sector, country, coded.sector, coded.kind, coded.rule, coded.role)
