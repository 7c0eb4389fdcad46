"""Session 33: talks whose host is told only as their venue, news conferences, ordered truces.

- The participants of a definite meeting noun ("the talks included officials from A and B",
  "representatives of C also attended the meetings", "the meeting was attended by ...") meet the
  host of its venue both ways (040), the venue told in the noun's own phrase or in one of the two
  sentences before; the host's own country and sides of no country are not paired.
- A news or press conference in a town is speech to reporters: no talks with the town's country
  and no visit to it.
- An order to one's own forces to halt fighting aimed at a named side, or an announced halt to it,
  is the orderer's truce (0871) toward that side; the halted offensive is no attack.

Near misses: an indefinite meeting, a meeting planned, talks with their own partners, a venue in no
sentence near, a joint news conference with a partner, an order with no side named, an order to
attack, a halt that is only called for. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

Triple = tuple[str | None, str | None, str]


def _found(nlp: Language, text: str) -> set[Triple]:
    return country_triples(code(nlp, text))


def _pairs(found: set[Triple], code_: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c in found if c == code_}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Donors met at the Foreign Ministry in Tokyo on Monday. The talks included officials from France, "
    "Canada and Brazil.",
    "The pledges came after a special meeting at the Foreign Ministry in Tokyo. The talks included "
    "officials from France, Canada and Brazil.",
    "The summit in Tokyo was attended by officials from France, Canada and Brazil.",
])
def test_participants_meet_the_venue_s_host_both_ways(nlp: Language, text: str) -> None:
    met = _pairs(_found(nlp, text), "040")
    for guest in ("FRA", "CAN", "BRA"):
        assert (guest, "JPN") in met and ("JPN", guest) in met
    assert ("FRA", "CAN") not in met and ("CAN", "BRA") not in met


@pytest.mark.model
def test_attendees_two_sentences_after_the_venue_meet_its_host(nlp: Language) -> None:
    found = _found(nlp, "The pledges came after a special meeting at the Foreign Ministry in Tokyo. The talks "
                        "included officials from France and Canada. Representatives of the United Nations "
                        "and the World Bank also attended the meetings.")
    met = _pairs(found, "040")
    assert {("IGOUNO", "JPN"), ("JPN", "IGOUNO"), ("IGOWBK", "JPN"), ("JPN", "IGOWBK")} <= met
    assert not any(c == "042" for _, _, c in found)  # the meeting both ways, not a visit besides


@pytest.mark.model
def test_the_host_s_own_officials_are_not_its_guests(nlp: Language) -> None:
    met = _pairs(_found(nlp, "Donors met at the Foreign Ministry in Tokyo on Monday. The talks included "
                             "officials from Japan and France."), "040")
    assert ("FRA", "JPN") in met
    assert ("JPN", "JPN") not in met


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an indefinite meeting: not the one told before
    "Donors met at the Foreign Ministry in Tokyo on Monday. A meeting included officials from France and Canada.",
    # planned
    "Donors will meet at the Foreign Ministry in Tokyo next week. The talks will include officials from "
    "France and Canada.",
    # no venue told near
    "The talks included officials from France and Canada.",
    # no one attended
    "Donors met at the Foreign Ministry in Tokyo on Monday. None of the French ministers attended the talks.",
])
def test_participants_without_a_told_venue_or_a_held_meeting_meet_no_host(nlp: Language, text: str) -> None:
    assert not any(t == "JPN" and c == "040" for _, t, c in _found(nlp, text))
    assert ("FRA", "CAN", "040") not in _found(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Japanese foreign minister said at a news conference in Seoul that the two countries would keep "
    "working together.",
    "The Japanese foreign minister told a press conference in Seoul that ties were improving.",
])
def test_a_news_conference_abroad_is_no_visit_nor_talks(nlp: Language, text: str) -> None:
    assert not any(c.startswith("04") for _, _, c in _found(nlp, text))


@pytest.mark.model
def test_talks_abroad_are_still_a_visit(nlp: Language) -> None:
    assert ("JPN", "KOR", "042") in _found(nlp, "The Japanese foreign minister held talks in Seoul on Monday.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Angolan government ordered its army to halt attacks on Angolan rebels on Monday.",
    "The Angolan government ordered a halt to its attacks on Angolan rebels on Monday.",
    "The Angolan president ordered his troops to cease fighting Angolan rebels.",
])
def test_an_ordered_halt_to_fighting_is_a_truce(nlp: Language, text: str) -> None:
    assert ("AGO", "AGO", "0871") in _found(nlp, text)


@pytest.mark.model
def test_an_announced_halt_to_an_offensive_is_no_attack(nlp: Language) -> None:
    found = _found(nlp, "The Sudanese army announced a halt to its offensive against Sudanese rebels in Darfur.")
    assert ("SDN", "SDN", "0871") in found
    assert not any(c.startswith(("18", "19", "20")) for _, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no side named: the enemy is only the story's
    "The Angolan president ordered his troops to cease hostilities.",
    # an order to attack
    "The Angolan president ordered his troops to attack Angolan rebels.",
    # only asked for, by a third side
    "The Kenyan president called for a halt to attacks on Angolan rebels.",
    # only planned
    "The Angolan president will order his troops to halt attacks on Angolan rebels.",
])
def test_other_orders_and_calls_are_no_truce(nlp: Language, text: str) -> None:
    assert not any(c == "0871" for _, _, c in _found(nlp, text))


@pytest.mark.model
def test_an_offer_to_mediate_in_the_conflict_is_aimed_at_its_sides(nlp: Language) -> None:
    found = _found(nlp, "The presidents of Ghana and Togo held talks on Monday about their border. The "
                        "African Union has offered to mediate in the dispute.")
    assert {("IGOAU", "GHA", "039"), ("IGOAU", "TGO", "039")} <= found


@pytest.mark.model
def test_an_offer_to_mediate_in_a_conflict_named_anew_takes_no_sides_from_before(nlp: Language) -> None:
    found = _found(nlp, "The presidents of Ghana and Togo held talks on Monday about their border. The "
                        "African Union has offered to mediate in a Sudanese conflict.")
    assert not any(c == "039" and t in ("GHA", "TGO") for _, t, c in found)


@pytest.mark.model
def test_an_answered_offer_to_mediate_is_made_to_whoever_answers_it(nlp: Language) -> None:
    found = _found(nlp, "Ghana on Friday rejected the Nigerian president's offer to mediate in the border row.")
    assert ("NGA", "GHA", "039") in found


@pytest.mark.model
def test_an_offer_to_mediate_with_no_sides_told_is_aimed_at_no_one(nlp: Language) -> None:
    found = _found(nlp, "The African Union has offered to mediate in the dispute.")
    assert not any(c == "039" and t is not None for _, t, c in found)
