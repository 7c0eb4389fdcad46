"""An adversary's report of an attack is its accusation, not the attack (session 23).

Rule 4.3 of tests/data/realnews/CONVENTIONS.md: an act told only in the words of a side opposed to
its doer (its victim, its adversary, a watchdog) is that side's accusation of the doer (112,
1121-1124), not the act. ``events/reported_attacks.py`` drops the reported act where a victim's or a
watchdog's report already codes the accusation; the acts the narrator tells, a side's report of its
own act, a neutral's report and a war within one country told by one of its sides keep the act.
``allegations.victim_report`` also reads a missile fired "into" a country as hitting it, and charges
no one with an act the speaker denies.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes

DATE = "2021-05-14"


def _events(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(source, target, cameo) for source, target, cameo, _ in event_codes(text, nlp, DATE)]


def _accusations(events: list[tuple[str | None, str | None, str]]) -> list[tuple[str | None, str | None, str]]:
    return [e for e in events if e[2].startswith("112")]


def _force(events: list[tuple[str | None, str | None, str]]) -> list[tuple[str | None, str | None, str]]:
    return [e for e in events if e[2][:2] in ("17", "18", "19", "20")]


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Ukrainian officials said Russian forces shelled the city of Kharkiv overnight.", "UKR", "RUS"),
    ("A Hamas source said Israeli jets launched an air strike on northern Gaza on Friday that killed two "
     "Palestinians.", "PSE", "ISR"),
    ("The Ugandan opposition said police beat dozens of its supporters in Kampala on Monday.", "UGAOPP", "UGACOP"),
    ("Amnesty International said Ethiopian police beat and detained dozens of students in Addis Ababa last week.",
     "NGOAMN", "ETHCOP"),
])
def test_an_act_told_only_by_its_adversary_is_its_accusation(nlp: Language, text: str, source: str,
                                                             target: str) -> None:
    events = _events(nlp, text)
    accusations = _accusations(events)
    assert any((s or "").startswith(source) and (t or "").startswith(target) for s, t, _ in accusations), events
    # the attack, its toll and the beating are not coded as facts
    assert not _force(events), events


@pytest.mark.model
def test_rockets_fired_into_a_country_hit_it(nlp: Language) -> None:
    events = _events(nlp, "The Israeli military said Hamas militants fired 50 rockets into Israel on Friday.")
    assert any(s == "ISRMIL" and (t or "").startswith("PSE") for s, t, _ in _accusations(events)), events
    assert not _force(events), events


@pytest.mark.model
def test_a_denied_act_beside_a_charged_one(nlp: Language) -> None:
    # the speaker's own denied strike is no claim (015); the militants' rockets are its charge
    text = "The Israeli military said it had not struck Gaza on Friday, even though Hamas militants had " \
           "fired rockets into Israel."
    events = _events(nlp, text)
    assert not [e for e in events if e[2] == "015"], events
    assert any(s == "ISRMIL" for s, _, _ in _accusations(events)), events
    assert not _force(events), events


@pytest.mark.model
def test_a_denied_attack_charges_no_one(nlp: Language) -> None:
    events = _events(nlp, "Ukrainian officials said Russian forces did not shell the city of Kharkiv overnight.")
    assert not _accusations(events), events
    assert not _force(events), events


@pytest.mark.model
def test_the_narrators_own_telling_keeps_the_act(nlp: Language) -> None:
    text = "Russian forces shelled the city of Kharkiv overnight. Ukrainian officials said Russian forces " \
           "shelled the city of Kharkiv overnight."
    events = _events(nlp, text)
    assert any(s == "RUSMIL" and (t or "").startswith("UKR") for s, t, _ in _force(events)), events
    assert _accusations(events), events


@pytest.mark.model
@pytest.mark.parametrize("text, doer", [
    # a side's report of its own act (rule 4.2)
    ("The Pakistani army said its troops killed six militants in an attack on a hideout near the border.", "PAKMIL"),
    # a neutral reporter of a crime
    ("Police in Nairobi said gunmen killed four people at a market on Sunday.", None),
    # an international body's envoy
    ("The African Union envoy said Lesotho soldiers surrounded the prime minister's residence in Maseru on "
     "Saturday.", "LSOMIL"),
    # one side of a war within one country tells the other's attack as news
    ("The Somali army said al-Shabaab militants attacked a military base near Mogadishu on Monday.", "SOMINS"),
])
def test_the_act_stays_where_no_adversary_alone_tells_it(nlp: Language, text: str, doer: str | None) -> None:
    events = _events(nlp, text)
    force = _force(events)
    assert force, events
    if doer is not None:
        assert any(s == doer for s, _, _ in force), events
