"""Errors of the former blind sets rn-s and rn-t (session 21): street force told in a sports
setting still codes (events/street_scenes.py), sports crowds ("fans", "hooligans") are civilians,
the Dalai Lama is a coded person (Tibetan, religious), and the recipient of an amount "in aid" is
found on the aid noun (events/amount_aid.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.extraction import extract
from newsevents.nlp.prefilter import skipped_spans

# --- a riot or police force near a stadium (events/street_scenes.py) ------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Hungarian football fans clashed with riot police outside the stadium in Budapest on Saturday.",
     ("HUNCVL", "HUNCOP", "14")),
    ("Serbian police clashed with hundreds of hooligans after the match in Belgrade.",
     ("SRBCVL", "SRBCOP", "14")),
    ("Peruvian police fired tear gas at protesters outside the national stadium in Lima before the final.",
     ("PERCOP", "PERCVL", "17")),
])
def test_street_force_in_a_sports_sentence_codes(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no police, no protesters: a fight among fans, or with a referee, is sport
    "Rival Hungarian fans fought each other outside the stadium in Budapest after the match.",
    "Angry Serbian fans attacked the referee after the match in Belgrade.",
    # fans who take to the streets near the police after a win are celebrating, not protesting
    "Jubilant Chilean fans took to the streets of Santiago as police watched after the match.",
])
def test_sport_veto_holds_without_street_sides(nlp: Language, text: str) -> None:
    assert code_dyads(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a film or a market report is no sport: its veto is not lifted for the police in it
    "Chilean police beat protesters in Santiago in the award-winning film.",
    "Chilean police beat protesters in Santiago in the film that premiered on Friday.",
    # the police of another clause are no party of the fans' brawl
    "Fans clashed with each other outside the stadium in Belgrade after the match, and police arrested ten.",
])
def test_street_sides_lift_only_the_sport_veto_of_their_own_act(nlp: Language, text: str) -> None:
    assert all(root not in ("14", "18", "19") for _, _, root in code_dyads(nlp, text))


@pytest.mark.model
def test_a_player_protesting_is_no_street_protest(nlp: Language) -> None:
    # "protested" the verb names no protest crowd: the sentence stays sport
    text = "Argentine players protested against the referee's decision during the match in Buenos Aires."
    assert all(root != "14" for _, _, root in code_dyads(nlp, text))


# --- sports crowds are civilians -------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Polish fans marched through the centre of Warsaw on Sunday.", "fans"),
    ("Dozens of English hooligans were detained in Marseille.", "hooligans"),
])
def test_sports_crowds_are_civilians(nlp: Language, text: str, name: str) -> None:
    actors = {a.text.split()[-1]: a for a in extract(text, date="2023-03-01", nlp=nlp).actors}
    assert actors[name].sector == "CVL"


# --- the Dalai Lama ----------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Beijing accused the Dalai Lama of stirring unrest among monks in Sichuan.", ("CHNGOV", "CHNREL", "11")),
    ("The Dalai Lama criticised China for its rule over the Tibetan plateau.", ("CHNREL", "CHN", "11")),
])
def test_dalai_lama_is_a_tibetan_religious_leader(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.model
def test_a_lama_of_another_name_is_not_the_dalai_lama(nlp: Language) -> None:
    text = "The Panchen Lama met Chinese officials in Beijing on Monday."
    assert all(a.name != "Dalai Lama" for a in extract(text, date="2023-03-01", nlp=nlp).actors)


# --- the recipient of an amount in aid (events/amount_aid.py) ---------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Germany has promised 50 million euros in development aid for Malian farmers.", ("DEU", "MLIAGR", "03")),
    ("Canada pledged 90 million dollars in emergency assistance for Sudanese refugees.", ("CAN", "SDNREF", "03")),
])
def test_recipient_of_an_amount_in_aid(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the sum is for a thing, not for anyone: no recipient
    "Norway has pledged $400 million in humanitarian aid for the reconstruction of schools.",
    # an amount not given in aid: "fees" is no aid noun, and "for" is what the fees buy
    "Canada pledged 90 million dollars in fees for Brazilian aircraft.",
])
def test_no_recipient_where_the_aid_phrase_names_none(nlp: Language, text: str) -> None:
    targets = [target for _, target, root in code_dyads(nlp, text) if root in ("03", "07")]
    assert targets == [None]


# --- the prefilter keeps a sentence whose sides point back (nlp/prefilter.py) -------------------------

def _skipped(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in skipped_spans(text)]


@pytest.mark.parametrize("second", [
    "After the shooting, both sides blamed each other for starting the violence.",
    "Afterwards the rivals traded blame over the shooting at the crossing.",
    # words the coder's group lists resolve (events/group_words.py), which the prefilter once lacked
    "Afterwards the old enemies traded blame over the shooting at the crossing.",
    "Afterwards the warring parties traded blame over the shooting at the crossing.",
])
def test_prefilter_keeps_sides_that_point_back(second: str) -> None:
    text = f"Indian and Pakistani troops exchanged fire along the border. {second}"
    assert second not in _skipped(text)


def test_prefilter_still_drops_a_sentence_without_any_cue() -> None:
    second = "After the shooting, calm returned to the area for a while."
    text = f"Indian and Pakistani troops exchanged fire along the border. {second}"
    assert second in _skipped(text)


def test_prefilter_needs_a_kept_sentence_before_the_sides() -> None:
    text = "After the shooting, both sides blamed each other for starting the violence."
    assert text in _skipped(text)


@pytest.mark.model
def test_both_sides_blaming_each_other_codes_both_ways(nlp: Language) -> None:
    text = "India and Pakistan exchanged fire on Monday. Both sides blamed each other for the violence."
    dyads = code_dyads(nlp, text)
    assert ("IND", "PAK", "11") in dyads and ("PAK", "IND", "11") in dyads
