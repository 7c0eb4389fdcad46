"""Calls for change are demands (CONVENTIONS 6.2, session 30): a call (not an appeal, urging or
asking) for captives' release is 1053, made of whoever holds them (the caller's own government for
the governed's own people); a call for a ruler's reinstatement is 1041 (events/match_context.py,
events/protest_calls.py). Calls for calm or an inquiry stay appeals."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract


def _events(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    ex = extract(text, "2021-03-04", nlp=nlp)
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in ex.events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    ("The Zambian opposition called for the release of political prisoners.", ("ZMBOPP", "1053", "ZMBGOV")),
    ("The Kenyan opposition renewed its call for the release of the detained activists.",
     ("KENOPP", "1053", "KENGOV")),
    ("Kenyan church leaders called on the government to release the detained activists.",
     ("KENREL", "1053", "KENGOV")),
    ("The Philippine government called for the release of the Filipino sailors held by Somali pirates.",
     ("PHLGOV", "1053", "SOMCRM")),
])
def test_call30_call_for_release_is_a_demand_of_the_holder(nlp: Language, text: str,
                                                          event: tuple[str, str, str]) -> None:
    events = _events(nlp, text)
    assert event in events
    assert not any(e[1].startswith("02") for e in events)


@pytest.mark.model
def test_call30_call_on_captors_is_aimed_at_them(nlp: Language) -> None:
    # near miss: the captors asked to free the hostages are the target, not the government
    events = _events(nlp, "The UN Secretary-General called on the Taliban to release the kidnapped aid workers.")
    assert [e[1:] for e in events] == [("1053", "AFGINS")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rights groups urged Rwanda to release the opposition leader.",
    "The Ugandan opposition appealed to the government to release its supporters.",
])
def test_call30_urging_a_release_stays_an_appeal(nlp: Language, text: str) -> None:
    # verbs of asking are appeals (CONVENTIONS 6.3)
    events = _events(nlp, text)
    assert any(e[1] == "0253" for e in events)
    assert not any(e[1].startswith("10") for e in events)


@pytest.mark.model
def test_call30_call_for_reinstatement_is_a_change_of_leader(nlp: Language) -> None:
    text = ("Supporters of the ousted Malian president issued a statement calling for the reinstatement"
            " of his government.")
    assert ("MLICVL", "1041", "MLIGOV") in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Sudanese protesters called for calm.",
    "The Nigerian senate called for an inquiry into the killings.",
    "The Iraqi government called for the return of the looted antiquities.",
])
def test_call30_other_calls_are_no_demands(nlp: Language, text: str) -> None:
    assert not any(e[1].startswith("10") for e in _events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    ("The United States called for the immediate release of the detained Burmese opposition leader.",
     ("USA", "1053", "MMRGOV")),
    ("The European Union demanded the release of the jailed Belarusian journalists.", ("IGOEU", "1053", "BLRGOV")),
])
def test_call30_foreign_captives_are_held_by_their_government(nlp: Language, text: str,
                                                              event: tuple[str, str, str]) -> None:
    # another country's governed named with no holder: the demand is made of their government
    assert event in _events(nlp, text)


@pytest.mark.model
def test_call30_a_named_holder_stays_the_target(nlp: Language) -> None:
    text = "The Philippine government called for the release of the Filipino sailors held by Somali pirates."
    assert [e[2] for e in _events(nlp, text)] == ["SOMCRM"]
