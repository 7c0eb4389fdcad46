"""Protests and fights told through who took part in them or fell in them (events/participation.py),
and the narrowed violence rules beside them.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads


def _keys(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo[:2])
            for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of Malians took part in a rally in Bamako on Sunday.", ("MLI", "MLI", "14")),
    ("Hundreds of Kenyan students participated in demonstrations against the fee rise.", ("KEN", "KEN", "14")),
    ("Several Guinean youths played a part in the riots in Conakry.", ("GIN", "GIN", "14")),
])
def test_taking_part_in_a_protest_is_protesting(nlp: Language, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in _keys(nlp, text)


@pytest.mark.model
def test_taking_part_in_talks_is_left_to_the_meeting_rules(nlp: Language) -> None:
    # only protests and violence are licensed by taking part here
    assert not any(c.startswith("14") for _, _, c in _keys(nlp, "Malian officials took part in talks in Algiers."))


@pytest.mark.model
@pytest.mark.parametrize(("text", "cameo"), [
    ("Two jailed Kurdish activists in Turkey have been on hunger strike for a month.", "142"),
    ("Zimbabwean doctors have been on strike since Monday.", "143"),
])
def test_being_on_strike_is_a_strike(nlp: Language, text: str, cameo: str) -> None:
    assert any(e.cameo == cameo for e in code(nlp, text))


@pytest.mark.model
def test_the_fallen_of_a_fight_were_fought_by_its_other_side(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Six Afghan soldiers were killed in fighting with Taliban insurgents in Kunduz.")
    assert ("AFGINS", "AFGMIL", "19") in dyads
    # both armed sides fought (CONVENTIONS.md 3.2, session 25: combat.two_sided_fight); the fallen
    # side was the target only until then
    assert ("AFGMIL", "AFGINS", "19") in dyads


@pytest.mark.model
def test_protesters_who_died_in_clashes_with_police_were_repressed(nlp: Language) -> None:
    events = code(nlp, "Three Kenyan protesters died in clashes with police in Kisumu.")
    assert [(e.source.code if e.source else None, e.cameo) for e in events if e.cameo.startswith(("14", "17", "19"))] \
        == [("KENCOP", "175")]


@pytest.mark.model
def test_a_fight_with_no_side_named_leaves_the_fallen_alone(nlp: Language) -> None:
    keys = _keys(nlp, "Six Afghan soldiers were killed in fighting in Kunduz.")
    assert not any(c.startswith("19") for _, _, c in keys)


@pytest.mark.model
def test_a_toll_over_days_of_fighting_between_two_sides_codes_the_fight(nlp: Language) -> None:
    keys = _keys(nlp, "At least 30 people have been killed over three days of fighting between Somali troops "
                      "and al-Shabab militants.")
    assert ("SOM", "SOM", "19") in keys
    assert len([k for k in keys if k[2] == "19"]) == 1


@pytest.mark.model
def test_a_span_of_fighting_with_no_sides_codes_nothing(nlp: Language) -> None:
    assert not any(c.startswith("19") for _, _, c in _keys(
        nlp, "At least 30 Somalis have been killed over three days of fighting."))


@pytest.mark.model
def test_an_air_force_strikes_from_the_air(nlp: Language) -> None:
    events = code(nlp, "The Israeli air force struck targets in Gaza on Tuesday night.")
    assert any(e.cameo == "195" and e.source is not None and e.source.country == "ISR" for e in events)


@pytest.mark.model
def test_executing_an_attack_kills_no_one_by_itself(nlp: Language) -> None:
    events = code(nlp, "Malian officials said a special unit of the jihadists executed the raid on the camp.")
    assert not any(e.trigger.lower() == "executed" for e in events)


@pytest.mark.model
def test_executing_prisoners_is_still_a_killing(nlp: Language) -> None:
    events = code(nlp, "Islamic State militants executed 12 Iraqi soldiers near Mosul.")
    assert any(e.trigger.lower() == "executed" and e.cameo.startswith("18") for e in events)


@pytest.mark.model
def test_captives_held_by_rebels_are_a_state_not_a_new_seizure(nlp: Language) -> None:
    events = code(nlp, "Sri Lankan officials said 5,000 villagers, held against their will by Tamil rebels, "
                       "had escaped.")
    assert not any(e.trigger.lower() == "held" for e in events)


@pytest.mark.model
def test_rebels_holding_soldiers_still_take_hostages(nlp: Language) -> None:
    events = code(nlp, "Tamil rebels held two Sri Lankan soldiers for a week.")
    assert any(e.cameo == "181" for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sudanese army troops clashed with RSF fighters in Omdurman.",
    "Indian troops exchanged fire with Pakistani soldiers along the Line of Control.",
])
def test_an_armed_clash_runs_both_ways(nlp: Language, text: str) -> None:
    fights = [(s, t) for s, t, c in code_dyads(nlp, text) if c == "19"]
    assert len(fights) == 2 and fights[0] == fights[1][::-1]


@pytest.mark.model
def test_a_crowd_clashing_with_police_is_one_riot(nlp: Language) -> None:
    # the riot once, and the police's repression in the same clash (rule 3.3 of the coding convention)
    dyads = code_dyads(nlp, "Malawian demonstrators clashed with police in Blantyre.")
    assert dyads == [("MWICVL", "MWICOP", "14"), ("MWICOP", "MWICVL", "17")]


@pytest.mark.model
def test_regaining_a_town_from_rebels_is_fighting_them(nlp: Language) -> None:
    assert ("CODMIL", "CODREB", "19") in code_dyads(
        nlp, "Congolese army units regained control of the town from the M23 rebels.")


@pytest.mark.model
def test_a_party_regaining_parliament_uses_no_force(nlp: Language) -> None:
    assert not any(c == "19" for _, _, c in code_dyads(
        nlp, "The Kenyan ruling party regained control of parliament from the opposition."))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader has fought three elections against the president.",
    "The Georgian president fought back against the criticism from Moscow.",
    "Reporters fired questions at the Nigerian finance minister in Abuja.",
    "The Russian foreign minister fired a broadside at Washington on Monday.",
])
def test_contests_of_votes_and_words_are_no_force(nlp: Language, text: str) -> None:
    assert not any(c in ("14", "19") for _, _, c in code_dyads(nlp, text))


@pytest.mark.model
def test_a_protest_broken_up_by_police_happened(nlp: Language) -> None:
    roots = [c for _, _, c in code_dyads(nlp, "Togolese police broke up Saturday's march in Lome.")]
    assert sorted(roots) == ["14", "17"]


@pytest.mark.model
def test_a_banned_protest_did_not_happen(nlp: Language) -> None:
    roots = [c for _, _, c in code_dyads(nlp, "Togolese police banned Saturday's march in Lome.")]
    assert "14" not in roots


@pytest.mark.model
@pytest.mark.parametrize(("text", "doer", "root"), [
    ("The assault on the Somali army base, claimed by al-Shabab, killed eight soldiers.", "SOMINS", "19"),
    ("The bombing of a bus station in Kabul, blamed on the Taliban, killed 30 people.", "AFGINS", "18"),
])
def test_an_attack_claimed_by_or_blamed_on_a_group_is_its_act(nlp: Language, text: str, doer: str,
                                                              root: str) -> None:
    assert any(s == doer and c == root for s, _, c in code_dyads(nlp, text))


@pytest.mark.model
def test_a_raid_that_killed_names_its_victims(nlp: Language) -> None:
    assert ("NGAMIL", "NGAINS", "19") in code_dyads(
        nlp, "A raid carried out by Nigerian troops killed 15 Boko Haram fighters.")


@pytest.mark.model
def test_forces_backing_a_fight_fight_too(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Malian troops backed by French forces drove the jihadists out of Timbuktu.")
    assert ("MLIMIL", "MLIINS", "19") in dyads or ("MLIMIL", "INS", "19") in dyads
    assert any(s is not None and s.startswith("FRA") and c == "19" for s, _, c in dyads)


@pytest.mark.model
def test_civilians_backing_an_arrest_arrest_no_one(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Kenyan police backed by local residents arrested three suspects in Mombasa.")
    assert not any(s == "KENCVL" and c == "17" for s, _, c in dyads)


@pytest.mark.model
def test_a_crowd_ransacking_offices_riots(nlp: Language) -> None:
    keys = _keys(nlp, "Angry Malian protesters ransacked the offices of the ruling party in Bamako.")
    assert ("MLI", "MLI", "14") in keys


@pytest.mark.model
def test_police_ransacking_offices_do_not_riot(nlp: Language) -> None:
    assert not any(c == "14" for _, _, c in _keys(nlp, "Malian police ransacked the offices of the opposition party."))


@pytest.mark.model
def test_a_crowd_overrunning_buildings_riots_and_occupies_nothing(nlp: Language) -> None:
    events = code(nlp, "Thousands of Kyrgyz demonstrators overran several government buildings in Bishkek.")
    assert any(e.cameo == "145" for e in events)
    assert not any(e.cameo == "192" for e in events)


@pytest.mark.model
def test_protests_that_went_on_happened(nlp: Language) -> None:
    keys = _keys(nlp, "Protests against the Georgian government have been going on for three weeks.")
    assert ("GEO", "GEO", "14") in keys


@pytest.mark.model
def test_talks_that_went_on_are_left_to_the_meeting_rules(nlp: Language) -> None:
    assert not any(c == "14" for _, _, c in _keys(nlp, "The Georgian talks went on for hours."))


@pytest.mark.model
def test_taking_people_hostage_abducts_them(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Malian jihadists took two French aid workers hostage near Gao.")
    assert [(s, t) for s, t, c in dyads if c == "18"] == [("MLIINS", "FRACVL")]


@pytest.mark.model
def test_taking_a_threat_seriously_takes_no_one(nlp: Language) -> None:
    assert code_dyads(nlp, "The Kenyan government took the threat seriously.") == []


@pytest.mark.model
def test_a_boycott_named_by_its_noun_is_a_boycott(nlp: Language) -> None:
    keys = _keys(nlp, "The Zambian opposition's boycott of the parliamentary vote went ahead on Thursday.")
    assert ("ZMB", "ZMB", "14") in keys


@pytest.mark.model
def test_a_boycott_called_for_is_an_appeal_not_a_boycott(nlp: Language) -> None:
    assert not any(c == "14" for _, _, c in _keys(nlp, "The Zambian opposition called for a boycott of the vote."))


@pytest.mark.model
def test_one_storming_of_three_state_seats_is_one_riot(nlp: Language) -> None:
    events = code(nlp, "Thousands of Brazilian protesters stormed the Brazilian Congress, the Brazilian Supreme Court "
                       "and the presidential palace in Brasilia.")
    assert len([e for e in events if e.cameo.startswith("14")]) == 1


@pytest.mark.model
def test_both_sides_of_a_clash_stay_apart(nlp: Language) -> None:
    fights = [d for d in code_dyads(nlp, "Clashes between Sudanese troops and RSF fighters killed 20 people.")
              if d[2] == "19"]
    assert len(fights) == 2


@pytest.mark.model
def test_a_march_the_police_dispersed_happened(nlp: Language) -> None:
    assert ("MWI", "MWI", "14") in _keys(nlp, "Malawian police dispersed the march with tear gas in Blantyre.")


@pytest.mark.model
def test_a_dispersed_march_told_before_is_not_a_second_protest(nlp: Language) -> None:
    events = code(nlp, "Thousands of Malawians marched in Blantyre on Monday. "
                       "Police dispersed the march with tear gas.")
    assert len([e for e in events if e.cameo.startswith("14")]) == 1


@pytest.mark.model
def test_captives_taken_hostage_before_are_no_new_abduction(nlp: Language) -> None:
    events = code(nlp, "The Fijian rebels freed the ministers whom they had taken hostage in May.")
    assert not any(e.cameo == "181" for e in events)
