"""Answers worked out once (speed, session 14): the remembered answer is the one worked out anew."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from newsevents.actors.persons import Person, PersonTable, Role
from newsevents.story.named_countries import text_countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Kenyan police arrested two men near the Somali border.", ["KEN", "SOM"]),
        ("The minister flew to Paris on Monday.", ["FRA"]),
        ("Nobody said anything.", []),
    ],
)
def test_named_countries_text_countries_remembered(text: str, countries: list[str]) -> None:
    first = text_countries(text)
    assert first == countries
    first.append("XXX")  # a caller's change to its list is no part of the remembered answer
    assert text_countries(text) == countries
    assert text_countries(text) is not text_countries(text)


def _table() -> PersonTable:
    day = dt.date(2010, 1, 1)
    people = [
        Person("Amina Wekesa", "KEN", (Role("KENGOV", "President", day, None),)),
        Person("Otieno Wekesa", "KEN", (Role("KENGOV", "Minister of Finance", day, None),)),
        Person("Lars Brandt", "DEU", (Role("DEUGOV", "Chancellor", day, None),)),
        Person("Maria Brandt", "AUT", (Role("AUTGOV", "Chancellor", day, None),)),
        Person("Ode", "NGA", (Role("NGAGOV", "President", day, None),)),
    ]
    return PersonTable(people, {})


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Wekesa", "Amina Wekesa"),  # the one leader of that surname; the minister is no leader
        ("wekesa", "Amina Wekesa"),
        ("Brandt", None),  # two leaders: not for the surname to say
        ("Ode", None),  # a name of one word has no surname
        ("Smith", None),
    ],
)
def test_persons_by_surname_index_built_with_table(word: str, name: str | None) -> None:
    table = _table()
    # the index is built with the table, so it travels with it to the disk cache
    for candidate in (table, pickle.loads(pickle.dumps(table))):
        found = candidate.by_surname(word, dt.date(2020, 5, 1))
        assert (found.name if found is not None else None) == name
    assert table.by_surname("Wekesa", None) is None  # no day, no office to go by
