"""Words the entity recogniser glues to the front of a name that are no part of it.

At a sentence's start, a capitalised hedge or description before a group's name is often taken
into the entity: "Suspected al-Shabab militants", "Alleged ISIS fighters", "Masked gunmen", "Jailed Belarusian
activists".
The name then reads as a person's ("Suspected al-Shabab") and hides the group the dictionaries
know. These words describe the doers, they never begin a name, so they are cut off.
"""

from __future__ import annotations

from collections.abc import Sequence

# Hedges and descriptions of doers that news puts before a group's name (lower case, as normed).
LEADING_WORDS = frozenset({"suspected", "alleged", "presumed", "apparent", "armed", "masked", "unidentified",
                           "unknown", "rival", "heavily", "islamist", "jihadist", "militant", "hardline",
                           "radical", "self-styled", "so-called", "renegade", "breakaway",
                           # the doers' plight or mood ("Jailed Belarusian activists", "Angry Kenyan traders")
                           "jailed", "imprisoned", "detained", "exiled", "angry", "striking"})


def leading_hedges(normed: Sequence[str], start: int, end: int) -> int:
    """The first index of ``start:end`` past the hedge words at its front (``start`` if none)."""
    while start < end - 1 and normed[start] in LEADING_WORDS:
        start += 1
    return start
