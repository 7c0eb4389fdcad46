"""A demonym that names a language ("English-language media", "the French language press") and a
country's name inside a sea's or river's name ("the Indian Ocean", "the Gulf of Mexico") name no
country, and a sea coded "---" by the bundled dictionary is no story country: none of them adds a
country that would leave the story's people without one, or give them "---". Near-misses: a
demonym before other nouns still names its country.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.lexicon import lexicon
from newsevents.extraction import extract
from newsevents.story.named_countries import name_spans, text_countries


def _countries(text: str) -> list[str]:
    tokens = text.split()
    return [m.entries[0].code for m in lexicon().matches(tokens) if m.entries[0].is_country]


@pytest.mark.parametrize(("text", "countries"), [
    ("the English language media", []),
    ("the English - language daily", []),
    ("the Arabic - language channel", []),
    ("French languages courses", []),
    ("the English media", ["GBR"]),
    ("the French foreign ministry", ["FRA"]),
    ("English speakers", ["GBR"]),
    ("the Indian Ocean", []),
    ("the South China Sea", []),
    ("the Gulf of Mexico", []),
    ("the Sea of Japan", []),
    ("the English Channel", []),
    ("the Indian navy", ["IND"]),
    ("the Mexican border", ["MEX"]),
    ("the Chinese sea patrols", ["CHN"]),
    ("Japan 's sea", ["JPN"]),
])
def test_lexicon_language_names_no_country(text: str, countries: list[str]) -> None:
    assert _countries(text) == countries


@pytest.mark.parametrize(("text", "countries"), [
    ("ships in the Indian Ocean", []),
    ("pirates in the Gulf of Aden", []),
    ("patrols in the Sea of Japan", []),
    ("ferries in the English Channel", []),
    ("the Indian navy", ["IND"]),
    ("the Gulf states of Oman and Qatar", ["OMN", "QAT"]),
])
def test_story_text_countries_skip_seas(text: str, countries: list[str]) -> None:
    assert sorted(text_countries(text)) == countries


def _events(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of each event coded in ``text``."""
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
            for e in extract(text, "2010-03-01", nlp=nlp).events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    ("Lim Sovan, a reporter known in Laos for his work in the English-language press, was "
     "arrested on Monday. On Friday he was convicted of libel.", ("LAO", "LAO", "116")),
    ("Pedro Alves, an editor famous in Angola for his columns in the English language media, "
     "was convicted of defamation on Tuesday.", ("AGO", "AGO", "116")),
])
def test_actors_language_adjective_leaves_the_story_country(
        text: str, event: tuple[str, str, str], nlp: Language) -> None:
    assert event in _events(text, nlp)


@pytest.mark.model
def test_actors_demonym_before_media_still_names_its_country(nlp: Language) -> None:
    # near-miss: "British media" are Britain's, not the language's
    text = "Lim Sovan, a reporter known in Laos, was criticized by the British media on Monday."
    assert [s for s, _, code in _events(text, nlp) if code == "111"] == ["GBR"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    # neither the sea's "---" (the dictionary's code) nor the ocean's "Indian" is a story country:
    # Sri Lanka is the story's one country, and the unnamed officials take it
    ("Rebels attacked a relief convoy near the Indian Ocean coast of Sri Lanka on Monday. Officials "
     "accused the rebels of stealing food.", ("LKA", "LKA", "112")),
])
def test_actors_sea_is_no_story_country(text: str, event: tuple[str, str, str],
                                         nlp: Language) -> None:
    events = _events(text, nlp)
    assert event in events
    assert not any((s or "").startswith("---") or (t or "").startswith("---") for s, t, _ in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    # a first or last name that is also a country's or a city's ("Chad", "Jordan", "Pereira") names
    # a person: the sentence names no second country, and the soldiers keep the story's
    ("Soldiers seized power in Burkina Faso on Monday. Chad Smith criticized the soldiers.",
     ("BFA", "BFA", "111")),
    ("Soldiers seized power in Burkina Faso on Monday. Jordan Davis criticized the soldiers.",
     ("BFA", "BFA", "111")),
    ("Soldiers seized power in Benin on Monday. Coup leader Colonel Luis Pereira met the envoys.",
     ("BEN", None, "040")),
])
def test_actors_person_name_is_no_sentence_country(text: str, event: tuple[str, str | None, str],
                                                   nlp: Language) -> None:
    assert event in _events(text, nlp)


@pytest.mark.model
def test_actors_country_beside_a_name_still_counts(nlp: Language) -> None:
    # near-miss: "troops from Chad" name Chad; the sentence's soldiers are then no one's guess
    text = "Soldiers seized power in Burkina Faso on Monday. Troops from Chad criticized the soldiers."
    assert ("TCD", "BFA", "111") in _events(text, nlp)


@pytest.mark.model
def test_events_person_name_leaves_the_crowd_and_police_the_story_country(nlp: Language) -> None:
    # the bare police and crowd take the story's one country when the sentence names no other;
    # a witness called "Chad Smith" names none (events/commentary.py via sentence_text_countries)
    text = ("Thousands marched in Ouagadougou, the capital of Burkina Faso, on Monday against the "
            "military government. According to witness Chad Smith, police fired tear gas at the crowd.")
    assert ("BFA", "BFA", "175") in _events(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "names"), [
    ("Jordan Davis spoke on Monday.", ["Jordan Davis"]),
    ("Juan Manuel Santos met Carlos Mesa.", ["Juan Manuel Santos", "Carlos Mesa"]),
    # near-misses: places the recogniser tags as persons stay places
    ("Sri Lanka's army attacked the rebels.", []),
    ("Kirchner Argentina's president spoke.", []),
])
def test_story_name_spans_blank_borrowed_words_only(text: str, names: list[str], nlp: Language) -> None:
    doc = nlp(text)
    assert [doc.text[a:b] for sent in doc.sents for a, b in name_spans(sent)] == names
