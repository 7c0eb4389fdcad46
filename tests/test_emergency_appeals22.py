"""An appeal of the state to its own public in a disaster or health story is advice in an
emergency, not a political event (story/restraint.py, session 22); appeals to other states and
bodies stay, and so does the same appeal in a political story.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes

DATE = "2023-09-12"
QUAKE = ("A magnitude 6.8 earthquake struck the mountains south of Marrakesh overnight, flattening "
         "villages and killing hundreds of people. Aftershocks shook the region on Saturday as rescue "
         "teams dug through the rubble. ")


@pytest.mark.model
@pytest.mark.parametrize("appeal", [
    "\"I ask the people of the stricken villages to stay calm and to help one another,\" "
    "the Moroccan prime minister said.",
    "The Moroccan interior ministry urged residents to remain calm and to follow the instructions of rescuers.",
])
def test_an_appeal_to_the_own_public_in_a_disaster_story_is_no_event(nlp: Language, appeal: str) -> None:
    found = event_codes(QUAKE + appeal, nlp, DATE)
    assert not [e for e in found if e[2].startswith("02")], found


@pytest.mark.model
def test_an_appeal_to_another_state_in_a_disaster_story_stays(nlp: Language) -> None:
    text = QUAKE + "The Moroccan government asked Spain to send rescue teams and tents."
    found = event_codes(text, nlp, DATE)
    assert any(e[0] is not None and e[0].startswith("MAR") and e[1] is not None and e[1].startswith("ESP")
               and e[2].startswith("02") for e in found), found


@pytest.mark.model
def test_the_same_appeal_in_a_political_story_stays(nlp: Language) -> None:
    text = ("Thousands of opposition supporters marched on parliament in Rabat on Saturday, and police "
            "fired tear gas to disperse them. The Moroccan interior ministry urged citizens to stay calm "
            "and to stay away from the protests.")
    found = event_codes(text, nlp, DATE)
    assert any(e[2].startswith("02") for e in found), found
