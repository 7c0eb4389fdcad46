"""Actors' countries on fresh news (session 25): a person whose own title names an international
body holds that body's office (``actors/igo_holders.py``, rule ``igo-holder``), and a known person
written with a middle initial the persons table does not hold is still found (``actors/persons.py``).

"U.N. Middle East envoy X" (place words between the body and the office), "UN Secretary General X,
the President of Y, Z" (a list read as an apposition) and "the spokesman of ECOWAS, X" (the title
set beside the name) gave the holder a state: the persons table's home, the next person's country,
the story's. Near misses: a state's envoy or ambassador to a body, a body's chairman named with his
own state, a former minister of a state, a state body's director, a UN official with no name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from helpers import named_actor
from newsevents.actors.persons import PersonTable, load_persons, without_initials
from newsevents.extraction import extract
from newsevents.records import Actor

DATE = "2024-03-04"


def _actor(nlp: Language, text: str, words: str) -> Actor:
    return named_actor(nlp, text, words, DATE)


@pytest.mark.model
@pytest.mark.parametrize("text, words, code", [
    # place words between the body and the office cut the body off the person's phrase
    ("U.N. Great Lakes envoy Halima Osterberg met Congolese officials in Kinshasa on Monday.",
     "envoy Halima Osterberg", "IGOUNO"),
    # a list of leaders after the holder: the next one's title is no apposition of his
    ("Leaders gathered in Lima, including UN Secretary General Tomas Varga, the President of Bolivia, "
     "Rafael Quispe, and Chilean President Ana Rojas.", "UN Secretary General Tomas Varga", "IGOUNO"),
    # the title set beside the name, either way round
    ("The spokesman of ECOWAS, Bello Adeyemi, said the bloc would keep talking to Niger's junta.",
     "Bello Adeyemi", "IGOECO"),
    ("Bello Adeyemi, the chief mediator of the African Union, met Sudanese generals in Khartoum.",
     "Bello Adeyemi", "IGOAU"),
])
def test_a_holder_of_an_international_office_is_the_body(nlp: Language, text: str, words: str,
                                                         code: str) -> None:
    actor = _actor(nlp, text, words)
    assert actor.code == code
    assert actor.country is None


@pytest.mark.model
def test_the_body_holds_through_the_later_mentions_and_events(nlp: Language) -> None:
    text = ("U.N. Great Lakes envoy Halima Osterberg arrived in Kinshasa on Monday. "
            "Osterberg later met with Congolese President Joseph Mbala to discuss the fighting.")
    ex = extract(text, date=DATE, nlp=nlp)
    meets = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in ex.events if e.cameo.startswith("04")}
    assert ("IGOUNO", "CODGOV") in meets
    assert not any(code and code.startswith("COD") and code != "CODGOV" for pair in meets for code in pair)


@pytest.mark.model
@pytest.mark.parametrize("text, words, code", [
    # a state's envoy to the body: "to" names where he is posted, not whose office he holds
    ("The U.S. envoy to the United Nations, Laura Pike, met Russian diplomats on Monday.",
     "The U.S. envoy", "USAGOV"),
    ("Omar Haddad, the Jordanian envoy to the UN, met Israeli officials on Monday.", "Omar Haddad", "JORGOV"),
    # a body's chairman is a state's leader in the chair
    ("The AU chairman, Ghanaian President Kofi Mensah, met Malian officials on Monday.",
     "Ghanaian President Kofi Mensah", "GHAGOV"),
    # a state's own office in the apposition
    ("Petar Ivanov, a former Bulgarian foreign minister, met Israeli officials on Monday.", "Petar Ivanov",
     "BGRELI"),
    ("The director of the Kenyan police, John Otieno, met UN officials on Monday.", "the Kenyan police",
     "KENCOP"),
])
def test_a_states_man_at_a_body_keeps_his_state(nlp: Language, text: str, words: str, code: str) -> None:
    actor = _actor(nlp, text, words)
    assert actor.code == code
    assert actor.rule != "igo-holder"


@pytest.mark.model
def test_a_director_of_a_state_body_is_no_holder(nlp: Language) -> None:
    ex = extract("The director of the Kenyan police, John Otieno, met UN officials on Monday.", date=DATE, nlp=nlp)
    assert not any(a.code and a.code.startswith("IGO") and "Otieno" in a.text for a in ex.actors)


# -- the persons table: a middle initial the table does not write (actors/persons.py) ------------

TABLE = ("name\taliases\tnationality\tcode\trole\tstart\tend\n"
         "Ruth Okafor\tOkafor\tNGA\tNGAGOV\tFinance Minister\t2019-05-01\t\n"
         "Paul Marsh Jr.\tMarsh\tCAN\tCANGOV\tPrime Minister\t2020-01-01\t\n"
         "Daniel K. Obeng\t\tGHA\tGHAGOV\tPresident\t2017-01-07\t\n"
         "Daniel Obeng\t\tGHA\tGHAJUD\tChief Justice\t2015-01-01\t\n")


@pytest.fixture()
def table(tmp_path: Path) -> PersonTable:
    path = tmp_path / "persons.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return load_persons(path)


@pytest.mark.parametrize("name, person", [
    ("Ruth A. Okafor", "Ruth Okafor"),  # an initial the table does not write
    ("Paul D. Marsh Jr.", "Paul Marsh Jr."),  # before a suffix
    ("Ruth A. B. Okafor", "Ruth Okafor"),  # two initials
    ("Daniel K. Obeng", "Daniel K. Obeng"),  # the table's own spelling wins over the bare name
    ("Daniel Obeng", "Daniel Obeng"),
])
def test_a_middle_initial_finds_the_person(table: PersonTable, name: str, person: str) -> None:
    found = table.find(name, dt.date(2023, 3, 1))
    assert found is not None and found.name == person
    assert table.in_office(name, dt.date(2023, 3, 1)) is not None


@pytest.mark.parametrize("name", [
    "R. Okafor",  # a first initial is no middle one: too little of the name is left
    "Ruth Okafor Mensah",  # a middle name is a word, not an initial
    "Ruth A. Okonkwo",  # another surname
])
def test_other_names_stay_unknown(table: PersonTable, name: str) -> None:
    assert table.find(name, dt.date(2023, 3, 1)) is None


def test_without_initials_keeps_the_ends() -> None:
    assert without_initials("steven t mnuchin") == "steven mnuchin"
    assert without_initials("j k rowling") == "j rowling"  # only the inner initial goes
    assert without_initials("ruth okafor") == "ruth okafor"


@pytest.mark.model
def test_a_titled_official_with_a_middle_initial_keeps_his_country(nlp: Language) -> None:
    # the table knows the president as "Ferdinand Marcos Jr."; the story is full of China
    text = ("Chinese trawlers have gathered near the atoll, and China's navy has shadowed fishing boats "
            "for weeks. President Ferdinand R. Marcos Jr. visited a US Navy base in Guam, where he met "
            "with its commander.")
    ex = extract(text, date="2023-11-21", nlp=nlp)
    marcos = next(a for a in ex.actors if "Marcos" in a.text)
    assert marcos.code == "PHLGOV"
    assert not any(e.source and e.source.code and e.source.code.startswith("CHN") and e.cameo.startswith("04")
                   for e in ex.events)
