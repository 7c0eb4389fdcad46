"""First-level divisions of every country ("Borno", "Helmand", "Kasai"), from ``admin1.tsv``.

The table (ISO 3166-2 as Debian's iso-codes ships it, see its header) lists each division with
its kind. A name that is not an English word matches alone ("Borno", "Anbar"); every name also
matches with its kind after it ("Borno State", "Delta State", "Helmand province"), which is how
news prints the divisions whose names are words. A name several countries use ("Punjab",
"Central") is a set of candidates, which the article's context decides (as ``ambiguous.tsv``'s
names are decided). US states are not here: :mod:`newsevents.places.gazetteer` has them.

Divisions come after countries, cities and landmarks: a name that is a city too stays the city.
"""

from __future__ import annotations

import functools
from pathlib import Path

# Words news writes after a division's name, whatever its official kind.
_KIND_WORDS = ("state", "province", "region", "governorate", "county", "district", "department",
               "prefecture")


def _key(name: str) -> str:
    return " ".join(name.strip().lower().removeprefix("the ").split()).strip(" .,")


@functools.cache
def divisions() -> dict[str, tuple[str, ...]]:
    """ISO3 codes of the countries whose division has each name key, bare or with its kind."""
    path = Path(__file__).with_name("admin1.tsv")
    own: dict[str, set[str]] = {}  # the name bare, or with its own kind ("Plateau State")
    loose: dict[str, set[str]] = {}  # the name with another kind word ("Helmand region")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        iso3, _, name, kind, bare = line.split("\t")
        if iso3 == "USA":
            continue
        key = _key(name)
        for form in ([key] if bare == "1" else []) + [f"{key} {kind.lower()}"]:
            own.setdefault(form, set()).add(iso3)
        for word in _KIND_WORDS:
            loose.setdefault(f"{key} {word}", set()).add(iso3)
    # A division's own kind names it before a loose kind word names another's: "Plateau State"
    # is Nigeria's state, not Benin's Plateau department.
    found = {**loose, **own}
    return {key: tuple(sorted(codes)) for key, codes in found.items()}


def division_countries(name: str) -> tuple[str, ...]:
    """The countries that have a first-level division of this name (empty if none)."""
    return divisions().get(_key(name), ())
