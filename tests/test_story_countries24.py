"""Countries of bodies in stories of several countries (session 24): a country modifier shared by
coordinated heads.

"Philippine coast guard and diplomatic officials", "the Syrian government and opposition
factions", "Chinese warplanes and warships": one modifier stands over both heads, and the second
head, a body of the same state (or of its politics beside its government), takes the modifier's
country (``actors/shared_modifiers.py``, rule ``shared-modifier``). Heads with words of their own
("the army", "40 Somali civilians", "foreign diplomats") and bodies that are as often foes or
bystanders (insurgents, crowds, reporters) keep their own reading.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import named_actor
from newsevents.extraction import extract
from newsevents.records import Actor

DATE = "2024-03-04"


def _actor(nlp: Language, text: str, words: str, title: str | None = None) -> Actor:
    return named_actor(nlp, text, words, DATE, title)


@pytest.mark.model
@pytest.mark.parametrize("text, words, code", [
    # two countries in the story: the officials are the Philippines', not China's and not no one's
    ("Manila protested to Beijing on Monday. Philippine coast guard and diplomatic officials showed "
     "videos of Chinese ships blocking a supply boat.", "diplomatic officials", "PHLGOV"),
    ("Representatives of the Syrian government and opposition factions met in Kazakhstan for talks "
     "brokered by Russia and Iran.", "opposition factions", "SYROPP"),
    ("Taiwan said Chinese warplanes and warships crossed the median line of the strait on Sunday.",
     "warships", "CHNMIL"),
    ("Ugandan police and prosecutors questioned two Kenyan lawyers on Friday.", "prosecutors", "UGAJUD"),
])
def test_a_shared_modifier_gives_the_second_head_its_country(nlp: Language, text: str, words: str,
                                                              code: str) -> None:
    actor = _actor(nlp, text, words)
    assert actor.code == code
    assert actor.country_rule == "shared-modifier"


@pytest.mark.model
def test_the_shared_country_makes_the_event(nlp: Language) -> None:
    # the bare "officials" of the lead are no one's yet; the later officials are the Philippines'
    text = ("China's coast guard fired water cannon at Philippine boats, officials said. Philippine coast "
            "guard and diplomatic officials met Chinese envoys on Tuesday.")
    ex = extract(text, date=DATE, nlp=nlp)
    sides = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in ex.events if e.cameo.startswith("04")}
    assert ("PHLGOV", "CHNGOV") in sides
    assert ("GOV", "CHNGOV") not in sides and ("CHNGOV", "GOV") not in sides  # no side without its country


@pytest.mark.model
@pytest.mark.parametrize("text, words, unwanted", [
    # foes: insurgents beside Ethiopian troops are not Ethiopian
    ("A gun battle between Ethiopian troops and insurgents forced families to flee, Somali officials said.",
     "insurgents", "ETH"),
    # bystanders: reporters beside Russian officials are no one's officials
    ("Russian officials and reporters on the scene said Georgian forces shelled the town.",
     "reporters", "RUS"),
    # an army beside its foes' politics: opposition fighters are not the Syrian army's
    ("Syrian troops and opposition fighters fought for the town on Monday, Turkey said.",
     "opposition fighters", "SYR"),
    # words of its own: "foreign" diplomats are not the host's
    ("Kenyan officials and foreign diplomats met in Nairobi on Monday, Ugandan radio said.",
     "foreign diplomats", "KEN"),
])
def test_no_shared_country_for_foes_bystanders_or_outsiders(nlp: Language, text: str, words: str,
                                                            unwanted: str) -> None:
    actor = _actor(nlp, text, words)
    assert actor.country != unwanted
    assert actor.country_rule != "shared-modifier"


@pytest.mark.model
def test_a_head_with_its_own_determiner_or_number_is_left_alone(nlp: Language) -> None:
    text = "Burundian soldiers and 40 Somali civilians were missing after the raid, Kenyan officials said."
    assert _actor(nlp, text, "Somali civilians").code == "SOMCVL"
    text = "Israeli police and the army entered the camp, Palestinian officials said, as Egypt urged calm."
    army = _actor(nlp, text, "the army")
    assert army.country_rule != "shared-modifier"


@pytest.mark.model
def test_a_title_with_its_own_country_is_not_the_bare_title_told_before(nlp: Language) -> None:
    # "officials said" (whose, the story does not say) and "Philippine officials" are two actors:
    # joined, the later officials lost the country their own words give them
    text = ("China's coast guard fired water cannon at two supply boats near the shoal, officials said. "
            "Philippine officials met Chinese envoys in Manila on Tuesday.")
    ex = extract(text, date=DATE, nlp=nlp)
    assert ("PHLGOV", "CHNGOV") in {(e.source.code if e.source else None, e.target.code if e.target else None)
                                    for e in ex.events if e.cameo.startswith("04")}
    bare = [a for a in ex.actors if a.text == "officials"]
    assert bare and bare[0].country is None  # the first, bare mention is not given the later country


@pytest.mark.model
def test_a_bare_title_after_a_placed_one_still_repeats_it(nlp: Language) -> None:
    # the other order: "the officials" after "Philippine officials" are those officials
    text = ("Philippine officials met Chinese envoys in Manila on Tuesday. The officials said the talks "
            "were frank.")
    ex = extract(text, date=DATE, nlp=nlp)
    officials = [a for a in ex.actors if a.code == "PHLGOV"]
    assert len(officials) == 1 and len(officials[0].mentions) == 2


@pytest.mark.model
def test_an_office_holder_acted_on_is_no_foreign_state(nlp: Language) -> None:
    # "the government arrested the mayor of Caracas": the mayor is no state the government acts
    # on, so the sentence's other country (the United States, which voices concern) is no guess
    text = ("The United States voiced concern over tensions in Venezuela after the government arrested "
            "the mayor of Caracas.")
    government = _actor(nlp, text, "the government")
    assert government.country != "USA"


@pytest.mark.model
@pytest.mark.parametrize("text, words, unwanted", [
    # a state named as such is still a counterpart: the government that accuses Rwanda is not Rwanda's
    ("The government accused Rwanda of arming the rebels.", "The government", "RWA"),
    # a person named by a nationality alone is still a foreigner acted on
    ("An arbitration court stripped Spanish cyclist Pedro Ruiz of his title on Monday.", "An arbitration court",
     "ESP"),
])
def test_states_and_foreigners_acted_on_remain_counterparts(nlp: Language, text: str, words: str,
                                                           unwanted: str) -> None:
    assert _actor(nlp, text, words).country != unwanted
