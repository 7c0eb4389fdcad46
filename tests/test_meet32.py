"""Session 32: meetings, visits, signings and offers told in shapes the coder did not read.

- Talks a clause is told ahead of ("ahead of talks between A and B", "in advance of a meeting
  with B") have not been held: an intent to meet (036) of their sides, never a meeting (040).
- Sending a delegation or an envoy to a country is the sender's visit (042), with no host's
  reception (043) unless the text tells one.
- A deal told before and signed by one side is signed with that side's partner, never with the
  deal's broker.
- An offer accepted, welcomed or rejected was made to whoever answers it ("Togo rejected Ghana's
  offer of talks": Ghana's 036 toward Togo).
- Two sides that meet in a contest's final play a match: no consultation.

Near misses: a meeting planned, cancelled or refused, a protest ahead of which security is
tightened, troops sent, a delegation refused or still to be sent, an offer only possible, an offer
with no offerer named. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

Triple = tuple[str | None, str | None, str]


def _found(nlp: Language, text: str) -> set[Triple]:
    return country_triples(code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ahead of talks between Ghana and Togo, the Ghanaian president spoke to reporters.",
    "Security was tightened in Accra in advance of a meeting between the presidents of Ghana and Togo.",
])
def test_talks_told_ahead_are_an_intent_of_both_sides(nlp: Language, text: str) -> None:
    found = _found(nlp, text)
    assert {("GHA", "TGO", "036"), ("TGO", "GHA", "036")} <= found
    assert not any(c.startswith("04") for _, _, c in found)


@pytest.mark.model
def test_talks_ahead_with_a_partner_are_the_subject_s_intent(nlp: Language) -> None:
    found = _found(nlp, "The Ghanaian president flew to Lome ahead of talks with the Togolese president.")
    assert ("GHA", "TGO", "036") in found
    assert ("GHA", "TGO", "040") not in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police tightened security in Accra ahead of the opposition protest.",
    "The Ghanaian president spoke to reporters ahead of the summit.",
])
def test_other_acts_or_talks_with_no_sides_ahead_code_no_intent_to_meet(nlp: Language, text: str) -> None:
    assert not any(c == "036" for _, _, c in _found(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana dispatched a delegation to Togo on Monday.",
    "Ghana sent an envoy to Togo with a message for its president.",
])
def test_a_delegation_sent_is_the_sender_s_visit(nlp: Language, text: str) -> None:
    found = _found(nlp, text)
    assert ("GHA", "TGO", "042") in found
    assert ("TGO", "GHA", "043") not in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana will send a delegation to Togo next week.",
    "Ghana refused to send a delegation to Togo.",
    "The Ghanaian army sent troops to the border with Togo.",
])
def test_no_visit_for_a_delegation_not_sent_or_troops(nlp: Language, text: str) -> None:
    assert ("GHA", "TGO", "042") not in _found(nlp, text)


@pytest.mark.model
def test_a_deal_signed_by_one_side_is_signed_with_the_other_not_the_broker(nlp: Language) -> None:
    text = ("The governments of Sudan and South Sudan agreed on Tuesday to a ceasefire, in a deal brokered by "
            "Ethiopia. The agreement was signed in Addis Ababa by the Sudanese foreign minister.")
    found = _found(nlp, text)
    assert ("SDN", "SSD", "057") in found
    assert ("SDN", "ETH", "057") not in found
    assert ("ETH", "SDN", "045") in found  # the broker's mediation stays


@pytest.mark.model
@pytest.mark.parametrize("text, offer", [
    ("Togo rejected Ghana's offer of talks.", ("GHA", "TGO", "036")),
    ("Kenya welcomed Uganda's offer of help after the floods.", ("UGA", "KEN", "033")),
])
def test_an_answered_offer_was_made_to_whoever_answers_it(nlp: Language, text: str, offer: Triple) -> None:
    assert offer in _found(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Togo may reject any offer of talks from Ghana.",
    "Togo rejected the offer.",
])
def test_no_offer_when_none_was_made_or_no_offerer_is_named(nlp: Language, text: str) -> None:
    assert not any(c.startswith("03") for _, _, c in _found(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya and Uganda met in the final on Sunday.",
    "The two countries will meet in the semi-finals next week.",
    "The Kenyan president cancelled his meeting with the Ugandan president.",
    "The Kenyan president met his cabinet ministers in Nairobi.",
])
def test_no_meeting_is_coded(nlp: Language, text: str) -> None:
    assert not any(c.startswith("04") for _, _, c in _found(nlp, text))


@pytest.mark.model
def test_talks_refused_stay_a_refusal(nlp: Language) -> None:
    found = _found(nlp, "The Ugandan president refused to hold talks with the Kenyan president.")
    assert ("UGA", "KEN", "125") in found
    assert not any(c.startswith("04") for _, _, c in found)


@pytest.mark.model
def test_a_meeting_in_the_final_days_is_still_a_meeting(nlp: Language) -> None:
    text = "The Kenyan president met the Ugandan president in Kampala in the final days of the campaign."
    assert ("KEN", "UGA", "040") in _found(nlp, text)
