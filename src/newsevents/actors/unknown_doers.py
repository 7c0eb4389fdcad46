"""Doers the news says nobody has identified: "unidentified gunmen", "unknown militants".

An attacker the text calls unidentified, unknown or unnamed is, by the text's own word, no known
side: neither a country's rebels nor any group the story names. The dictionaries code some of
these phrases as rebels ("unidentified gunmen" is REB in Phoenix) and the context rules then
give them the country where they struck ("Unidentified gunmen killed three policemen in
Quetta": PAKREB), while bare "gunmen" stay UAF with no country. Both are coded the same way
here: an armed group with such a word and no country of its own name is UAF, with no country.
A group whose own name is in the phrase ("unidentified Taliban fighters") keeps its code: the
name's country is not a guess (its rule is ``org``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.actors.coding import Coded

# Words that say nobody knows who the doers are ("masked" hides faces, not always the side).
UNKNOWN_WORDS = frozenset({"unidentified", "unknown", "unnamed", "unidentifed"})
# Armed sectors a dictionary or a context guess gives to people with guns.
ARMED_SECTORS = frozenset({"REB", "INS", "UAF"})
# Rules of codes that come from a role word or a guess, not from a group's own name.
GUESSED_RULES = frozenset({"role", "title", "context-country"})


def unknown_doer(words: Sequence[str], coded: Coded) -> Coded | None:
    """The code of an armed group the phrase ``words`` (lower case) calls unidentified, else None."""
    if coded.sector not in ARMED_SECTORS or coded.rule not in GUESSED_RULES:
        return None
    if not UNKNOWN_WORDS.intersection(words):
        return None
    if coded.code == "UAF" and coded.country is None:
        return None
    return Coded("UAF", None, "UAF", coded.kind, "role", coded.role)

