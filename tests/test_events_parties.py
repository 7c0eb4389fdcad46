"""Events of more than two parties: reciprocal acts ("accused each other"), talks among several
sides, and plural back-references ("both sides") whose pair is not the clause's own subject
(issue 10).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events with CAMEO root ``root`` in ``text``."""
    return {(s[:3] if s else None, t[:3] if t else None) for s, t, c in country_triples(code(nlp, text))
            if c.startswith(root)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "root", "expected"), [
    ("Eritrea and Ethiopia accused each other of attacks along the border on Monday.", "11",
     {("ERI", "ETH"), ("ETH", "ERI")}),
    ("Kenya and Uganda blamed one another for the clashes.", "11", {("KEN", "UGA"), ("UGA", "KEN")}),
    ("Rwanda and Burundi threatened each other with sanctions on Tuesday.", "13",
     {("RWA", "BDI"), ("BDI", "RWA")}),
    # no reciprocal: one accuser, one accused
    ("Eritrea accused Ethiopia of attacks on Monday.", "11", {("ERI", "ETH")}),
])
def test_reciprocal_objects_make_each_doer_the_others_target(nlp: Language, text: str, root: str,
                                                            expected: set[tuple[str, str]]) -> None:
    assert _dyads(nlp, text, root) == expected


@pytest.mark.model
def test_talks_between_three_sides_code_every_pair(nlp: Language) -> None:
    found = _dyads(nlp, "Talks between Egypt, Sudan and Ethiopia over the dam resumed on Tuesday.", "04")
    sides = {"EGY", "SDN", "ETH"}
    assert found == {(s, t) for s in sides for t in sides if s != t}


@pytest.mark.model
def test_talks_between_two_sides_still_code_both_ways(nlp: Language) -> None:
    found = _dyads(nlp, "Talks between Egypt and Sudan resumed on Tuesday.", "04")
    assert found == {("EGY", "SDN"), ("SDN", "EGY")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the clause's own subject names three countries: they are who appeals, not the pair
    ("India and Pakistan exchanged fire on Monday. China, Russia and Iran urged the two countries to show "
     "restraint.", {(s, t) for s in ("CHN", "RUS", "IRN") for t in ("IND", "PAK")}),
    ("Serbian and Kosovar negotiators met in Vienna on Monday. The mediators from Washington, Brussels and "
     "Moscow urged both sides to compromise.", {(s, t) for s in ("USA", "IGO", "RUS") for t in ("SRB", "XKX")}),
    ("Greece and Turkey clashed over drilling rights on Monday. Germany urged both sides to show restraint.",
     {("DEU", "GRC"), ("DEU", "TUR")}),
])
def test_a_pair_named_back_is_not_the_appeals_own_subject(nlp: Language, text: str,
                                                          expected: set[tuple[str | None, str]]) -> None:
    assert _dyads(nlp, text, "02") == expected


@pytest.mark.model
def test_a_pair_that_speaks_of_itself_is_still_the_pair(nlp: Language) -> None:
    # the speaker of an outer clause may be the pair itself: no subject is set aside there
    text = ("Chile and Bolivia reopened their border on Monday. Chile and Bolivia said the two governments had "
            "signed a trade accord.")
    assert _dyads(nlp, text, "05") == {("CHL", "BOL"), ("BOL", "CHL")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a hosted foreign guest visits the host: 043 by the host, 042 by each guest
    ("Kenya's president hosted the leaders of Uganda and Rwanda in Nairobi on Friday.",
     {("KEN", "UGA", "043"), ("UGA", "KEN", "042"), ("KEN", "RWA", "043"), ("RWA", "KEN", "042")}),
    ("Indonesia welcomed the Dutch king in Jakarta.", {("IDN", "NLD", "043"), ("NLD", "IDN", "042")}),
    # a guest of the host's own country makes no visit abroad
    ("The Kenyan president received opposition leaders at State House on Monday.", {("KEN", "KEN", "043")}),
])
def test_hosted_guests_visit_their_host(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = {(s[:3] if s else None, t[:3] if t else None, c[:3]) for s, t, c in country_triples(code(nlp, text))
             if c.startswith("04")}
    assert found == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("India and Pakistan exchanged fire on Monday. The United Nations urged the rivals to show restraint.",
     {("IGO", "IND"), ("IGO", "PAK")}),
    ("Greece and Turkey clashed over drilling rights on Monday. Germany urged the two foes to talk.",
     {("DEU", "GRC"), ("DEU", "TUR")}),
    # an owner makes the plural somebody's: no pair is guessed, and a country's neighbours are not the
    # country (session 32, events/accus_opponents.NEIGHBOUR_NOUNS)
    ("Sudan's neighbours urged restraint on Monday.", set()),
])
def test_relational_plurals_point_back_at_the_pair(nlp: Language, text: str,
                                                   expected: set[tuple[str, str | None]]) -> None:
    assert _dyads(nlp, text, "02") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "opposition" names who is met, not how a plan is received
    ("The Tunisian president met opposition leaders on Monday.", {("TUN", "TUN")}),
    ("The plan met with strong opposition from lawmakers.", set()),
])
def test_a_reception_is_named_by_the_objects_head(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert _dyads(nlp, text, "04") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "India and Pakistan exchanged fire on Monday. The United Nations urged both to show restraint.",
    "India and Pakistan exchanged fire on Monday. The United Nations urged the two to show restraint.",
])
def test_a_bare_dual_points_back_at_the_pair(nlp: Language, text: str) -> None:
    assert _dyads(nlp, text, "02") == {("IGO", "IND"), ("IGO", "PAK")}


@pytest.mark.model
def test_a_bare_dual_with_three_countries_before_guesses_nothing(nlp: Language) -> None:
    text = ("India, China and Pakistan held border talks on Monday. The United Nations urged the two to show "
            "restraint.")
    assert _dyads(nlp, text, "02") <= {("IGO", None)}
