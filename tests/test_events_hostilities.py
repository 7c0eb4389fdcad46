"""Who fights whom (newsevents.events.hostilities): armed men against the state's forces, communal
violence, and the bare side of a fight at home. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.events.hostilities import home_side, hostile_code
from newsevents.events.matching import Match
from newsevents.events.patterns import lexicon
from newsevents.records import ActorMention


def _actor(code_: str, country: str | None, sector: str | None, kind: str = "group") -> ActorMention:
    return ActorMention(0, 1, 0, 5, "x", "x", code_, country, sector, kind, "test")


@pytest.mark.parametrize(("code_", "source", "target", "expected"), [
    # armed men killing or beating the state's forces fight them
    ("180", ("MLIINS", "MLI", "INS"), ("MLIMIL", "MLI", "MIL"), ("190", "+armed-foes")),
    ("182", ("COLREB", "COL", "REB"), ("COLMIL", "COL", "MIL"), ("190", "+armed-foes")),
    # armed men killing civilians keep their code
    ("180", ("MLIINS", "MLI", "INS"), ("MLICVL", "MLI", "CVL"), ("180", "")),
    # herders attacking farmers: communal violence, kept from the riot convention
    ("190", ("NGAAGR", "NGA", "AGR"), ("NGAAGR", "NGA", "AGR"), ("190", "+communal")),
    # farmers attacking the police are no communal violence
    ("190", ("NGAAGR", "NGA", "AGR"), ("NGACOP", "NGA", "COP"), ("190", "")),
])
def test_hostilities_code_by_sides(code_: str, source: tuple[str, str, str], target: tuple[str, str, str],
                                   expected: tuple[str, str]) -> None:
    # a noun trigger ("the attack"), with a real pattern of the lexicon: no mass killing is read
    token = spacy.blank("en")("the attack")[1]
    pattern = next(p for p in lexicon().for_token("noun", "attack") if p.pos == "noun")
    assert hostile_code(code_, Match(token, pattern), _actor(*source), _actor(*target)) == expected


@pytest.mark.parametrize(("known", "bare", "story", "expected"), [
    (("TCDMIL", "TCD", "MIL"), ("REB", None, "REB"), ["TCD"], "TCDREB"),  # the army and bare rebels
    (("TUNCVL", "TUN", "CVL"), ("COP", None, "COP"), [], "TUNCOP"),  # protesters and bare police
    (("MLIINS", "MLI", "INS"), ("MIL", None, "MIL"), ["MLI", "FRA"], "MLIMIL"),  # insurgents and bare troops
])
def test_hostilities_bare_side_at_home(known: tuple[str, str, str], bare: tuple[str, None, str],
                                       story: list[str], expected: str) -> None:
    found = home_side("190", _actor(*known), _actor(*bare), story)
    assert found is not None and found.code == expected and found.rule == "home-foe"


@pytest.mark.parametrize(("code_", "known", "bare", "story"), [
    ("190", ("FRAMIL", "FRA", "MIL"), ("INS", None, "INS"), ["MLI"]),  # a foreign army in another's story
    ("190", ("TCDMIL", "TCD", "MIL"), ("IGOUNO", None, "IGO"), ["TCD"]),  # a world body is no one's
    ("190", ("TCDREB", "TCD", "REB"), ("REB", None, "REB"), ["TCD"]),  # rebels and rebels: no state side
    ("040", ("TCDMIL", "TCD", "MIL"), ("REB", None, "REB"), ["TCD"]),  # talks are no fight
    ("190", ("TCDMIL", "TCD", "MIL"), ("SDNREB", "SDN", "REB"), ["TCD"]),  # a side with a country keeps it
    ("190", ("ISRMIL", "ISR", "MIL"), ("INS", None, "INS"), ["PSE", "ISR"]),  # not the story's first country
    ("190", ("TCDMIL", "TCD", "MIL"), ("REF", None, "REF"), ["TCD"]),  # refugees are often abroad
    ("181", ("NGAEDU", "NGA", "EDU"), ("UAF", None, "UAF"), ["NGA"]),  # unnamed gunmen stay unknown
])
def test_hostilities_bare_side_left_alone(code_: str, known: tuple[str, str, str], bare: tuple[str, str | None, str],
                                          story: list[str]) -> None:
    assert home_side(code_, _actor(*known), _actor(*bare), story) is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Two Nigerien soldiers were killed by Nigerien rebels near Agadez on Sunday.", ("NER", "NER", "190")),
    ("Herders attacked Nigerian farmers in Plateau state on Tuesday, killing nine.", ("NGA", "NGA", "190")),
    ("The Chadian army clashed with rebels in the east of the country on Monday.", ("TCD", "TCD", "190")),
])
def test_hostilities_sentences(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found
    assert not any(c == "145" for _, _, c in found)  # no riot


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a fight set beside an armed act, naming its foe, was fought by the act's doer
    ("Sudanese rebels seized the town of Nyala after fierce fighting with government troops.", ("SDN", "SDN", "190")),
    ("Sudanese rebels seized the town of Nyala after two days of fighting with government troops.",
     ("SDN", "SDN", "190")),
    ("Ethiopian troops retook the town after heavy clashes with Tigrayan fighters.", ("ETH", "ETH", "190")),
])
def test_hostilities_fight_beside_an_armed_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "LILONGWE, Malawi - Several opposition supporters were beaten and arrested during the protest.",
    "LILONGWE, Malawi - Several opposition supporters were arrested and beaten on Monday.",
])
def test_hostilities_beating_beside_an_arrest_is_by_the_police(nlp: Language, text: str) -> None:
    found = {(e.source.code if e.source else None, e.cameo, e.rule) for e in code(nlp, text)}
    assert ("MWICOP", "182", "assault.beat+implied-police") in found


@pytest.mark.model
def test_hostilities_beating_with_its_own_doer_implies_no_police(nlp: Language) -> None:
    text = "LILONGWE, Malawi - Several opposition supporters were beaten by ruling party youths and arrested."
    assert not any(e.cameo == "182" and e.rule.endswith("+implied-police") for e in code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan police roughed up a journalist in Nairobi.",
    "Ugandan soldiers bludgeoned two opposition activists in Kampala.",
    "Militiamen mutilated Congolese villagers in Ituri.",
])
def test_hostilities_beating_verbs(nlp: Language, text: str) -> None:
    assert any(e.cameo == "182" for e in code(nlp, text))


@pytest.mark.model
def test_hostilities_clubbing_together_is_no_beating(nlp: Language) -> None:
    assert not code(nlp, "The Kenyan opposition parties clubbed together to fund the campaign.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Rebel fighters advanced on the Liberian capital from the north.", "190"),
    ("Ethiopian troops pushed deeper into Eritrea on Tuesday.", "190"),
    ("Russian forces advanced on the Ukrainian town of Bakhmut.", "190"),
])
def test_hostilities_armed_advance(nlp: Language, text: str, expected: str) -> None:
    assert any(e.cameo == expected and e.rule == "fight.advance_on" for e in code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan economy pushed into recession last year.",
    "Kenyan officials pushed toward a deal with the IMF.",
])
def test_hostilities_advance_needs_armed_doers(nlp: Language, text: str) -> None:
    assert not any(e.rule == "fight.advance_on" for e in code(nlp, text))


@pytest.mark.model
def test_hostilities_toll_over_the_owner_of_what_was_hit(nlp: Language) -> None:
    text = "Peruvian commandos stormed the Japanese ambassador's residence on Tuesday, killing all 14 guerrillas."
    found = country_triples(code(nlp, text))
    assert ("PER", "PER", "190") in found
    assert not any(t == "JPN" for _, t, _ in found)


@pytest.mark.model
def test_hostilities_crowds_are_civilians(nlp: Language) -> None:
    found = country_triples(code(nlp, "Crowds marched on the presidential palace in Antananarivo."))
    assert ("MDG", "MDG", "141") in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Right-wing Colombian paramilitaries killed at least 30 civilians in villages this week.", "202"),
    ("Colombian rebels killed twenty-five civilians in Cauca on Sunday.", "202"),
    ("Colombian rebels killed four civilians in Cauca on Sunday.", "180"),
    ("Colombian rebels wounded 40 civilians in Cauca on Sunday.", "180"),
    ("A suicide bomber killed at least 59 Pakistani civilians at a mosque in Peshawar.", "180"),
])
def test_hostilities_mass_killing_by_its_toll(nlp: Language, text: str, expected: str) -> None:
    assert {e.cameo for e in code(nlp, text)} == {expected}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # parsed as a noun with a participle on it; the object shows the participle is the active verb
    ("Right-wing paramilitaries killed at least 12 Colombian villagers.", ("COL", "COL", "180")),
    # a passive participle takes no object: the noun is its victim
    ("Twelve Colombian soldiers killed by FARC rebels were buried on Monday.", ("COL", "COL", "190")),
])
def test_hostilities_participle_on_a_root_noun(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a gerund after "in" names its doer by "by"; the toll's victims are whom it hit
    ("Two Ukrainian soldiers died in shelling by Russian forces near Bakhmut.", ("RUS", "UKR", "194")),
    ("Sudanese civilians were killed in shelling by the Rapid Support Forces in Omdurman.", ("SDN", "SDN", "194")),
])
def test_hostilities_toll_of_a_gerund_with_its_doer(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found
    assert not any(c.startswith("18") for _, _, c in found)  # the deaths are the shelling's toll


@pytest.mark.model
def test_hostilities_by_a_gerund_is_no_doer(nlp: Language) -> None:
    text = "Beijing accused the US of fanning the flames by sending weapons to Ukraine."
    assert ("CHN", "USA", "112") in country_triples(code(nlp, text))
