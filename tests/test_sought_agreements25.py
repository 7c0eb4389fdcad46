"""An agreement sought is no agreement reached (session 25): a truce or a deal that is the aim of
an effort ("efforts to reach", "a bid to maintain", "a push for") or of a mediation told only as
tried or offered ("attempting to mediate a truce") codes nothing between its sides; the effort's or
the mediation's own act stays, and truces and deals told as reached stay. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.events.sought_agreements import sought_agreement

pytestmark = pytest.mark.model  # every test here parses with the spaCy pipeline


def _between(nlp: Language, text: str, side_a: str, side_b: str) -> set[str]:
    """The CAMEO roots coded between two sides' codes (either way)."""
    return {root for src, tgt, root in code_dyads(nlp, text)
            if {(src or "")[:3], (tgt or "")[:3]} == {side_a, side_b}}


@pytest.mark.parametrize("text", [
    "Egyptian mediators stepped up efforts to reach a truce between Israel and Hamas on Friday.",
    "As part of the efforts to reach a ceasefire agreement between Israel and Hamas, the leaders of Turkey and "
    "Qatar met in Cairo.",
])
def test_a_truce_an_effort_aims_at_is_not_made(nlp: Language, text: str) -> None:
    assert _between(nlp, text, "ISR", "PSE") == set()


def test_the_effort_s_own_act_stays(nlp: Language) -> None:
    text = ("As part of the efforts to reach a ceasefire agreement between Israel and Hamas, the leaders of Turkey and "
            "Qatar met in Cairo.")
    assert _between(nlp, text, "TUR", "QAT") == {"04"}


def test_a_bid_to_keep_a_ceasefire_between_two_others(nlp: Language) -> None:
    text = ("The American envoy arranged the meeting in a bid to ease tensions and maintain the ceasefire between "
            "Armenia and Azerbaijan.")
    assert _between(nlp, text, "ARM", "AZE") == set()  # neither a ceasefire (08) nor an intent (03)


def test_a_project_to_reach_a_peace_agreement(nlp: Language) -> None:
    text = ("The flagship project of the Philippine president, Rodrigo Duterte, to reach a peace agreement with the "
            "communist rebels is again on the agenda.")
    assert all(root != "05" for _, _, root in code_dyads(nlp, text))


def test_a_mediation_only_tried_reaches_no_truce(nlp: Language) -> None:
    text = "Kenya is attempting to mediate a truce between Uganda and Rwanda."
    dyads = code_dyads(nlp, text)
    assert _between(nlp, text, "UGA", "RWA") == set()
    assert ("KEN", "UGA", "03") in dyads and ("KEN", "RWA", "03") in dyads  # the mediation, as tried, stays


def test_a_mediation_done_makes_the_truce(nlp: Language) -> None:
    text = "Qatar brokered a ceasefire between Israel and Hamas on Sunday."
    assert _between(nlp, text, "ISR", "PSE") == {"08"}  # near miss: the truce was reached


@pytest.mark.parametrize("text", [
    "The Ugandan and Rwandan armies reached a ceasefire on Sunday.",
    "Uganda and Rwanda signed a peace agreement on Sunday to end the border war.",
])
def test_agreements_reached_by_the_sides_stay(nlp: Language, text: str) -> None:
    assert _between(nlp, text, "UGA", "RWA") & {"05", "08"}


@pytest.mark.parametrize(("text", "word"), [
    ("Turkey renewed its push for a ceasefire between Russia and Ukraine.", "push"),
    ("Egypt led efforts to reach a truce between Israel and Hamas.", "efforts"),
    ("Kenya offered to broker a deal between Uganda and Rwanda.", "broker"),
])
def test_the_word_of_effort_is_found(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    agreement = next(t for t in doc if t.lower_ in ("ceasefire", "truce", "deal"))
    effort = sought_agreement(agreement)
    assert effort is not None and effort.text == word


@pytest.mark.parametrize("text", [
    "Qatar brokered a ceasefire between Israel and Hamas.",
    "The two armies reached a ceasefire after long efforts.",
    "Kenya tried to reach a deal with Uganda.",  # a side's own attempt: left to the intent reading
    "Egypt has been able to broker a truce between Israel and Hamas.",  # a mediation that succeeded
])
def test_no_word_of_effort_where_the_agreement_is_reached_or_tried_by_a_side(nlp: Language, text: str) -> None:
    doc = nlp(text)
    agreement = next(t for t in doc if t.lower_ in ("ceasefire", "truce", "deal"))
    assert sought_agreement(agreement) is None


def test_a_mediating_verb_is_not_the_agreement(nlp: Language) -> None:
    doc = nlp("Kenya is attempting to mediate a truce between Uganda and Rwanda.")
    mediate = next(t for t in doc if t.lower_ == "mediate")
    assert sought_agreement(mediate) is None  # the mediation's own event is coded
