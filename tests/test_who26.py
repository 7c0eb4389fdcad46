"""Actors the coder could not place (session 26): a counterpart named by a people's name holds his
owner's office (``events/counterparts.counterpart_office``), a state's title the Phoenix actors
write as an international body's ("UN envoy") is the state's after a country
(``actors/coding._title_in_name``), and "PNG" is Papua New Guinea (``actors/data/countries.tsv``).

Near misses: a counterpart whose owner holds no office of state (an opposition leader), a UN
envoy with no country before the title (the body's own), a body's name that ends in no title
("Kenya's UN mission"), "PNG" as a file format, a counterpart with a country of its own office.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.helpers import event_dyads

from newsevents.events.emit import _one_side
from newsevents.extraction import extract

DATE = "2024-03-04"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Kazakh foreign minister met his Uzbek counterpart in Astana on Monday.",
     {("KAZGOV", "UZBGOV", "040"), ("UZBGOV", "KAZGOV", "040")}),
    ("The Kenyan president met his Ugandan counterpart in Nairobi on Monday.",
     {("KENGOV", "UGAGOV", "040"), ("UGAGOV", "KENGOV", "040")}),
    ("Russian Foreign Minister Sergei Lavrov held talks with his Uzbek counterpart on Tuesday.",
     {("RUSGOV", "UZBGOV", "040"), ("UZBGOV", "RUSGOV", "040")}),
])
def test_counterpart_takes_owner_office(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(event_dyads(text, nlp, DATE)) == expected


@pytest.mark.model
def test_counterpart_of_opposition_leader_stays_bare(nlp: Language) -> None:
    # near miss: an opposition leader holds no office of state; his "counterpart" keeps the bare country
    dyads = set(event_dyads("Opposition leader Raila Odinga met his Ugandan counterpart on Friday.", nlp, DATE))
    assert ("KENOPP", "UGA", "040") in dyads
    assert not any(code == "UGAGOV" for dyad in dyads for code in dyad)


def _codes(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=DATE, nlp=nlp).actors}


@pytest.mark.model
@pytest.mark.parametrize("text, words, code", [
    ("Kenya's UN envoy criticised Somalia on Tuesday.", "Kenya's UN envoy", "KENGOV"),
    ("The Ghanaian UN envoy criticised Russia on Tuesday.", "The Ghanaian UN envoy", "GHAGOV"),
    ("Kenya's UN envoy Amos Wachira criticised Russia on Tuesday.", "Kenya's UN envoy Amos Wachira", "KENGOV"),
    # near miss: no country before the title: the body's own envoy
    ("UN envoy Amos Wachira met Houthi officials in Sanaa on Tuesday.", "UN envoy Amos Wachira", "IGOUNO"),
])
def test_state_title_in_body_name(nlp: Language, text: str, words: str, code: str) -> None:
    assert _codes(nlp, text)[words] == code


@pytest.mark.model
def test_body_name_without_title_is_left_alone(nlp: Language) -> None:
    # near miss: "UN mission" ends in no title; the rule does not touch it
    assert _codes(nlp, "Kenya's UN mission criticised Somalia on Tuesday.")["Kenya's UN mission"] == "IGOUNO"


@pytest.mark.model
def test_png_is_papua_new_guinea(nlp: Language) -> None:
    dyads = set(event_dyads("PNG Prime Minister Amos Kuma met Australian officials in Canberra on Monday.",
                            nlp, DATE))
    assert ("PNGGOV", "AUSGOV", "040") in dyads


@pytest.mark.model
def test_png_file_format_is_no_country(nlp: Language) -> None:
    # near miss: the abbreviation in lower-case company ("a PNG image") names no actor that acts
    actors = extract("The ministry posted a PNG image of the new border map on Monday.", date=DATE, nlp=nlp).actors
    assert not any(a.code and a.code.startswith("PNG") for a in actors)


@pytest.mark.parametrize("later, earlier, same", [
    ("NPLGOV", "NPLGOV", True),
    # "his Nepalese counterpart" (NPLGOV), then "the two sides" (NPL): one side met the person again
    ("NPL", "NPLGOV", True),
    # near misses: a body named after its bare country (a new act may be told), two bodies of one
    # country, two countries, a bare international code, uncoded sides
    ("NPLGOV", "NPL", False),
    ("NPLGOV", "NPLMIL", False),
    ("NPL", "INDGOV", False),
    ("IGO", "IGOUNO", False),
    (12, "NPL", False),
])
def test_emit_one_side(later: object, earlier: object, same: bool) -> None:
    assert _one_side(later, earlier) is same
