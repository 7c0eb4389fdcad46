"""Accusations and criticism told in reported speech (session 17): calls to rally opposition (113),
the doer of an absolute "with" clause, and opponents named by whom they oppose. Each form with near
misses that must not code. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads

pytestmark = pytest.mark.model


def codes(nlp: Language, text: str) -> set[str]:
    """The CAMEO codes of the events coded in ``text``."""
    return {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Egyptian opposition called on citizens to resist the army.", ("EGYOPP", "EGYMIL", "11")),
    ("The Kenyan opposition urged voters to boycott the election.", ("KENOPP", "KENGOV", "11")),
    ("Togo held a presidential election on Sunday. The Togolese opposition called for a boycott of the vote.",
     ("TGOOPP", "TGOGOV", "11")),
    ("A Malian imam called on his followers to rise up against the junta.", ("MLIREL", "MLIGOV", "11")),
    ("The Guinean opposition urged residents to defy the curfew imposed by the army.", ("GINOPP", "GINMIL", "11")),
])
def test_accus_rallies_call_to_resist_rallies_opposition(nlp: Language, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)
    assert "113" in codes(nlp, text)


@pytest.mark.parametrize("text", [
    "The Kenyan president urged the nation to resist the temptation of violence.",
    "The Kenyan central bank urged lenders to let interest rates rise.",
    "The Kenyan opposition did not call for a boycott of the election.",
    "The Kenyan opposition called on its supporters to vote in the election.",
    "The Kenyan minister urged farmers to resist selling their maize.",
])
def test_accus_rallies_other_calls_rally_no_opposition(nlp: Language, text: str) -> None:
    assert "113" not in codes(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ugandans vote on Thursday with the Ugandan opposition accusing President Museveni of rigging the election.",
     ("UGAOPP", "UGAGOV", "11")),
    ("The Malawian parliament met on Monday, with rights groups accusing police of torturing detainees.",
     ("NGO", "MWICOP", "11")),
])
def test_accus_absolutes_with_clause_names_the_accuser(nlp: Language, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert any(s is not None and s.startswith(expected[0]) and t == expected[1] and r == expected[2]
               for s, t, r in dyads), dyads


@pytest.mark.parametrize(("text", "expected"), [
    ("President Kibaki's main opponent, Raila Odinga, accused the Kenyan government of stealing the election.",
     ("KENELI", "KENGOV", "11")),
    ("Kenya votes on Thursday. President Kibaki's main opponent accused the government of trying to rig the election.",
     ("KENOPP", "KENGOV", "11")),
])
def test_accus_opponents_an_opponent_is_not_whom_it_opposes(nlp: Language, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan opposition said the electoral commission lacks independence.", ("KENOPP", "KENGOV", "11")),
    ("The Zambian opposition says the constitutional court lacks the impartiality to hear the case.",
     ("ZMBOPP", "ZMBJUD", "11")),
])
def test_accus_failings_lacking_a_virtue_criticises(nlp: Language, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Guinean army cited mismanagement by the government as the reason for the coup.",
     ("GINMIL", "GINGOV", "11")),
    ("The Kenyan opposition pointed to the incompetence of the government.", ("KENOPP", "KENGOV", "11")),
    ("The Malawian opposition leader said he quit the coalition because of poor administration by the government.",
     ("MWIOPP", "MWIGOV", "11")),
])
def test_accus_failings_misrule_cited_criticises_its_doer(nlp: Language, text: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition said the electoral commission does not lack independence.",
    "The Kenyan minister said the ministry lacks the resources to help farmers.",
    "Kenyan analysts said the new electoral commission lacks experience.",
    "The Kenyan minister cited mismanagement of the economy as a reason for the crisis.",
    "The Kenyan minister said he resigned because of poor health.",
    "The Kenyan opposition praised the good administration of the new governor.",
])
def test_accus_failings_no_failing_charged_codes_no_criticism(nlp: Language, text: str) -> None:
    assert not any(e.rule.startswith(("accuse.lacking_virtue", "accuse.misrule")) for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Zimbabwean opposition said the electoral commission was biased.", ("ZWEOPP", "ZWEGOV", "11")),
    ("The Ugandan opposition said President Museveni had become a dictator.", ("UGAOPP", "UGAGOV", "11")),
    ("Kenyan opposition supporters booed the Kenyan president during the ceremony.", ("KENOPP", "KENGOV", "11")),
    ("The Bangladeshi opposition said the government was using the police to crush dissent.",
     ("BGDOPP", "BGDGOV", "11")),
])
def test_accus_verdicts_small_forms_criticise(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The Zimbabwean opposition said the electoral commission was not biased.",
    "The Zimbabwean opposition said the electoral commission was not corrupt.",
    "The Kenyan minister said the country had become a model for the region.",
    "The Bangladeshi minister said the government refused to use the police against the protesters.",
])
def test_accus_verdicts_denied_or_neutral_verdicts_code_no_criticism(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("11") for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Bolivian opposition leader said he was the victim of a smear campaign by the government.",
     ("BOLOPP", "BOLGOV", "11")),
    ("The Kenyan opposition said it was the victim of harassment by police.", ("KENOPP", "KENCOP", "11")),
    ("The Bolivian president said he was the victim of a coup by the army.", ("BOLGOV", "BOLMIL", "11")),
])
def test_accus_victimhood_victim_of_a_named_doer_accuses_it(nlp: Language, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The Bolivian president said he was the victim of a coup.",
    "The Kenyan minister said the farmers were the victims of floods.",
    "The Kenyan opposition said it was not the victim of anyone.",
    "The Kenyan police said the man was the victim of a robbery.",
])
def test_accus_victimhood_no_named_doer_accuses_no_one(nlp: Language, text: str) -> None:
    assert not any(e.rule.startswith("accuse.victimhood") for e in code(nlp, text))
