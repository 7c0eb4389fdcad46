"""Sides told outside the sentence (session 21): a country named again by a regional epithet
("the Central American nation") is the one country of that region named just before it.

Every paragraph here is written for these tests and names several countries; each rule has near
misses where the epithet must stay without a country.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads


def _epithet_code(nlp: Language, text: str, epithet: str) -> str | None:
    """The code of the actor a mention spelled exactly ``epithet`` belongs to (None: no such mention)."""
    from newsevents.extraction import extract

    for actor in extract(text, date="2019-05-01", nlp=nlp).actors:
        for start, end in actor.mentions or [actor.span]:
            if text[start:end] == epithet:
                return actor.code
    return None


def test_epithet_regions_name_known_countries() -> None:
    from newsevents.actors.epithets import regions
    from newsevents.actors.lexicon import country_names

    known = set(country_names())
    table = regions()
    assert all(members <= known for members in table.values())
    assert "HND" in table["central american"] and "USA" not in table["central american"]
    assert table["north - west african"] == table["northwest african"]


def test_epithet_people_regions_and_longest_name() -> None:
    from newsevents.actors.epithets import longest_region, people_regions, regions

    assert {"arab", "african", "asian", "european", "latin american"} <= people_regions()
    assert "gulf" not in people_regions() and "central american" not in people_regions()
    assert longest_region() == max(len(name.split()) for name in regions())


def test_joint_bodies_region_words_follow_the_epithet_table() -> None:
    from newsevents.actors.joint_bodies import region_words

    words = region_words()
    assert {"andean", "caucasus", "middle eastern", "european", "western", "world"} <= words
    assert "american" not in words  # alone it is the United States'


@pytest.mark.model
@pytest.mark.parametrize(("text", "plural"), [
    ("Ecuador's president opened the summit in Quito on Monday. Andean ministers praised the plan.",
     "Andean ministers"),
    ("Egypt's president opened the summit in Cairo on Monday. Middle Eastern ministers praised the plan.",
     "Eastern ministers"),
    ("Georgia's president opened the summit in Tbilisi on Monday. Caucasus ministers praised the plan.",
     "Caucasus ministers"),
])
def test_regional_plural_is_no_host_countrys(nlp: Language, text: str, plural: str) -> None:
    # a region's adjective draws the plural from its states: the host's country is not theirs
    assert _epithet_code(nlp, text, plural) == "GOV"


@pytest.mark.model
@pytest.mark.parametrize(("text", "epithet", "code"), [
    ("Honduran soldiers ousted the president on Sunday. The Obama administration voiced concern over "
     "events in the Central American nation.", "the Central American nation", "HND"),
    ("Japanese and Thai officials met in Tokyo. Japan later sent rice to Bangkok. Aid agencies said the "
     "grain would reach the poor of the Southeast Asian country within a week.",
     "the Southeast Asian country", "THA"),
    ("Norway's prime minister flew to Riga on Tuesday, where she met Latvia's president. The two spoke "
     "of defence. Later she praised the Baltic state for its reforms.", "the Baltic state", "LVA"),
])
def test_epithet_is_the_one_country_of_its_region_named_before(nlp: Language, text: str, epithet: str,
                                                                code: str) -> None:
    assert _epithet_code(nlp, text, epithet) == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "epithet"), [
    # two countries of the region were named: which one is not for the rule to guess
    ("Guatemala and Honduras closed their border. Mexico criticized the Central American nation.",
     "the Central American nation"),
    # the only country named lies outside the region: no antecedent at all
    ("Kenyan police arrested twelve men in Nairobi. The United States praised the West African nation.",
     "the West African nation"),
    # a region word the table does not hold ("southern" alone names no region of states)
    ("Brazil's president visited Chile. He praised the southern nation for its trade policy.",
     "the southern nation"),
    # named too long before (more than two sentences back), and the story has two Andean countries
    ("Peru and Bolivia signed a water accord on Monday. The session was long. Lawmakers argued. Nobody "
     "voted. Observers said the Andean nation was tired.", "the Andean nation"),
])
def test_epithet_without_one_regional_antecedent_stays_empty(nlp: Language, text: str, epithet: str) -> None:
    assert _epithet_code(nlp, text, epithet) is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "epithet", "code"), [
    # "nation" after a people's adjective is the people ...
    ("Egyptian President Abdel Fattah al-Sisi spoke in Cairo. He said Israel had humiliated the Arab nation "
     "for decades.", "the Arab nation", None),
    ("Kenya's president spoke in Nairobi. He said the colonial powers had robbed the African nation.",
     "the African nation", None),
    # ... but another state noun after it, or "nation" after a region that is no people, is a state
    ("Jordan's foreign minister spoke in Amman. Later the Arab state pledged aid to the refugees.",
     "the Arab state", "JOR"),
    ("Qatar's emir spoke in Doha. He said the Gulf nation would host the talks.", "the Gulf nation", "QAT"),
])
def test_epithet_nation_of_a_people_is_no_state(nlp: Language, text: str, epithet: str, code: str | None) -> None:
    assert _epithet_code(nlp, text, epithet) == code


@pytest.mark.model
def test_epithet_far_from_its_name_takes_the_storys_one_country(nlp: Language) -> None:
    text = ("Peru's congress met on Monday. The session was long. Lawmakers argued. Nobody voted. "
            "Observers said the Andean nation was tired.")
    assert _epithet_code(nlp, text, "the Andean nation") == "PER"


@pytest.mark.model
def test_epithet_with_its_name_after_it_is_left_to_the_name(nlp: Language) -> None:
    text = "Senegal's leader flew to Conakry. He met the president of the West African nation of Guinea."
    assert _epithet_code(nlp, text, "the West African nation") is None


@pytest.mark.model
def test_epithet_gives_the_act_its_target(nlp: Language) -> None:
    text = ("Honduran soldiers ousted the president on Sunday. The Obama administration voiced concern over "
            "events in the Central American nation.")
    assert ("USAGOV", "HND", "11") in code_dyads(nlp, text)


@pytest.mark.model
def test_epithet_does_not_take_the_doers_country_named_beside_it(nlp: Language) -> None:
    # Washington is named right before the epithet, but it is no Central American nation
    text = "Washington condemned the coup. The United States urged the Central American nation to hold elections."
    assert _epithet_code(nlp, text, "the Central American nation") is None


# -- "the group" after a group introduced by the same noun, or named by a shared entry -----------

def _group_codes(nlp: Language, text: str) -> dict[str, str | None]:
    """Each mention spelled "The group"/"the group" -> the code of its actor."""
    from newsevents.extraction import extract

    out: dict[str, str | None] = {}
    for actor in extract(text, date="2019-05-01", nlp=nlp).actors:
        for start, end in actor.mentions or [actor.span]:
            if text[start:end].lower() == "the group":
                out[f"{start}"] = actor.code
    return out


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Soldiers fired on striking workers in Dhaka on Monday. A Bangladeshi rights group said nine people "
     "were hurt. The group condemned the army for the shooting.", "BGDNGO"),
    ("Egypt's banned Muslim Brotherhood says police have detained twelve of its members. The group "
     "accused the police of torture.", "EGYOPP"),
])
def test_the_group_joins_the_one_group_introduced_or_named_before(nlp: Language, text: str, code: str) -> None:
    assert list(_group_codes(nlp, text).values()) == [code]


@pytest.mark.model
def test_the_group_doer_of_the_act(nlp: Language) -> None:
    text = ("Soldiers fired on striking workers in Dhaka on Monday. A Bangladeshi rights group said nine people "
            "were hurt. The group condemned the army for the shooting.")
    assert ("BGDNGO", "BGDMIL", "11") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a group of people introduced by the noun: "the group" may be the farmers, not the rights group
    "A group of farmers marched to the capital. A rights group said the police beat them. The group "
    "condemned the police.",
    # two groups introduced by the noun, both coded: which one is not for the rule to guess
    "A Kenyan rights group and an opposition group met in Nairobi on Friday. The group condemned the police.",
])
def test_the_group_after_another_or_two_groups_stays_unresolved(nlp: Language, text: str) -> None:
    assert not _group_codes(nlp, text)
