"""Actors left without a country or given the wrong one: the shapes session 33 coded.

- A bare militia ("rival militias", "the militiamen") takes the story's country as bare rebels do
  (CONVENTIONS 2.2); one the text calls unidentified stays no one's (``story/context._bare_militia``).
- "Its North African neighbour", "the neighbouring country": the one country other than the owner
  named before it (``actors/neighbours.py``); two that fit leave it empty.
- "Troops backing X" serve X as "troops loyal to X" do, and two factions of one code stay two sides
  (``actors/loyalty``, ``actors/coref``).
- "wa" is a name particle ("Bingu wa Mutharika"); "Greek Cypriot" is Cyprus's, not Greece's.

Near misses: two neighbours that fit, a militia in a story of two countries, a particle that is a
word, a backing participle whose object is no actor. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Dyad, event_dyads
from newsevents.extraction import extract

DATE = "2011-07-20"


def _codes(nlp: Language, text: str, date: str = DATE) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=date, nlp=nlp).actors}


def _dyads(nlp: Language, text: str, date: str = DATE) -> set[Dyad]:
    return set(event_dyads(text, nlp, date, root=True))


@pytest.mark.model
def test_a_bare_militia_takes_the_story_country(nlp: Language) -> None:
    text = ("Rival militias fought for a second day in the Libyan city of Misrata on Tuesday.\n"
            "The interior minister condemned the militias and sent police to the port.")
    codes = _codes(nlp, text)
    assert codes["Rival militias"] == "LBYUAF", codes
    assert ("LBYGOV", "LBYUAF", "11") in _dyads(nlp, text)


@pytest.mark.model
def test_unidentified_militiamen_stay_no_ones(nlp: Language) -> None:
    # near miss: the text itself says nobody knows whose they are
    text = ("Unidentified militiamen burned a market in the Libyan town of Zawiya on Tuesday.\n"
            "The interior minister ordered an inquiry.")
    assert _codes(nlp, text)["Unidentified militiamen"] == "UAF"


@pytest.mark.model
def test_a_militia_named_by_its_patron_gets_no_guess(nlp: Language) -> None:
    # near miss: "pro-Kenyan" names whom it serves, so neither Kenya nor the battleground is sure
    text = ("Pro-Kenyan militias seized a border post in southern Somalia on Monday.\n"
            "Somali officials condemned the attack on the post.")
    assert _codes(nlp, text)["Pro-Kenyan militias"] == "UAF"


@pytest.mark.model
def test_a_militia_in_a_story_of_two_countries_gets_no_guess(nlp: Language) -> None:
    # near miss: a militia named with two countries, each a principal one of the story
    text = ("A militia backed by Rwanda attacked a village in Congo on Monday.\n"
            "Congo accused Rwanda of arming the militia. Rwanda denied it, and Congo recalled its envoy.")
    codes = _codes(nlp, text)
    militia = next(code for words, code in codes.items() if words.lower().startswith("a militia"))
    assert militia in ("UAF", "CODUAF"), codes  # the country it fights in, or none; never its backer's
    assert not militia.startswith("RWA")


@pytest.mark.model
def test_its_neighbour_is_the_other_country_named(nlp: Language) -> None:
    text = ("Tunisia recalled its ambassador from Libya on Monday, accusing its North African neighbour of "
            "sheltering armed men.")
    assert ("TUN", "LBY", "11") in _dyads(nlp, text)


@pytest.mark.model
def test_two_neighbours_that_fit_leave_it_empty(nlp: Language) -> None:
    # near miss: two countries besides the owner were named; the description picks neither
    text = "Chad closed its borders with Sudan and Libya on Monday, accusing its northern neighbour of arming rebels."
    dyads = _dyads(nlp, text)
    assert not any(s == "TCD" and t in ("SDN", "LBY") and root == "11" for s, t, root in dyads), dyads


@pytest.mark.model
def test_the_region_of_a_neighbour_picks_among_the_named(nlp: Language) -> None:
    # only one of the two countries named besides the owner lies in the region the adjectives name
    text = ("Algeria hosted envoys from France and Morocco on Sunday. On Monday Algeria accused its North "
            "African neighbour of hostile acts.")
    dyads = _dyads(nlp, text)
    assert ("DZA", "MAR", "11") in dyads and not any(t == "FRA" and root == "11" for _, t, root in dyads), dyads


@pytest.mark.model
def test_troops_backing_a_rival_are_a_faction_apart(nlp: Language) -> None:
    text = "Soldiers loyal to President Salva Kiir clashed with fighters backing Riek Machar near Juba on Sunday."
    dyads = _dyads(nlp, text, "2016-07-10")
    assert any(s and t and s.startswith("SSD") and t.startswith("SSD") and root == "19" for s, t, root in dyads), dyads


@pytest.mark.model
def test_troops_backing_an_offensive_keep_their_own_code(nlp: Language) -> None:
    # near miss: the participle's object is no actor, so the soldiers serve no one named
    text = "Kenyan troops backing the offensive shelled a rebel camp in Somalia on Friday."
    assert _codes(nlp, text)["Kenyan troops"] == "KENMIL"


@pytest.mark.model
def test_a_name_with_the_particle_wa_is_one_person(nlp: Language) -> None:
    text = ("President Bingu wa Mutharika addressed parliament in Lilongwe on Monday.\n"
            "Mutharika urged the opposition to end its boycott.")
    codes = _codes(nlp, text)
    assert codes["President Bingu wa Mutharika"] == "MWIGOV", codes  # one name, not "President Bingu"


@pytest.mark.model
def test_a_particle_that_is_a_word_joins_nothing(nlp: Language) -> None:
    # near miss: "de" after a name but before a common word is Latin, no part of the name
    text = "Police said Banda de facto ran the party from Blantyre on Monday."
    assert not any(words.endswith(" de") or " de " in words for words in _codes(nlp, text)), _codes(nlp, text)


@pytest.mark.model
def test_a_greek_cypriot_leader_is_cyprus(nlp: Language) -> None:
    text = "The Greek Cypriot leader met the Turkish Cypriot leader in Nicosia on Monday."
    codes = _codes(nlp, text)
    assert codes["The Greek Cypriot leader"] == "CYPGOV", codes
    assert codes["the Turkish Cypriot leader in Nicosia"] == "CYPSEP", codes
