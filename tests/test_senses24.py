"""Word senses and frames read as acts (session 24): the pooled false-event census found "hold",
"plead", "lay down" and "pull out" read in the wrong sense, and the content of a rejected plea
coded as done.

- "held three cycles of dialogue": "cycle" counts rounds, so the talks are held, no one is detained;
  "holds most of the province", "holds much of southern Somalia": ground kept, no one detained;
- "pleaded not guilty", "pleading they were unable to ...": a plea in one's own defence, no appeal;
- "rejected the plea of the rebels to release prisoners": the release is asked for, not done;
- "laid down ground rules", "withdrew from the election", "pulling out bodies": no retreat (0874).

Near misses: "held protesters", "held hostage", "pleaded with", a release that did happen, arms
laid down and troops pulled out.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_dyads

DATE = "2023-05-02"


def _cameos(nlp: Language, text: str) -> set[str]:
    return {cameo for _, _, cameo in event_dyads(text, nlp, DATE)}


# ---- "hold" ---------------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Envoys of the Colombian government and the rebels have already held three cycles of dialogue in Havana and Oslo.",
    "Sudanese army and paramilitary envoys held two rounds of talks in Jeddah.",
    "Syrian rebels hold almost all of Idlib province.",
    "Al Shabaab still holds much of southern Somalia.",
    "Ukrainian troops held the town of Bakhmut for months.",
])
def test_hold_of_meetings_and_ground_detains_no_one(nlp: Language, text: str) -> None:
    assert "173" not in _cameos(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Kenyan police held five protesters overnight in Nairobi.", "KENCVL"),
    ("Ugandan police held the opposition leader for two days.", "UGAOPP"),
])
def test_held_people_stay_detained(nlp: Language, text: str, target: str) -> None:
    assert any(cameo == "173" and tgt == target for _, tgt, cameo in event_dyads(text, nlp, DATE))


@pytest.mark.model
def test_held_hostage_stays_a_hostage_taking(nlp: Language) -> None:
    assert "181" in _cameos(nlp, "Somali gunmen held two Kenyan aid workers hostage for a month.")


# ---- "plead" --------------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Belarusian activists pleaded not guilty at the trial in Minsk.",
    "The jailed Iranian editor pleaded innocent to the charges.",
    "Chilean bus firms cancelled services, pleading they were unable to get protection from the police.",
])
def test_a_plea_in_defence_is_no_appeal(nlp: Language, text: str) -> None:
    assert not any(cameo.startswith("02") for cameo in _cameos(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ukrainian president pleaded with the US Congress to send more weapons.",
    "The Ukrainian president pleaded for more weapons from the United States.",
])
def test_pleas_to_someone_stay_appeals(nlp: Language, text: str) -> None:
    assert any(cameo.startswith("02") for cameo in _cameos(nlp, text))


# ---- a rejected plea's content --------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Philippine president rejected the plea of the communist rebels to release 200 political prisoners.",
    "The Nigerian government turned down the request of the families to free the detained students.",
])
def test_a_pleas_content_is_not_done(nlp: Language, text: str) -> None:
    assert not any(cameo.startswith("084") for cameo in _cameos(nlp, text))


@pytest.mark.model
def test_a_release_done_stays(nlp: Language) -> None:
    text = "The Philippine president released 200 political prisoners to ease the peace talks with the rebels."
    assert any(cameo.startswith("084") for cameo in _cameos(nlp, text))


# ---- retreats in other senses ---------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Philippine government and the MILF rebels laid down ground rules to implement the truce.",
    "The Kenyan opposition candidate withdrew from the election.",
    "Residents of the Syrian town were still pulling out bodies from the rubble.",
])
def test_no_retreat_in_other_senses(nlp: Language, text: str) -> None:
    assert "0874" not in _cameos(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Colombian rebels laid down their arms to the army.",
    "Russian troops pulled out of the Ukrainian city of Kherson.",
])
def test_retreats_stay(nlp: Language, text: str) -> None:
    assert "0874" in _cameos(nlp, text)
