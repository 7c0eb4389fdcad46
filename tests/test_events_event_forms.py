"""Event forms of session 11 (newsevents.events.event_forms and its patterns): one event per act
when a place list follows the target, health workers' strike threats, "returned fire", and the
attacker of "came under fire from X" hung on the verb.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("Police arrested dozens of protesters in Harare and Bulawayo on Friday.", "17"),
    ("Soldiers detained activists in Kano and Kaduna on Sunday.", "17"),
])
def test_event_forms_place_list_is_one_act(nlp: Language, text: str, root: str) -> None:
    assert len([d for d in code_dyads(nlp, text) if d[2] == root]) == 1


@pytest.mark.model
def test_event_forms_country_and_sector_stay_two_sides(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Britain condemned Zimbabwe and the Zimbabwean opposition.")
    assert ("GBR", "ZWE", "11") in dyads and ("GBR", "ZWEOPP", "11") in dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan doctors threatened a nationwide strike on Monday.", ("KENHLH", "KEN", "13")),
    ("Nigerian nurses threatened a strike over unpaid allowances.", ("NGAHLH", "NGA", "13")),
    ("Nigerian doctors threatened the government with a strike.", ("NGAHLH", "NGAGOV", "13")),
])
def test_event_forms_health_strike_threat_aims_at_home(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Somali troops returned fire at the al-Shabab militants.", ("SOMMIL", "SOMINS", "19")),
    ("Malian soldiers returned fire on the jihadist fighters.", ("MLIMIL", "MLIREB", "19")),
    ("Nigerian soldiers returned fire, killing three Boko Haram fighters.", ("NGAMIL", "NGAINS", "19")),
])
def test_event_forms_returned_fire_is_fighting(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.model
def test_event_forms_returned_goods_is_no_fight(nlp: Language) -> None:
    assert not any(d[2] == "19" for d in code_dyads(nlp, "The customer returned the faulty goods to the shop."))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian troops came under fire from Russian forces.", ("RUSMIL", "UKRMIL", "19")),
    ("Afghan police came under fire from Taliban gunmen in Kandahar.", ("AFGINS", "AFGCOP", "19")),
    ("Israeli troops came under rocket attack from Hezbollah.", ("LBNINS", "ISRMIL", "19")),
])
def test_event_forms_attacker_on_come_under(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)
