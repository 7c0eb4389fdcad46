"""Background: acts a story recalls from more than half a year before its date are not coded; acts of the reporting
period are, whatever dated things they mention. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.records import Event
from newsevents.story.background import long_before

PUBLISHED = "2023-11-06"


def _event(date: str | None, precision: str | None) -> Event:
    return Event(date=date, source=None, target=None, cameo="040", plover=None, goldstein=1.0, quad_class=1,
                 sentence="", span=(0, 0), trigger="met", rule="", confidence=1.0, date_precision=precision)


@pytest.mark.parametrize(("date", "precision", "expected"), [
    ("2021", "year", True),
    ("2022", "year", True),  # ended more than half a year before
    ("2023", "year", False),
    ("2023-04", "month", True),
    ("2023-05", "month", False),  # may be 31 May, less than half a year before
    ("2023-05-06", "day", True),
    ("2023-05-07", "day", False),
    ("2023-11-06", "day", False),
    (None, None, False),
])
def test_long_before_is_more_than_a_year_before_the_article(date: str | None, precision: str | None,
                                                            expected: bool) -> None:
    assert long_before(_event(date, precision), PUBLISHED) is expected


def test_long_before_needs_an_article_date() -> None:
    assert not long_before(_event("1990", "year"), None)


@pytest.mark.parametrize("text", [
    "In 2003, American troops invaded Iraq.",
    "Ethiopia and Eritrea signed a peace deal in 2018, ending two decades of hostility.",
    "Two years ago, Chinese troops clashed with Indian soldiers in the Galwan valley.",
    "Riyadh cut ties with Tehran in 2016 after protesters stormed the Saudi embassy.",
    "His bid for a fourth term was rejected by Bolivian voters in a 2016 referendum.",  # dated by its occasion
    "The 1994 genocide in Rwanda killed some 800,000 Rwandans.",  # dated by its dated subject
    "Ties soured sharply in 2020, when Canberra called for an inquiry into Chinese lending.",  # a "when" clause
    "Earlier clashes include the 2020 fighting in Ladakh, when Chinese and Indian troops fought.",
])
def test_history_the_story_recalls_is_not_coded(nlp: Language, text: str) -> None:
    assert code(nlp, text, date=PUBLISHED) == []


def test_a_dated_thing_does_not_date_the_act(nlp: Language) -> None:
    # the talks are today's; "2015" dates the deal they are about
    events = code(nlp, "Iran and the United States resumed talks on reviving the 2015 nuclear deal.", date=PUBLISHED)
    assert ("IRN", "USA", "040") in country_triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States imposed sanctions on Iran in September.", ("USA", "IRN", "163")),
    ("Russia has occupied Crimea since 2014.", ("RUS", "UKR", "192")),
])
def test_recent_and_ongoing_acts_stay(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text, date=PUBLISHED))


def test_an_occasion_of_this_year_keeps_the_act(nlp: Language) -> None:
    text = "Kenyan police arrested 40 protesters in the 2023 protests against the tax bill."
    events = code(nlp, text, date=PUBLISHED)
    assert "173" in {e.cameo for e in events}


def test_a_relative_clause_date_does_not_date_the_main_act(nlp: Language) -> None:
    events = code(nlp, "Kenyan police arrested the opposition leader, who had led protests in 2017.", date=PUBLISHED)
    assert [e.cameo for e in events] == ["173"]  # the arrest stays; the 2017 protests are background


def test_an_act_months_before_the_story_is_background(nlp: Language) -> None:
    text = "Russia invaded Ukraine on Feb. 24 in what it calls a special military operation."
    assert code(nlp, text, date="2022-10-11") == []
    assert code(nlp, text, date="2022-03-01") != []


def test_the_recalled_act_goes_and_the_new_one_stays(nlp: Language) -> None:
    text = "Sudan's army attacked rebels near Khartoum on Sunday, five years after the two sides fought in 2018."
    triples = country_triples(code(nlp, text, date=PUBLISHED))
    assert any(t[2].startswith("19") for t in triples)
    assert all(e.date and e.date >= "2023" for e in code(nlp, text, date=PUBLISHED))


def test_a_recalled_act_is_reported_in_the_warnings(nlp: Language) -> None:
    from newsevents import extract

    ex = extract("In 2003, American troops invaded Iraq. Iraqi police arrested two Kurdish politicians on Sunday.",
                 date=PUBLISHED, nlp=nlp)
    assert [e.cameo for e in ex.events] == ["173"]
    recalled = [w for w in ex.warnings if w.startswith("background")]
    assert len(recalled) == 1 and '"invaded"' in recalled[0] and "In 2003, American troops invaded Iraq." in recalled[0]


def test_a_when_clause_of_a_recent_time_is_coded(nlp: Language) -> None:
    text = "Ties soured on Monday, when Canberra called for an inquiry into Chinese lending."
    found = country_triples(code(nlp, text, date=PUBLISHED))
    assert {c[:2] for _, _, c in found} == {"02"}


@pytest.mark.parametrize("text", [
    "FILE - Georgian police detain a protester in Tbilisi, Georgia, Oct. 2, 2023. Tbilisi said on Monday it had "
    "pardoned 40 protesters.",
    "Georgian police detain a protester in Tbilisi in this file photo. Tbilisi said on Monday it had pardoned "
    "40 protesters.",
])
def test_the_caption_of_a_file_photo_is_background(nlp: Language, text: str) -> None:
    roots = {c[:2] for _, _, c in country_triples(code(nlp, text, date=PUBLISHED))}
    assert "17" not in roots  # the detention is the picture's, not the news


@pytest.mark.parametrize(("text", "date"), [
    # the act a "since" clause starts a period from
    ("Raids on border posts have multiplied since Ugandan rebels rejected the truce in March.", "2023-05-02"),
    # a year-only date of an earlier year: history, however few months ago its year ended
    ("Last year, Nigerian soldiers shot dead at least 30 marchers in Abuja.", "2023-02-10"),
    ("In 2022, the Malian junta expelled the French ambassador.", "2023-01-20"),
    # an act at a dated occasion long past
    ("The Ugandan opposition boycotted the 2016 election.", PUBLISHED),
    # a campaign summed up over years
    ("Tuareg rebels have fought the Malian army for more than a decade.", PUBLISHED),
])
def test_recalled_acts_are_not_coded(nlp: Language, text: str, date: str) -> None:
    assert code(nlp, text, date=date) == []


@pytest.mark.parametrize(("text", "root"), [
    ("A court in Lusaka jailed the opposition leader for ten years on Monday.", "17"),
    ("Zambian police have detained the opposition leader for two days.", "17"),
    ("The opposition leader blamed the Zambian government for decades of poverty.", "11"),
    ("Zambian police arrested 30 marchers since they had no permit.", "17"),
])
def test_durations_and_reasons_keep_the_act(nlp: Language, text: str, root: str) -> None:
    assert root in {e.cameo[:2] for e in code(nlp, text, date=PUBLISHED)}


def test_a_term_of_years_is_the_length_of_the_act_not_a_campaign(nlp: Language) -> None:
    text = "A Kenyan court has jailed a Somali trader for two years for helping militants cross the border."
    assert "17" in {e.cameo[:2] for e in code(nlp, text, date=PUBLISHED)}
