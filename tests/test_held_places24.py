"""Attacks on the places a side holds (session 24): "air strikes on rebel positions", "a raid on a
Boko Haram camp", "targets belonging to the PKK", "positions held by X", "X-held areas", "the
rebels' positions" are aimed at the side that holds the place, not at the place's country
(events/held_places.py). Near misses: a place with no holder ("positions in northern Mali"), a place
named by its own name ("the town of Kidal"), a state's positions attacked by rebels (the army is the
target, the rebels the doer), a bare side with no country (no guess), a visit (no attack).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_dyads

DATE = "2021-05-12"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a named holder before the place, the place in another country
    ("Nigerian troops mounted a raid on a Boko Haram camp in Borno state.", ("NGAMIL", "NGAINS", "19")),
    # "belonging to", "held by": the holder after the place
    ("Turkey launched strikes against targets belonging to the PKK in northern Iraq.", ("TUR", "TURREB", "19")),
    ("Yemeni troops shelled positions held by the Houthi rebels near Sanaa.", ("YEMMIL", "YEMREB", "19")),
    # a bare role word before the place, or before "-held": the rebels of the army's country
    ("Syrian government forces carried out air strikes on rebel positions in Idlib province.",
     ("SYRMIL", "SYRREB", "19")),
    ("Ukrainian forces shelled rebel-held areas of Donetsk overnight.", ("UKRMIL", "UKRREB", "19")),
    # a possessive holder
    ("Libyan government forces attacked the rebels' positions near Sirte.", ("LBYMIL", "LBYREB", "19")),
])
def test_held_places_attack_on_a_held_place_hits_its_holder(nlp: Language, text: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert expected in event_dyads(text, nlp, DATE, root=True)


@pytest.mark.model
def test_held_places_countryless_holder_is_no_guess(nlp: Language) -> None:
    # Kurdish militants in a Turkish strike on Iraq: no country for the holder, so not Iraq either
    found = event_dyads("Turkish warplanes bombed Kurdish militant targets in northern Iraq on Monday.", nlp, DATE,
                        root=True)
    assert not any(target == "IRQ" for _, target, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # no holder: the place's country, as before
    ("French jets bombed positions in northern Mali on Sunday.", ("FRA", "MLI", "19")),
    # a place named by its own name keeps its reading
    ("Malian troops attacked the town of Kidal on Sunday.", ("MLIMIL", "MLI", "19")),
    # the army's positions shelled by rebels: the army is the target, the rebels the doer
    ("Army positions near Goma were shelled by the M23 rebels.", ("CODREB", "CODMIL", "19")),
])
def test_held_places_near_misses_keep_their_reading(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in event_dyads(text, nlp, DATE, root=True)


@pytest.mark.model
def test_held_places_own_positions_are_no_target(nlp: Language) -> None:
    # the rebels' own positions are not a side they attack
    found = event_dyads("The M23 rebels shelled the town from their positions in the hills near Goma.", nlp, DATE,
                        root=True)
    assert not any(source == target for source, target, _ in found)


@pytest.mark.model
def test_held_places_visit_to_a_base_is_no_attack(nlp: Language) -> None:
    # only force is aimed at a place's holder: a visit to a foreign base keeps its host
    found = event_dyads("The Japanese defence minister visited a US military base in Okinawa.", nlp, DATE, root=True)
    assert not any(root in ("18", "19", "20") for _, _, root in found)
