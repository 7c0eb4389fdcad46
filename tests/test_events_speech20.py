"""Acts and charges told in what a speaker says (session 20): a bad name given in a free relative
(events/labelled_wrongs.py), a wrongful aim imputed to an act (events/wrongful_aims.py), "state" as
the owner of a state's act (events/appraisals.py), feelings of outrage as concern (patterns.yaml)
and acts told as the content of an order (events/given_orders.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


def _criticism(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, root in code_dyads(nlp, text) if root == "11"}


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Ukrainian president spoke of what he called Russian aggression in the east.", ("UKRGOV", "RUS")),
    ("Zambia's opposition leader asked the African Union to help save the people from what he termed "
     "state brutality.", ("ZMBOPP", "ZMBGOV")),
    ("The Estonian minister warned of what he described as Russian provocations on the border.", ("ESTGOV", "RUS")),
])
def test_labelled_wrongs_bad_name_in_free_relative_criticises(nlp: Language, text: str,
                                                              dyad: tuple[str, str]) -> None:
    assert dyad in _criticism(nlp, text)


@pytest.mark.parametrize("text", [
    # a good or neutral name, a negated naming
    "The Ukrainian president spoke of what he called a Russian breakthrough in the talks.",
    "The Ukrainian president spoke of what he did not call Russian aggression.",
    "The Ukrainian president spoke of what he called the Russian proposal.",
    # nothing named owns the wrong: no one is criticised
    "The Ukrainian president spoke of what he called aggression.",
])
def test_labelled_wrongs_near_misses(nlp: Language, text: str) -> None:
    assert not any(t in ("RUS", "RUSGOV") for _, t in _criticism(nlp, text))


def test_labelled_wrongs_charge_under_a_criticism_is_coded_once(nlp: Language) -> None:
    # "condemned what it called ..." is condemned_as_named's: one criticism, not two
    text = "The Egyptian opposition condemned what it called a crackdown by the army."
    found = [(s, t) for s, t, root in code_dyads(nlp, text) if root == "11"]
    assert found == [("EGYOPP", "EGYMIL")]


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Cambodian opposition leader said the police raids were designed to intimidate opposition "
     "supporters.", ("KHMOPP", "KHMCOP")),
    ("A Cambodian opposition leader said the arrests were aimed at silencing critics.", ("KHMOPP", "KHMGOV")),
    ("Cambodian monks said the new law was intended to punish the opposition.", ("KHMREL", "KHMGOV")),
])
def test_wrongful_aims_imputed_aim_criticises(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _criticism(nlp, text)


@pytest.mark.parametrize("text", [
    # a neutral aim, a negated aim, a negated report, an aim with no wrong
    "A Cambodian opposition leader said the police raids were designed to find weapons.",
    "A Cambodian opposition leader said the arrests were not meant to intimidate anyone.",
    "A Cambodian opposition leader did not say the arrests were aimed at silencing critics.",
    "A Cambodian opposition leader said the talks were aimed at ending the crisis.",
])
def test_wrongful_aims_near_misses(nlp: Language, text: str) -> None:
    assert not _criticism(nlp, text)


def test_state_as_owner_of_a_state_act(nlp: Language) -> None:
    # "state brutality" names the state, no actor: the critic's own government
    text = "Zambia's opposition leader spoke of what he called state repression."
    assert ("ZMBOPP", "ZMBGOV") in _criticism(nlp, text)


def test_state_owner_does_not_reach_a_named_owner(nlp: Language) -> None:
    # an owner named by its own name keeps the usual slots: no turn to the critic's government
    text = "Zambia's opposition leader spoke of what he called Russian repression."
    found = _criticism(nlp, text)
    assert ("ZMBOPP", "ZMBGOV") not in found


@pytest.mark.parametrize("text", [
    "The Austrian chancellor said he was scandalized by the Swiss decision to ban minarets.",
    "The Austrian chancellor said he was shocked by the Swiss decision to ban minarets.",
])
def test_outrage_is_concern(nlp: Language, text: str) -> None:
    assert any(s == "AUTGOV" and t and t.startswith("CHE") for s, t in _criticism(nlp, text))


def test_outrage_at_a_disaster_blames_no_one(nlp: Language) -> None:
    assert not _criticism(nlp, "The Austrian chancellor said he was shocked by the earthquake in Turkey.")


@pytest.mark.parametrize("text", [
    "Swazi police defied orders from the king to shoot the protesters.",
    "The Swazi king gave orders to shoot the protesters.",
    "Swazi soldiers received instructions to fire on the protesters.",
])
def test_given_orders_act_ordered_is_not_done(nlp: Language, text: str) -> None:
    roots = {root for _, _, root in code_dyads(nlp, text)}
    assert not roots & {"18", "19", "20"}


def test_given_orders_in_order_to_is_a_purpose(nlp: Language) -> None:
    # "in order to" is no order: the act of the sentence is coded as before
    text = "Swazi police fired tear gas at the protesters in order to disperse them."
    assert any(root == "17" and s == "SWZCOP" for s, _, root in code_dyads(nlp, text))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenya's opposition party says dozens of its supporters have been detained.", ("KENOPP", "KENCOP")),
    ("Amnesty International says hundreds of Ethiopian protesters have been detained without charge.",
     ("NGOAMN", "ETHCOP")),
])
def test_agentless_reports_watchdog_accuses_implied_police(nlp: Language, text: str,
                                                           dyad: tuple[str, str]) -> None:
    assert dyad in {(s, t) for s, t, root in code_dyads(nlp, text) if root == "11"}


@pytest.mark.parametrize("text", [
    # no watchdog speaks, a killing with no doer names no side, an arrester named, no one country
    "The Kenyan government says dozens of opposition supporters have been detained.",
    "Kenya's opposition party says dozens of its supporters have been killed.",
    "Kenya's opposition party says dozens of its supporters have been detained by Somali militants.",
    "Amnesty International says hundreds of Ethiopian and Eritrean migrants have been detained.",
])
def test_agentless_reports_near_misses(nlp: Language, text: str) -> None:
    assert not any(t and t.endswith("COP") for s, t, root in code_dyads(nlp, text) if root == "11")
