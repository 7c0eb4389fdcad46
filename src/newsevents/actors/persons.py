"""Known persons and the offices they held, with dates: who was what on the article's date.

``data/persons.tsv`` has one row per role: ``name, aliases (|-separated), nationality (ISO3),
code (the role's CAMEO code), role (free text, e.g. "Premier of China"), start, end`` with dates
as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and an empty ``end`` for an office still held. A
person known to the table but out of office on the date is coded as an elite of their country
(``BLRELI``): a former official still acts with the weight of the office. A country is never
given for a date before its state existed (``STATE_FOUNDED``): Salva Kiir in 2006 was Sudan's
first vice president, and before that no South Sudanese elite; with no office of an existing
state on the date, the person is left without a code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsevents.actors.lexicon import read_table, split_names
from newsevents.errors import DataFileError
from newsevents.nlp.docview import norm

# The offices of a state's leaders (a persons-table role title), whose holders a lone surname names.
LEADER_TITLES = re.compile(r"(?:Acting )?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|"
                           r"Supreme Leader|Head of State|Chairman of the Presidential Council)$")

#: Country codes of the older CAMEO dictionaries (Phoenix, TABARI) that differ from the ISO 3166 code
#: newsevents writes: East Timor was TMP, Kosovo KOS or KSV, Romania ROM, Zaire ZAR, Japan JAP.
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "KOS": "XKX", "KSV": "XKX", "ROM": "ROU", "TMP": "TLS", "ZAR": "COD"}


def iso_code(code: str) -> str:
    """``code`` with a legacy country prefix replaced by its ISO 3166 code (``TMPGOV`` -> ``TLSGOV``)."""
    head = LEGACY_COUNTRY_CODES.get(code[:3])
    return head + code[3:] if head else code


#: States founded in the period the tables cover, with the day they became independent: a code of
#: one of them on an earlier date names a country that did not exist yet.
STATE_FOUNDED = {
    "ERI": dt.date(1993, 5, 24),
    "TLS": dt.date(2002, 5, 20),
    "MNE": dt.date(2006, 6, 3),
    "SSD": dt.date(2011, 7, 9),
}


def existed_on(country: str, day: dt.date) -> bool:
    """Whether the state ``country`` (ISO3) existed on ``day`` (as far as :data:`STATE_FOUNDED` knows)."""
    founded = STATE_FOUNDED.get(country)
    return founded is None or founded <= day


@dataclass(frozen=True, slots=True)
class Role:
    """One office held from ``start`` to ``end`` (``None``: still held)."""

    code: str
    title: str
    start: dt.date | None
    end: dt.date | None

    def __reduce__(self) -> tuple[type[Role], tuple[str, str, dt.date | None, dt.date | None]]:
        return Role, (self.code, self.title, self.start, self.end)  # fast loading, see Entry

    def held_on(self, day: dt.date) -> bool:
        """Whether the office was held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A known person: their name, nationality and offices."""

    name: str
    nationality: str
    roles: tuple[Role, ...]
    aliases: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type[Person], tuple[str, str, tuple[Role, ...], tuple[str, ...]]]:
        return Person, (self.name, self.nationality, self.roles, self.aliases)  # fast loading, see Entry

    def role_on(self, day: dt.date | None) -> Role | None:
        """The office held on ``day`` (today if ``None``), the most recently begun if several."""
        day = day or dt.date.today()
        held = [r for r in self.roles if r.held_on(day) and existed_on(r.code[:3], day)]
        if not held:
            return None
        return max(held, key=lambda r: r.start or dt.date.min)

    def country_on(self, day: dt.date | None) -> str | None:
        """The person's nationality, unless their state did not exist yet on ``day``."""
        return self.nationality if existed_on(self.nationality, day or dt.date.today()) else None

    def code_on(self, day: dt.date | None) -> tuple[str, str, str]:
        """``(code, rule, role title)`` on ``day``: the office's code, or the country's elite code;
        the code is empty when the person's country did not exist yet on ``day``."""
        role = self.role_on(day)
        if role is not None:
            return role.code, "persons-table", role.title
        country = self.country_on(day)
        return (f"{country}ELI" if country else ""), "persons-table-former", ""


def parse_bound(text: str, *, end: bool) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first (or, with ``end``, last) day it covers."""
    text = text.strip()
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], last if end else 1)
    return dt.date(parts[0], parts[1], parts[2])


class PersonTable:
    """Known persons, looked up by any of their names."""

    def __init__(self, persons: list[Person], names: dict[str, list[int]]) -> None:
        self.persons = persons
        self._names = names
        # Who held an office of each country (the first three letters of its code), in table
        # order: holders() for a few countries need not read every person's offices.
        self._by_country: dict[str, list[int]] = {}
        for index, person in enumerate(persons):
            for prefix in dict.fromkeys(role.code[:3] for role in person.roles):
                self._by_country.setdefault(prefix, []).append(index)
        # The longest name (in words) that starts with each first word: a run of words in a text
        # is looked up only where its first word opens a known name (see ``starts``).
        # The leaders' surnames for by_surname(), built here rather than on its first call: the
        # table is built once and kept on disk (newsevents.diskcache), so a worker process no
        # longer normalises 19,000 names at start-up (about 0.2 s of each worker's start).
        self._surnames = _surname_index(persons)
        self._first_words: dict[str, int] = {}
        for key in names:
            words = key.split()
            self._first_words[words[0]] = max(self._first_words.get(words[0], 0), len(words))

    def __len__(self) -> int:
        return len(self.persons)

    def find(self, name: str, day: dt.date | None = None) -> Person | None:
        """The person called ``name``; if several share it, one in office on ``day`` first."""
        found = [self.persons[i] for i in self._indexes(name)]
        if not found:
            return None
        in_office = [p for p in found if p.role_on(day) is not None]
        return (in_office or found)[0]

    def _indexes(self, name: str) -> list[int]:
        """The positions of the persons called ``name``; a name the table does not hold is tried
        again without its middle initials ("Ruth A. Okafor", "Paul D. Marsh Jr."): the
        table keeps names as they are most often written, and US papers add the initial."""
        key = name_key(name)
        found = self._names.get(key)
        if found is None and (bare := without_initials(key)) != key:
            found = self._names.get(bare)
        return found or []

    def starts(self, word: str) -> int:
        """How many words the longest known name opening with ``word`` has (0: none opens so)."""
        return self._first_words.get(name_key(word), 0)

    def in_office(self, name: str, day: dt.date | None) -> Person | None:
        """The person called exactly ``name`` who held an office on ``day``, if any."""
        for i in self._indexes(name):
            if self.persons[i].role_on(day) is not None:
                return self.persons[i]
        return None

    def by_surname(self, word: str, day: dt.date | None) -> Person | None:
        """The one head of state or government in office on ``day`` whose full name ends with
        ``word`` ("Kenyatta" in 2016: Uhuru Kenyatta); ``None`` when none or several do. Only
        leaders: a lone surname in the news is a leader's far more often than a minister's."""
        if day is None:
            return None
        found = [self.persons[i] for i in self._surnames.get(name_key(word), ())
                 if (role := self.persons[i].role_on(day)) is not None and LEADER_TITLES.match(role.title)]
        return found[0] if len(found) == 1 else None

    def holders(self, day: dt.date | None, countries: Iterable[str] | None = None) -> list[tuple[Person, Role]]:
        """Everyone in office on ``day``, with the office, in table order.

        With ``countries`` (ISO3 codes), only those who ever held an office whose code starts
        with one of them; the office held on ``day`` may still be another country's.
        """
        if countries is None:
            people = self.persons
        else:
            picked = sorted({i for country in countries for i in self._by_country.get(country, ())})
            people = [self.persons[i] for i in picked]
        out = []
        for person in people:
            role = person.role_on(day)
            if role is not None:
                out.append((person, role))
        return out


def _surname_index(persons: list[Person]) -> dict[str, list[int]]:
    """The positions in ``persons`` of the people whose full name (of two words or more) ends with
    each surname of more than three letters, in table order."""
    surnames: dict[str, list[int]] = {}
    for index, person in enumerate(persons):
        words = name_key(person.name).split()
        if len(words) > 1 and len(words[-1]) > 3:
            surnames.setdefault(words[-1], []).append(index)
    return surnames


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The form names are compared in: normalised, hyphens and dots as spaces, single spaces.

    Cached: every entity of every article is looked up in the persons table by this key.
    """
    return " ".join(norm(name).replace("-", " ").replace(".", " ").split())


def without_initials(key: str) -> str:
    """A name key (:func:`name_key`) less the one-letter words between its first and last word
    ("steven t mnuchin" -> "steven mnuchin"); a first or last initial ("j k rowling") is kept."""
    words = key.split()
    if len(words) < 3:
        return key
    return " ".join([words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]])


def default_path() -> Path:
    """Where the shipped persons table lives."""
    return Path(str(resources.files("newsevents.actors") / "data" / "persons.tsv"))


@functools.lru_cache(maxsize=4)
def load_persons(path: Path | None = None) -> PersonTable:
    """The persons table at ``path`` (default: the shipped one); empty if the file does not exist."""
    path = path or default_path()
    if not path.exists():
        return PersonTable([], {})
    rows: dict[tuple[str, str], list[Role]] = {}
    aliases: dict[tuple[str, str], set[str]] = {}
    for number, row in read_table(path):
        try:
            role = Role(row["code"].strip(), row["role"].strip(),
                        parse_bound(row["start"], end=False), parse_bound(row["end"], end=True))
        except (KeyError, ValueError) as exc:
            message = f"bad role row ({exc}); dates are YYYY, YYYY-MM or YYYY-MM-DD"
            raise DataFileError(str(path), number, message) from exc
        key = (row["name"].strip(), row["nationality"].strip())
        rows.setdefault(key, []).append(role)
        aliases.setdefault(key, set()).update(split_names(row.get("aliases", "")))
    persons: list[Person] = []
    names: dict[str, list[int]] = {}
    for (name, nationality), roles in rows.items():
        index = len(persons)
        persons.append(Person(name, nationality, tuple(roles), tuple(sorted(aliases[(name, nationality)]))))
        for alias in {name, *aliases[(name, nationality)]}:
            bucket = names.setdefault(name_key(alias), [])
            if index not in bucket:
                bucket.append(index)
    return PersonTable(persons, names)
