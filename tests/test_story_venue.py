"""Story country: a dateline city that is only the venue of others' talks, and bare agents named
as outsiders ("Western diplomats"), take no part in the story country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract


@pytest.mark.model
def test_the_venue_of_talks_is_not_the_story_country(nlp: Language) -> None:
    text = ("VIENNA — Serbian and Kosovar negotiators ended a second round of talks in Vienna on Friday. "
            "Officials said the next round would start in March.")
    ex = extract(text, "2022-02-04", nlp=nlp)
    assert ex.story is not None and ex.story.countries != ["AUT"]
    (officials,) = [a for a in ex.actors if a.text == "Officials"]
    assert officials.country != "AUT"


@pytest.mark.model
def test_a_dateline_city_named_again_still_frames_a_domestic_story(nlp: Language) -> None:
    text = ("LAGOS — Police in Lagos detained twelve students on Monday. "
            "Officials said the students had blocked a highway.")
    ex = extract(text, "2022-02-04", nlp=nlp)
    assert ex.story is not None and ex.story.countries == ["NGA"]
    (officials,) = [a for a in ex.actors if a.text == "Officials"]
    assert (officials.country, officials.country_rule) == ("NGA", "story")


@pytest.mark.model
def test_outsiders_take_no_story_country(nlp: Language) -> None:
    text = ("DHAKA — Police fired rubber bullets at striking garment workers on Tuesday. "
            "Foreign diplomats said they were worried. The foreign minister called the strike illegal.")
    ex = extract(text, "2023-10-31", nlp=nlp)
    by_text = {a.text.lower(): a for a in ex.actors}
    assert by_text["foreign diplomats"].country is None
    assert by_text["the foreign minister"].country == "BGD"
