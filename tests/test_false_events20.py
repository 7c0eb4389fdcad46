"""False events of session 20, read from the three former blind sets: support and demands aimed
at no one identified, a court appeal read as a plea, a thing received read as a guest, a share of
a place captured read as an arrest, talks only scheduled read as talks held, an act an order asks
for read as done, and a wish told as a motive read as an appeal or an intent.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.events.aimless import needs_target
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event


def _event(cameo: str, rule: str) -> Event:
    return Event(date=None, source=ActorRef("Kenya", "KEN", "KEN"), target=None, cameo=cameo, plover=None,
                 goldstein=None, quad_class=None, sentence="s", span=(0, 1), trigger="t", rule=rule)


@pytest.mark.parametrize(("cameo", "rule", "needed"), [
    ("051", "support.praise", True),  # support aimed at no one named
    ("055", "support.apologize", False),  # "apologised for the country's role in slavery"
    ("100", "demand.demand", True),
    ("1041", "appeal.call_resignation", True),
    ("125", "reject.reject_proposal", False),  # rejections stay (see the module docstring)
    ("020", "appeal.call_for", False),  # "appealed for calm"
    ("051", "dictionary:my.rule", False),  # a user's dictionary codes as it codes
])
def test_aimless_support_and_demands_need_a_target(cameo: str, rule: str, needed: bool) -> None:
    assert needs_target(_event(cameo, rule)) is needed


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("More than half of Slovenian voters backed a measure to ban advertising on Sundays.", "05"),
    ("Human Rights Watch demanded a full investigation into the killings.", "10"),
])
def test_aimless_support_or_demand_is_a_warning(nlp: Language, text: str, root: str) -> None:
    ex = extract(text, date="2012-03-01", nlp=nlp)
    assert not [e for e in ex.events if e.cameo.startswith(root)]
    assert any(w.startswith("no target named") for w in ex.warnings)


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenya backed Uganda's bid for a seat on the council.", ("KEN", "UGA", "05")),
    ("The Ghanaian opposition leader demanded that the government release the detained activists.",
     ("GHAOPP", "GHAGOV", "10")),
    ("The Chilean senate rejected the pension proposal on Tuesday.", ("CHLLEG", None, "12")),
])
def test_aimless_near_misses_keep_their_event(nlp: Language, text: str, dyad: tuple[str, str | None, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The jailed Iranian editor appealed the verdict on Sunday.",
    "The Kenyan senator appealed against his conviction.",
])
def test_court_appeal_is_no_plea(nlp: Language, text: str) -> None:
    assert code_dyads(nlp, text) == []


@pytest.mark.model
def test_appeal_to_a_ruler_is_still_a_plea(nlp: Language) -> None:
    dyads = code_dyads(nlp, "The jailed Iranian editor appealed to the president for a pardon.")
    assert ("IRNMED", "IRNGOV", "02") in dyads


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Serbian intelligence agencies received evidence of Macedonian spying.",
    "The Kenyan president received a letter from the Ugandan president.",
    "Rwandan officials received reports of shelling near the border.",
])
def test_thing_received_is_no_guest(nlp: Language, text: str) -> None:
    assert not [d for d in code_dyads(nlp, text) if d[2] == "04"]


@pytest.mark.model
def test_guest_received_is_still_hosted(nlp: Language) -> None:
    dyads = code_dyads(nlp, "The Kenyan president received the Ugandan foreign minister in Nairobi.")
    assert ("KENGOV", "UGAGOV", "04") in dyads


@pytest.mark.model
def test_share_of_a_place_captured_is_an_occupation(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Comoran forces captured most of the rebel-held island of Anjouan.")
    assert [d[2] for d in dyads] == ["19"]
    assert dyads[0][:2] == ("COMMIL", "COMREB")


@pytest.mark.model
def test_share_of_people_captured_is_still_an_arrest(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Malian police arrested most of the opposition leaders on Monday.")
    assert dyads == [("MLICOP", "MLIOPP", "17")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The presidents of Kenya and neighbouring Uganda scheduled talks Friday at the border to discuss the "
    "cattle raids.",
    "The Kenyan and Ugandan presidents arranged a meeting to discuss the border dispute.",
    "The Kenyan and Ugandan presidents planned a summit to discuss the border dispute.",
])
def test_scheduled_talks_are_an_intent_to_meet(nlp: Language, text: str) -> None:
    events = extract(text, date="2012-03-01", nlp=nlp).events
    assert {e.cameo for e in events} == {"036"}
    assert sorted((e.source.country, e.target.country) for e in events if e.source and e.target) == \
        [("KEN", "UGA"), ("UGA", "KEN")]  # the meeting noun's two events; its purpose repeats no third


@pytest.mark.model
def test_talks_held_to_discuss_are_a_meeting(nlp: Language) -> None:
    text = ("The presidents of Kenya and neighbouring Uganda held talks Friday at the border to discuss the "
            "cattle raids.")
    assert {e.cameo for e in extract(text, date="2012-03-01", nlp=nlp).events} == {"040"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Some Swazi police officers defied orders from the king to shoot the protesters.",
    "The Swazi king gave orders to shoot the protesters.",
])
def test_act_an_order_asks_for_is_not_done(nlp: Language, text: str) -> None:
    assert not [d for d in code_dyads(nlp, text) if d[2] in ("17", "18")]


@pytest.mark.model
def test_act_done_on_orders_is_done(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Swazi police shot the protesters on the orders of the king.")
    assert ("SWZCOP", "SWZCVL", "17") in dyads


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Botswanan opposition activists wanted to march to Zimbabwe's embassy with a petition.",
    "The Dutch Labor Party leaves the government because it wants the Netherlands to withdraw its troops "
    "from Afghanistan.",
    "The Kenyan rebels wanted to hold talks with the government.",
])
def test_wish_told_as_a_motive_is_no_event(nlp: Language, text: str) -> None:
    assert code_dyads(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Botswanan opposition activists want to march to Zimbabwe's embassy with a petition.",
     ("BWAOPP", "ZWEGOV", "13")),
    ("The Dutch Labor Party wants the Netherlands to withdraw its troops from Afghanistan.", ("NLDPTY", "NLD", "02")),
    ("Brazil wants Argentina to reopen the border.", ("BRA", "ARG", "02")),
    ("The Kenyan rebels want to hold talks with the government.", ("KENREB", "KENGOV", "03")),
])
def test_wish_made_known_keeps_its_event(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)
