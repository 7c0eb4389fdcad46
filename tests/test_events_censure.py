"""Critics, accusers and threateners told only by grammar (events/censure.py). The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in code_dyads(nlp, text) if r == root}


@pytest.mark.parametrize("text, root, dyad", [
    ("Two Nigerian journalists were detained after criticizing the Nigerian army.", "11", ("NGAMED", "NGAMIL")),
    ("Several Kenyan lawyers were arrested after accusing the Kenyan police of torture.", "11",
     ("KENJUD", "KENCOP")),
    # bloggers are a role (MED) since session 26
    ("Two Egyptian bloggers arrested after criticizing the Egyptian army have been freed.", "11",
     ("EGYMED", "EGYMIL")),
])
def test_censure_passive_adjunct_gerund_is_done_by_the_one_acted_on(
        nlp: Language, text: str, root: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, root)


@pytest.mark.parametrize("text", [
    # "in" names a circumstance: the one killed did not shell
    "Three Malian soldiers were killed in shelling near Gao.",
])
def test_censure_circumstance_adjunct_names_no_doer(nlp: Language, text: str) -> None:
    assert not _dyads(nlp, text, "19")


@pytest.mark.parametrize("text, dyad", [
    ("The Somali president condemned the surge in attacks by al-Shabab.", ("SOMGOV", "SOMINS")),
    ("Kyiv denounced an escalation of shelling by Russian forces.", ("UKRGOV", "RUSMIL")),
])
def test_censure_trend_is_looked_through_to_its_acts(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text, dyad", [
    ("The talks follow a threat by Sudan to terminate its oil agreement with South Sudan.", ("SDN", "SSD")),
    ("Moscow's threat to cut gas supplies to Moldova drew criticism.", ("RUSGOV", "MDA")),
])
def test_censure_threat_noun_threatens_its_act(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "13")


@pytest.mark.parametrize("text", [
    # no holder named: no one threatens
    "The threat to cut gas supplies to Moldova alarmed Brussels.",
    # a threat to something, no act
    "The Kenyan minister called the drought a threat to Somalia.",
])
def test_censure_threat_noun_without_holder_or_act_codes_no_threat(nlp: Language, text: str) -> None:
    assert not {d for d in _dyads(nlp, text, "13") if d[0]}


@pytest.mark.parametrize("text, dyad", [
    ("The Nicaraguan government branded the opposition leader a traitor.", ("NICGOV", "OPP")),
])
def test_censure_dative_named_by_a_bad_name(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text, dyad", [
    ('"It is a disgrace," the Kenyan opposition leader said of the Kenyan election.', ("KENOPP", "KEN")),
    ('"This is an act of aggression," the Georgian president said of the Russian strike.', ("GEOGOV", "RUS")),
])
def test_censure_pronoun_judgement_is_of_what_is_spoken_of(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert any(s == dyad[0] and (t or "").startswith(dyad[1]) for s, t in _dyads(nlp, text, "11"))


@pytest.mark.parametrize("text", [
    '"He is a great friend," the Kenyan president said of the French president.',
    '"They are not criminals," the Iraqi minister said of the Iraqi protesters.',
])
def test_censure_pronoun_praise_or_denial_is_no_criticism(nlp: Language, text: str) -> None:
    assert not _dyads(nlp, text, "11")


@pytest.mark.parametrize("text, dyad", [
    ("The Indian army chief vowed to respond and blamed Pakistan for the clash.", ("INDMIL", "PAK")),
])
def test_censure_tensed_conjunct_of_infinitive_is_a_fact(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")
    assert dyad not in _dyads(nlp, text, "13")


@pytest.mark.parametrize("text, dyad", [
    ("The Polish decision sparked a backlash from Germany.", ("DEU", "POL")),
    ("The Israeli raid drew fury from Jordan.", ("JOR", "ISR")),
])
def test_censure_drawn_backlash_is_criticism(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text, dyad", [
    ("Al-Shabab fighters stormed a Kenyan army base in Somalia on Friday. The Kenyan president condemned "
     "Friday's attack in Somalia.", ("KENGOV", "SOMINS")),
    ("Boko Haram gunmen raided a village in Nigeria on Sunday. The French foreign ministry condemned the raid "
     "in Nigeria.", ("FRAGOV", "NGAINS")),
])
def test_censure_place_of_a_criticised_act_yields_to_its_doer(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text, dyad", [
    # no earlier act: the place stays
    ("The French foreign ministry condemned the attack in Nigeria.", ("FRAGOV", "NGA")),
])
def test_censure_place_of_a_criticised_act_stays_without_a_doer(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text, dyad", [
    ("Malian officials have denied their soldiers crossed the border and blame Niger for the clashes.",
     ("MLIGOV", "NER")),
])
def test_censure_present_conjunct_of_reported_past_goes_with_the_reporter(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text, dyad", [
    ("Chad accused Sudan of the raid. The Sudanese government said it was not involved in the raid.",
     ("SDNGOV", "TCD")),
    ("The Burundian army said it was not implicated in the killings.", ("BDIMIL", None)),
])
def test_censure_passive_disavowal_denies(nlp: Language, text: str, dyad: tuple[str, str | None]) -> None:
    assert dyad in {(s, t) for s, t, r in code_dyads(nlp, text) if r == "01"}
