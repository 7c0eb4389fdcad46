"""Actors abroad: envoys, news staff, visitors, refugees and foreign missions.

An office held abroad (envoy, ambassador) takes no story country; a reporter is the outlet's; a
news outlet is no evidence of where the story happens; the venue where an accord is signed places
no one; visitors are held by the police of where they are; refugees' untargeted demands are not
made of their home government; a protest at a foreign mission is aimed at that state.
"""

from __future__ import annotations

from spacy.language import Language

from newsevents.extraction import extract


def _ex(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return extract(text, "2019-05-14", nlp=nlp)


def _actor(nlp: Language, text: str, words: str):  # type: ignore[no-untyped-def]
    ex = _ex(nlp, text)
    return next(a for a in ex.actors if a.text == words)


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    ex = _ex(nlp, text)
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo[:2])
            for e in ex.events}


def test_a_bare_envoy_takes_no_story_country(nlp: Language) -> None:
    text = ("Lawmakers Debate New Budget\n\nACCRA — Ghana's parliament met on Tuesday to debate the budget. "
            "The envoy told reporters that donors were worried.")
    envoy = _actor(nlp, text, "The envoy")
    assert envoy.country is None
    assert any("envoy" in w for w in _ex(nlp, text).warnings)


def test_a_bare_official_still_takes_the_story_country(nlp: Language) -> None:
    text = ("Lawmakers Debate New Budget\n\nACCRA — Ghana's parliament met on Tuesday to debate the budget. "
            "The spokesman told reporters that donors were worried.")
    assert _actor(nlp, text, "The spokesman").country == "GHA"


def test_where_an_accord_was_signed_places_no_one(nlp: Language) -> None:
    text = ("Fighting Resumes in the North\n\nJUBA — Rebel forces shelled an army base on Monday, breaking the "
            "truce signed in Addis Ababa last week.")
    assert _actor(nlp, text, "Rebel forces").country == "SSD"


def test_a_reporter_is_of_the_outlet_he_works_for(nlp: Language) -> None:
    assert ("EGY", "GBR", "17") in _dyads(nlp, "Egyptian police detained a reporter for the BBC on Friday.")
    assert ("EGY", "QAT", "17") in _dyads(nlp, "Egyptian police arrested a journalist working for Al Jazeera.")


def test_a_correspondent_is_a_newsman(nlp: Language) -> None:
    assert _actor(nlp, "Russia expelled a correspondent of the BBC on Thursday.", "a correspondent").country == "GBR"


def test_a_news_outlet_is_no_evidence_of_the_story_country(nlp: Language) -> None:
    text = ("Reporter Held Overnight\n\nCAIRO — Police detained a correspondent for the BBC on Sunday and "
            "questioned him for hours.")
    assert _ex(nlp, text).story.countries == ["EGY"]
    assert _actor(nlp, text, "Police").country == "EGY"


def test_the_secretary_general_is_no_general(nlp: Language) -> None:
    chief = _actor(nlp, "The Secretary-General of NATO praised Germany on Monday.", "The Secretary-General")
    assert chief.sector != "MIL"
    assert (chief.code or "").startswith("IGO")


def test_visitors_are_held_by_the_police_of_where_they_are(nlp: Language) -> None:
    text = ("Fight at a Beach Bar\n\nBANGKOK — Two Australian tourists were arrested on Sunday after a fight "
            "in a bar, Thai officials said.")
    assert ("THA", "AUS", "17") in _dyads(nlp, text)


def test_dissidents_are_held_by_their_own_state(nlp: Language) -> None:
    text = ("Washington Condemns Arrests\n\nWASHINGTON — U.S. officials said on Monday that two Iranian "
            "opposition activists were arrested last week.")
    assert ("IRN", "IRN", "17") in _dyads(nlp, text)


def test_refugees_do_not_demand_of_their_home_government(nlp: Language) -> None:
    text = "Afghan refugees in Pakistan staged a sit-in on Monday, demanding work permits."
    assert not any(src == "AFG" and tgt == "AFG" for src, tgt, _ in _dyads(nlp, text))


def test_a_protest_at_a_foreign_embassy_is_aimed_at_its_state(nlp: Language) -> None:
    text = "A Tense Weekend\n\nBEIRUT — Hundreds of students rallied outside the Russian embassy on Monday."
    assert ("LBN", "RUS", "14") in _dyads(nlp, text)


def test_a_protest_noun_at_a_consulate_is_aimed_at_its_state(nlp: Language) -> None:
    text = "A Tense Weekend\n\nANKARA — Protests broke out outside the Chinese consulate in Istanbul on Friday."
    assert ("TUR", "CHN", "14") in _dyads(nlp, text)


def test_expatriates_at_their_own_embassy_protest_their_government(nlp: Language) -> None:
    text = "A Tense Weekend\n\nNigerian students protested in front of the Nigerian embassy in London on Tuesday."
    assert ("NGA", "NGA", "14") in _dyads(nlp, text)


def test_where_a_speaker_speaks_from_places_no_one(nlp: Language) -> None:
    text = ("Opposition Plans Stayaway\n\nLUSAKA — The opposition announced a stayaway on Friday. The party's "
            "spokesman, speaking by phone from Nairobi, said police had detained five members.")
    assert _actor(nlp, text, "police").country == "ZMB"


def test_whom_an_agent_acts_on_does_not_give_it_a_country(nlp: Language) -> None:
    text = ("Hostages Freed in the Desert\n\nNIAMEY — Militants released three Italian hostages on Saturday. "
            "Italy thanked Niger for its help.")
    assert _actor(nlp, text, "Militants").country != "ITA"


def test_a_peoples_forces_are_not_the_states_army(nlp: Language) -> None:
    text = "Clashes in the North\n\nBAGHDAD — Kurdish forces clashed with Iraqi soldiers near Mosul on Sunday."
    kurds = _actor(nlp, text, "Kurdish forces")
    assert kurds.sector != "MIL"
    assert ("IRQ", "IRQ", "19") in _dyads(nlp, text)


def test_a_country_name_inside_a_longer_place_name_is_not_the_country(nlp: Language) -> None:
    text = "Oil Spill\n\nLAGOS — A Shell spokesman denied that the firm had polluted the Niger Delta."
    assert not any(tgt == "NER" for _, tgt, _ in _dyads(nlp, text))


def test_the_company_is_the_named_companys(nlp: Language) -> None:
    text = ("Oil Spill in the Delta\n\nLAGOS — A Shell spokesman said on Monday that the company had "
            "cleaned the spill.")
    start = text.index("the company")
    owner = next(a for a in _ex(nlp, text).actors if any(s == start for s, _ in a.mentions))
    assert owner.country == "GBR"


def test_herders_are_actors_of_where_they_are(nlp: Language) -> None:
    text = "Violence in the Middle Belt\n\nHerders killed five villagers in Benue State on Tuesday."
    assert _actor(nlp, text, "Herders").country == "NGA"


def test_the_refugees_repeat_the_refugee_group_named_with_its_place(nlp: Language) -> None:
    text = ("Camp Tensions\n\nNAIROBI — Somali refugees in Kenya held a sit-in on Monday. Kenyan police "
            "dispersed the refugees with tear gas.")
    start = text.index("the refugees")
    group = next(a for a in _ex(nlp, text).actors if any(s == start for s, _ in a.mentions))
    assert group.country == "SOM"


def test_an_actor_placed_by_a_bare_ambiguous_name_follows_its_resolution(nlp: Language) -> None:
    text = ("Camps Near the Border\n\nDAR ES SALAAM — Tanzania hosts thousands of refugees in its western "
            "camps. Congo's government on Tuesday invited the exiles to come home.")
    start = text.index("the exiles")
    exiles = next(a for a in _ex(nlp, text).actors if any(s == start for s, _ in a.mentions))
    assert exiles.country == "COD"


def test_protests_across_a_region_are_not_the_story_countrys_crowd(nlp: Language) -> None:
    text = ("A Decision Draws Anger\n\nWASHINGTON — The White House announced the move on Thursday. Protests "
            "broke out in several Arab capitals on Friday.")
    assert not any(src == "USA" and root == "14" for src, _, root in _dyads(nlp, text))


def test_protests_in_the_story_countrys_cities_keep_its_crowd(nlp: Language) -> None:
    text = "A Decision Draws Anger\n\nLIMA — Protests broke out in several cities on Friday."
    assert any(src == "PER" and root == "14" for src, _, root in _dyads(nlp, text))
