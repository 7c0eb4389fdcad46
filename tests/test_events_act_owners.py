"""Criticism, rejection and protest aimed at an act noun whose doer is a role word on it
(newsevents.events.act_owners). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    ("Kenyan reporters lashed out against a government crackdown on the press.", ("KENMED", "KENGOV", "11")),
    ("Chadian opposition leaders condemned a military crackdown on the students.", ("TCDOPP", "TCDMIL", "11")),
    ("Ugandan students protested against a police crackdown on their campus.", ("UGAEDU", "UGACOP", "14")),
    ("Nepalese opposition parties denounced a government decision to raise fuel prices.", ("NPLOPP", "NPLGOV", "11")),
    ("Kenyan bishops praised the government decision to free the prisoners.", ("KEN", "KENGOV", "05")),
    ("Kenyan opposition leaders voiced concern over the military offensive.", ("KENOPP", "KENMIL", "11")),
])
def test_act_owners_an_answer_to_an_act_noun_is_aimed_at_its_doer(nlp: Language, text: str,
                                                                  event: tuple[str, str, str]) -> None:
    assert event in _dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    # the doer's own act, defended: no answer to another
    ("The Kenyan government defended its crackdown on the press.", "KENGOV"),
    # an adjective of manner names no doer
    ("Kenyan reporters criticized a secret plan.", "KENGOV"),
    # a role that is the act's object, not its doer
    ("Kenyan reporters protested a press ban.", "KENMED"),
    # a minister criticizing a plan of his own government
    ("The Kenyan interior minister criticized the government plan.", "KENGOV"),
])
def test_act_owners_no_doer_read_from_other_modifiers(nlp: Language, text: str, target: str) -> None:
    assert not any(t == target and root in ("11", "12", "14") for _, t, root in _dyads(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    ("Somali officials condemned the militants' announcement to expel foreign aid groups.", ("INS", "NGO", "16")),
    ("Kenyan bishops deplored the Sudanese government's announcement to expel the aid agencies.",
     ("SDNGOV", "NGO", "16")),
])
def test_act_owners_a_possessed_announcement_names_the_doer_of_its_infinitive(
        nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event in _dyads(nlp, text)


@pytest.mark.model
def test_act_owners_an_announcement_without_its_holder_names_no_doer(nlp: Language) -> None:
    assert not any(root == "16" for *_, root in _dyads(nlp, "There was an announcement to expel the aid agencies."))
