"""False events of session 21's second census of fresh news: armed men's looting coded as a riot
(events/armed_looting.py), and an attack told again through its own noun, "the airstrikes had
targeted ..." (events/act_noun_subjects.py, a retelling dropped in events/retellings.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Coded, event_codes
from newsevents.extraction import extract

DATE = "2019-03-04"


def _codes(text: str, nlp: Language) -> list[Coded]:
    return event_codes(text, nlp, DATE)


def _warnings(text: str, nlp: Language) -> list[str]:
    return extract(text, date=DATE, nlp=nlp).warnings


# ---- looting by armed men is no riot -------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Extremists looted a bank in the Somali town of Baidoa.",  # a doer noun the riot pattern did not list
    "The Nigerian attackers burned the market but made no attempt to loot.",  # the doer of "made"
    "Boko Haram looted shops in the Nigerian town of Bama on Friday.",  # a name coded as an armed group
])
def test_armed_looting_is_no_riot(text: str, nlp: Language) -> None:
    assert not [c for c in _codes(text, nlp) if c[2] == "145"]


@pytest.mark.model
def test_armed_looting_is_said_in_a_warning(nlp: Language) -> None:
    text = "Extremists looted a bank in the Somali town of Baidoa."
    assert any("looting by armed men" in w and "looted" in w for w in _warnings(text, nlp))


@pytest.mark.model
def test_gunmen_looting_after_another_act_is_no_riot(nlp: Language) -> None:
    codes = _codes("Islamist gunmen stormed a Malian village on Saturday and torched homes after looting "
                   "food supplies.", nlp)
    assert not [c for c in codes if c[2] == "145"]
    assert [c for c in codes if c[2] == "190" and c[3] == "stormed"]  # the attack itself stays


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Protesters looted shops in Harare on Monday.", "ZWECVL"),  # a crowd loots: a riot
    ("Angry youths looted shops in the Kenyan capital after the election results.", "CVL"),
])
def test_a_crowds_looting_is_still_a_riot(text: str, source: str, nlp: Language) -> None:
    assert [c for c in _codes(text, nlp) if c[2] == "145" and c[0] == source]


# ---- an attack told again through its own noun ---------------------------------------------------

LEAD = "The Turkish military said it carried out air strikes in northern Iraq against the PKK."


@pytest.mark.model
def test_the_airstrikes_retold_by_their_noun_are_one_event(nlp: Language) -> None:
    text = f"{LEAD} The airstrikes had targeted weapon stores and other PKK sites in the Qandil area."
    codes = _codes(text, nlp)
    assert [c for c in codes if c[0] == "TURMIL" and c[2] == "195"]
    assert not [c for c in codes if c[0] is None]


@pytest.mark.model
def test_the_shelling_retold_by_its_noun_is_one_event(nlp: Language) -> None:
    text = ("Turkish troops shelled Syrian army positions on Thursday. The shelling Thursday targeted the area "
            "Turkish forces identified as the source of the Syrian mortars.")
    assert not [c for c in _codes(text, nlp) if c[0] is None]


@pytest.mark.model
def test_a_lone_act_noun_subject_still_reports_an_act(nlp: Language) -> None:
    # nothing violent told before: the strikes are the story's one telling of the act
    codes = _codes("The airstrikes had targeted weapon stores and other PKK sites in the Qandil area.", nlp)
    assert [c for c in codes if c[1] == "TURREB" and c[2].startswith("19")]


@pytest.mark.model
def test_a_weapon_subject_still_reports_a_new_act(nlp: Language) -> None:
    # "Rockets hit ...": a weapon of unknown owners, a second act after the shelling
    codes = _codes("Turkish troops shelled Syrian army positions on Thursday. Rockets later hit the Turkish "
                   "town of Akcakale.", nlp)
    assert [c for c in codes if c[0] is None and c[1] == "TUR"]
