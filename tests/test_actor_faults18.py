"""Actor faults left from session 17: a visitor's country is not the story's, and a group named
by its sponsor ("groups backed by X") is no support event.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.story.visitor_evidence import blank_spans, headline_host


@pytest.mark.parametrize(("headline", "host"), [
    ("Portuguese Minister Visits Angola", " Angola"),
    ("Turkish Leader Arrives in Baku for Talks", " in Baku for Talks"),
    ("Angola Hosts Portuguese Minister", None),  # no trip verb: the whole headline counts
    ("Kenyan Runner Visits Kenyan Schools", None),  # a trip at home
    ("Minister Visits Flood Victims", None),  # no country after the verb
])
def test_visitor_evidence_headline_host(headline: str, host: str | None) -> None:
    assert headline_host(headline) == host


@pytest.mark.parametrize(("piece", "offset", "spans", "out"), [
    ("Li arrived in Lima.", 10, [(10, 12)], "   arrived in Lima."),
    ("Li arrived in Lima.", 10, [], "Li arrived in Lima."),
    ("Li arrived in Lima.", 10, [(0, 5)], "Li arrived in Lima."),  # before the piece
])
def test_visitor_evidence_blank_spans(piece: str, offset: int, spans: list[tuple[int, int]], out: str) -> None:
    assert blank_spans(piece, offset, spans) == out


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Indian Foreign Minister Arrives in Sri Lanka\n\nIndian Foreign Minister Raj Mehta arrived in Colombo "
     "on Sunday for talks on fishing. Police fired tear gas at fishermen protesting outside the port.",
     "INDCOP", "LKACOP"),
    ("Chinese Premier Visits Nepal Amid Protests\n\nKATHMANDU - Chinese Premier Wu Lan arrived in Kathmandu "
     "on Monday for a two-day visit. Police arrested dozens of Tibetan protesters near the airport.",
     "CHNCOP", "NPLCOP"),
])
def test_visitor_evidence_bare_police_take_the_hosts_country(nlp: Language, text: str, wrong: str,
                                                             right: str) -> None:
    sources = {s for s, _, root in code_dyads(nlp, text, "2021-06-01") if root in ("17", "18")}
    assert wrong not in sources
    assert right in sources


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Armed groups backed by Rwanda seized the town on Tuesday.",
    "A militia supported by local politicians attacked the police station.",
    "The rebels, armed and funded by the neighbouring state, attacked the army base.",
])
def test_sponsored_groups_backing_participle_is_no_support(nlp: Language, text: str) -> None:
    assert not any(root == "05" for _, _, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rwanda backed the rebels in the east, the Congolese government said.",
    "France supported the Malian government in its talks with the rebels.",
])
def test_sponsored_groups_main_verb_backing_still_codes(nlp: Language, text: str) -> None:
    assert any(root == "05" for _, _, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "joined"), [
    ("ACCRA - The president and commander-in-chief Kofi Addo met the army chief on Tuesday.",
     "The president and commander-in-chief Kofi Addo"),
    ("Police detained Egyptian journalist and blogger Samir Adel in Cairo on Friday.",
     "Egyptian journalist and blogger Samir Adel"),
])
def test_coordinated_titles_one_person_is_one_actor(nlp: Language, text: str, joined: str) -> None:
    from newsevents.extraction import extract
    texts = {a.text for a in extract(text, date="2021-06-01", nlp=nlp).actors}
    assert joined in texts


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "ACCRA - The president and Prime Minister Yaw Osei met the union leaders on Tuesday.",
    "ACCRA - The minister and the army chief visited the troops on Tuesday.",
    "ACCRA - President Kofi Addo and Prime Minister Yaw Osei met the union leaders on Tuesday.",
])
def test_coordinated_titles_two_persons_stay_apart(nlp: Language, text: str) -> None:
    from newsevents.extraction import extract
    texts = {a.text for a in extract(text, date="2021-06-01", nlp=nlp).actors}
    assert not any(" and " in t for t in texts)


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong"), [
    ("The opposition said the new NGO law was unacceptable.", "NGO"),
    ("Activists in Accra said the new media law is unfair.", "GHAMED"),
])
def test_topic_modifiers_law_topic_is_no_target(nlp: Language, text: str, wrong: str) -> None:
    assert not any(t == wrong for _, t, _ in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("The union said the government bill was unfair.", "GOV"),
    ("Human rights groups said the police crackdown was brutal.", "COP"),
])
def test_topic_modifiers_owner_is_still_the_target(nlp: Language, text: str, target: str) -> None:
    assert any((t or "").endswith(target) and root == "11" for _, t, root in code_dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong"), [
    ("Rebels backed by Burundi attacked the town on Tuesday, killing ten people.", "BDI"),
    ("The rebels, supported by Tanzania, clashed with soldiers near the border on Monday.", "TZA"),
])
def test_sponsors_backer_gives_no_country_to_the_sentence(nlp: Language, text: str, wrong: str) -> None:
    from newsevents.extraction import extract
    actors = extract(text, date="2021-06-01", nlp=nlp).actors
    assert not any(a.country == wrong and a.country_rule == "place" for a in actors)


@pytest.mark.model
def test_sponsors_a_place_named_otherwise_still_counts(nlp: Language) -> None:
    from newsevents.extraction import extract
    actors = extract("Rebels attacked soldiers in Burundi on Tuesday.", date="2021-06-01", nlp=nlp).actors
    assert any(a.country == "BDI" for a in actors if a.sector == "MIL")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "COLOMBO - Opposition supporters rallied in Colombo on Sunday. The media refused to report on the rally.",
    "COLOMBO - Students marched in Colombo on Sunday. The newspaper declined to cover or print the march.",
])
def test_outlet_reports_declining_to_report_is_no_rejection(nlp: Language, text: str) -> None:
    assert not any(root == "12" for _, _, root in code_dyads(nlp, text))


@pytest.mark.model
def test_outlet_reports_other_refusals_stay(nlp: Language) -> None:
    text = "COLOMBO - The state newspaper refused to pay the fine imposed by the government."
    assert any(root == "12" for _, _, root in code_dyads(nlp, text))
