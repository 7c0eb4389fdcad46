"""Session 27, target27: targets named by a "from", "on" or "of" phrase read the way a coder does.

Sentences written for these tests; none is taken from a news story.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Dyad, event_dyads

pytestmark = pytest.mark.model
DATE = "2024-05-06"


def _triples(nlp: Language, text: str) -> set[Dyad]:
    return set(event_dyads(text, nlp, DATE))


def _targets(nlp: Language, text: str, root: str) -> set[str | None]:
    return {target for _, target, cameo in _triples(nlp, text) if cameo.startswith(root)}


@pytest.mark.parametrize(("text", "target"), [
    ("The Kenyan president asked for help from Tanzania on Monday.", "TZA"),
    ("The Kenyan president asked for military assistance from Uganda after the floods.", "UGA"),
    ("The Chilean government appealed for aid from the United Nations.", "IGOUNO"),
    ("The Kenyan president asked Uganda for help.", "UGA"),
])
def test_target27_aid_asked_from_someone_is_asked_of_them(nlp: Language, text: str, target: str) -> None:
    assert ("023", target) in {(cameo, t) for _, t, cameo in _triples(nlp, text)}


@pytest.mark.parametrize(("text", "target"), [
    ("The Kenyan minister called for restraint from Uganda.", "UGA"),
    ("The Kenyan minister asked for an explanation from Uganda.", "UGA"),
])
def test_target27_conduct_asked_from_someone_is_asked_of_them(nlp: Language, text: str, target: str) -> None:
    assert target in _targets(nlp, text, "02")


@pytest.mark.parametrize("text", [
    # near misses: "from" names a place the movement asked for starts from, not whom it is asked of
    "The Kenyan minister called for the return of refugees from Uganda.",
    "The Kenyan minister called for restraint from the start.",
])
def test_target27_a_from_place_is_no_addressee(nlp: Language, text: str) -> None:
    assert "UGA" not in _targets(nlp, text, "02")


@pytest.mark.parametrize("text", [
    "The Kenyan opposition called on Twitter for calm.",
    "The Kenyan opposition appealed on state television for calm.",
    "The Kenyan opposition called on social media for calm.",
])
def test_target27_a_channel_is_no_addressee(nlp: Language, text: str) -> None:
    targets = _targets(nlp, text, "02")
    assert not any(t is not None and t.startswith(("USA", "BUS", "MED")) for t in targets)


@pytest.mark.parametrize(("text", "target"), [
    # near misses: "on" the press itself, and "on" a party followed by "for"
    ("The Kenyan opposition called on the media to respect the privacy of the victims.", "KENMED"),
    ("The Kenyan opposition called on the police for calm.", "KENCOP"),
])
def test_target27_an_addressee_after_on_stays(nlp: Language, text: str, target: str) -> None:
    assert target in _targets(nlp, text, "02")


@pytest.mark.parametrize("text", [
    # a government asking for its own people's release asks whoever holds them, unnamed here
    "The Tajik foreign minister demanded the release of the Tajik activists detained in Moscow.",
    "Russia insisted on the immediate release of staff members of the Russian embassy in Kiev.",
])
def test_target27_captives_at_home_are_not_whom_a_release_is_demanded_of(nlp: Language, text: str) -> None:
    triples = _triples(nlp, text)
    assert not any(cameo == "1053" for _, _, cameo in triples)


@pytest.mark.parametrize(("text", "target"), [
    # near misses: the holder named ("from", "held by"), captives of another country, and the
    # governed's demand made of their own government
    ("Ukraine demanded the release of its sailors from Russia.", "RUS"),
    ("Ukraine demanded the release of the sailors held by Russia.", "RUS"),
    ("The Kenyan opposition demanded the release of the jailed journalists.", "KENGOV"),
])
def test_target27_a_release_is_demanded_of_the_holder(nlp: Language, text: str, target: str) -> None:
    assert ("1053", target) in {(cameo, t) for _, t, cameo in _triples(nlp, text)}


@pytest.mark.parametrize("prep", ["toward", "towards", "at"])
def test_target27_tear_gas_fired_toward_someone(nlp: Language, prep: str) -> None:
    text = f"Kenyan police fired tear gas {prep} opposition leader Raila Odinga in Nairobi."
    assert _targets(nlp, text, "17") & {"KENOPP", "OPP"}


@pytest.mark.parametrize(("text", "target"), [
    ("The European Union imposed sanctions related to weapons on Belarus.", "BLR"),
    ("The European Union imposed sanctions linked to the nuclear programme on Iran.", "IRN"),
])
def test_target27_on_after_a_topic_participle_names_the_target(nlp: Language, text: str, target: str) -> None:
    assert ("163", target) in {(cameo, t) for _, t, cameo in _triples(nlp, text)}


def test_target27_a_time_after_a_topic_participle_names_no_target(nlp: Language) -> None:
    # near miss: "on Monday" after the topic is a date, not whom the measure is aimed at
    text = "The European Union imposed sanctions related to human rights abuses on Monday."
    assert not any(cameo == "163" and target is not None for _, target, cameo in _triples(nlp, text))


def test_target27_the_owner_of_property_to_be_returned_is_no_captive(nlp: Language) -> None:
    # near miss: "their land" is property; its owners are not held by anyone
    text = "Kenyan farmers demanded the return of their land on Monday."
    assert not any(cameo == "1053" and target == "KENGOV" for _, target, cameo in _triples(nlp, text))
