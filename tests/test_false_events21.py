"""False events of session 21, read from fresh news: a continent's name read as the United States,
a fight told again in a witness's quote, and an act told again as a record ("It is the first time a
former president has been convicted").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsevents.actors.lexicon import lexicon
from newsevents.events.dyads import same_side, side
from newsevents.events.quoted_retellings import without_quoted_retellings
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event

DATE = "2019-03-04"


# ---- a continent is no country -------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    ["protests", "across", "Latin", "America"],
    ["South", "America", "'s", "second", "largest", "country"],
    ["leaders", "of", "Central", "America"],
    ["the", "North", "Americas"],
])
def test_continent_names_no_country(words: list[str]) -> None:
    assert not [m for m in lexicon().matches(words) if m.entries[0].is_country]


@pytest.mark.parametrize("words", [
    ["America", "sent", "troops"],
    ["the", "Latin", "teacher", "left", "America"],  # "Latin" before another word than America
])
def test_america_alone_is_still_the_united_states(words: list[str]) -> None:
    found = [m.entries[0].code for m in lexicon().matches(words) if m.entries[0].is_country]
    assert found == ["USA"]


@pytest.mark.model
def test_story_of_a_continent_gives_its_police_no_us_country(nlp: Language) -> None:
    ex = extract("Protests spread across Latin America on Friday.\n\n"
                 "The police fired tear gas at the protesters in the capital.", date=DATE, nlp=nlp)
    assert "USA" not in ex.story.countries
    assert not [a for a in ex.actors if a.country == "USA"]


@pytest.mark.model
def test_story_of_america_still_places_its_police(nlp: Language) -> None:
    ex = extract("America sent troops to the region on Friday.\n\n"
                 "The police fired tear gas at the protesters in the capital.", date=DATE, nlp=nlp)
    assert ("USACOP", "USACVL", "175") in [(e.source and e.source.code, e.target and e.target.code, e.cameo)
                                           for e in ex.events]


# ---- a fight told again in a quote ---------------------------------------------------------------

def _event(source: str, target: str, cameo: str, start: int, sentence: str, trigger: int) -> Event:
    return Event(date=None, source=ActorRef(source, source, source[:3], source[3:] or None),
                 target=ActorRef(target, target, target[:3], target[3:] or None), cameo=cameo, plover=None,
                 goldstein=None, quad_class=None, sentence=sentence, span=(start, start + len(sentence)),
                 trigger="t", rule="r", trigger_span=(start + trigger, start + trigger + 1))


LEAD = "Ugandan rebels attacked an army base on Monday, officials said."


def _quoted_text(quote: str) -> str:
    return f'{LEAD}\n\n"{quote}," an officer said.'


@pytest.mark.parametrize(("quote", "second", "kept"), [
    ("The rebels stormed our base at dawn", ("UGAREB", "UGAMIL", "190"), 1),  # the lead's attack retold
    ("The rebels shelled our base at dawn", ("UGAREB", "UGAMIL", "195"), 1),  # another code of one root
    ("The rebels stormed our base again", ("UGAREB", "UGAMIL", "190"), 2),  # a further attack
    ("Kenyan troops stormed the rebel camp", ("KENMIL", "UGAREB", "190"), 2),  # other sides
    ("The rebels accused our troops of lying", ("UGAREB", "UGAMIL", "112"), 2),  # no violence
    ("The rebels attacked a church", ("UGAREB", "UGAREL", "190"), 2),  # same country, other target sector
    ("They stormed our base at dawn", ("UGA", "UGAMIL", "190"), 1),  # a side with no sector matches any
])
def test_quoted_retelling_of_a_fight(quote: str, second: tuple[str, str, str], kept: int) -> None:
    text = _quoted_text(quote)
    doc = spacy.blank("en").make_doc(text)  # only the text is read: the quotation marks
    start = text.index('"') + 1
    events = [_event("UGAREB", "UGAMIL", "190", 0, LEAD, 15),
              _event(*second, start - 1, text[start - 1:], 5)]
    assert len(without_quoted_retellings(doc, events)) == kept


def test_unquoted_retelling_stays() -> None:
    text = f"{LEAD}\n\nThe rebels stormed the base at dawn, an officer said."
    later = text.index("The rebels")
    events = [_event("UGAREB", "UGAMIL", "190", 0, LEAD, 15),
              _event("UGAREB", "UGAMIL", "190", later, text[later:], 11)]
    assert len(without_quoted_retellings(spacy.blank("en").make_doc(text), events)) == 2


@pytest.mark.parametrize(("a", "b", "same"), [
    (("UGAREB", "UGA"), ("UGAREB", "UGA"), True),
    (("UGAREL", "UGA"), ("UGAMIL", "UGA"), False),  # one country, two sectors: two sides
    (("UGA", "UGA"), ("UGAMIL", "UGA"), True),  # a bare country matches any of its sectors
    (("IGOUNO", None), ("IGOUNO", None), True),  # a body with no country stands for itself
    (("KENMIL", "KEN"), ("UGAMIL", "UGA"), False),
    (("REB", None), ("REB", None), False),  # no country, no organisation: nothing to compare
])
def test_dyads_same_side(a: tuple[str, str | None], b: tuple[str, str | None], same: bool) -> None:
    def ref(code: str, country: str | None) -> ActorRef:
        return ActorRef(code, code, country)
    assert same_side(side(ref(*a)), side(ref(*b))) is same


@pytest.mark.model
def test_quoted_retelling_is_coded_once(nlp: Language) -> None:
    text = ('Ugandan rebels attacked an army base in the north of the country on Monday, killing ten '
            'soldiers, officials said.\n\nThe government has fought the rebels for two decades.\n\n'
            '"The rebels stormed our base at dawn," a Ugandan army officer told reporters.')
    ex = extract(text, date=DATE, nlp=nlp)
    assert len([e for e in ex.events if e.cameo.startswith("19")]) == 1


@pytest.mark.model
def test_quoted_new_attack_is_coded(nlp: Language) -> None:
    text = ('Ugandan rebels attacked an army base in the north of the country on Monday, killing ten '
            'soldiers, officials said.\n\nThe government has fought the rebels for two decades.\n\n'
            '"The rebels stormed our base again on Tuesday," a Ugandan army officer told reporters.')
    ex = extract(text, date=DATE, nlp=nlp)
    assert len([e for e in ex.events if e.cameo.startswith("19")]) == 2


@pytest.mark.model
def test_quoted_attack_on_another_sector_is_coded(nlp: Language) -> None:
    ex = extract('Ugandan rebels attacked an army base on Monday, officials said.\n\n'
                 '"The rebels attacked a church on Tuesday," a priest said.', date=DATE, nlp=nlp)
    assert [e.target and e.target.code for e in ex.events if e.cameo == "190"] == ["UGAMIL", "UGAREL"]


# ---- an act told again as a record ---------------------------------------------------------------

@pytest.mark.model
def test_act_told_again_as_a_record_is_coded_once(nlp: Language) -> None:
    ex = extract("Former Peruvian President Alberto Fujimori was convicted of corruption by a court in Lima on "
                 "Sunday.\n\nIt is the first time a former president has been convicted in Peru.", date=DATE, nlp=nlp)
    assert [e.trigger for e in ex.events if e.cameo.startswith("11")] == ["convicted"]
    assert ex.events[0].sentence.startswith("Former Peruvian President")


@pytest.mark.model
def test_record_of_an_act_on_another_side_stays(nlp: Language) -> None:
    ex = extract("Kenyan police arrested the opposition leader on Monday.\n\n"
                 "It is the first time Kenyan police have detained a senior judge.", date=DATE, nlp=nlp)
    assert [(e.target and e.target.code, e.cameo) for e in ex.events] == [("KENOPP", "173"), ("KENJUD", "173")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    # told alone, the record is how the article reports the act
    ("It was the first time Ethiopian troops had attacked Somali forces, officials said.", ("ETHMIL", "SOMMIL", "190")),
    # an earlier act of another code is no first telling of it
    ("Kenyan police arrested the opposition leader on Monday.\n\n"
     "It is the first time Kenyan police have beaten opposition supporters.", ("KENCOP", "KENOPP", "182")),
    ("Kenyan police arrested the opposition leader on Monday.\n\n"
     "It is the first time Kenyan police have attacked the opposition headquarters.", ("KENCOP", "KENOPP", "175")),
    # the count as an adverbial of the act, and a first time told as news
    ("Zambia's opposition leader has been arrested for the second time in six months, a party spokesman said.",
     ("ZMBCOP", "ZMBOPP", "173")),
    ("For the first time, Ethiopian rebels attacked the Somali army on Monday.", ("ETHREB", "SOMMIL", "190")),
])
def test_record_told_as_news_stays(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    ex = extract(text, date=DATE, nlp=nlp)
    assert dyad in [(e.source and e.source.code, e.target and e.target.code, e.cameo) for e in ex.events]
