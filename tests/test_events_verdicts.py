"""Disapproval in the forms news reports use beyond the plain verbs: verdicts, charges of lying or
scheming, rebukes named by a phrase, verbal fire, doubts cast on an actor's standing.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads, code_roots, coded

DATE = "2022-04-01"


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, DATE)


def _roots(text: str, nlp: Language) -> set[str]:
    return code_roots(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A court in Moscow found the American reporter guilty of espionage.", ("RUSJUD", "USAMED", "11")),
    ("A Kenyan court found the former governor guilty of fraud on Tuesday.", ("KENJUD", None, "11")),
    ("The Zambian opposition leader was found guilty of sedition by a Lusaka court.", ("ZMBJUD", "ZMBOPP", "11")),
])
def test_a_finding_of_guilt_is_a_verdict(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    dyads = _dyads(text, nlp)
    assert any(d[0] == expected[0] and d[2] == expected[2] and (expected[1] is None or d[1] == expected[1])
               for d in dyads), dyads
    assert any(d[2] == "11" for d in dyads)


@pytest.mark.model
def test_a_finding_of_innocence_is_no_verdict(nlp: Language) -> None:
    assert "11" not in _roots("A Lusaka court found the Zambian opposition leader not guilty of sedition.", nlp)
    assert "11" not in _roots("A Nairobi court found the Kenyan governor innocent of fraud.", nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A military court in Kinshasa condemned the Congolese colonel to death.", ("CODJUD", "116")),
    ("An Iranian court handed the French researcher a five-year sentence.", ("IRNJUD", "116")),
])
def test_a_sentence_passed_is_a_verdict_not_a_rebuke(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    events = code(nlp, text, "2022-04-01")
    assert any(e.cameo == expected[1] and e.source is not None and e.source.code == expected[0] for e in events)
    assert not any(e.cameo == "111" for e in events)


@pytest.mark.model
def test_a_verdict_with_no_court_named_is_by_a_court_of_the_place(nlp: Language) -> None:
    dyads = _dyads("The Belarusian opposition leader was sentenced to eleven years in Minsk.", nlp)
    assert ("BLRJUD", "BLROPP", "11") in dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Ukrainian foreign minister said Moscow was lying about the strike on the station.", ("UKRGOV", "RUSGOV")),
    ('"The Americans are lying," the Iranian spokesman told reporters.', ("IRNGOV", "USA")),
    ("The Colombian government said the rebels had lied to the mediators.", ("COLGOV", "REB")),
])
def test_a_reported_lie_accuses_the_liar(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "11") in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The wounded soldiers were lying in the road, the Syrian medic said.",
    "The Afghan official said the village lies on the river.",
    "The Ukrainian minister said Moscow was not lying about the strike.",
])
def test_lying_somewhere_or_denied_is_no_charge(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("In a sharp rebuke to Moscow, the Kazakh president declined to recognise the breakaway regions.",
     ("KAZGOV", "RUSGOV")),
    ("In a rebuke to Washington, Beijing recalled its ambassador.", ("CHNGOV", "USAGOV")),
])
def test_an_act_done_in_a_rebuke_rebukes_the_one_named(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    dyads = _dyads(text, nlp)
    assert (*expected, "11") in dyads
    # the coder's events: an act with no target of its own ("recalled its ambassador") is left out
    # of the extraction (events.aimless), but the coder still codes it
    assert len({e.cameo[:2] for e in coded(nlp, text, "2022-04-01")}) >= 2, "the act itself is still coded"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Malian junta came under fire from France over the delay to the elections.", ("FRA", "MLIGOV")),
    ("The Hungarian government has come under fire from the European Commission.", ("IGOEU", "HUNGOV")),
])
def test_verbal_fire_is_criticism(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    dyads = _dyads(text, nlp)
    assert (*expected, "11") in dyads
    assert not any(d[2] == "19" for d in dyads)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A Malian army patrol came under fire from jihadists near the border.",
    "A Malian army convoy came under fire over the weekend near Gao.",
])
def test_gunfire_is_no_criticism(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp)


@pytest.mark.model
def test_a_reported_scheme_accuses_the_schemer(nlp: Language) -> None:
    dyads = _dyads("The Nicaraguan government said Washington was trying to topple President Ortega.", nlp)
    assert ("NICGOV", "USAGOV", "11") in dyads or ("NICGOV", "USA", "11") in dyads


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Nicaraguan government said Washington was trying to help the farmers.",
    "The Nicaraguan government said Washington was not plotting anything.",
])
def test_a_reported_aim_that_is_no_scheme_accuses_no_one(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp)


@pytest.mark.model
def test_doubt_cast_on_an_actors_standing_is_criticism(nlp: Language) -> None:
    assert ("KENOPP", "KENGOV", "11") in _dyads("The Kenyan opposition leader questioned the president's motives.", nlp)
    handling = "The Brazilian senator questioned the president's handling of the floods."
    assert ("BRALEG", "BRAGOV", "11") in _dyads(handling, nlp)
    assert "11" not in _roots("Kenyan police questioned the suspect for six hours.", nlp)


@pytest.mark.model
def test_voiced_opposition_to_an_act_is_criticism(nlp: Language) -> None:
    dyads = _dyads("Norway and Britain voiced their opposition to the Congolese verdict.", nlp)
    assert ("NOR", "COD", "11") in dyads and ("GBR", "COD", "11") in dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Saudi police arrested the cleric for criticizing the government.", ("REL", "SAUGOV")),
    ("The Egyptian judges were punished for calling the elections fraudulent.", ("EGYJUD", "EGYGOV")),
])
def test_who_is_punished_for_a_criticism_made_it(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "11") in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Russian foreign ministry said Washington was spreading disinformation about the vote.", ("RUSGOV", "USAGOV")),
    ("The Afghan government said Pakistan was harbouring terrorists.", ("AFGGOV", "PAK")),
    ("The Venezuelan government said the Colombian army was plotting a coup.", ("VENGOV", "COLMIL")),
])
def test_a_reported_falsehood_or_plot_accuses_its_doer(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "11") in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Malawian opposition candidate disputed the results of the presidential vote.",
    "The Malawian opposition questioned the official tally.",
])
def test_a_disputed_outcome_is_rejected_and_aimed_at_the_vote_holder(nlp: Language, text: str) -> None:
    dyads = _dyads(text, nlp)
    assert any(d[0] is not None and d[0].startswith("MWI") and d[1] == "MWIGOV" and d[2] == "12" for d in dyads), dyads


@pytest.mark.model
def test_contesting_an_election_is_running_in_it(nlp: Language) -> None:
    assert "12" not in _roots("The Kenyan opposition will contest the election in August.", nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Colombian army said FARC rebels attacked a police station in Cauca.", ("COLMIL", "COLREB")),
    ("Afghan officials said Taliban insurgents ambushed a police convoy.", ("AFGGOV", "AFGINS")),
])
def test_one_side_of_a_civil_war_reporting_the_others_violence_accuses_it(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    dyads = _dyads(text, nlp)
    assert (*expected, "11") in dyads
    assert any(d[2] == "19" for d in dyads), "the reported attack is still coded"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A suicide bomber killed eight people near a military camp, Somali officials said.",
    "Nigerian police said bandits killed five villagers in Zamfara.",
    # the officials' country is only guessed from the rebels beside them: they may be the peacekeepers'
    "Congolese rebels fired on Indian peacekeepers near Goma on Friday, army officials said.",
])
def test_a_report_of_a_lone_attack_or_by_the_police_accuses_no_side(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp)
