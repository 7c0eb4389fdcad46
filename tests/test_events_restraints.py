"""Acts a trigger names but no one does (events/restraints.py) and a "they" that goes on from an
uncoded "they" (actors/pronouns.py, session 13).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

DATE = "2024-03-01"


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Nigerian jets bombed rebel camps in support of Malian forces.",
    "Chadian soldiers advanced on the town in support of the Nigerien army.",
    "French helicopters struck militant positions in support of Malian troops.",
])
def test_restraints_support_as_manner_is_no_statement(nlp: Language, text: str) -> None:
    assert not [d for d in _dyads(text, nlp) if d[2] == "05"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary voiced support for Serbia's bid to join the bloc.", ("HUN", "SRB", "05")),
    ("Brazil expressed support for Argentina's claim to the islands.", ("BRA", "ARG", "05")),
    ("Peru's foreign minister spoke out in support of Chile's bid to host the summit.", ("PERGOV", "CHL", "05")),
])
def test_restraints_said_support_stays(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The general said the violations include sending Sudanese troops into the neutral zone.",
    "The minister said the plan involves deploying Kenyan troops along the border.",
])
def test_restraints_listed_instance_is_no_act(nlp: Language, text: str) -> None:
    assert not [d for d in _dyads(text, nlp) if d[2] == "15"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chad sent troops into the neutral zone.",
    "Kenya deployed troops along the border.",
])
def test_restraints_told_deployment_stays(nlp: Language, text: str) -> None:
    assert [d for d in _dyads(text, nlp) if d[2] == "15"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "met"), [
    ("The mediators flew to Bamako. There they held talks with Malian opposition leaders. "
     "They later met with AU officials.", "MLIOPP"),
    ("The two envoys reached Harare on Sunday. There they held talks with Zimbabwean opposition leaders. "
     "They also met with EU diplomats.", "ZWEOPP"),
    ("The observers came to Kinshasa. Here they held talks with Congolese opposition leaders. "
     "They then met with AU officials.", "CODOPP"),
])
def test_pronouns_they_goes_on_from_an_uncoded_they(nlp: Language, text: str, met: str) -> None:
    # the leaders met in the second sentence are not who "they" are in the third
    assert not [d for d in _dyads(text, nlp) if d[2] == "04" and met in (d[0], d[1])]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan opposition leaders arrived in Addis Ababa. They met with AU officials.", ("KENOPP", "IGOAU", "04")),
])
def test_pronouns_they_after_a_coded_subject_stays(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Sudanese army and the rebels signed a ceasefire on Monday.", ("SDNMIL", "REB", "05")),
    ("The Congolese government signed a truce with the rebels.", ("CODGOV", "REB", "05")),
])
def test_patterns_signed_truce_is_an_agreement(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Sudanese army and the rebels declared a ceasefire on Monday.", ("SDNMIL", "REB", "08")),
])
def test_patterns_declared_truce_stays_a_truce(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Malagasy students do not want their leaders arrested.",
    "The Kenyan government wants the opposition leaders jailed.",
    "Ugandan voters do not want their freedom of assembly suppressed.",
])
def test_restraints_wished_act_is_no_act(nlp: Language, text: str) -> None:
    assert not [d for d in _dyads(text, nlp) if d[2] == "17"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan police arrested opposition leaders on Monday.", ("KENCOP", "KENOPP", "17")),
    ("Zambian police wanted to arrest the opposition leader, who was jailed on Monday.", ("ZMBCOP", "ZMBOPP", "17")),
])
def test_restraints_told_arrest_stays(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Madagascans marched against the government in Antananarivo.",
    "Thousands of Madagascans protested against the president on Monday.",
])
def test_actors_madagascans_are_of_madagascar(nlp: Language, text: str) -> None:
    assert any(d[0] is not None and d[0].startswith("MDG") and d[2] == "14" for d in _dyads(text, nlp))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A BBC reporter attended several protests in Lagos on Monday.",
    "An AFP photographer attended two rallies in Kinshasa.",
])
def test_restraints_protest_looked_on_has_no_doer(nlp: Language, text: str) -> None:
    assert not [d for d in _dyads(text, nlp) if d[2] == "14" and d[0] is not None and "MED" in d[0]]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan opposition supporters attended a rally against the president in Nairobi.",
    "Kenyan journalists staged a protest in Nairobi against the arrest of a colleague.",
])
def test_restraints_protest_held_stays(nlp: Language, text: str) -> None:
    assert [d for d in _dyads(text, nlp) if d[2] == "14" and d[0] is not None and d[0].startswith("KEN")]
