"""False events of session 22's census of story forms that are not plain wire reports: the life an
obituary retells is background (story/obituaries.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Coded, event_codes
from newsevents.extraction import extract

DATE = "2018-06-08"

OBITUARY_LEAD = ("Former Malawian president Joseph Banda, who led the country out of one-party rule, died "
                 "at his home in Blantyre on Thursday aged 84.\n\n")


def _codes(text: str, nlp: Language) -> list[Coded]:
    return event_codes(text, nlp, DATE)


def _warnings(text: str, nlp: Language) -> list[str]:
    return extract(text, date=DATE, nlp=nlp).warnings


# ---- the life an obituary retells ----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # undated acts of the dead man's life, told after a lead that tells his death and age
    (OBITUARY_LEAD + "He was arrested by the police of the ruling party several times.", "arrested"),
    (OBITUARY_LEAD + "Banda was rejected by many Malawians for inviting Zambian troops into the country.",
     "rejected"),
    # the headline labels the story
    ("Joseph Banda obituary\n\nAs a young lawyer, Joseph Banda sued the colonial government and was "
     "detained by British police in Zomba.", "detained"),
    # a headline that tells a death with an age
    ("Malawi's former leader Joseph Banda dies at 84\n\nAs a minister, Banda was detained by the police "
     "after he criticized the president.", "detained"),
    # praise of a life is told in the passive
    (OBITUARY_LEAD + "As a minister, Banda was praised by Zambian President Peter Mwale for ending the "
     "border war.", "praised"),
    # a photo caption and its credit come before the death
    ("Joseph Banda at a rally in Lilongwe, May 3, 2009. (Photo: Malawi News Agency)\nFormer Malawian "
     "president Joseph Banda has died at the age of 84.\nAs a young minister, Banda was arrested by the "
     "police of the ruling party after he criticized the president.", "arrested"),
])
def test_obituary_life_is_background(text: str, trigger: str, nlp: Language) -> None:
    assert not [c for c in _codes(text, nlp) if c[3] == trigger]


@pytest.mark.model
def test_obituary_undated_act_is_background(nlp: Language) -> None:
    # the near miss of the dated clash below: with no date of its own, it is the life retold
    text = OBITUARY_LEAD + "Rival factions of his party clashed with police in the capital."
    assert not [c for c in _codes(text, nlp) if c[3] == "clashed"]


@pytest.mark.model
def test_obituary_life_is_said_in_a_warning(nlp: Language) -> None:
    text = OBITUARY_LEAD + "He was arrested by the police of the ruling party several times."
    assert any("obituary" in w and "arrested" in w for w in _warnings(text, nlp))


@pytest.mark.model
def test_obituary_keeps_tributes(nlp: Language) -> None:
    # what answers the death is the story's news
    text = OBITUARY_LEAD + ("Zambian President Peter Mwale paid tribute to Banda and praised him as a "
                            "champion of democracy.")
    codes = _codes(text, nlp)
    assert [c for c in codes if c[0] == "ZMBGOV" and c[2].startswith("05")]


@pytest.mark.model
def test_obituary_keeps_a_reaction_said_of_the_dead(nlp: Language) -> None:
    text = OBITUARY_LEAD + "Zambia's former president Peter Mwale hailed him as \"a great patriot.\""
    assert [c for c in _codes(text, nlp) if c[0] == "ZMBELI" and c[2] == "051"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # a death in custody is news whose consequences are events, not an obituary
    ("Opposition activist Joseph Banda died in police custody in Blantyre on Thursday aged 34.\n\n"
     "Hundreds of protesters clashed with police outside the station on Friday.", "clashed"),
    # an age without a death makes no obituary
    ("Former Malawian president Joseph Banda, aged 84, was arrested by police in Blantyre on Thursday.",
     "arrested"),
    # an act dated in the days of the story is its news, obituary or not
    (OBITUARY_LEAD + "Rival factions of his party clashed with police in the capital on Saturday.", "clashed"),
    # a death told with no age, in a news story of the day
    ("A protester died after police fired tear gas in Blantyre on Thursday.\n\n"
     "Opposition supporters clashed with police near the parliament.", "clashed"),
])
def test_deaths_that_are_news_keep_their_events(text: str, trigger: str, nlp: Language) -> None:
    assert [c for c in _codes(text, nlp) if c[3] == trigger]


@pytest.mark.model
def test_obituary_keeps_the_news_that_speaks_of_no_one_dead(nlp: Language) -> None:
    # the life retold speaks of the dead ("he", his name); the reactions to a leader's death do not
    text = ("President Tomas Ferreira of Angola died in Luanda on Tuesday aged 77 after a long illness, "
            "state radio said. Opposition parties called on the army to stay neutral and demanded early "
            "elections. In 1992 he was accused by rebels of rigging the vote.")
    found = _codes(text, nlp)
    assert any(c.startswith("10") and s is not None and s.startswith("AGO") for s, _, c, _ in found), found
    assert not [e for e in found if e[2].startswith("11")], found
