"""Acts told as a noun under a light verb (session 24).

News tells many acts as a noun under a verb that only says the act was done or went on ("carried
out air strikes", "launched an offensive", "pressed ahead with a series of airstrikes"). Three
places lost such an act:

* a verb of going on with an act and its particle ("pressed ahead with", "pushed on with") did not
  license its "with" object as a light verb does its object (``licensing._going_on``), and a target
  the parser hangs on the count ("a series of airstrikes *on Gaza*") was not read
  (``arguments.slot_tokens``);
* the light verb's negation reached its noun only as a direct object ("did not carry out strikes"),
  not through a count, a coordination or a "with" ("did not carry out a series of strikes", "did not
  retaliate with sanctions": ``clause_marks._done_by``);
* a line that opens with "But" after a line that ended a sentence was parsed as a conjunct of the
  last line's verb, and took its mood ("... would lift its blockade on Gaza." / "But ... Israel
  carried out several air strikes": ``text_sentences.closed_line_starts``).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes
from newsevents.nlp.text_sentences import closed_line_starts

DATE = "2021-04-12"


def _events(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(source, target, cameo) for source, target, cameo, _ in event_codes(text, nlp, DATE)]


def _fights(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [e for e in _events(nlp, text) if e[2][:2] in ("19", "17")]


@pytest.mark.model
@pytest.mark.parametrize("text, source, target, cameo", [
    ("Israel pressed ahead with a series of airstrikes on Gaza on Tuesday.", "ISR", "PSE", "195"),
    ("The Nigerian army pushed ahead with its offensive against Boko Haram in Borno.", "NGAMIL", "NGAINS", "190"),
    ("Zimbabwean police went ahead with the crackdown on opposition supporters in Harare.", "ZWECOP", "ZWEOPP", "175"),
])
def test_going_on_with_an_act_is_the_act(nlp: Language, text: str, source: str, target: str, cameo: str) -> None:
    assert (source, target, cameo) in _events(nlp, text), _events(nlp, text)


@pytest.mark.model
def test_a_count_of_strikes_keeps_the_target_parsed_on_the_count(nlp: Language) -> None:
    # "on Gaza" hangs on "series" in the parse; the target is the strikes' all the same
    events = _fights(nlp, "The Israeli army pressed on with a series of raids on Gaza.")
    assert events and all(t == "PSE" for _, t, _ in events), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army did not press ahead with the offensive against the rebels in Darfur.",
    "The Ethiopian army has not pressed on with its offensive against the rebels.",
    "The army did not carry out a series of strikes on the rebels in Tigray.",
    "The army never launched an offensive against the rebels in Darfur.",
])
def test_a_negated_light_verb_codes_no_act(nlp: Language, text: str) -> None:
    assert not _fights(nlp, text), _fights(nlp, text)


@pytest.mark.model
def test_a_negated_retaliation_codes_no_sanctions(nlp: Language) -> None:
    events = _events(nlp, "Russia did not retaliate with sanctions on Turkey.")
    assert not [e for e in events if e[2].startswith("16")], events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Israel vowed to press ahead with airstrikes on Gaza.",
    "Ethiopia vowed to launch an offensive against the rebels in Tigray.",
])
def test_a_vowed_light_verb_is_a_threat_not_the_act(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e[2][:2] in ("19", "17")], events
    assert [e for e in events if e[2].startswith("13")], events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry carried out a survey of households in Lagos.",
    "The government launched a website for voters.",
    "Arsenal launched an attack on goal in the second half.",
    "Chelsea pressed ahead with an attack on the Arsenal goal.",
    "The company pressed ahead with its plans for a new mine in Ghana.",
    "The government pressed ahead with the vote despite the boycott.",
])
def test_no_act_noun_no_event(nlp: Language, text: str) -> None:
    # near misses: a survey, a website, a football attack, plans and a vote are no acts of force
    assert not _fights(nlp, text), _fights(nlp, text)


@pytest.mark.model
def test_a_line_opening_with_but_is_a_sentence_of_its_own(nlp: Language) -> None:
    text = ("Under the truce, Palestinians would halt rocket attacks and Israel would lift its blockade on Gaza, "
            "which is ruled by Hamas.\n"
            "But shortly before the deal was announced, Israel carried out several air strikes on Gaza.\n")
    assert ("ISR", "PSE", "195") in _events(nlp, text), _events(nlp, text)


def test_closed_line_starts() -> None:
    text = 'It ended.\nBut then it began.\n"Yes," he said.\n"We will."\nand so on\nThe U.S.\nArmy left.'
    starts = closed_line_starts(text)
    assert [text[i:i + 4] for i in starts] == ["But ", '"Yes', '"We ']
    # a line after one with no full stop, a line opening in small letters, or an abbreviation: no cut
    assert text.index("and so") not in starts and text.index("The U") not in starts
    assert text.index("Army") not in starts
