"""Actor faults of session 19: a transnational group has no country, a national NGO's code puts
its country first, government fighters are the state's, a name does not swallow the next
clause's people, and Malaysia's ruling party is known.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.dictionaries.compile_actors import national_ngo_code


def _actors(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    from newsevents.extraction import extract
    return {a.text: (a.code, a.country, a.rule) for a in extract(text, date="2012-03-01", nlp=nlp).actors}


@pytest.mark.parametrize(("code", "out"), [
    ("NGOUSAHRI", "USANGO"),  # a national NGO: its country first
    ("NGOGBR", "GBRNGO"),
    ("NGOMUS", "NGOMUS"),  # Muslim, a sector, not Mauritius
    ("NGOLAM", "NGOLAM"),  # a region, no country
    ("NGOAMN", "NGOAMN"),  # an international NGO
    ("USAGOV", "USAGOV"),
])
def test_compile_actors_national_ngo_code(code: str, out: str) -> None:
    assert national_ngo_code(code, {"USA", "GBR", "MUS", "KEN"}) == out


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Al Qaeda claimed responsibility for the bombing of a market in Basra on Sunday.",
    "Yemen's government vowed to fight on. Al Qaeda claimed responsibility for the bombing of a police "
    "station on Sunday. Yemeni officials said five officers died.",
])
def test_transnational_group_has_no_country(nlp: Language, text: str) -> None:
    coded = _actors(nlp, text)
    assert coded["Al Qaeda"] == ("INS", None, "org-transnational")


@pytest.mark.model
def test_transnational_group_branch_keeps_its_country(nlp: Language) -> None:
    coded = _actors(nlp, "Al Qaeda in the Arabian Peninsula attacked a police station in Aden on Monday.")
    assert coded["Al Qaeda in the Arabian Peninsula"][1] == "YEM"


@pytest.mark.model
def test_transnational_group_is_still_the_target_of_a_reaction(nlp: Language) -> None:
    text = ("Al Qaeda claimed responsibility for the bombing of a police station in Aden on Sunday. "
            "The Yemeni president condemned the attack.")
    assert ("YEMGOV", "INS", "11") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("Government fighters shelled rebel positions near Kismayo on Monday, Somali officials said.",
     "Government fighters", "MIL"),
    ("A government-linked militia burned three villages in Darfur, Sudanese activists said.",
     "A government-linked militia", "MIL"),
    # near misses: fighters against the government stay rebels, bare fighters too
    ("Anti-government fighters shelled army positions near Kismayo, Somali officials said.",
     "Anti-government fighters", "REB"),
    ("Fighters shelled army positions near Kismayo on Monday, Somali officials said.", "Fighters", "REB"),
])
def test_government_fighters_are_the_states(nlp: Language, text: str, phrase: str, sector: str) -> None:
    code = _actors(nlp, text)[phrase][0] or ""
    assert code.endswith(sector)


@pytest.mark.model
def test_national_ngo_takes_its_country(nlp: Language) -> None:
    coded = _actors(nlp, "The U.S.-based Carter Center praised the conduct of the vote in Monrovia.")
    assert coded["The U.S.-based Carter Center"][:2] == ("USANGO", "USA")


@pytest.mark.model
def test_international_ngo_stays_without_country(nlp: Language) -> None:
    coded = _actors(nlp, "Amnesty International criticised the arrests of journalists in Nairobi.")
    assert coded["Amnesty International"][1] is None


@pytest.mark.model
def test_person_name_ends_before_a_people_noun(nlp: Language) -> None:
    coded = _actors(nlp, "He tells reporter Paul Kamara Zambians do not want their freedom of expression suppressed.")
    assert "reporter Paul Kamara" in coded
    assert not any("Kamara Zambians" in text for text in coded)


@pytest.mark.model
def test_person_name_keeps_a_people_noun_after_that(nlp: Language) -> None:
    # near miss: "that" parts the name from the clause, the people are their own actor
    coded = _actors(nlp, "He told reporter Samuel Okello that Ugandans do not want the election delayed.")
    assert "reporter Samuel Okello" in coded
    assert coded["Ugandans"][1] == "UGA"


@pytest.mark.model
def test_named_parties_umno_is_malaysian(nlp: Language) -> None:
    coded = _actors(nlp, "UMNO accused the opposition of stirring unrest in Kuala Lumpur on Tuesday.")
    assert coded["UMNO"][:2] == ("MYSPTY", "MYS")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NIAMEY, Niger - Officials said the president and the ministers in his company were held in military barracks.",
    "The president arrived in Niamey in the company of two ministers on Monday.",
])
def test_companionship_names_no_business(nlp: Language, text: str) -> None:
    assert not any((code or "").endswith("BUS") for code, _, _ in _actors(nlp, text).values())


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police raided the offices of an oil company in Niamey on Monday.",
    "The company said the government had cancelled its licence.",
])
def test_companionship_a_firm_is_still_a_business(nlp: Language, text: str) -> None:
    assert any((code or "").endswith("BUS") for code, _, _ in _actors(nlp, text).values())


@pytest.mark.model
@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Al-Shabab says 60 Kenyan troops were killed, but Deputy Gedo Governor Ahmed Hassan told reporters that "
     "40 Kenyan soldiers died.", "Deputy Gedo Governor Ahmed Hassan", "SOMGOV"),
    ("Supporters of the Aam Aadmi Party, or Common Man's Party, protested in New Delhi on Friday.",
     "the Aam Aadmi Party", "INDPTY"),
    ("Comorian police arrested two opposition leaders in Moroni on Friday.", "opposition leaders in Moroni",
     "COMOPP"),
])
def test_dictionary_additions(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert _actors(nlp, text)[phrase][0] == code


@pytest.mark.model
def test_coref_the_countrys_body_among_several_countries_gets_none(nlp: Language) -> None:
    text = "Moldova's foreign ministry expelled five Russian diplomats in a move that outraged the country's president."
    assert _actors(nlp, text)["president"][1] is None  # not Russia's, the diplomats' country


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Moldova's foreign ministry expelled five diplomats in a move that outraged the country's president.",
    "Moldova expelled five Russian diplomats in a move that outraged the country's president.",
])
def test_coref_the_countrys_body_takes_the_one_country(nlp: Language, text: str) -> None:
    assert _actors(nlp, text)["president"][1] == "MDA"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The government accused Rwanda of sending troops across the border.",
    "KINSHASA - Congo's army clashed with rebels near Goma on Monday. The government accused Rwanda of sending "
    "troops across the border.",
])
def test_counterpart_states_the_accused_country_is_not_the_accusers(nlp: Language, text: str) -> None:
    assert _actors(nlp, text)["The government"][1] != "RWA"


@pytest.mark.model
@pytest.mark.parametrize(("text", "phrase"), [
    # near misses: a home army fights rebels of its own country; police arrest their own opposition
    ("The army clashed with Rwandan rebels near the border on Monday.", "The army"),
    ("Police arrested Rwandan opposition leaders in Kigali on Monday.", "Police"),
])
def test_counterpart_states_home_foes_still_place_the_body(nlp: Language, text: str, phrase: str) -> None:
    assert _actors(nlp, text)[phrase][1] == "RWA"


@pytest.mark.model
def test_named_countries_what_a_body_says_is_not_whose_it_is(nlp: Language) -> None:
    text = ("KINSHASA - Congo's army clashed with rebels near Goma on Monday. The government said Rwandan troops "
            "had crossed the border to help the rebels.")
    assert _actors(nlp, text)["The government"][1] == "COD"


@pytest.mark.model
def test_named_countries_a_body_named_by_its_country_keeps_it(nlp: Language) -> None:
    text = ("KINSHASA - Congo's army clashed with rebels near Goma on Monday. The Rwandan government said its "
            "troops had not crossed the border.")
    assert _actors(nlp, text)["The Rwandan government"][1] == "RWA"
