"""Mends of session 25's review (session 26): a mood-marked rule is still its pattern for the
looting and verdict filters; a state leaving a pact codes 160 toward the pact's other party when it
is named (and nothing when it is not), not a military retreat; a firm taking a place over occupies
nothing.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_dyads
from newsevents.events.armed_looting import split_armed_looting
from newsevents.events.verdict_retellings import without_retold_verdicts
from newsevents.records import ActorRef, Event

DATE = "2024-03-12"


# ---- a mood-marked rule is its pattern ----------------------------------------------------------

def _verdict(rule: str, name: str) -> Event:
    court = ActorRef("court", "ZMBJUD", "ZMB", "JUD")
    judged = ActorRef(name, "ZMBELI", "ZMB", "ELI")
    return Event(date=DATE, source=court, target=judged, cameo="116", plover="ACCUSE", goldstein=None, quad_class=3,
                 sentence="x", span=(0, 1), trigger="x", rule=rule)


@pytest.mark.parametrize("rule", ["accuse.found_guilty", "accuse.found_guilty[claimed]",
                                  "accuse.found_guilty[claimed]+implied-court"])
def test_a_finding_with_a_mood_mark_is_still_a_finding(rule: str) -> None:
    sentence = _verdict("accuse.convict+implied-court", "Mulenga Banda")
    finding = _verdict(rule, "Banda")
    assert without_retold_verdicts([sentence, finding]) == [sentence]


def test_a_mood_marked_sentence_is_no_finding() -> None:
    # near miss: two sentencings, one with a mood mark, are no finding told again
    first = _verdict("accuse.convict", "Mulenga Banda")
    second = _verdict("accuse.convict[claimed]", "Mulenga Banda")
    assert without_retold_verdicts([first, second]) == [first, second]


def _looting(nlp: Language, text: str, rule: str, sector: str | None) -> tuple[list[Event], list[str]]:
    doc = nlp(text)
    start = text.index("looted")
    doer = ActorRef("doer", f"NGA{sector or ''}", "NGA", sector)
    event = Event(date=DATE, source=doer, target=None, cameo="145", plover="PROTEST", goldstein=None,
                  quad_class=4, sentence=text, span=(0, len(text)), trigger="looted", rule=rule,
                  trigger_span=(start, start + len("looted")))
    return split_armed_looting(doc, [event])


@pytest.mark.model
@pytest.mark.parametrize("rule", ["protest.riot", "protest.riot[claimed]", "protest.riot[claimed]+domestic-target"])
def test_looting_by_armed_men_with_a_mood_mark_is_no_riot(nlp: Language, rule: str) -> None:
    kept, warnings = _looting(nlp, "Insurgents looted the market in Bama on Sunday.", rule, "INS")
    assert kept == [] and len(warnings) == 1


@pytest.mark.model
def test_looting_by_a_crowd_with_a_mood_mark_stays_a_riot(nlp: Language) -> None:
    # near miss: a crowd's looting is the riot
    kept, _ = _looting(nlp, "Angry youths looted the market in Bama on Sunday.", "protest.riot[claimed]", "CVL")
    assert [e.cameo for e in kept] == ["145"]


# ---- leaving a pact -----------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("The United States pulled out of the arms control deal with Russia on Tuesday.", ("USA", "RUS", "16")),
    ("Iran withdrew from the nuclear agreement with the United States on Tuesday.", ("IRN", "USA", "16")),
    ("Niger quit its defence pact with France on Tuesday.", ("NER", "FRA", "16")),
    ("Burkina Faso left the military alliance with Mali on Tuesday.", ("BFA", "MLI", "16")),
])
def test_leaving_a_pact_reduces_relations_with_its_partner(nlp: Language, text: str,
                                                           dyad: tuple[str, str, str]) -> None:
    dyads = event_dyads(text, nlp, DATE, root=True)
    assert [(s[:3] if s else s, t[:3] if t else t, r) for s, t, r in dyads] == [dyad]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a pact with no partner named is no one's: nothing coded, and above all no military retreat
    "The United States pulled out of the nuclear deal on Tuesday.",
    "The United States pulled out of the Paris climate agreement on Tuesday.",
    "The United Kingdom withdrew from the treaty on Tuesday.",
])
def test_leaving_a_pact_with_no_partner_named_codes_nothing(nlp: Language, text: str) -> None:
    assert event_dyads(text, nlp, DATE, root=True) == []


@pytest.mark.model
def test_leaving_a_body_aims_at_the_body(nlp: Language) -> None:
    assert event_dyads("Britain withdrew from the European Union on Tuesday.", nlp, DATE, root=True) == [
        ("GBR", "IGOEU", "16")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "doer"), [("Kenyan troops pulled out of Somalia on Tuesday.", "KEN"),
                                            ("The United States pulled out of Somalia on Tuesday.", "USA")])
def test_pulling_out_of_a_country_is_still_a_retreat(nlp: Language, text: str, doer: str) -> None:
    # near miss: leaving ground, not a pact, keeps the military retreat
    dyads = event_dyads(text, nlp, DATE, root=True)
    assert [(s[:3] if s else s, t, r) for s, t, r in dyads] == [(doer, "SOM", "08")]


# ---- a firm taking a place over ------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A Turkish company took over the port of Mogadishu on Tuesday.",
    "An Emirati firm will take over the airport of Berbera next year.",
    "A group of foreign investors took over the port on Tuesday.",
])
def test_a_firm_taking_a_place_over_occupies_nothing(nlp: Language, text: str) -> None:
    dyads = event_dyads(text, nlp, DATE, root=True)
    assert not any(root in ("19", "13") for *_, root in dyads)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Islamist rebels took over the town of Mocimboa da Praia on Tuesday.",
    "Russian troops seized the port of Berdyansk from Ukrainian forces on Tuesday.",
])
def test_armed_men_taking_a_place_over_still_occupy_it(nlp: Language, text: str) -> None:
    # near miss: armed doers keep the occupation
    assert any(root == "19" for *_, root in event_dyads(text, nlp, DATE, root=True))
