"""False events of session 22's census of fresh political news (courts, diplomacy, sanctions):
a verdict told twice, the finding of guilt beside its sentence (events/verdict_retellings.py, a
retelling dropped in events/retellings.py); a source's request not to be named coded as an
appeal (events/unreal.py, ``anonymous_source``).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Coded, event_codes
from newsevents.events.verdict_retellings import without_retold_verdicts
from newsevents.records import ActorRef, Event

DATE = "2018-05-14"


def _codes(text: str, nlp: Language) -> list[Coded]:
    return event_codes(text, nlp, DATE)


def _verdicts(text: str, nlp: Language) -> list[str]:
    return [c[3] for c in _codes(text, nlp) if c[2] == "116"]


# ---- a verdict told twice ------------------------------------------------------------------------

@pytest.mark.model
def test_a_sentence_after_finding_him_guilty_is_one_verdict(nlp: Language) -> None:
    text = ("A court in Cambodia on Thursday sentenced a former minister of health to life imprisonment after "
            "finding him guilty of accepting bribes from a drug firm.")
    assert _verdicts(text, nlp) == ["sentenced"]


@pytest.mark.model
def test_a_finding_told_in_the_next_sentence_is_the_same_verdict(nlp: Language) -> None:
    text = ("Former Kenyan Finance Minister Daniel Mwangi was sentenced to twelve years in prison on Tuesday. "
            "Mwangi was found guilty of stealing public funds between 2009 and 2013, the court said.")
    assert _verdicts(text, nlp) == ["sentenced"]


@pytest.mark.model
def test_a_finding_against_someone_else_stays(nlp: Language) -> None:
    # near miss: two persons judged, each once
    text = ("Former Kenyan Finance Minister Daniel Mwangi was sentenced to twelve years in prison on Tuesday. "
            "A Nairobi court also found businessman Peter Otieno guilty of paying the bribes.")
    assert sorted(_verdicts(text, nlp)) == ["found", "sentenced"]


@pytest.mark.model
def test_a_lone_finding_stays(nlp: Language) -> None:
    # near miss: no sentence told, the finding is the verdict
    text = "A court in Lima found the former Peruvian president guilty of fraud on Monday."
    assert _verdicts(text, nlp) == ["found"]


def _verdict(rule: str, name: str, country: str = "EGY") -> Event:
    court = ActorRef("court", f"{country}JUD", country, "JUD")
    judged = ActorRef(name, f"{country}ELI", country, "ELI")
    return Event(date=DATE, source=court, target=judged, cameo="116", plover="ACCUSE", goldstein=None, quad_class=3,
                 sentence="x", span=(0, 1), trigger="x", rule=rule)


def test_a_shared_surname_is_one_person() -> None:
    sentence = _verdict("accuse.convict+implied-court", "Youssef Boutros-Ghali")
    finding = _verdict("accuse.found_guilty", "Boutros Ghali")
    assert without_retold_verdicts([sentence, finding]) == [sentence]


def test_the_sentence_stays_when_the_finding_comes_first() -> None:
    finding = _verdict("accuse.found_guilty", "Tang")
    sentence = _verdict("accuse.convict", "Tang Zhenjiang")
    assert without_retold_verdicts([finding, sentence]) == [sentence]


@pytest.mark.parametrize(("first", "second", "country"), [
    ("Ahmed Nazif", "Habib el-Adly", "EGY"),  # two persons
    ("Mr. Nazif", "Mr. Adly", "EGY"),  # an honorific is no shared name
    ("Ahmed Nazif", "Ahmed Nazif", "TUN"),  # the same name judged in another country
])
def test_other_persons_keep_their_findings(first: str, second: str, country: str) -> None:
    sentence = _verdict("accuse.convict", first)
    finding = _verdict("accuse.found_guilty", second, country)
    assert without_retold_verdicts([sentence, finding]) == [sentence, finding]


def test_two_sentences_of_one_person_both_stay() -> None:
    # near miss: two sentencings ("had been sentenced to five years in June") are two acts
    first = _verdict("accuse.convict", "Rashid Mohamed Rashid")
    second = _verdict("accuse.convict+implied-court", "Rashid Mohamed Rashid")
    assert without_retold_verdicts([first, second]) == [first, second]


# ---- the anonymity formula is no appeal ----------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "An official who asked not to be named said the Kenyan turnout was low.",
    "The attack was planned in Kabul, the Afghan official said, asking not to be identified.",
    "A Mexican police official, who asked not to be quoted because he is not authorized to speak, said the "
    "convoy was attacked.",
    "A Sudanese diplomat who requested anonymity said talks had stalled.",
    "A senior Nigerian officer, who declined to be named, said the rebels had fled.",
])
def test_a_sources_anonymity_is_no_event(text: str, nlp: Language) -> None:
    assert not [c for c in _codes(text, nlp) if c[2][:2] in ("02", "12")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Kenya asked Uganda to withdraw its troops from the border.", ("KEN", "UGA")),  # a real request
    ("The Kenyan minister asked the police not to be harsh with protesters.", ("KENGOV", "COP")),
])
def test_other_requests_stay(text: str, code: tuple[str, str], nlp: Language) -> None:
    assert [c for c in _codes(text, nlp) if c[2].startswith("02") and (c[0], c[1]) == code]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A Kenyan official who asked not to be named said police arrested 20 protesters in Nairobi.",
    "Kenyan police, asking not to be identified, said they had arrested 20 protesters.",
])
def test_the_act_an_anonymous_source_reports_stays(text: str, nlp: Language) -> None:
    # near miss: the formula leaves out the request only, not what the source tells
    assert [c for c in _codes(text, nlp) if c[2] == "173" and c[0] == "KENCOP"]
