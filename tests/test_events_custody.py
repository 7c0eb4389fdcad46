"""Coercion, reduced relations and force posture in forms the plain verbs miss (session 11): detention told
as a state, expulsions in the passive, trade bans, aid agencies sent away, raids on premises by security
organs, curfews and emergencies told by place, drills named by their doer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model

UNREST = "Protests spread across the country on Monday. "
"""A sentence of unrest before a state of emergency (one with no unrest told may answer a hazard)."""


def _triples(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


def _codes(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    return country_triples(code(nlp, text))


def _rules(text: str, nlp: Language) -> set[str]:
    return {e.rule for e in code(nlp, text)}


# --- custody: a detention told as a state (events/custody.py) ------------------------------------

@pytest.mark.parametrize("text", [
    "The Zambian opposition leader remains in custody.",
    "The Zambian opposition leader is still in detention.",
    "The Zambian opposition leader has been in jail since March.",
    "The Zambian opposition leader has been behind bars since March.",
    "The Zambian opposition leader remains behind bars in Lusaka.",
])
def test_custody_a_detention_told_as_a_state_is_an_arrest(nlp: Language, text: str) -> None:
    assert ("ZMB", "ZMB", "17") in _triples(text, nlp)
    assert any(r.startswith("coerce.in_custody") for r in _rules(text, nlp))


@pytest.mark.parametrize("text", [
    "The Zambian opposition leader is no longer in custody.",
    "The Zambian opposition leader is not in detention.",
    "The Zambian opposition leader spent two years in prison.",
    "The Zambian opposition leader was in jail when the vote took place.",
    "The Zambian opposition leader remains in the bar near the parliament.",
])
def test_custody_a_past_or_undone_state_codes_no_detention(nlp: Language, text: str) -> None:
    assert not any(r.startswith("coerce.in_custody") for r in _rules(text, nlp))


# --- expelled: the state people are sent away from (events/expelled.py) --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Two Russian diplomats were expelled from Poland without explanation.", ("POL", "RUS", "166")),
    ("Two Russian diplomats were expelled from Warsaw on Monday.", ("POL", "RUS", "166")),
    ("Hundreds of Nigerian migrants were deported from Libya.", ("LBY", "NGA", "174")),
])
def test_expelled_the_state_sent_away_from_expels(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(text, nlp)


@pytest.mark.parametrize("text", [
    "The Kenyan lawmaker was expelled from the ruling party.",
    "The Kenyan families were evicted from their homes.",
])
def test_expelled_a_party_or_home_is_no_expelling_state(nlp: Language, text: str) -> None:
    assert not any(r.endswith("+expelled-from") for r in _rules(text, nlp))


# --- restrictions told by place (events/restrictions.py, patterns) --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (UNREST + "Martial law was imposed in Bangkok.", ("THA", "THA", "1724")),
    (UNREST + "The Thai government imposed martial law in Bangkok.", ("THA", "THA", "1724")),
    (UNREST + "A curfew was imposed in Nairobi.", ("KEN", "KEN", "1723")),
    (UNREST + "The Thai army placed the capital under martial law.", ("THA", "THA", "1724")),
    (UNREST + "The Peruvian government put the southern region under a state of emergency.", ("PER", "PER", "1724")),
    (UNREST + "The Kenyan authorities placed the city under curfew.", ("KEN", "KEN", "1723")),
    (UNREST + "Kenyan authorities ordered a curfew in the city.", ("KEN", "KEN", "1723")),
    (UNREST + "The Ecuadorian president decreed a state of exception.", ("ECU", "ECU", "1724")),
    (UNREST + "Kazakh authorities declared states of emergency in Almaty and Mangystau province.",
     ("KAZ", "KAZ", "1724")),
    (UNREST + "Ethiopian opposition parties were barred by the Ethiopian government from issuing statements.",
     ("ETH", "ETH", "1721")),
])
def test_restrictions_a_curfew_or_emergency_in_a_place_restricts_its_people(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(text, nlp)


# --- reduced relations and sanctions (patterns sanction.*) ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union banned imports of Russian oil.", ("IGOEU", "RUS", "163")),
    ("Beijing restricted exports of rare earths to Japan.", ("CHN", "JPN", "163")),
    ("Beijing suspended trade with Pyongyang.", ("CHN", "PRK", "163")),
    ("Washington raised tariffs on Chinese goods to 145 percent.", ("USA", "CHN", "163")),
    ("Zimbabwe recalled its ambassador to Botswana.", ("ZWE", "BWA", "161")),
    ("Niger ended its military agreements with France.", ("NER", "FRA", "160")),
    ("Washington scrapped the nuclear deal with Tehran.", ("USA", "IRN", "160")),
    ("The Somali insurgents banned 16 international aid organizations.", ("SOM", "NGO", "1663")),
    ("The junta expelled several humanitarian organizations.", (None, "NGO", "1663")),
    ("The junta ordered the UN mission to leave Mali.", ("MLI", "IGOUNO", "166")),
    ("The Ecuadorian president signed an order imposing sanctions on Venezuela.", ("ECU", "VEN", "163")),
])
def test_sanctions_bans_on_trade_and_ties_cut_reduce_relations(
        nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in _codes(text, nlp) or (expected[0] is None and any(
        t == expected[1] and c == expected[2] for _, t, c in _codes(text, nlp)))


@pytest.mark.parametrize(("text", "root"), [
    ("Kenya banned the import of second-hand clothes.", "16"),
    ("The Kenyan government raised taxes on fuel.", "16"),
    ("The two sides ended the war with a peace deal.", "16"),
    ("Kenya criticized the American law imposing sanctions on Kenyan officials.", "16"),
])
def test_sanctions_no_partner_or_no_enactor_codes_no_sanction(nlp: Language, text: str, root: str) -> None:
    assert not any(c[:2] == root and s is not None for s, _, c in _codes(text, nlp))


# --- coercion by security organs (patterns coerce.*) ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Egyptian security forces raided the offices of an Egyptian human rights group.", ("EGY", "EGY", "170")),
    ("Pakistani police carried out a raid on the offices of the Pakistani opposition party.", ("PAK", "PAK", "170")),
    ("Belarusian riot police took down the protesters' tent camp in central Minsk.", ("BLR", "BLR", "1712")),
    ("Belarusian riot police led the Belarusian protesters into trucks.", ("BLR", "BLR", "173")),
    ("Security forces made a second roundup of Gambian opposition politicians.", ("GMB", "GMB", "173")),
])
def test_coerce_raids_roundups_and_camps_taken_down(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(text, nlp)


@pytest.mark.parametrize("text", [
    "The workers took down the stage after the concert in Nairobi.",
    "Israeli forces raided the Jenin refugee camp.",
])
def test_coerce_no_force_or_an_army_raid_is_no_police_coercion(nlp: Language, text: str) -> None:
    assert not any(c in ("170", "1712") for _, _, c in _codes(text, nlp))


# --- force posture (patterns mobilize.*) ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Iranian navy conducted exercises in the Strait of Hormuz.", ("IRN", None, "150")),
    ("North Korea test-fired a cruise missile on Sunday.", ("PRK", None, "150")),
])
def test_mobilize_drills_and_tests_show_force(nlp: Language, text: str, expected: tuple[str, None, str]) -> None:
    assert expected in _codes(text, nlp)


def test_mobilize_students_exercises_are_no_drills(nlp: Language) -> None:
    assert not any(c == "150" for _, _, c in _codes("The Kenyan students held exercises in the school.", nlp))


# --- the held are of the holding state (custody.held_by_state) ------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("Egyptian police detained the opposition leader on Monday.", "EGYOPP"),
    ("The Nigerien authorities arrested three journalists in Niamey.", "NERMED"),
])
def test_custody_the_governed_a_state_holds_are_its_own(nlp: Language, text: str, target: str) -> None:
    assert target in {e.target.code for e in code(nlp, text) if e.target is not None and e.cameo == "173"}


@pytest.mark.parametrize(("text", "target"), [
    ("Egyptian police detained two French journalists on Monday.", "FRAMED"),
])
def test_custody_the_held_keep_a_country_of_their_own(nlp: Language, text: str, target: str) -> None:
    assert target in {e.target.code for e in code(nlp, text) if e.target is not None and e.cameo == "173"}


def test_custody_a_captor_that_is_no_state_gives_no_country(nlp: Language) -> None:
    events = code(nlp, "Rebels seized the opposition leader on Monday.")
    assert not any(e.rule.endswith("+held-at-home") for e in events)


# --- administrative sanctions at home (events/restrictions.py, patterns) --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Burkinabe junta suspended the constitution.", ("BFA", "BFA", "172")),
    ("The Honduran government suspended constitutional guarantees for 30 days.", ("HND", "HND", "172")),
    ("The Guinean junta barred the former Guinean ministers from leaving the country.", ("GIN", "GIN", "172")),
    ("Bahrain stripped 72 dissidents of their citizenship.", ("BHR", "BHR", "172")),
    ("Bahrain stripped the Bahraini opposition leader of his citizenship.", ("BHR", "BHR", "172")),
    ("The Guinean junta ordered the dissolution of the main Guinean opposition party.", ("GIN", "GIN", "1722")),
])
def test_restrictions_administrative_sanctions_on_the_states_own_people(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(text, nlp)


@pytest.mark.parametrize("text", [
    "The Kenyan mechanics stripped the car of its parts.",
    "The Kenyan union suspended its own rules for the vote.",
])
def test_restrictions_no_status_taken_or_no_state_is_no_sanction(nlp: Language, text: str) -> None:
    assert not any(c == "172" for _, _, c in _codes(text, nlp))


def test_restrictions_force_on_a_crowd_in_a_capital_is_aimed_at_its_people(nlp: Language) -> None:
    events = code(nlp, "Kyrgyz riot police crushed the protest in Bishkek.")
    assert any(e.cameo == "175" and e.target is not None and e.target.code == "KGZ" for e in events)


# --- a member state suspended or expelled by an organisation (expelled.membership_code) ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union suspended Mali from all its activities.", ("IGOAU", "MLI", "160")),
    ("ECOWAS suspended Guinea after the coup.", ("IGOECO", "GIN", "160")),
    ("Mali was suspended from the African Union after the coup.", ("IGOAU", "MLI", "160")),
    ("The African Union announced the suspension of Niger.", ("IGOAU", "NER", "160")),
])
def test_expelled_an_organisation_suspending_a_member_reduces_relations(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                        for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "root"), [
    ("The junta suspended the main Guinean opposition party.", "17"),
    ("The Kenyan lawmaker was suspended from the ruling party.", "16"),
])
def test_expelled_a_party_suspended_is_no_membership_lost(nlp: Language, text: str, root: str) -> None:
    codes = {e.cameo for e in code(nlp, text)}
    assert "160" not in codes and (root != "17" or any(c.startswith("17") for c in codes))
