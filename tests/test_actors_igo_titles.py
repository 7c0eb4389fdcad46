"""Officials of international bodies keep the body's code: representatives and delegates "from"
a body, spokesmen "for" it, two sets of "officials" kept apart, and a bare title the story gives
to a body's holder (newsevents.actors.served_bodies, newsevents.actors.igo_titles). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.actors.coding import Coded
from newsevents.actors.igo_titles import other_homes
from newsevents.extraction import extract


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(nlp, text)}


def _codes(nlp: Language, text: str, date: str = "2012-05-02") -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=date, nlp=nlp).actors}


@pytest.mark.parametrize(("one", "other", "apart"), [
    (Coded("IGOEU", None, "IGO", "person", "igo-official"), Coded("GRCGOV", "GRC", "GOV", "person", "title"), True),
    (Coded("IGOEU", None, "IGO", "person", "igo-official"), Coded("IGOAU", None, "IGO", "person", "igo-official"),
     True),
    (Coded("IGOEU", None, "IGO", "person", "igo-official"), Coded("IGOEU", None, "IGO", "igo", "org"), False),
    (Coded("GOV", None, "GOV", "person", "title"), Coded("IGOUNO", None, "IGO", "person", "title"), False),
    (Coded("KENGOV", "KEN", "GOV", "person", "title"), Coded("UGAGOV", "UGA", "GOV", "person", "title"), False),
])
def test_igo_titles_other_homes_parts_an_igo_from_another_owner(one: Coded, other: Coded, apart: bool) -> None:
    assert other_homes(one, other) is apart


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Representatives from the European Union met with Portuguese officials in Lisbon on Monday.",
     ("IGOEU", "PRTGOV")),
    ("Delegates from the African Union met with Malian officials in Bamako on Sunday.", ("IGOAU", "MLIGOV")),
    ("A spokeswoman for the World Bank criticized the Zambian government on Friday.", ("IGOWBK", "ZMBGOV")),
    ("Officials from the European Union met with Irish officials on Thursday.", ("IGOEU", "IRLGOV")),
    ("A delegation from the African Union met Chadian officials in N'Djamena on Monday.", ("IGOAU", "TCDGOV")),
    ("The delegation from the regional bloc ECOWAS met Guinean officials in Conakry.", ("IGOECO", "GINGOV")),
    ("Officials at the International Monetary Fund criticized the Argentine government.", ("IGOIMF", "ARGGOV")),
])
def test_igo_titles_an_igo_official_is_the_body_not_the_host(nlp: Language, text: str,
                                                             dyad: tuple[str, str]) -> None:
    dyads = _dyads(nlp, text)
    assert dyad in dyads
    assert not any((s or "").startswith(("PRTLEG", "MLILEG")) for s, _ in dyads)


@pytest.mark.model
@pytest.mark.parametrize(("text", "title", "body"), [
    ("UN Secretary-General Ban Ki-moon urged Nepal to hold elections. The Secretary-General also "
     "criticized the Nepali army.", "Secretary-General", "IGOUNO"),
    ("Nepal vote delayed.\n\nUN Secretary-General Ban Ki-moon called on Nepal to hold the vote. Ban urged "
     "the Nepali government to free the detainees. The Secretary-General also condemned the attacks on "
     "voters.", "Secretary-General", "IGOUNO"),
    ("Arab League envoy Lakhdar Brahimi met Lebanese leaders in Beirut. The envoy later criticized the "
     "Lebanese government.", "envoy", "IGOARL"),
])
def test_igo_titles_a_bare_title_recalls_the_body(nlp: Language, text: str, title: str, body: str) -> None:
    codes = _codes(nlp, text)
    assert any(title.lower() in name.lower() and code == body for name, code in codes.items())
    assert not any(title.lower() in name.lower() and (code or "")[:3] in ("NPL", "LBN") for name, code in codes.items())


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "UN envoy Jan Smit and U.S. envoy Tom Baker met in Cairo. The envoy criticized the Egyptian government.",
    "UN envoy Jan Smit arrived in Cairo. A special envoy criticized the Egyptian government.",
])
def test_igo_titles_a_bare_title_of_several_owners_is_left_alone(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert not any(name.lower() in ("envoy", "special envoy") and (code or "").startswith("IGO")
                   for name, code in codes.items())
