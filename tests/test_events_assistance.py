"""Aid given (CAMEO 07), intents told with "vow" or "be to", visits paid as courtesy calls and
de-escalation (session 11). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _roots(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return country_triples(code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("South Korea donated 200 buses to Ethiopia.", "KOR", "ETH"),
    ("Norway donated 30 ambulances to Malawi.", "NOR", "MWI"),
    ("Japan handed over ten patrol boats and 40 vehicles to the Philippine coast guard.", "JPN", "PHL"),
    ("Algeria sent rescue teams to Morocco after the earthquake.", "DZA", "MAR"),
    ("Cuba dispatched a team of doctors to Peru.", "CUB", "PER"),
    ("The World Health Organization transferred 20 ambulances to the Ukrainian health ministry.", "IGO", "UKR"),
    ("Chile received 40 generators from Spain.", "ESP", "CHL"),
    ("The IMF lent Egypt three billion dollars.", "IGO", "EGY"),
])
def test_assistance_goods_given_to_a_named_actor_are_aid(nlp: Language, text: str, source: str,
                                                         target: str) -> None:
    assert any(s and t and s[:3] == source and t[:3] == target and c == "07" for s, t, c in _roots(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("American aid to Jordan totals 1.5 billion dollars a year.", "USA", "JOR"),
    ("Mexico's donation to Cuba arrived on Monday.", "MEX", "CUB"),
    ("The United States increased its aid to Colombia.", "USA", "COL"),
    ("The Chinese loan to Laos paid for the railway.", "CHN", "LAO"),
])
def test_assistance_aid_noun_with_giver_and_receiver_codes(nlp: Language, text: str, source: str,
                                                           target: str) -> None:
    assert (source, target, "07") in _roots(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "American aid to Jordan could reach 2 billion dollars.",  # a modal verb: the aid is not given
    "Aid to Jordan stopped in March.",  # no giver named
    "Washington's aid to Jordan has stalled since March.",  # the aid stops
    "The Kenyan minister shipped his books to London.",  # goods of no aid given to no actor
    "Ghana shipped wheat to Nigeria.",  # staples are as often sold as given
])
def test_assistance_leaves_aid_not_given_alone(nlp: Language, text: str) -> None:
    assert not any(c == "07" for _, _, c in _roots(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "code_"), [
    ("Washington reduced aid to Niger.", "162"),  # a cut in aid is a sanction, not de-escalation
    ("The United States reduced military aid to Egypt.", "162"),
])
def test_assistance_aid_cut_stays_a_sanction(nlp: Language, text: str, code_: str) -> None:
    assert any(c == code_ for _, _, c in _codes(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The new Chinese envoy paid a courtesy call on the Zambian president.", "CHN", "ZMB"),
    ("The Indian ambassador paid a courtesy visit to the Kenyan president.", "IND", "KEN"),
    ("The outgoing French ambassador paid a farewell call on the Ghanaian foreign minister.", "FRA", "GHA"),
])
def test_assistance_courtesy_call_is_a_visit_not_an_appeal(nlp: Language, text: str, source: str,
                                                           target: str) -> None:
    found = _codes(nlp, text)
    assert (source, target, "042") in found
    assert not any(c.startswith("02") for _, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target", "code_"), [
    ("Peru and Chile vowed to strengthen cooperation.", "PER", "CHL", "03"),
    ("Japan vowed to send more aid to Nepal.", "JPN", "NPL", "03"),
    ("The Kenyan president is to visit Uganda next week.", "KEN", "UGA", "03"),
    ("Colombian guerrillas are to hand over their weapons to UN observers.", "COL", "IGO", "03"),
])
def test_intents_vowed_or_scheduled_cooperation_is_an_intent(nlp: Language, text: str, source: str, target: str,
                                                             code_: str) -> None:
    found = {(s[:3] if s else s, t[:3] if t else t, c) for s, t, c in _roots(nlp, text)}
    assert (source, target, code_) in found
    assert not any(c in ("13", "04", "08") and s == source for s, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("Iran vowed to strike back at Israel.", "13"),  # a vow of force stays a threat
    ("The Kenyan president visited Uganda.", "04"),  # a visit made
    ("The aim is to visit Uganda.", None),  # no one's plan
])
def test_intents_leave_threats_and_facts_alone(nlp: Language, text: str, root: str | None) -> None:
    roots = {c for _, _, c in _roots(nlp, text)}
    assert roots == ({root} if root else set()) or (root in roots and "03" not in roots)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target", "code_"), [
    ("Colombian guerrillas handed over their weapons to UN observers.", "COL", "IGO", "0873"),
    ("Israel reduced its military operations in Gaza.", "ISR", "PSE", "087"),
    ("Saudi Arabia scaled down its airstrikes on Yemen.", "SAU", "YEM", "087"),
])
def test_assistance_disarming_and_de_escalation_yield(nlp: Language, text: str, source: str, target: str,
                                                      code_: str) -> None:
    assert (source, target, code_) in {(s[:3] if s else s, t[:3] if t else t, c) for s, t, c in _codes(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Germany scaled back military exports to Turkey.",
    "Mali reduced military spending.",
])
def test_assistance_cuts_in_trade_and_spending_are_no_de_escalation(nlp: Language, text: str) -> None:
    assert not any(c.startswith("08") for _, _, c in _codes(nlp, text))
