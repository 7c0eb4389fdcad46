"""A quoted "we" of one side of two states' talks speaks for both sides (session 26).

"Japanese and Chinese diplomats met ... 'We agreed to meet again next month,' the Japanese envoy
said": the envoy's "we" is the two delegations, so the agreement runs both ways between Japan and
China (``events.joint_we``). Before, the act had only its speaker and no one to be aimed at: an
agreement or a meeting needs a partner, so it was dropped, or coded with no target.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_dyads

DATE = "2024-03-05"
TALKS = "Japanese and Chinese diplomats met in Beijing on Monday for talks on the disputed islands.\n\n"


def _intents(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, root in event_dyads(text, nlp, DATE, root=True) if root == "03"}


@pytest.mark.model
@pytest.mark.parametrize("quote", [
    '"We agreed to meet again next month," the Japanese envoy said.',
    '"We agreed to continue the dialogue on the islands next month," the Japanese envoy said.',
    '"We agreed to make joint efforts to ease the tension," the Japanese envoy said.',
])
def test_quoted_we_after_talks_is_both_sides(nlp: Language, quote: str) -> None:
    assert _intents(nlp, TALKS + quote) == {("JPNGOV", "CHNGOV"), ("CHNGOV", "JPNGOV")}


@pytest.mark.model
def test_quoted_we_with_its_own_partner_keeps_it(nlp: Language) -> None:
    # the treaty names its own partner: no act toward the country of the talks is added
    text = ("The presidents of Kyrgyzstan and Tajikistan met in Bishkek on Thursday.\n\n"
            '"Besides, we agreed to sign a trilateral treaty with Uzbekistan," the Tajik president said.')
    intents = _intents(nlp, text)
    assert ("TJKGOV", "UZB") in intents, intents
    assert not any("KGZ" in (s or "") + (t or "") for s, t in intents), intents


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no talks told before: a "we" of the speaker's own government
    'The Japanese finance minister spoke in Tokyo on Monday.\n\n'
    '"We agreed to meet again next month," the Japanese finance minister said.',
    # the talks told too far back to be the ones the speaker means
    TALKS + "The talks lasted four hours.\n\nBoth delegations then left for a dinner.\n\n"
    "Tokyo has long claimed the islands.\n\n"
    '"We agreed to meet again next month," the Japanese envoy said.',
    # a "we" that only plans: the speaker's side may hold those talks with someone else
    "The Colombian president met Pope Francis at the Vatican on Friday.\n\n"
    '"It is possible that we will hold a new round of talks here," the Colombian president said.',
    # a third side named beside the "we": the speaker's own side facing it, not the two sides met
    "The Colombian president met Pope Francis at the Vatican on Friday.\n\n"
    '"We agreed to hold a new round of talks here, and we will invite the ELN rebels," the Colombian president said.',
    # talks between the government and its own opposition: no two states
    "Kenyan government officials met opposition leaders in Nairobi on Monday.\n\n"
    '"We agreed to meet again next month," the Kenyan opposition leader said.',
])
def test_quoted_we_without_two_states_talks_is_not_aimed(nlp: Language, text: str) -> None:
    assert _intents(nlp, text) == set()


@pytest.mark.model
def test_we_in_narration_is_no_side(nlp: Language) -> None:
    # a "we" outside any quote is nobody's: nothing is aimed by it
    text = TALKS + "We agreed to meet again next month, a reader wrote."
    assert _intents(nlp, text) == set()
