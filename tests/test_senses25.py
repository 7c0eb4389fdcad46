"""Word senses and frames read as acts, eighth census pool (session 25).

- "target" in its sense of singling out: a measure's or a search's targets are no attack (190, or
  138 in a future): "imposed sanctions on X, targeting six officials", "a ministry which is
  targeting the defence industry", "will continue to target the ruler's loyalists", "an operation
  targeting twenty ministries";
- declining to tell is declining comment (011), not a refusal (120): "declined to say whether",
  "declining to go into further details", "declined to give details of the deal".

Near misses: armed doers, weapons and rioters that target (still force), a military operation,
refusals of talks or of acts ("refused to speak with", "declined to release the prisoners").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_dyads

DATE = "2023-05-02"


def _cameos(nlp: Language, text: str) -> set[str]:
    return {cameo for _, _, cameo in event_dyads(text, nlp, DATE)}


FORCE = {"190", "138", "195", "180"}

# ---- "target" ------------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Britain imposed new sanctions on Belarus on Tuesday, targeting nine of the country's judges.",
    "The Canadian finance ministry, which is targeting Iran's oil and shipping industries, announced the list.",
    "Washington will keep targeting the Nicaraguan president's loyalists, the Treasury said.",
    "The European Union adopted fresh measures against Moscow, targeting Russian banks and oligarchs.",
    "Tuesday's operation targeting over 20 ministries of the Bolivian government was a sharp escalation.",
])
def test_targets_of_measures_and_searches_are_no_attack(nlp: Language, text: str) -> None:
    assert not _cameos(nlp, text) & FORCE


@pytest.mark.model
def test_the_sanctions_themselves_stay(nlp: Language) -> None:
    text = "Britain imposed new sanctions on Belarus on Tuesday, targeting nine of the country's judges."
    assert ("GBR", "BLR", "163") in event_dyads(text, nlp, DATE)


@pytest.mark.model
@pytest.mark.parametrize("text, source, cameo", [
    ("Ethiopian troops targeted rebel positions near the border on Sunday.", "ETHMIL", "190"),
    ("The Sudanese army targeted a meeting of RSF commanders in Khartoum.", "SDNMIL", "190"),
    ("The Nigerian military said it would target the Boko Haram leadership.", "NGAMIL", "138"),
    ("Islamist gunmen targeted Kenyan government officials in Mandera.", None, "190"),
    # a bare country doing it with weapons: force, though its objects are what measures single out
    ("Ukraine targeted Russian oil exports with a wave of drones on Sunday.", "UKR", "190"),
])
def test_armed_targeting_stays_force(nlp: Language, text: str, source: str | None, cameo: str) -> None:
    coded = event_dyads(text, nlp, DATE)
    assert any(c == cameo and (source is None or s == source) for s, _, c in coded), coded


@pytest.mark.model
def test_a_military_operation_against_offices_stays_force(nlp: Language) -> None:
    text = "The Israeli military operation targeting Hamas offices in Gaza continued on Monday."
    assert _cameos(nlp, text) & FORCE


# ---- declining to tell ---------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan interior minister declined to say whether the talks with the opposition had failed.",
    "The Japanese foreign minister declined to go into further details about the talks.",
    "A spokesman for the Nigerian president declined to give details of the agreement.",
    "The Ghanaian army refused to confirm how many soldiers had been wounded.",
])
def test_declining_to_tell_declines_comment(nlp: Language, text: str) -> None:
    cameos = _cameos(nlp, text)
    assert "120" not in cameos
    assert "011" in cameos


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Malian junta refused to release the detained opposition leaders.",
    "The Colombian rebels refused to speak with the government.",
    "The Serbian government refused to give the Kosovo delegation access to the monastery.",
])
def test_refusals_of_acts_stay_refusals(nlp: Language, text: str) -> None:
    cameos = _cameos(nlp, text)
    assert "011" not in cameos
    assert any(c.startswith("12") for c in cameos), cameos
