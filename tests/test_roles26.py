"""Actors the finder did not see (session 26): a state force's ships and aircraft are the force
(``actors/member_nouns.py``): "Chinese navy ships fired water cannon" has the Chinese navy as its
doer, "an attack on a Sri Lankan navy vessel" the Sri Lankan navy as its target. Near misses: craft
of a company or of rebels, craft with no force word, and a force word that modifies no craft.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

DATE = "2021-11-16"

Triple = tuple[str | None, str | None, str]


def _coded(nlp: Language, text: str) -> list[Triple]:
    ex = extract(text, date=DATE, nlp=nlp)
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in ex.events]


def _mentions(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in nlp(text)._.ne_mentions]


CODED = [
    # the doer: a navy's or a coast guard's ships, with the demonym's country
    ("Chinese navy ships fired water cannon at a Vietnamese fishing boat near the Paracel Islands.",
     ("CHNMIL", "VNM", "175")),
    ("Philippine officials said Chinese coast guard vessels fired water cannon at a Philippine supply boat.",
     ("CHNMIL", "PHL", "175")),
    # an air force's helicopters bomb rebels
    ("Syrian military helicopters bombed rebel positions near Aleppo on Sunday.", ("SYRMIL", "SYRREB", "195")),
    # the target: a navy's vessel
    ("Houthi rebels attacked a Saudi navy vessel in the Red Sea on Tuesday.", ("YEMREB", "SAUMIL", "190")),
]


@pytest.mark.parametrize(("text", "triple"), CODED)
def test_roles26_a_forces_craft_act_for_the_force(nlp: Language, text: str, triple: Triple) -> None:
    assert triple in _coded(nlp, text)


@pytest.mark.parametrize(("text", "mention"), [
    ("Chinese coast guard ships blocked two Philippine supply boats.", ("Chinese coast guard ships", "CHNMIL")),
    ("Police boats patrolled the river in Bangkok.", ("Police boats", "THACOP")),
    ("Two Turkish army drones struck a convoy near the border.", ("Turkish army drones", "TURMIL")),
])
def test_roles26_craft_and_force_are_one_mention(nlp: Language, text: str, mention: tuple[str, str]) -> None:
    assert mention in _mentions(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    # craft of a company or of rebels are not the company or the rebels
    ("The company's ships carried Iranian oil to China.", "ships"),
    ("Rebel boats attacked a Sri Lankan navy vessel near Jaffna.", "boats"),
    # no force word: the boat is no actor
    ("A fishing boat sank off the coast of Sri Lanka on Monday.", "boat"),
    # a force word before a noun that is no craft stays a modifier
    ("The navy base in Jaffna was closed on Monday.", "base"),
])
def test_roles26_other_craft_are_no_actors(nlp: Language, text: str, word: str) -> None:
    assert not any(word in m for m, _ in _mentions(nlp, text))
