"""Restraints from a false-event census of fresh news (session 17, prec17w): prisoners freed in a
raid, an infinitive that states an agreement's aim or a noun's purpose, a round of an election,
co-subjects accepting a third party's proposal, implied police of a country the paragraph rules
out, and appeals, accusations and rejections with no coded speaker. Each with near misses that
must still code. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads
from newsevents.events.uncoded_speakers import split_uncoded_speakers
from newsevents.records import ActorRef, Event

pytestmark = pytest.mark.model


def cameos(nlp: Language, text: str) -> set[str]:
    """The CAMEO codes of the events coded in ``text``."""
    return {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize("text", [
    "Somali militants freed two hundred prisoners in an attack on the central jail.",
    "Rioters stormed the prison in Kano and freed about 300 inmates.",
    "Protesters in Osh set fire to the police station after taking over the town hall and releasing 40 detainees.",
])
def test_jailbreaks_raid_frees_no_one(nlp: Language, text: str) -> None:
    assert "0841" not in cameos(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ugandan rebels released ten soldiers they had captured.", ("UGAREB", "UGAMIL", "08")),
    ("Colombian rebels freed three hostages on Sunday.", ("COLREB", None, "08")),
])
def test_jailbreaks_captors_still_release(nlp: Language, text: str,
                                           expected: tuple[str, str | None, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert any(d[0] == expected[0] and d[2] == expected[2] for d in dyads)


@pytest.mark.parametrize(("text", "absent"), [
    ("Kenya and Somalia signed a peace deal on Friday to end the border war.", "0871"),
    ("Chad and the rebels reached an agreement to release all prisoners.", "0841"),
    ("'The army will have a general to lead the talks,' the Malian minister said.", "040"),
])
def test_purpose_clauses_aim_is_not_an_act(nlp: Language, text: str, absent: str) -> None:
    assert absent not in cameos(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Somalia signed a peace deal on Friday to end the border war.", "057"),
    ("The Kenyan president went to Moscow to meet Putin.", "040"),
    ("The U.S. State Department says it is extremely concerned about al-Shabab's announcement to ban "
     "12 international aid organizations in Somalia.", "16"),
])
def test_purpose_clauses_main_act_still_codes(nlp: Language, text: str, expected: str) -> None:
    assert any(c.startswith(expected) for c in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "In Serbia, the president and the party leader won in the second round of the presidential election.",
    "The Kenyan president and his deputy spoke at a session of parliament.",
])
def test_election_rounds_no_talks(nlp: Language, text: str) -> None:
    assert not any(c.startswith("04") for c in cameos(nlp, text))


def test_election_rounds_round_of_talks_still_codes(nlp: Language) -> None:
    text = "Sudan held a new round of talks with the rebels in Doha."
    assert any(c.startswith("04") for c in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "China and Russia drafted a softer text, but later agreed to the tougher resolution.",
    "Egypt and Jordan agreed to the terms on Monday.",
])
def test_accepted_proposals_no_mutual_agreement(nlp: Language, text: str) -> None:
    dyads = code_dyads(nlp, text)
    assert not any(d[2] == "03" and d[0] and d[1] for d in dyads)


@pytest.mark.parametrize("text", [
    "Russia and Georgia agreed to the cease-fire plan on Tuesday.",
    "Serbia and Kosovo agreed on a roadmap to normalise relations.",
])
def test_accepted_proposals_joint_agreements_still_code(nlp: Language, text: str) -> None:
    dyads = code_dyads(nlp, text)
    assert len([d for d in dyads if d[0] and d[1]]) >= 2


def test_foreign_police_no_guessed_country(nlp: Language) -> None:
    text = ("Myanmar's opposition won most seats in a by-election on Sunday, the Myanmar election commission said.\n\n"
            "Palau's police shot a Chinese fisherman who was fishing illegally in the nation's waters. "
            "Five Chinese fishermen were arrested after the shooting.")
    assert all(e.source is not None and e.source.code == "PLWCOP" for e in code(nlp, text) if e.cameo == "173")


def test_foreign_police_home_arrest_still_codes(nlp: Language) -> None:
    text = ("Kenyan police fired tear gas at opposition supporters in Nairobi.\n\n"
            "Twenty opposition activists were arrested at a rally in Kisumu.")
    assert any(e.cameo == "173" and e.source is not None and e.source.code == "KENCOP" for e in code(nlp, text))


def _event(cameo: str, source: ActorRef | None, target: ActorRef | None = None) -> Event:
    """A bare event with the given code and parties (fields a restraint does not read left plain)."""
    return Event(date=None, source=source, target=target, cameo=cameo, plover=None, goldstein=None,
                 quad_class=None, sentence="A sentence written for the test.", span=(0, 10), trigger="said",
                 rule="test")


KENYA = ActorRef("Kenya", "KEN", "KEN")
UNCODED = ActorRef("Councillor Tom Brangwyn", None, None)


@pytest.mark.parametrize(("cameo", "source"), [("020", None), ("112", UNCODED), ("120", UNCODED), ("021", None)])
def test_uncoded_speakers_words_left_out(cameo: str, source: ActorRef | None) -> None:
    kept, warnings = split_uncoded_speakers([_event(cameo, source, KENYA)])
    assert kept == [] and len(warnings) == 1 and "no coded speaker" in warnings[0]


@pytest.mark.parametrize(("cameo", "source"), [("190", None), ("180", UNCODED), ("112", KENYA), ("130", None),
                                               ("036", UNCODED)])
def test_uncoded_speakers_other_acts_kept(cameo: str, source: ActorRef | None) -> None:
    kept, warnings = split_uncoded_speakers([_event(cameo, source, KENYA)])
    assert len(kept) == 1 and warnings == []


def _source_countries(nlp: Language, text: str, cameo_root: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in code(nlp, text) if e.cameo.startswith(cameo_root)}


def test_paragraph_agents_no_story_country_after_another_body(nlp: Language) -> None:
    text = ("Saudi police broke up a student sit-in at a university in Abha, Saudi Arabia, on Monday. "
            "Saudi officials said the students had attacked staff.\n\n"
            "The Ghanaian government dismissed ten thousand striking teachers on Tuesday. "
            "A government spokesman accused the teachers of defying a court order.")
    assert "SAU" not in _source_countries(nlp, text, "11")


def test_paragraph_agents_story_country_kept_for_own_body(nlp: Language) -> None:
    text = ("Ghanaian teachers went on strike in Accra on Monday over unpaid wages.\n\n"
            "A government spokesman accused the teachers of defying a court order.")
    assert "GHA" in _source_countries(nlp, text, "11")


@pytest.mark.parametrize("text", [
    "The Kenyan budget for next year was released by the finance minister on Thursday.",
    "The Nigerian report on the clashes was released by the interior ministry.",
])
def test_released_documents_no_release(nlp: Language, text: str) -> None:
    assert "0841" not in cameos(nlp, text)


def test_released_documents_people_still_released(nlp: Language) -> None:
    assert "0841" in cameos(nlp, "Israel released the mayor of Nablus on Monday.")
