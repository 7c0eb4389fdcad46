"""The known-persons fact table (actors/data/persons.tsv): shape, codes, dates and coverage.

The table tells the actor coder who held which office when, so every row must parse, carry a
valid CAMEO code and a term whose dates are real calendar dates in the right order. An alias is a
name the coder will match in text, so it may point at one person only.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

HEADER = ["name", "aliases", "nationality", "code", "role", "start", "end"]
CODE = re.compile(r"^([A-Z]{3}(GOV|MIL|LEG|JUD|OPP|REB|COP|ELI|BUS|MED|REL|INS)|IGO[A-Z]{2,4}|NGO[A-Z]{3})$")
NATIONALITY = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

Row = dict[str, str]


def _table_path() -> Path:
    return Path(str(resources.files("newsevents.actors") / "data" / "persons.tsv"))


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, as the coder compares names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _parse_date(value: str) -> dt.date:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD to the first day it can mean; raise ValueError if bad."""
    if not DATE.match(value):
        raise ValueError(f"not an ISO date at year, month or day precision: {value!r}")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


@pytest.fixture(scope="module")
def lines() -> list[list[str]]:
    with _table_path().open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t"))


@pytest.fixture(scope="module")
def rows(lines: list[list[str]]) -> list[Row]:
    # Malformed lines are reported by test_persons_table_rows_have_seven_fields, not here.
    return [dict(zip(HEADER, line, strict=True)) for line in lines[1:] if len(line) == len(HEADER)]


def test_persons_table_header(lines: list[list[str]]) -> None:
    assert lines[0] == HEADER


def test_persons_table_rows_have_seven_fields(lines: list[list[str]]) -> None:
    bad = [n for n, line in enumerate(lines, 1) if len(line) != len(HEADER)]
    assert bad == [], f"lines without {len(HEADER)} tab-separated fields: {bad}"


def test_persons_table_required_fields_filled(rows: list[Row]) -> None:
    required = ("name", "role", "start")
    bad = [(r["name"], k) for r in rows for k in required if not r[k] or r[k] != r[k].strip()]
    assert bad == []


def test_persons_table_nationality_is_alpha3(rows: list[Row]) -> None:
    bad = sorted({r["nationality"] for r in rows if not NATIONALITY.match(r["nationality"])})
    assert bad == []


def test_persons_table_code_is_cameo(rows: list[Row]) -> None:
    bad = sorted({(r["name"], r["code"]) for r in rows if not CODE.match(r["code"])})
    assert bad == []


def test_persons_table_dates_parse(rows: list[Row]) -> None:
    bad = []
    for r in rows:
        for key in ("start", "end"):
            if r[key] == "" and key == "end":
                continue
            try:
                _parse_date(r[key])
            except ValueError:
                bad.append((r["name"], r["role"], key, r[key]))
    assert bad == []


def test_persons_table_start_not_after_end(rows: list[Row]) -> None:
    # Compare at the coarser of the two precisions: "2024-09" may end a term that began "2024".
    bad = []
    for r in rows:
        start, end = r["start"], r["end"]
        if end and start[: min(len(start), len(end))] > end[: min(len(start), len(end))]:
            bad.append((r["name"], r["role"], start, end))
    assert bad == []


def test_persons_table_terms_not_in_future(rows: list[Row]) -> None:
    # A start that does not parse is reported by test_persons_table_dates_parse.
    today = dt.date.today()
    bad = [(r["name"], r["role"], r["start"]) for r in rows if _starts_after(r, today)]
    assert bad == []


def _starts_after(row: Row, day: dt.date) -> bool:
    """Whether the row's term starts after ``day``; False when the start does not parse."""
    try:
        return _parse_date(row["start"]) > day
    except ValueError:
        return False


def test_persons_table_no_duplicate_terms(rows: list[Row]) -> None:
    seen: set[tuple[str, str, str]] = set()
    dupes = []
    for r in rows:
        key = (r["name"], r["role"], r["start"])
        if key in seen:
            dupes.append(key)
        seen.add(key)
    assert dupes == []


def test_persons_table_person_fields_agree_across_rows(rows: list[Row]) -> None:
    # One person has one nationality and one alias list, whichever office a row is about.
    per_name: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in rows:
        per_name[r["name"]].add((r["nationality"], r["aliases"]))
    assert [name for name, values in per_name.items() if len(values) > 1] == []


def test_persons_table_aliases_are_clean(rows: list[Row]) -> None:
    bad = []
    for r in rows:
        aliases = r["aliases"].split("|") if r["aliases"] else []
        folded = [_fold(a) for a in aliases]
        if any(a.strip() != a or a == "" for a in aliases):
            bad.append((r["name"], "blank or padded alias"))
        if _fold(r["name"]) in folded:
            bad.append((r["name"], "alias repeats the name"))
        if len(set(folded)) != len(folded):
            bad.append((r["name"], "repeated alias"))
    assert bad == []


def test_persons_table_alias_names_one_person(rows: list[Row]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        owners[_fold(r["name"])].add(r["name"])
        for alias in filter(None, r["aliases"].split("|")):
            owners[_fold(alias)].add(r["name"])
    shared = {form: sorted(names) for form, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_persons_table_coverage(rows: list[Row]) -> None:
    assert len({r["name"] for r in rows}) >= 300
    assert len({r["nationality"] for r in rows}) >= 60


@pytest.mark.parametrize(
    ("name", "role", "start", "end"),
    [
        ("Alexander Lukashenko", "President", "1994-07-20", ""),
        ("Xi Jinping", "President", "2013-03-14", ""),
        ("Li Keqiang", "Premier", "2013-03-15", "2023-03-11"),
        ("Li Zhanshu", "Chairman of the NPC Standing Committee", "2018-03-17", "2023-03-10"),
        ("Ned Price", "State Department Spokesperson", "2021-01", "2023-03"),
        ("Mike Pompeo", "Secretary of State", "2018-04-26", "2021-01-20"),
        ("Antonio Guterres", "Secretary-General", "2017-01-01", ""),
    ],
)
def test_persons_table_known_terms(rows: list[Row], name: str, role: str, start: str, end: str) -> None:
    ends = [r["end"] for r in rows if (r["name"], r["role"], r["start"]) == (name, role, start)]
    assert ends == [end]


@pytest.mark.parametrize(
    ("name", "roles"),
    [
        ("Vladimir Putin", ["Prime Minister", "President"]),
        ("Dmitry Medvedev", ["President", "Prime Minister", "Deputy Chairman of the Security Council"]),
        ("Antonio Guterres", ["Prime Minister", "UN High Commissioner for Refugees", "Secretary-General"]),
        ("Boris Johnson", ["Mayor of London", "Foreign Secretary", "Prime Minister"]),
        ("Mike Pompeo", ["Director of the Central Intelligence Agency", "Secretary of State"]),
    ],
)
def test_persons_table_role_changes_in_order(rows: list[Row], name: str, roles: list[str]) -> None:
    # The first term of each listed role must start in the order given: a career, not a set.
    firsts = {}
    for r in rows:
        if r["name"] == name and r["role"] not in firsts:
            firsts[r["role"]] = r["start"]
    assert set(roles) <= set(firsts), f"{name} lacks a row for one of {roles}"
    assert roles == sorted(roles, key=lambda role: firsts[role])


def test_persons_table_no_office_of_a_state_before_it_existed(rows: list[Row]) -> None:
    """An office coded with a country that did not exist yet when it began is a wrong country."""
    from newsevents.actors.persons import existed_on, parse_bound

    bad = [(r["name"], r["code"], r["start"]) for r in rows
           if r["start"] and not existed_on(r["code"][:3], parse_bound(r["start"], end=False) or dt.date.max)]
    assert not bad, bad


def test_person_of_a_state_not_yet_founded_takes_no_country_from_it() -> None:
    from newsevents.actors.persons import Person, Role

    person = Person("Amina Deng", "SSD", (Role("SDNGOV", "Minister", dt.date(2005, 1, 1), dt.date(2011, 7, 8)),
                                          Role("SSDGOV", "Minister", dt.date(2011, 7, 9), None)))
    assert person.code_on(dt.date(2008, 3, 1))[0] == "SDNGOV"  # the dated office says Sudan
    assert person.code_on(dt.date(2003, 3, 1))[0] == ""  # no office, and no South Sudan yet
    assert person.country_on(dt.date(2003, 3, 1)) is None
    assert person.code_on(dt.date(2012, 3, 1))[0] == "SSDGOV"
    assert person.code_on(dt.date(2030, 3, 1))[0] == "SSDGOV"
