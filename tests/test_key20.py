"""Key events told late in an article (session 20): a definite side joins the one country its kind
had before, a denial of "the charges" answers the claim told just before it, "the military action"
names the force that did it, an outsider's refusal of a vote's result is aimed at the country that
held it, and "Commodore" is a military rank.

Every paragraph here is written for these tests; most name several actors on purpose.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.extraction import extract


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


def _actor(nlp: Language, text: str, name: str) -> str | None:
    return next(a.code for a in extract(text, date="2010-05-04", nlp=nlp).actors if a.text == name)


# --- a definite side late in a story of several countries (story/earlier_sides.py) -----------------

TALKS = ("Sudanese government and rebel delegations opened talks in Addis Ababa on Monday. The talks were "
         "delayed for a week.\n\nEthiopia wanted to send monitors to the talks, but the rebels refused to "
         "allow them into the hall.")


@pytest.mark.model
def test_definite_side_joins_its_kind_told_before(nlp: Language) -> None:
    assert _actor(nlp, TALKS, "the rebels") == "SDNREB"


@pytest.mark.model
def test_definite_side_after_sides_of_two_countries_stays_without_country(nlp: Language) -> None:
    text = ("Chadian rebels attacked a town near the border on Monday. Sudanese rebels also crossed into "
            "Darfur.\n\nKenya wanted to send monitors to the region, but the rebels refused to allow them in.")
    assert _actor(nlp, text, "the rebels") == "REB"


@pytest.mark.model
def test_definite_side_with_no_kind_before_stays_without_country(nlp: Language) -> None:
    text = ("Norway and Sweden signed a fisheries pact on Monday. Officials said the accord would last ten "
            "years.\n\nDenmark wanted to join the pact, but the rebels refused to allow this.")
    assert _actor(nlp, text, "the rebels") == "REB"


@pytest.mark.model
def test_side_of_the_same_sentence_is_no_antecedent(nlp: Language) -> None:
    # two bodies of one sector in one sentence: the ministry is not the nurses
    text = "Hundreds of Ghanaian nurses held a sit-in at the health ministry."
    assert _actor(nlp, text, "the health ministry") == "HLH"


# --- a denial of the charges told just before (events/answered_claims.py) --------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hungary says Slovakia is mistreating its ethnic Hungarian minority. Slovakia's government has strongly "
    "denied the accusations.",
    '"Slovakia is mistreating its minority," the Hungarian minister said. Slovakia\'s government has strongly '
    "denied the accusations.",
])
def test_denied_charges_answer_the_claimant(nlp: Language, text: str) -> None:
    denials = {(s, t) for s, t, c in _codes(nlp, text) if c == "016"}
    assert len(denials) == 1
    source, target = denials.pop()
    assert source == "SVKGOV" and target is not None and target.startswith("HUN")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the claim names no side of the denier
    "Austria says the border will open on Monday. Slovakia's government has strongly denied the accusations.",
    # a paragraph between the claim and the denial
    "Hungary says Slovakia is mistreating its ethnic Hungarian minority.\n\nSlovakia's government has "
    "strongly denied the accusations.",
])
def test_denied_charges_without_a_claim_just_before_have_no_target(nlp: Language, text: str) -> None:
    assert ("SVKGOV", None, "016") in _codes(nlp, text)
    assert not any(c == "016" and t is not None for _, t, c in _codes(nlp, text))


@pytest.mark.model
def test_denial_of_a_named_accuser_keeps_it(nlp: Language) -> None:
    text = ("Hungary says Slovakia is mistreating its ethnic Hungarian minority. Slovakia has denied the "
            "accusations by Austria.")
    assert any(s is not None and s.startswith("SVK") and t == "AUT" and c == "016"
               for s, t, c in _codes(nlp, text))


# --- an act named by the force that did it (events/force_adjectives.py) ----------------------------

COUP = "Fiji's military has taken control of the country from the elected government. "


@pytest.mark.model
def test_military_action_is_the_military_told_before(nlp: Language) -> None:
    assert ("AUS", "FJIMIL", "111") in _codes(nlp, COUP + "Australia also condemned the military action.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # forces of two countries named before
    "Ethiopian troops crossed the border. Eritrean soldiers fired back. Kenya condemned the military action.",
    # the critic is that force
    COUP + "The army chief condemned the military action.",
    # no force's act
    COUP + "Australia condemned the political crisis.",
])
def test_force_adjective_near_misses_name_no_target(nlp: Language, text: str) -> None:
    assert not any(c == "111" and t is not None and t.endswith("MIL") for _, t, c in _codes(nlp, text))


# --- an outsider's refusal of a vote's result (events/targets.py, foreign_vote_holder) ---------------

RUNOFF = "Zimbabwe held a presidential run-off on June 27. "


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The EU has refused to recognize the result of the poll.",
    "The EU rejected the results of the election.",
])
def test_outsider_rejecting_a_vote_result_aims_at_its_holder(nlp: Language, sentence: str) -> None:
    assert ("IGOEU", "ZWE", "120") in _codes(nlp, RUNOFF + sentence)


@pytest.mark.model
def test_vote_result_of_a_named_country_is_that_country(nlp: Language) -> None:
    codes = _codes(nlp, RUNOFF + "The EU has refused to recognize the result of the poll in Kenya.")
    assert ("IGOEU", "KEN", "120") in codes and ("IGOEU", "ZWE", "120") not in codes


@pytest.mark.model
def test_governed_rejecting_a_vote_result_keeps_their_government(nlp: Language) -> None:
    assert ("ZWEOPP", "ZWEGOV", "120") in _codes(nlp, RUNOFF + "The opposition rejected the results of the election.")


# --- "Commodore" is a rank (actors/data/roles.tsv) ---------------------------------------------------

@pytest.mark.model
def test_commodore_between_title_and_name(nlp: Language) -> None:
    text = "Kenyan military chief Commodore John Doe said he is in charge. Doe later threatened the opposition."
    assert _actor(nlp, text, "Kenyan military chief Commodore John Doe") == "KENMIL"
    assert ("KENMIL", "KENOPP", "130") in _codes(nlp, text)
