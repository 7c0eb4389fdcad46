"""Actor countries and sides (session 14, args14): countries with near-identical names follow the
story, rival parties of one country are two actors, men loyal to a person are a side of their own,
and the plural forms of guard and riot units are roles. Paragraphs written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.actors.loyalty import distinct_factions
from newsevents.extraction import extract


def _actor_code(nlp: Language, text: str, mention: str, date: str = "2023-03-01") -> str | None:
    """The code of the actor whose text holds ``mention``."""
    return next(a.code for a in extract(text, date=date, nlp=nlp).actors if mention in a.text)


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "expected", "date"), [
    # a Guinea-Bissau prime minister filed under Guinea by the person lists
    ("BISSAU — Soldiers surrounded the home of Prime Minister Carlos Gomes on Monday. "
     "Guinea-Bissau's army chief said the troops wanted higher pay.", "Carlos Gomes", "GNBGOV", "2012-01-05"),
    # "Congolese" is the dictionaries' Kinshasa word; the story is Brazzaville's
    ("BRAZZAVILLE — Opposition supporters marched through Brazzaville on Saturday. "
     "The Congolese President accused the marchers of plotting a coup.", "The Congolese President", "COGGOV",
     "2016-03-05"),
    # "Dominican" is Dominica's in the dictionaries; the story names only the Dominican Republic
    ("SANTO DOMINGO — Dominican police arrested six smugglers near the Haitian border on Tuesday, "
     "officials in the Dominican Republic said.", "Dominican police", "DOMCOP", "2022-05-10"),
])
def test_sibling_countries_follow_the_named_one(nlp: Language, text: str, mention: str, expected: str,
                                                date: str) -> None:
    assert _actor_code(nlp, text, mention, date) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "expected"), [
    # both countries named: the dictionaries' reading stands
    ("KINSHASA — The Congolese army shelled rebel positions near Goma, and Congo-Brazzaville closed its "
     "border, officials in Kinshasa said.", "The Congolese army", "CODMIL"),
    ("CONAKRY — Guinean soldiers patrolled the streets of Conakry on Monday after a night of gunfire.",
     "Guinean soldiers", "GINMIL"),
])
def test_sibling_countries_stay_when_the_own_is_named(nlp: Language, text: str, mention: str,
                                                      expected: str) -> None:
    assert _actor_code(nlp, text, mention) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("WASHINGTON — Republicans accused Democrats of blocking the budget bill on Monday.", "USAPTY", "USAPTY"),
    ("DAR ES SALAAM — Chadema accused the CCM of rigging the local elections on Monday.", "TZAPTY", "TZAPTY"),
    ("LUANDA — UNITA accused the MPLA of buying votes in the provinces on Friday.", "AGOPTY", "AGOPTY"),
])
def test_named_parties_rival_parties_are_two_actors(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "11") in _dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("LUANDA — UNITA accused the MPLA of buying votes in the provinces on Friday.", "UNITA"),
    ("MAPUTO — RENAMO said on Monday it would boycott the vote.", "RENAMO"),
])
def test_named_parties_keep_their_own_name(nlp: Language, text: str, name: str) -> None:
    names = {a.name for a in extract(text, date="2023-03-01", nlp=nlp).actors}
    assert name in names


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("TRIPOLI — Forces loyal to Khalifa Haftar attacked government troops south of Tripoli on Thursday.",
     ("LBYMIL", "LBYMIL", "19")),
    ("JUBA — Troops loyal to Riek Machar attacked government troops near Malakal on Sunday.",
     ("SSDMIL", "SSDMIL", "19")),
])
def test_loyalty_a_person_s_men_are_their_own_side(nlp: Language, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.parametrize(("a", "b", "distinct"), [
    ("forces loyal to Khalifa Haftar", "government troops", True),
    ("government troops", "fighters loyal to Riek Machar", True),
    ("forces loyal to Khalifa Haftar", "forces loyal to Khalifa Haftar", False),
    ("government troops", "soldiers", False),
])
def test_loyalty_distinct_factions(a: str, b: str, distinct: bool) -> None:
    assert distinct_factions(a, b) is distinct


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("KINSHASA — Presidential guards fired on opposition supporters outside parliament on Monday.",
     ("CODMIL", "CODOPP", "19")),
    ("HARARE — Anti-riot police arrested twelve students outside the university on Tuesday.",
     ("ZWECOP", "ZWEEDU", "17")),
    ("BAGHDAD — Republican Guards shelled rebel positions near the city on Friday.", ("IRQMIL", "IRQREB", "19")),
])
def test_roles_guard_and_riot_units_in_the_plural(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), [
    ("KYIV — Police detained dozens of marchers in Kyiv on Monday. European leaders urged restraint.",
     "European leaders"),
    ("CARACAS — Troops fired on a crowd in Caracas on Sunday. Latin American presidents condemned the killings.",
     "American presidents"),
    ("SANAA — Rebels shelled the port on Friday. Gulf ministers urged both sides to stop fighting.",
     "Gulf ministers"),
])
def test_joint_bodies_a_region_s_officials_have_no_one_country(nlp: Language, text: str, mention: str) -> None:
    assert _actor_code(nlp, text, mention) in (None, "GOV")


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "expected"), [
    # the continent's "American" is no United States (one country named: the story's)
    ("MANAGUA — Police arrested two opposition leaders in Managua. Latin American leaders urged calm.",
     "American leaders", None),
    # the country's "American" still is
    ("TOKYO — American officials met Japanese ministers in Tokyo on Monday.", "American officials", "USAGOV"),
])
def test_lexicon_continent_american_names_no_country(nlp: Language, text: str, mention: str,
                                                     expected: str | None) -> None:
    code_ = _actor_code(nlp, text, mention)
    assert code_ == expected or (expected is None and code_ in (None, "GOV"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "expected"), [
    # the outlet named in the text (VOA: USA) is the reporter's, not the story's country
    ("HARARE — Police surrounded the offices of the opposition in Harare on Wednesday, VOA reported. "
     "In Bulawayo, residents feared more violence, correspondent Tendai Moyo reported.",
     "Tendai Moyo", "USAMED"),
    ("NAIROBI — Kenyan police dispersed a march in Nairobi on Monday, a VOA reporter said. "
     "A student leader tells reporter Mary Wanjiku the marchers will return.", "Mary Wanjiku", "USAMED"),
])
def test_outlet_staff_take_the_outlet_country(nlp: Language, text: str, mention: str, expected: str) -> None:
    assert _actor_code(nlp, text, mention) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), [
    # a reporter the story acts on is no narrator: the outlet's country is no clue
    ("HARARE — Police arrested reporter Tendai Moyo in Harare on Wednesday, VOA reported.", "Tendai Moyo"),
])
def test_outlet_staff_leave_a_reporter_acted_on(nlp: Language, text: str, mention: str) -> None:
    assert _actor_code(nlp, text, mention) != "USAMED"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), [
    ("KYIV — World leaders called on the government and the marchers to stop the bloodshed in Kyiv.",
     "World leaders"),
    ("BAMAKO — Foreign diplomats in Bamako urged the junta to hold elections.", "Foreign diplomats"),
])
def test_joint_bodies_world_and_foreign_officials_have_no_one_country(nlp: Language, text: str,
                                                                      mention: str) -> None:
    assert _actor_code(nlp, text, mention) in (None, "GOV")


@pytest.mark.model
def test_sibling_countries_a_curated_person_names_his_country(nlp: Language) -> None:
    # Brazzaville's president, known to our own persons table, stays Brazzaville's in a Kinshasa story
    text = ("KINSHASA — Congolese police dispersed a march in Kinshasa on Monday. "
            "President Denis Sassou Nguesso offered to mediate between the government and the opposition.")
    assert _actor_code(nlp, text, "Sassou Nguesso", "2016-03-05") == "COGGOV"
