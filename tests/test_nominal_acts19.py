"""Acts told by a noun (session 19): a hostile act named as the agent of a passive ("a poll marred by
an opposition boycott"), rejections and criticism whose own phrase names doer and target ("Moscow's
rejection of the Ukrainian plan"), appeals and offers addressed "to" someone ("Kenya's offer of help
to Malawi"), and a perfect relative clause on an occasion ("a runoff that has been marred by ...").
The near misses are the same nouns where nothing is told as done: a possible, planned, threatened or
modal act, a doer the phrase does not name, a cooperative agent of a passive.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return country_triples(code(nlp, text))


# ---- the agent of a passive -------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("The Liberian runoff was marred by an opposition boycott.", ("LBR", "LBR", "143")),
    ("Voting ended in Liberia. The runoff has been marred by an opposition boycott.", ("LBR", "LBR", "143")),
    ("The Kenyan election was marred by clashes between police and opposition supporters.", ("KEN", "KEN", "145")),
    ("The talks were overshadowed by Russia's rejection of the Ukrainian proposal.", ("RUS", "UKR", "120")),
])
def test_nominal_acts19_passive_agent_tells_the_act_as_done(nlp: Language, text: str,
                                                             triple: tuple[str, str, str]) -> None:
    assert triple in _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Liberian runoff could be marred by an opposition boycott.",  # modal
    "The Liberian runoff was not marred by an opposition boycott.",  # negated
    "The Liberian runoff was threatened by an opposition boycott.",  # a threat
    "The Liberian runoff is expected to be marred by an opposition boycott.",  # a forecast
    "The Liberian runoff was prevented by an opposition boycott.",  # prevention
])
def test_nominal_acts19_passive_agent_near_misses_code_no_boycott(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("14") for e in code(nlp, text))


@pytest.mark.model
def test_nominal_acts19_passive_agent_without_a_named_doer_codes_nothing(nlp: Language) -> None:
    # "rocked by protests": who protested is not in the phrase
    assert not any(e.cameo.startswith("14") for e in code(nlp, "Burundi has been rocked by protests since April."))


@pytest.mark.model
def test_nominal_acts19_sides_only_pointed_back_at_are_no_doers(nlp: Language) -> None:
    text = ("Sierra Leoneans voted on Saturday and the opposition party says its members were harassed. "
            "The second round has been marked by clashes between the rival parties.")
    assert not any(e.trigger == "clashes" for e in code(nlp, text))


@pytest.mark.model
def test_nominal_acts19_cooperation_as_a_passive_agent_is_left_out(nlp: Language) -> None:
    assert not any(e.cameo.startswith("07") for e in code(nlp, "The new school in Ghana was funded by Japanese aid."))


# ---- rejections and criticism named by doer and target -----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("Kyiv responded to Moscow's rejection of the Ukrainian peace plan.", ("RUS", "UKR", "120")),
    ("Analysts discussed the rejection of the Ukrainian plan by Moscow.", ("RUS", "UKR", "120")),
])
def test_nominal_acts19_rejection_with_doer_and_target_is_a_fact(nlp: Language, text: str,
                                                                  triple: tuple[str, str, str]) -> None:
    assert triple in _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kyiv responded to a possible rejection of the Ukrainian peace plan by Moscow.",  # a prospect
    "Kyiv fears a rejection of the Ukrainian plan by Moscow.",  # feared
    "Kyiv discussed their rejection of the Ukrainian plan.",  # a pronoun names no doer
])
def test_nominal_acts19_rejection_near_misses(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("12") for e in code(nlp, text))


# ---- appeals and offers addressed to someone --------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("Kenya's offer of help to Malawi came on Monday.", ("KEN", "MWI", "033")),
    ("Kenya's offer of talks to the Somali government was welcomed in Mogadishu.", ("KEN", "SOM", "036")),
    ("The rebels made an offer of a truce to the army in Mali.", ("MLI", "MLI", "0356")),
    ("The appeal by the United Nations to Ethiopia for calm came on Monday.", ("IGOUNO", "ETH", "020")),
])
def test_nominal_acts19_addressed_acts_with_doer_and_addressee(nlp: Language, text: str,
                                                                triple: tuple[str, str, str]) -> None:
    assert triple in _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A possible offer of help to Malawi by Kenya was discussed.",  # a prospect
    "Kenya may make an offer of help to Malawi.",  # modal
    "His offer of help to Malawi was discussed in Lilongwe.",  # a pronoun names no doer
    "Kenya welcomed the offer of talks.",  # no addressee: nothing offered to anyone
])
def test_nominal_acts19_offer_near_misses(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("03") for e in code(nlp, text))
