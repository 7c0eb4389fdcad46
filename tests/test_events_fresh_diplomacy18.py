"""Forms a census of fresh diplomacy and politics news found missed (session 18): departures
"for" a capital and "is headed to" one (042), assurances (030), calls to undo or redo an election (104), and the party
officer whose post an appositive names. Each with near misses that must not code. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads
from newsevents.extraction import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese prime minister left Tokyo for Washington on Friday.", ("JPNGOV", "USAGOV", "04")),
    ("The Kenyan president departed for Addis Ababa on Monday.", ("KENGOV", "ETHGOV", "04")),
    ("Leaving Kabul for Moscow, the Indian foreign minister said he was hopeful.", ("INDGOV", "RUSGOV", "04")),
    ("The Kenyan foreign minister is headed to Riyadh for talks on Monday.", ("KENGOV", "SAUGOV", "04")),
])
def test_fresh_diplomacy18_departure_for_capital_is_visit(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)
    assert any(e.cameo == "042" for e in code(nlp, text))


@pytest.mark.parametrize("text", [
    "Hundreds of Syrian refugees left Turkey for Germany last year.",
    "The Japanese prime minister left the meeting for a dinner with business leaders.",
    "The French ambassador left Paris for Nairobi to take up his post.",
    "The Kenyan president departed for London for medical treatment.",
    "Before leaving for Beijing on Thursday, the American president gave a speech on trade.",
    "The Kenyan delegation was headed by the foreign minister of Ethiopia.",
])
def test_fresh_diplomacy18_departure_without_visit_codes_none(nlp: Language, text: str) -> None:
    assert not any(e.cameo == "042" for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel has assured Egyptian officials that it will not send troops to the border.", ("ISR", "EGYGOV", "03")),
    ("Ghana assured Togo of its full support.", ("GHA", "TGO", "03")),
])
def test_fresh_diplomacy18_assurance_is_promise(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The Kenyan police want to assure the safety of the voters.",
    "Ghana said the new law would assure fair elections.",
])
def test_fresh_diplomacy18_assurance_of_thing_codes_none(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("03") for e in code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Guinean opposition called for the annulment of the legislative elections.",
    "The Kenyan opposition called for a recount in three constituencies.",
    "The Malawian opposition called for the cancellation of the presidential vote.",
])
def test_fresh_diplomacy18_call_to_undo_election_is_reform_demand(nlp: Language, text: str) -> None:
    assert "104" in {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize("text", [
    "The Malawian minister called for the cancellation of the concert.",
    "The Kenyan opposition called for the annulment of the sale of the port.",
])
def test_fresh_diplomacy18_call_to_undo_other_thing_is_no_reform_demand(nlp: Language, text: str) -> None:
    assert "104" not in {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "sector"), [
    ("Mary Phiri, secretary general of the main opposition Unity Party, spoke in Lilongwe.", "OPP"),
    ("Mary Phiri, general secretary of the opposition alliance, spoke in Lilongwe.", "OPP"),
    ("Mary Phiri, secretary general of the Malawian foreign ministry, spoke in Lilongwe.", "GOV"),
])
def test_fresh_diplomacy18_party_officer_takes_body_sector(nlp: Language, text: str, sector: str) -> None:
    actors = extract(text, date="2015-05-05", nlp=nlp).actors
    phiri = next(a for a in actors if "Phiri" in a.name)
    assert phiri.sector == sector
