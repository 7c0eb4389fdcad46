"""An act told again is one act: a definite act noun between the same sides as an act told before
names that act, and an act set inside it ("during the meeting") is part of it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


@pytest.mark.model
def test_a_meeting_told_again_is_one_meeting(nlp: Language) -> None:
    text = ("ACCRA — Ghana's president met the president of Togo in Accra on Friday. "
            "At the meeting, the two presidents discussed trade across their border.")
    events = code(nlp, text, date="2019-06-08")
    # one meeting with its two sides (events.visits): the discussion at it is not a second one
    assert [(e.source.country if e.source else None, e.cameo[:2]) for e in events] == [("GHA", "04"), ("TGO", "04")]


@pytest.mark.model
def test_the_attack_told_again_is_not_a_second_attack(nlp: Language) -> None:
    text = ("Malian soldiers attacked Tuareg rebels near Kidal on Sunday. "
            "The attack on the rebels lasted four hours, a Malian officer said.")
    events = code(nlp, text, date="2013-05-20")
    assert [e.cameo[:2] for e in events].count("19") == 1


@pytest.mark.model
def test_a_new_act_of_another_kind_in_the_meeting_stays(nlp: Language) -> None:
    text = ("ACCRA — Ghana's president met the president of Togo in Accra on Friday. "
            "At the meeting, the Togolese president accused Ghana of sheltering dissidents.")
    triples = country_triples(code(nlp, text, date="2019-06-08"))
    assert ("TGO", "GHA", "112") in triples


@pytest.mark.model
def test_one_person_arrested_told_twice_is_one_arrest(nlp: Language) -> None:
    text = ("HARARE — Zimbabwean police arrested opposition leader Tendai Moyo on Wednesday. "
            "Moyo was arrested at a roadblock outside the capital, his party said.")
    events = code(nlp, text, date="2008-04-10")
    assert [e.cameo[:2] for e in events].count("17") == 1


@pytest.mark.model
def test_one_person_arrested_on_two_days_is_two_arrests(nlp: Language) -> None:
    text = ("HARARE — Zimbabwean police arrested opposition leader Tendai Moyo on Monday. "
            "He was released the same night. Police arrested Moyo again on Thursday.")
    events = code(nlp, text, date="2008-04-12")
    assert [e.cameo[:2] for e in events].count("17") == 2


@pytest.mark.model
def test_an_act_and_the_noun_it_governs_are_one_act(nlp: Language) -> None:
    text = "Sudan and Chad must hold talks on the border, the African Union said on Monday."
    roots = [e.cameo[:2] for e in code(nlp, text, date="2019-06-08")]
    assert roots.count("10") <= 2  # one demand to each side, not a second one for "talks"


@pytest.mark.model
def test_two_conjoined_acts_stay_two(nlp: Language) -> None:
    text = "Zambian police fired tear gas at the marchers in Lusaka and arrested 20 people."
    cameos = {e.cameo for e in code(nlp, text, date="2019-06-08")}
    assert {"175", "173"} <= cameos
