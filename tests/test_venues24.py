"""The venue is not the sides' country (session 24).

Talks, summits and trials are often held in a third country, and the place where they are held
(a venue told by a clause or by a trip for talks: ``actors/talk_venues.py``), or a dateline that
the text never names again (``story/dateline_abroad.py``), says nothing of whose the sides are.
Near misses: a story truly of the dateline's country, a venue whose host is a side (a guest of
another country named beside it), a trip with no talks, a place where things happen.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.place_clues import trip_venue, venue_place
from newsevents.extraction import extract
from newsevents.records import Extraction

DATE = "2019-06-12"


def _token(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def _codes(ex: Extraction, words: str) -> list[str | None]:
    found = [a.code for a in ex.actors if a.text == words]
    assert found, [a.text for a in ex.actors]
    return found


# ---- the parse: which places are venues ----------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("The army delegation returned to Jeddah to resume negotiations with the rebels.", "Jeddah"),
    ("The rebel envoys arrived in Doha on Sunday for talks with the government.", "Doha"),
    ("The two delegations flew to Oslo to attend the talks.", "Oslo"),
])
def test_the_destination_of_a_trip_for_talks_is_a_venue(nlp: Language, text: str, word: str) -> None:
    tok = _token(nlp, text, word)
    assert trip_venue(tok) and venue_place(tok)


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("The minister returned to Nairobi on Sunday after a week abroad.", "Nairobi"),
    ("The rebel envoys arrived in Doha on Sunday with their families.", "Doha"),
    ("Soldiers went to Goma to fight the rebels.", "Goma"),
])
def test_a_trip_with_no_talks_has_no_venue(nlp: Language, text: str, word: str) -> None:
    assert not trip_venue(_token(nlp, text, word))


@pytest.mark.model
@pytest.mark.parametrize("text, word, is_venue", [
    ("The last round of talks opened in Libreville on Friday.", "Libreville", True),
    ("The rebels walked out of talks held in Libreville on Friday.", "Libreville", True),
    ("A truce came out of peace talks with the government that are underway in Libreville.", "Libreville", True),
    ("Police arrested ten protesters in Libreville on Friday.", "Libreville", False),
    ("Rebels attacked a police station that stands in Libreville.", "Libreville", False),
])
def test_talks_told_of_by_a_clause_have_a_venue(nlp: Language, text: str, word: str, is_venue: bool) -> None:
    assert venue_place(_token(nlp, text, word)) is is_venue


# ---- the sides: a venue gives them no country ---------------------------------------------------

@pytest.mark.model
def test_a_venue_of_talks_abroad_gives_the_government_no_country(nlp: Language) -> None:
    text = ("Rebels in the Central African Republic have agreed to a one-week truce. The truce came out "
            "of peace talks with the government that are underway in Gabon.")
    assert _codes(extract(text, date=DATE, nlp=nlp), "the government") == ["CAFGOV"]


@pytest.mark.model
def test_a_venue_with_a_foreign_guest_is_the_hosts(nlp: Language) -> None:
    # the host is a side: the guest is named Beninese, the venue is the host's capital
    text = ("Foreign Minister Nguyen Van An held talks with his Beninese counterpart in Hanoi on Monday. "
            "The two ministers agreed to expand trade between their countries.")
    assert _codes(extract(text, date=DATE, nlp=nlp), "Foreign Minister Nguyen Van An") == ["VNMGOV"]


@pytest.mark.model
def test_police_at_a_place_keep_its_country(nlp: Language) -> None:
    text = ("Police arrested ten protesters in Libreville on Friday. The protesters had marched against "
            "rising fuel prices.")
    assert _codes(extract(text, date=DATE, nlp=nlp), "Police") == ["GABCOP"]


# ---- a dateline abroad ----------------------------------------------------------------------------

ABROAD = ("PHNOM PENH—The government and the communist rebels will meet next week to discuss a truce, "
          "the government's negotiator said on Wednesday.\n"
          "President Rodrigo Duterte rejected a plea of the rebels last week.\n"
          "The Philippine army said on Tuesday that the rebels had attacked a patrol.")


@pytest.mark.model
def test_a_dateline_the_text_never_names_again_gives_no_one_its_country(nlp: Language) -> None:
    ex = extract(ABROAD, date="2016-12-14", nlp=nlp)
    assert ex.story is not None and ex.story.place == "Phnom Penh"
    assert ex.story.countries == ["PHL"]
    assert not any(a.country == "KHM" for a in ex.actors)
    assert any("only where the story is filed" in w for w in ex.warnings)


@pytest.mark.model
def test_a_dateline_the_text_names_again_is_the_storys(nlp: Language) -> None:
    text = ("PHNOM PENH—Police detained ten opposition activists on Monday, the government said.\n"
            "Prime Minister Hun Sen said the activists had plotted against Cambodia.\n"
            "President Rodrigo Duterte of the Philippines and the Philippine foreign minister were "
            "in the city for a summit.")
    ex = extract(text, date="2016-12-14", nlp=nlp)
    assert ex.story is not None and "KHM" in ex.story.countries
    assert _codes(ex, "Police") == ["KHMCOP"]


@pytest.mark.model
def test_one_foreigner_does_not_move_a_story_from_its_dateline(nlp: Language) -> None:
    text = ("NAIROBI — Police fired tear gas at hundreds of protesters on Monday.\n"
            "The protesters demanded the resignation of the interior minister.\n"
            "President Barack Obama urged calm.")
    ex = extract(text, date="2014-07-07", nlp=nlp)
    assert ex.story is not None and ex.story.countries == ["KEN"]
    assert _codes(ex, "Police") == ["KENCOP"]


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("MANILA—The army said on Sunday that rebels had attacked a patrol in the south.", "Manila"),
    ("NAIROBI — The army said on Sunday that rebels had attacked a patrol.", "Nairobi"),
])
def test_an_em_dash_with_no_space_opens_a_dateline_of_a_known_place(nlp: Language, text: str, place: str) -> None:
    ex = extract(text, date=DATE, nlp=nlp)
    assert ex.story is not None and ex.story.place == place


@pytest.mark.model
def test_an_em_dash_with_no_space_after_an_unknown_word_is_no_dateline(nlp: Language) -> None:
    ex = extract("BREAKING—The army said on Sunday that rebels had attacked a patrol.", date=DATE, nlp=nlp)
    assert ex.story is None or ex.story.place is None
