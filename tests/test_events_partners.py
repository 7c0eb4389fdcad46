"""The sides of a meeting named by "of", and meetings one joins (session 11). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _pairs(nlp: Language, text: str, root: str = "04") -> set[tuple[str, str]]:
    return {(s[:3], t[:3]) for s, t, c in country_triples(code(nlp, text)) if s and t and c.startswith(root)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "pairs"), [
    ("A meeting of the defence ministers of Greece and Turkey took place in Athens.",
     {("GRC", "TUR"), ("TUR", "GRC")}),
    ("The talks of the Chinese and Japanese foreign ministers ended on Monday.", {("CHN", "JPN"), ("JPN", "CHN")}),
    ("The Kenyan president hosted a meeting of the leaders of Uganda, Tanzania and Rwanda.",
     {("UGA", "TZA"), ("TZA", "RWA"), ("KEN", "UGA"), ("KEN", "RWA")}),
])
def test_partners_of_phrase_names_the_sides_of_a_meeting(nlp: Language, text: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _pairs(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia requested a meeting of the Security Council.",  # one body: no pair
    "Kenya attended a session of parliament.",
])
def test_partners_of_one_body_names_no_pair(nlp: Language, text: str) -> None:
    assert not any(c.startswith("04") and t and s and s[:3] != t[:3] and len({s[:3], t[:3]}) == 2
                   and "IGO" not in (s[:3], t[:3]) for s, t, c in country_triples(code(nlp, text)))


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Kenyan president joined his Ugandan counterpart for talks in Entebbe.", ("KEN", "UGA")),
    ("The Peruvian foreign minister joined Chile's foreign minister for a working lunch.", ("PER", "CHL")),
])
def test_partners_joining_someone_for_talks_is_meeting_them(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text)


@pytest.mark.model
def test_partners_joining_talks_names_no_partner(nlp: Language) -> None:
    assert _pairs(nlp, "Ghana joined the talks on Monday.") == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Iraqi prime minister, meeting the Iranian president in Tehran, called for calm.", ("IRQ", "IRN")),
    ("The Chilean president, holding talks with his Bolivian counterpart, urged calm.", ("CHL", "BOL")),
])
def test_partners_participle_set_off_by_commas_is_done_by_its_noun(nlp: Language, text: str,
                                                                   pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("India and Bangladesh agreed to share river data.", ("IND", "BGD")),
    ("Peru and Chile pledged to cooperate on fishing.", ("CHL", "PER")),
])
def test_partners_coordinated_doers_agreeing_to_cooperate_do_it_together(nlp: Language, text: str,
                                                                         pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, "03")


@pytest.mark.model
def test_partners_agreeing_to_fight_makes_no_fight_between_them(nlp: Language) -> None:
    found = country_triples(code(nlp, "Kenya and Uganda agreed to fight terrorism."))
    assert not any(c[:2] in ("13", "19") for _, _, c in found)
