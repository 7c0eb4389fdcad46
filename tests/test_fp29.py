"""Session 29's fresh-news census (fp29): a meeting told again in other words, a country's
accusation told again in its official's words, an act of violence told as the means of an alleged
act, and an attack a victim reports with its "on" on the light verb.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from newsevents.events.retold_charges import without_retold_charges
from newsevents.events.retold_meetings import without_retold_meetings
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event

Dyad = tuple[str | None, str | None, str]


def _dyads(nlp: Language, text: str) -> list[Dyad]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date="2018-03-05", nlp=nlp).events]


# --- a meeting told again in other words (events/retold_meetings.py) ---------------------------------


def _side(code: str) -> ActorRef:
    return ActorRef(name=code, code=code, country=code[:3])


def _meeting(source: str, target: str, cameo: str, sentence: int, date: str | None = "2018-03-05") -> Event:
    span = (100 * sentence, 100 * sentence + 50)
    return Event(date=date, source=_side(source), target=_side(target), cameo=cameo, plover="CONSULT",
                 goldstein=1.0, quad_class=1, sentence=f"sentence {sentence}", span=span, trigger="met",
                 rule="consult.meet")


def test_retold_meetings_keep_the_first_telling_with_the_later_as_evidence() -> None:
    first, later = _meeting("PRKGOV", "KORGOV", "040", 1), _meeting("PRKGOV", "KORGOV", "040", 2)
    kept = without_retold_meetings([first, later])
    assert len(kept) == 1
    assert kept[0].span == first.span and [r.span for r in kept[0].retellings] == [later.span]


@pytest.mark.parametrize("later", [
    _meeting("KORGOV", "PRKOPP", "040", 2),  # another side of that country: a second meeting
    _meeting("KORGOV", "PRK", "040", 2),  # the country named bare: left apart (measured, see the module)
    _meeting("KORGOV", "PRKGOV", "042", 2),  # a visit and a meeting are two acts
    _meeting("KORGOV", "PRKGOV", "040", 2, date="2018-03-06"),  # another day
    _meeting("KORGOV", "CHNGOV", "040", 2),  # another country
    _meeting("KORGOV", "PRKGOV", "040", 1),  # the same sentence: "met the president and the premier"
])
def test_retold_meetings_near_misses_stay_apart(later: Event) -> None:
    assert len(without_retold_meetings([_meeting("KORGOV", "PRKGOV", "040", 1), later])) == 2


def test_retold_meetings_undated_tellings_stay_apart() -> None:
    events = [_meeting("CHN", "JPN", "040", 1, date=None), _meeting("CHNGOV", "JPNGOV", "040", 4, date=None)]
    assert len(without_retold_meetings(events)) == 2


def test_retold_meetings_leave_other_codes_alone() -> None:
    events = [_meeting("ARMGOV", "AZEGOV", "112", 1), _meeting("ARMGOV", "AZEGOV", "112", 2)]
    assert len(without_retold_meetings(events)) == 2


# --- an act told as the means of an alleged act (events/modality.py) ---------------------------------


def test_means_of_an_alleged_act_is_no_act(nlp: Language) -> None:
    dyads = _dyads(nlp, "Uganda on Monday accused Kenya of widening the conflict over the islands by "
                        "shelling a different district in Uganda.")
    assert ("UGA", "KEN", "112") in dyads
    assert not any(d[2].startswith("19") for d in dyads)


def test_means_of_an_alleged_act_shelling(nlp: Language) -> None:
    dyads = _dyads(nlp, "Uganda on Monday accused Kenya of escalating the row by shelling villages in Uganda.")
    assert ("UGA", "KEN", "112") in dyads
    assert not any(d[2].startswith("19") for d in dyads)


def test_means_of_a_done_act_stays_an_act(nlp: Language) -> None:
    # near miss: the gerund serves an act told as done, not an accusation
    dyads = _dyads(nlp, "Kenyan troops retaliated on Monday by shelling positions of Somali militants.")
    assert any(d[0] == "KENMIL" and d[2].startswith("19") for d in dyads)


# --- an attack a victim reports, "on" hung on the light verb (events/allegations.py) -------------------


def test_victim_report_of_an_attack_noun_with_a_light_verb(nlp: Language) -> None:
    dyads = _dyads(nlp, "The Djiboutian government said Eritrean troops made a small attack late Sunday "
                        "on Djiboutian forces.")
    assert ("DJIGOV", "ERIMIL", "1123") in dyads
    assert not any(d[2].startswith("19") for d in dyads)


def test_report_of_an_attack_on_others_is_no_accusation(nlp: Language) -> None:
    # near miss: the speaker is not the side attacked
    dyads = _dyads(nlp, "The Djiboutian government said Eritrean troops made a small attack late Sunday "
                        "on Ethiopian forces.")
    assert not any(d[0] == "DJIGOV" for d in dyads)


def test_means_of_an_alleged_act_of_aid_stays_an_act(nlp: Language) -> None:
    # near miss: a peaceful means is the accused's known act ("sending weapons"), a fact
    dyads = _dyads(nlp, "Iran on Monday accused Britain of prolonging the war by sending weapons to Yemen.")
    assert ("IRN", "GBR", "112") in dyads
    assert ("GBR", "YEM", "072") in dyads


# --- a country's accusation told again in its official's words (events/retold_charges.py) ------------


def _charge(source: str, target: str, cameo: str, sentence: int, date: str | None = "2018-03-05") -> Event:
    span = (100 * sentence, 100 * sentence + 50)
    return Event(date=date, source=_side(source), target=_side(target), cameo=cameo, plover="ACCUSE",
                 goldstein=-2.0, quad_class=3, sentence=f"sentence {sentence}", span=span, trigger="accused",
                 rule="accuse.accuse")


def _bare_side(country: str) -> ActorRef:
    return ActorRef(name=country, code=country, country=country)


def test_retold_charges_the_official_retells_the_country() -> None:
    first = replace(_charge("RUS", "GEO", "112", 1), source=_bare_side("RUS"), target=_bare_side("GEO"))
    later = replace(_charge("RUSGOV", "GEO", "1123", 4), target=_bare_side("GEO"))
    kept = without_retold_charges([first, later])
    assert len(kept) == 1 and [r.span for r in kept[0].retellings] == [later.span]


@pytest.mark.parametrize("later", [
    _charge("RUSGOV", "UKR", "112", 4),  # another country accused
    _charge("RUSGOV", "GEO", "112", 4, date="2018-03-06"),  # another day
    _charge("RUSGOV", "GEO", "173", 4),  # another act
    _charge("RUSGOV", "GEO", "112", 1),  # the same sentence
])
def test_retold_charges_near_misses_stay_apart(later: Event) -> None:
    first = replace(_charge("RUS", "GEO", "112", 1), source=_bare_side("RUS"), target=_bare_side("GEO"))
    assert len(without_retold_charges([first, later])) == 2


def test_retold_charges_two_officials_stay_apart() -> None:
    # near miss: a first telling that names no bare country may be another official's own charge
    events = [_charge("RUSGOV", "GEOGOV", "112", 1), _charge("RUSMIL", "GEOGOV", "112", 3)]
    assert len(without_retold_charges(events)) == 2

