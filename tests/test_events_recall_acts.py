"""Political acts of wire news the coder used to find no pattern for: words the tokenizer splits at
their hyphen ("sit-in", "tear-gassed"), a state of emergency (coercion only when imposed on people),
bans on gatherings, marches on a place, taking someone to court, a crowd named under a gerund,
attempted arrests, expelled journalists. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.nlp.docview import doc_view

pytestmark = pytest.mark.model


def roots(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


def codes(text: str, nlp: Language) -> set[str]:
    return {e.cameo for e in code(nlp, text)}


def test_a_word_split_at_its_hyphen_keeps_the_whole_words_forms(nlp: Language) -> None:
    doc = nlp("Hundreds of nurses held a sit-in while police pepper-sprayed them.")
    forms = doc_view(doc).forms
    words = [t.text for t in doc]
    # "sit-in" is kept whole by the tokenizer since session 15 (nlp/hyphen_nouns.py)
    assert "sit-in" in words and "sit-in" in forms[words.index("sit-in")]
    assert "pepper-spray" in forms[words.index("sprayed")]
    # the lemma stays first: other rules read the first form
    assert forms[words.index("sprayed")][0] == "spray"
    # "tear-gassed" is kept whole by the tokenizer (nlp/hyphen_verbs.py), its forms hold "tear-gas"
    gassed = nlp("Police tear-gassed the nurses.")
    assert "tear-gas" in doc_view(gassed).forms[1]
    # a hyphen with spaces around it joins nothing
    spaced = nlp("The vote - held on Sunday - was close.")
    assert all("-" not in f for fs in doc_view(spaced).forms for f in fs if fs != ("-",))


@pytest.mark.parametrize(("text", "expected"), [
    ("Striking Zambian miners staged a sit-in outside the mines ministry in Lusaka.", ("ZMB", "ZMB", "14")),
    ("Hundreds of Malawian teachers held a sit-in at the education ministry in Lilongwe.", ("MWI", "MWI", "14")),
])
def test_a_sit_in_is_a_demonstration(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(text, nlp)


def test_a_walkout_and_a_stay_away_are_strikes_or_boycotts_not_arrests(nlp: Language) -> None:
    found = code(nlp, "Zimbabwean workers held a two-day stay-away in Bulawayo.")
    assert {e.cameo for e in found} == {"143"}  # "held" is no detention here
    assert "143" in codes("Opposition lawmakers staged a walk-out from the Ugandan parliament.", nlp)


@pytest.mark.parametrize("text", [
    "Riot police tear-gassed the students outside the Kenyan parliament.",
    "Police teargassed opposition supporters in Kampala on Monday.",
])
def test_tear_gassing_a_crowd_is_violent_repression(nlp: Language, text: str) -> None:
    assert "175" in codes(text, nlp)


def test_a_state_of_emergency_over_unrest_is_coercion_at_home(nlp: Language) -> None:
    text = "The Ethiopian government declared a state of emergency after months of anti-government protests."
    assert ("ETH", "ETH", "1724") in country_triples(code(nlp, text))
    assert "1724" in codes("The Chadian junta proclaimed a state of siege in the east after rebel attacks.", nlp)
    assert "1724" in codes("Thailand's army imposed martial law across the country on Tuesday.", nlp)


@pytest.mark.parametrize("text", [
    # a natural hazard or disease: no one is coerced
    "The Philippine president declared a state of emergency over the eruption of the volcano.",
    "Kenya declared a state of emergency after floods swept through the north of the country.",
    "The governor declared a state of emergency to slow the spread of the virus.",
    # no unrest told: a state of emergency alone may answer anything
    "Peru declared a state of emergency in the southern region on Monday.",
    # not an emergency at all
    "The Nigerian president declared a state of mourning for the victims.",
])
def test_a_state_of_emergency_with_no_unrest_codes_nothing(nlp: Language, text: str) -> None:
    assert "1724" not in codes(text, nlp)


def test_a_security_law_is_not_martial_law(nlp: Language) -> None:
    assert "1724" not in codes("Beijing imposed a sweeping national security law on Hong Kong.", nlp)


def test_banning_a_rally_restricts_its_organisers(nlp: Language) -> None:
    text = "The Kenyan government banned the opposition rally planned for Saturday in Nairobi."
    assert ("KEN", "KEN", "1721") in country_triples(code(nlp, text))


def test_taking_part_in_a_march_takes_no_ground(nlp: Language) -> None:
    found = codes("Thousands of Venezuelans took part in an anti-government march in Caracas.", nlp)
    assert "192" not in found
    assert "141" in found


def test_a_march_on_a_place_targets_it(nlp: Language) -> None:
    assert ("UGA", "UGA", "14") in roots("Students marched to parliament in Kampala on Tuesday.", nlp)


def test_taking_someone_to_court_is_a_lawsuit(nlp: Language) -> None:
    assert ("ZMB", "ZMB", "11") in roots("The Zambian opposition took the electoral commission to court.", nlp)


def test_a_crowd_under_a_gerund_is_the_target_of_tear_gas(nlp: Language) -> None:
    # parsed with the crowd as the subject of "marching": the crowd is still what was fired at
    text = "Sudanese police fired tear gas and stun grenades at thousands of students marching in Khartoum."
    assert ("SDN", "SDN", "17") in roots(text, nlp)


def test_an_attempted_arrest_is_coercion_but_an_attempted_assault_is_nothing(nlp: Language) -> None:
    assert "170" in codes("Pakistani police attempted to arrest the opposition leader at his home.", nlp)
    assert not {c for c in codes("Malian troops tried to storm the rebel stronghold.", nlp) if c[:2] in ("19", "18")}


def test_expelling_journalists_deports_them(nlp: Language) -> None:
    found = code(nlp, "The Ethiopian government expelled two American journalists on Friday.")
    assert {(e.cameo, e.target.country if e.target else None) for e in found} == {("174", "USA")}
    # diplomats are still expelled as a sanction on their state
    assert "166" in codes("Ethiopia expelled three American diplomats on Friday.", nlp)


def test_being_fed_up_with_someone_disapproves_of_them(nlp: Language) -> None:
    assert ("ZWE", "ZWE", "11") in roots("Zimbabwean students said they were fed up with President Mugabe.", nlp)
    # fed by someone is no disapproval
    assert not {c for c in codes("The refugees were fed by aid workers in Goma.", nlp) if c.startswith("11")}


def test_saying_a_vote_was_rigged_criticises_the_government_that_held_it(nlp: Language) -> None:
    assert ("KEN", "KEN", "11") in roots("The Kenyan opposition said the election was rigged.", nlp)
    # a foreign critic's own government held no vote: no target is made up for it
    assert ("USA", "USA", "11") not in roots("The US State Department said the Kenyan vote was rigged.", nlp)
    # a neutral passive judges nothing
    assert not {c for c in codes("Kenyan officials said the election was held peacefully.", nlp) if c.startswith("11")}


def test_taking_someone_to_task_rebukes_them(nlp: Language) -> None:
    assert ("DEU", "HUN", "11") in roots("The German chancellor took Hungary to task over its media law.", nlp)


def test_troops_deployed_with_no_agent_are_the_side_that_moves(nlp: Language) -> None:
    assert ("KEN", "SOM", "15") in roots("Kenyan troops were deployed along the Somali border.", nlp)
    assert ("RUS", "BLR", "15") in roots("Russia deployed troops to Belarus.", nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ukrainian army shelled rebel positions near Donetsk.", ("UKR", "UKR", "19")),
    ("Syrian warplanes bombed rebel strongholds in Idlib.", ("SYR", "SYR", "19")),
])
def test_the_owner_of_positions_hit_is_the_target(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(text, nlp)


def test_a_counteroffensive_is_an_attack(nlp: Language) -> None:
    assert ("UKR", "RUS", "19") in roots("Ukraine launched a counteroffensive against Russian forces.", nlp)


def test_shutting_down_the_internet_restricts_speech(nlp: Language) -> None:
    assert "1721" in codes("The Cameroonian authorities shut down the internet in the Anglophone regions.", nlp)
    # a criminal network broken up is no restriction of speech
    assert "1721" not in codes("Kenyan police shut down a smuggling network in Mombasa.", nlp)


def test_what_a_protesting_crowd_says_is_said_by_the_same_crowd(nlp: Language) -> None:
    found = roots("Thousands marched in Yerevan calling for the Armenian prime minister's resignation.", nlp)
    assert ("ARM", "ARM", "14") in found
    assert ("ARM", "ARM", "10") in found


def test_an_army_deployed_in_a_gerund_with_no_subject_has_no_doer(nlp: Language) -> None:
    text = "Amman turned down a UN request for stationing Jordanian soldiers along the frontier."
    assert not [e for e in code(nlp, text) if e.cameo.startswith("15")]


def test_lifting_a_state_of_emergency_is_easing_it(nlp: Language) -> None:
    text = "Ethiopia's government ended the state of emergency in the Amhara region on Friday."
    assert ("ETH", "ETH", "0814") in country_triples(code(nlp, text))
    assert "0813" in codes("Sri Lanka lifted the curfew in Colombo on Monday.", nlp)


def test_a_crowd_of_party_supporters_clashing_with_police_riots(nlp: Language) -> None:
    assert ("BGD", "BGD", "14") in roots("Bangladeshi opposition supporters clashed with police in Dhaka.", nlp)
    # office holders clash in words only
    assert not roots("Opposition MPs clashed with ministers over the budget.", nlp)


def test_a_riot_named_by_a_noun_is_a_violent_protest(nlp: Language) -> None:
    assert "145" in codes("Thousands of youths joined the riots in Conakry.", nlp)


def test_torching_a_partys_offices_destroys_property(nlp: Language) -> None:
    # a crowd's arson of what a party or the state owns is its riot (145, events/crowd_damage.py,
    # session 16, as the real-news gold codes it); forces and rebels destroy property (1712)
    assert "145" in codes("Protesters torched the ruling party's offices in Bamako.", nlp)
    assert "1712" in codes("Rebels torched the ruling party's offices in Bamako.", nlp)


def test_being_critical_of_someone_disapproves(nlp: Language) -> None:
    assert ("KEN", "KEN", "11") in roots("The Kenyan opposition has been critical of the electoral commission.", nlp)
    assert not codes("The patient is in critical condition.", nlp)


def test_hitting_back_at_someone_is_a_retort_unless_arms_are_named(nlp: Language) -> None:
    assert ("PAK", "IND", "11") in roots("Pakistan hit back at India over the remarks.", nlp)
    assert ("ISR", "LBN", "19") in roots("Israel hit back at Hezbollah with airstrikes in southern Lebanon.", nlp)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ugandan police took the opposition leader into custody on Tuesday.", "173"),
    ("Belarusian authorities barred the opposition candidate from running in the election.", "1722"),
    ("The Ugandan electoral commission disqualified the main opposition candidate.", "1722"),
    ("Cambodia's supreme court dissolved the main opposition party.", "1722"),
    ("Zimbabwean police searched the home of the opposition leader in Harare.", "170"),
])
def test_coercion_named_by_phrases_of_wire_news(nlp: Language, text: str, expected: str) -> None:
    assert expected in codes(text, nlp)


def test_a_search_for_suspects_coerces_no_one(nlp: Language) -> None:
    assert not codes("Kenyan police searched for the suspects in Mombasa.", nlp)


def test_tightening_security_increases_police_power(nlp: Language) -> None:
    assert ("IND", "PAK", "15") in roots("India increased security along the Pakistani border.", nlp)
    assert not {c for c in codes("Kenya and Uganda stepped up security cooperation.", nlp) if c.startswith("15")}


def test_guerrilla_warfare_is_unconventional_violence_against_the_government(nlp: Language) -> None:
    text = "Al-Shabab insurgents have continued to wage guerrilla-style warfare."
    assert ("SOM", "SOM", "18") in roots(text, nlp)
    assert ("RUS", "UKR", "19") in roots("Russia waged war on Ukraine.", nlp)


def test_an_act_named_as_the_subject_of_its_effects_happened(nlp: Language) -> None:
    assert ("UGA", "UGA", "17") in roots("The arrest of the Ugandan opposition leader sparked riots in Kampala.", nlp)
    text = "The Nigerian army's offensive against Boko Haram has displaced thousands."
    assert ("NGA", "NGA", "19") in roots(text, nlp)


@pytest.mark.parametrize("text", [
    "A war with Iran would trigger a global recession.",
    "A military strike on Iran could spark a regional war.",
    "Fears of a crackdown prompted many activists to flee.",
])
def test_an_act_that_only_would_have_effects_did_not_happen(nlp: Language, text: str) -> None:
    assert not {c for c in codes(text, nlp) if c[:2] in ("17", "19")}


def test_suicide_bombers_are_no_warplanes(nlp: Language) -> None:
    assert "1831" in codes("Two suicide bombers attacked a mosque in Kabul.", nlp)
    assert "195" in codes("Russian bombers struck targets in Syria.", nlp)


def test_warships_sent_are_deployed_not_supplied(nlp: Language) -> None:
    assert ("USA", None, "154") in country_triples(
        code(nlp, "The United States sent an aircraft carrier to the Korean peninsula."))
    assert ("DEU", "UKR", "07") in roots("Germany sent air defence systems to Ukraine.", nlp)


def test_an_army_put_on_alert_in_the_passive_raises_its_own_alert(nlp: Language) -> None:
    assert ("KEN", "KEN", "152") in country_triples(code(nlp, "The Kenyan army was put on high alert."))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Egyptian government announced a ban on the Muslim Brotherhood.", "1722"),
    ("The Indian government imposed restrictions on the media in Kashmir.", "1721"),
])
def test_a_governments_measures_on_its_own_people_are_administrative(nlp: Language, text: str, expected: str) -> None:
    found = codes(text, nlp)
    assert expected in found and "163" not in found


def test_sanctions_on_another_country_stay_sanctions(nlp: Language) -> None:
    assert ("USA", "CHN", "163") in country_triples(code(nlp, "Washington imposed sanctions on Chinese officials."))
    assert "085" in codes("The US lifted sanctions on Venezuelan oil.", nlp)


def test_live_ammunition_used_on_a_crowd_is_repression(nlp: Language) -> None:
    assert ("KEN", "KEN", "175") in country_triples(
        code(nlp, "Kenyan police used live ammunition against protesters in Nairobi."))


def test_agreeing_to_a_truce_is_the_truce(nlp: Language) -> None:
    found = country_triples(code(nlp, "Armenia and Azerbaijan agreed on a ceasefire in Moscow."))
    assert {("ARM", "AZE", "0871"), ("AZE", "ARM", "0871")} <= found
    assert ("ISR", "PSE", "0871") in country_triples(code(nlp, "Israel agreed to a ceasefire with Hamas."))


def test_protesters_gathering_demonstrate_but_mourners_do_not(nlp: Language) -> None:
    assert ("GEO", "GEO", "14") in roots("Thousands of opposition supporters gathered in Tbilisi.", nlp)
    assert not codes("Mourners gathered at the funeral in Kabul.", nlp)


def test_office_holders_walking_out_boycott(nlp: Language) -> None:
    assert "143" in codes("The Russian delegation walked out of the UN meeting.", nlp)


def test_denying_an_elections_fairness_criticises_it(nlp: Language) -> None:
    assert ("KEN", "KEN", "11") in roots("The Kenyan opposition said the election was not credible.", nlp)
    found = roots("The EU said the Belarusian election was neither free nor fair.", nlp)
    assert ("BLR", "11") in {(t, r) for _, t, r in found}
    assert not roots("Observers said the Nigerian vote was free and fair.", nlp)
    assert not roots("The minister said the talks were not easy.", nlp)


def test_a_ban_on_the_press_restricts_speech(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Burundian government suspended the BBC."))
    assert ("BDI", "GBR", "1721") in found
    assert "1722" in codes("The junta banned the main opposition party.", nlp)


def test_the_possessor_of_an_arrest_is_the_one_held_unless_an_of_names_them(nlp: Language) -> None:
    text = "The Ugandan opposition leader's arrest on Monday triggered protests."
    assert [(e.target.country if e.target else None, e.cameo) for e in code(nlp, text) if e.cameo == "173"] == [
        ("UGA", "173")]
    found = country_triples(code(nlp, "Kenya's arrest of two Chinese nationals angered Beijing."))
    assert ("KEN", "CHN", "173") in found
