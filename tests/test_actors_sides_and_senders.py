"""Actor sides and countries (session 13, args13): a delegation is its sender's, armed men
"loyal to" someone take that someone's side, "they" joins a placed plural group whose place the
parser hung elsewhere, and hyphenated country names count as story evidence. Paragraphs written
for these tests; each names several people or countries."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.extraction import extract
from newsevents.story.context import text_countries


def _actor_codes(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date="2023-03-01", nlp=nlp).actors}


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Norway sent a delegation to Lusaka on Monday. The delegation met Zambian President Hakainde Hichilema.",
     "a delegation", "NORGOV"),
    ("Japan dispatched a delegation to Jakarta on Friday for talks with Indonesian ministers.",
     "a delegation", "JPNGOV"),
    ("A delegation from Ghana arrived in Abuja on Tuesday and met Nigerian officials.",
     "A delegation from Ghana", "GHAGOV"),
])
def test_delegations_take_the_sender_country(nlp: Language, text: str, mention: str, code: str) -> None:
    assert _actor_codes(nlp, text)[mention] == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), [
    # the destination is no clue: left without a country rather than given the host's
    ("A delegation arrived in Nairobi from abroad on Monday for talks with Kenyan officials.", "A delegation"),
    ("DAKAR, Senegal — A government delegation flew to Bamako on Sunday to meet Malian leaders.",
     "A government delegation"),
])
def test_delegations_no_destination_country(nlp: Language, text: str, mention: str) -> None:
    codes = _actor_codes(nlp, text)
    assert codes[mention] in (None, "GOV")


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("In Sudan, fighters loyal to the government attacked a village near the border with Chad.", "SDNMIL"),
    ("Gunmen loyal to a Congolese rebel commander attacked a Rwandan army post on Tuesday.", "CODREB"),
    ("Militiamen loyal to the former president attacked Ivorian soldiers in Abidjan, a French official said.",
     "UAF"),
])
def test_loyalty_armed_men_take_the_side_they_serve(nlp: Language, text: str, source: str) -> None:
    attacks = [e for e in code(nlp, text) if e.cameo.startswith(("19", "18"))]
    assert attacks and all(e.source is not None and e.source.code == source for e in attacks)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Thousands of demonstrators in Bamako marched to the parliament building. "
     "They demanded the release of the jailed mayor, a French diplomat said.", "MLICVL"),
    ("Hundreds of students in Accra marched through the city centre on Monday. "
     "They demanded the release of two classmates held by Togolese police.", "GHAEDU"),
])
def test_plural_roles_they_joins_a_placed_group_after_of(nlp: Language, text: str, source: str) -> None:
    demands = [e for e in code(nlp, text) if e.cameo.startswith("10")]
    assert demands and all(e.source is not None and e.source.code == source for e in demands)


@pytest.mark.parametrize(("text", "countries"), [
    ("Soldiers kill Guinea-Bissau president", ["GNB"]),
    ("Troops patrol Guinea Bissau capital", ["GNB"]),
    ("The Russia-Ukraine talks resume", ["RUS", "UKR"]),
    ("A Saudi-led coalition bombed Sanaa", ["YEM"]),
    ("Pro-Russian rebels shell Donetsk", ["UKR"]),
])
def test_context_text_countries_hyphenated(text: str, countries: list[str]) -> None:
    assert text_countries(text) == countries


@pytest.mark.model
@pytest.mark.parametrize(("text", "cameo", "source"), [
    ("Hundreds of farmers gathered outside the governor's office in Jos, prompting the army to deploy troops.",
     "154", "NGAMIL"),
    ("Riots in Blantyre led the Malawian government to impose a curfew on the city.", "172", "MWIGOV"),
])
def test_frames_cause_verbs_make_their_object_the_doer(nlp: Language, text: str, cameo: str, source: str) -> None:
    acts = [e for e in code(nlp, text) if e.cameo.startswith(cameo[:2])]
    assert acts and all(e.source is not None and e.source.code == source for e in acts)


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Riot police in Tashkent detained ten students, Voice of America reported on Monday.", "Voice of America",
     "USAMED"),
    # an outlet's country is no other country in the sentence: the police stay the story's
    ("Voice of America reported that police officers were held hostage in Andijan. Uzbek troops later "
     "stormed the building in Andijan and freed the officers.", "police officers", "UZBCOP"),
])
def test_outlets_are_named_and_not_the_story(nlp: Language, text: str, mention: str, code: str) -> None:
    assert _actor_codes(nlp, text)[mention] == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Soldiers in Niger detained President Mahamadou Issoufou on Monday. The junta later closed the borders, "
     "Agence France Press reported.", "The junta", "NERGOV"),
    ("Burkina Faso's coup leader, Captain Ibrahim Sawadogo, promised elections within a year, a Ghanaian "
     "minister said.", "Burkina Faso's coup leader", "BFAMIL"),
    ("The mutineers in Chad seized the state broadcaster on Tuesday.", "The mutineers in Chad", "TCDMIL"),
])
def test_coups_the_junta_is_the_military(nlp: Language, text: str, mention: str, code: str) -> None:
    assert _actor_codes(nlp, text)[mention] == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "wrong"), [
    ("DAKAR, Senegal — Senegalese police detained four Malian traders at the border, officials said.\n\n"
     "The authorities said the traders had crossed from Mali without papers. Mali's foreign ministry protested.",
     "The authorities", "MLIGOV"),
    ("LUSAKA, Zambia — Zambian troops closed the border crossing at Kasumbalesa on Monday.\n\n"
     "Officials said Congo had sent soldiers to the area. Congolese officials denied it.",
     "Officials", "CODGOV"),
])
def test_speakers_what_a_body_says_is_not_its_country(nlp: Language, text: str, mention: str, wrong: str) -> None:
    assert _actor_codes(nlp, text)[mention] != wrong


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), [
    ("ACCRA, Ghana — Ghana and Togo agreed on Monday to reopen their border. Officials from both countries "
     "signed the accord in Accra.", "Officials"),
    ("HANOI — Vietnam and Laos pledged closer trade ties. The defence ministers of the two nations will "
     "meet in Vientiane next month.", "The defence ministers"),
])
def test_joint_bodies_have_no_one_country(nlp: Language, text: str, mention: str) -> None:
    codes = _actor_codes(nlp, text)
    assert codes[mention] == "GOV"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Speaking to CNN's Moscow bureau chief Anna Petrova, the Kremlin spokesman denied the report.",
     "CNN's Moscow bureau chief Anna Petrova", "USAMED"),
])
def test_outlets_bureau_chief_is_the_outlet_staff(nlp: Language, text: str, mention: str, code: str) -> None:
    assert _actor_codes(nlp, text)[mention] == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # a delegation that only speaks, in its own capital, is the story's
    ("LUSAKA — The government delegation to the mining talks said on Monday it had received new proposals "
     "from the mine workers' union.", "The government delegation", "ZMBGOV"),
    # one told of as travelling is as likely the host's: no guess
    ("LUSAKA — A government delegation arrived in Lusaka on Monday for talks with Zambian ministers.",
     "A government delegation", "GOV"),
])
def test_delegations_story_country_only_when_not_travelling(nlp: Language, text: str, mention: str,
                                                            code: str) -> None:
    assert _actor_codes(nlp, text)[mention] == code
