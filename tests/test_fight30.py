"""The doer of a killing or an attack told with no doer (session 30, helper fight30;
events/story_forces.story_attacker).

- The one force the story names doing an act of armed force (shelled, stormed, opened fire) in the
  sentence or the two before is the doer of a killing or attack told with no doer.
- Near misses: natural disasters, accidents and crime name no force; a force that only denies or
  is accused of an attack, or is itself the victim, is no doer; forces of two countries, the
  force's own dead, or its own state's officials and forces as victims leave the act with no doer
  (left out); a killing told inside a fight ("killed in the fighting") gets none of its own.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2024-05-06"
ATTACK_ROOTS = ("18", "19", "20")


def _attacks(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """The events of roots 18-20 whose doer the story's force supplied."""
    return {(s, t, c) for s, t, c, rule in event_rules(text, nlp, DATE)
            if c.startswith(ATTACK_ROOTS) and "+story-attacker" in rule}


NAMED_FORCE = [
    # an army's shelling, then the dead
    ("Ethiopian troops shelled the rebel town of Kobo on Monday. "
     "At least twelve civilians were killed, residents said.", ("ETHMIL", "ETHCVL")),
    # a police force's own crackdown
    ("Indian police fired tear gas at protesters in Srinagar on Friday. "
     "Two protesters were killed, witnesses said.", ("INDCOP", "INDCVL")),
    # an occupying army's raid
    ("Israeli troops raided the Jenin camp before dawn on Monday. "
     "Two Palestinians were killed, the health ministry said.", ("ISRMIL", "PSECVL")),
]


@pytest.mark.parametrize(("text", "dyad"), NAMED_FORCE)
def test_fight30_the_force_named_before_is_the_doer(nlp: Language, text: str,
                                                    dyad: tuple[str, str]) -> None:
    assert dyad in {(s, t) for s, t, _ in _attacks(nlp, text)}


NO_FORCE = [
    # a natural disaster
    "Heavy floods swept through Borno state on Sunday. Nine people were killed, officials said.",
    # an accident, with an army vehicle in it
    "A Nigerian army truck collided with a bus near Kano on Sunday. Nine people were killed, police said.",
    # crime with no political actor
    "Robbers attacked a bank in Lagos on Monday. Two customers were killed, police said.",
    # a denied attack
    "The Ethiopian army denied that its soldiers attacked the village of Bora on Monday. "
    "Six villagers were killed, residents said.",
    # an alleged attack: the force is only accused
    "Rebels accused Ugandan troops of shelling their camp in Congo on Monday. Four villagers were killed.",
    # an attack only feared
    "Syrian government forces might attack the town of Idlib next week. "
    "Hundreds of civilians could be killed, aid groups warned.",
    # the force named only as the one attacked
    "Gunmen attacked Nigerian soldiers near Maiduguri on Sunday. Three villagers were killed.",
    # forces of two countries fight: the dead have no known killer
    "Russian forces shelled Kharkiv on Monday while Ukrainian troops fired rockets at Belgorod. "
    "Three Ukrainian civilians were killed.",
    # the force's own dead fell to the other side
    "Nigerian troops raided a Boko Haram camp in Borno on Sunday. "
    "Nine Nigerian soldiers were killed, officials said.",
    # nor does an army strike its own state's police
    "Kenyan troops attacked al-Shabab camps near Kismayo on Monday. A Kenyan police officer was killed, "
    "the ministry said.",
]


@pytest.mark.parametrize("text", NO_FORCE)
def test_fight30_no_force_no_doer(nlp: Language, text: str) -> None:
    assert not _attacks(nlp, text)


def test_fight30_a_killing_inside_a_fight_gets_no_doer_of_its_own(nlp: Language) -> None:
    text = ("Kenyan troops attacked al-Shabab positions near Kismayo on Monday. "
            "Ten Somali civilians were killed in the fighting.")
    assert not {e for e in _attacks(nlp, text) if e[2].startswith("18")}


def test_fight30_a_named_doer_is_kept(nlp: Language) -> None:
    text = ("Ethiopian troops shelled the rebel town of Kobo on Monday. "
            "Twelve civilians were killed by Eritrean soldiers, residents said.")
    events = {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE) if c.startswith("18")}
    assert not any(s == "ETHMIL" for s, _, _ in events)
