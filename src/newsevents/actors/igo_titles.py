"""Officials of international bodies: kept apart from states' officials, and recalled by their title.

:func:`newsevents.actors.served_bodies.igo_official` codes a bare title "of"/"from"/"for" an
international body as that body ("officials from the EU": IGOEU). Two more readings keep such an
official the body's through the rest of the story (session 15):

- :func:`other_homes`: "Officials from the EU met with Greek officials": the two plurals share a
  word, and coreference joined any bare title to an earlier one whose words it shares, so the EU's
  officials became Greece's and the meeting had one actor. A title coded for an international
  body and one coded for a state (or for another body) are never one actor.
- :func:`recalled_igo`: "UN Secretary-General Ban Ki-moon urged ... *The Secretary-General* also
  condemned ...": a bare, countryless title the story gives elsewhere to an international body's
  holder ("UN envoy X ... *the envoy*"; a headline's "Secretary-General" named in the text below)
  is that body's. Without it the title took the story's country (SYRGOV in a story about Syria).
  The other mentions with that title word must all be the one body's; a state's holder among them
  ("the U.S. envoy") leaves the title alone, and an indefinite one ("a special envoy") is new.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

INTERNATIONAL = "IGO"
RECALL_RULE = "igo-recalled"
RECALLED_TITLES = frozenset({"secretary-general", "secretary general", "envoy", "rapporteur", "mediator",
                             "high commissioner", "special representative"})
"""Titles an international body's holder is named by again, alone ("the Secretary-General", "the
special rapporteur"); the last word (or two) of the title phrase is matched."""
INDEFINITE = frozenset({"a", "an", "another", "one"})
"""Words that bring in a new holder ("a special envoy"), who is not the one named before."""


def igo_home(coded: Coded) -> str | None:
    """Whom a coded actor belongs to: an international body's full code ("IGOUNO"), else its
    country (``None`` when it has neither)."""
    if coded.sector == INTERNATIONAL and coded.code and len(coded.code) > len(INTERNATIONAL):
        return coded.code
    return coded.country


def other_homes(one: Coded, other: Coded) -> bool:
    """Whether two coded titles belong to different owners of which one is an international body
    ("officials" of the EU, "Greek officials"): they are two actors, whatever words they share."""
    first, second = igo_home(one), igo_home(other)
    if first is None or second is None or first == second:
        return False
    return first.startswith(INTERNATIONAL) or second.startswith(INTERNATIONAL)


def _title_key(role: str | None) -> str | None:
    """The recalled title that ends a title's role ("special rapporteur" -> "rapporteur")."""
    words = (role or "").lower().split()
    for size in (2, 1):
        if len(words) >= size and (key := " ".join(words[-size:])) in RECALLED_TITLES:
            return key
    return None


def recalled_igo(finder: Finder, found: Found, words: list[str]) -> Coded | None:
    """The international body a bare, countryless title ("the Secretary-General", the phrase's
    lower-cased ``words``) is given elsewhere in the story, as the title's new coding."""
    coded = found.coded
    if coded.kind != "person" or coded.country is not None or coded.code != coded.sector or found.person_key:
        return None
    if not words or words[0] in INDEFINITE or (key := _title_key(coded.role)) is None:
        return None
    homes = set()
    doc = finder.doc
    for other in finder.found:
        if other is found:
            continue  # before or after: a headline's "Secretary-General" is named in the text below
        text = doc[other.start:other.end].text.lower()
        if key not in text:
            continue
        if (home := igo_home(other.coded)) is not None:  # other bare titles say nothing
            homes.add(home)
    if len(homes) != 1 or not (home := next(iter(homes))).startswith(INTERNATIONAL):
        return None  # none, a state's holder, or two bodies': no guess
    return Coded(home, None, INTERNATIONAL, coded.kind, RECALL_RULE, coded.role)
