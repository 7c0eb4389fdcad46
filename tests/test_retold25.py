"""Acts told again (session 25). An arrest, a call or sanctions that a later sentence tells in a
quote or in the clause of a verb of saying are the act already coded; more arrests, arrests of
another group or on another day, a charge after an arrest, a pledge and an appeal said again stay
events. A toll and the attack of its "in" phrase are one act; an attack in another clause stays.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.events.quoted_retellings import without_quoted_retellings
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event

DATE = "2023-03-10"
LEAD = "Police in Malawi arrested eleven opposition activists in Lilongwe on Tuesday, witnesses said."
MIDDLE = "The activists had planned a march against rising fuel prices."


def _ref(code: str | None) -> ActorRef | None:
    return ActorRef(code, code, code[:3], code[3:] or None) if code else None


def _event(sides: tuple[str | None, str], cameo: str, rule: str, start: int, sentence: str) -> Event:
    return Event(date=None, source=_ref(sides[0]), target=_ref(sides[1]), cameo=cameo, plover=None,
                 goldstein=None, quad_class=None, sentence=sentence, span=(start, start + len(sentence)),
                 trigger="t", rule=rule, trigger_span=(start + 1, start + 2))


def _kept(first: tuple[tuple[str | None, str], str, str], second: tuple[tuple[str | None, str], str, str]) -> int:
    """How many of two events stay when the second is told inside a quote after the first."""
    import spacy

    lead = "The ministers of Chile and Peru spoke by telephone on Monday."
    quote = '"The two ministers spoke about fishing rights," the ministry said.'
    text = f"{lead}\n\n{quote}"
    doc = spacy.blank("en").make_doc(text)
    events = [_event(*first, 0, lead), _event(*second, text.index('"'), quote)]
    return len(without_quoted_retellings(doc, events))


CALL = (("CHLGOV", "PERGOV"), "041", "consult.call_noun")
SANCTIONS = (("USA", "TCD"), "163", "sanction.impose")
ARREST = (("MWICOP", "MWIOPP"), "173", "coerce.arrest")


@pytest.mark.parametrize(("first", "second", "kept"), [
    (CALL, (("CHLGOV", "PER"), "041", "consult.call_noun+domestic-target"), 1),  # a bare country: any sector
    (CALL, ((None, "PERGOV"), "041", "consult.call_noun"), 1),  # no doer named: the target decides
    (SANCTIONS, (("USAGOV", "TCDCOP"), "163", "sanction.sanction_verb"), 1),  # another word of the code
    (ARREST, (("MWIGOV", "MWIOPP"), "173", "coerce.arrest+implied-police"), 1),  # the state's forces
    (CALL, (("CHLGOV", "PERGOV"), "042", "consult.visit"), 2),  # another code: a visit beside the call
    (CALL, (("CHLGOV", "BOLGOV"), "041", "consult.call_noun"), 2),  # a call to another country
    (CALL, (("ARGGOV", "PERGOV"), "041", "consult.call_noun"), 2),  # another caller's country
    (ARREST, (("MWICOP", "MWIEDU"), "173", "coerce.arrest"), 2),  # students, not the activists
    (ARREST, (("MWICOP", "MWIOPP"), "173", "coerce.charge"), 2),  # a charge after the arrest
    ((("MWIOPP", "MWIGOV"), "141", "protest.demonstrate"),
     (("MWIOPP", "MWIGOV"), "141", "protest.demonstrate"), 1),  # a march told again
    ((("MWIOPP", "MWIGOV"), "020", "appeal.urge"), (("MWIOPP", "MWIGOV"), "020", "appeal.urge"), 2),  # said again
    ((("MWIREB", "MWIGOV"), "0356", "yield.keep_ceasefire[intent]"),
     (("MWIREB", "MWIGOV"), "0356", "yield.keep_ceasefire[intent]"), 2),  # a pledge made again
])
def test_an_act_done_told_again_in_a_quote(first: tuple[tuple[str | None, str], str, str],
                                           second: tuple[tuple[str | None, str], str, str], kept: int) -> None:
    assert _kept(first, second) == kept


def _arrests(nlp: Language, later: str) -> list[Event]:
    text = f"{LEAD}\n\n{MIDDLE}\n\n{later}"
    return [e for e in extract(text, date=DATE, nlp=nlp).events if e.cameo == "173"]


@pytest.mark.model
def test_an_arrest_a_ministry_tells_again_is_one(nlp: Language) -> None:
    later = "The interior ministry said the eleven activists were arrested for organising an illegal rally."
    assert len(_arrests(nlp, later)) == 1


@pytest.mark.model
@pytest.mark.parametrize("later", [
    "The interior ministry said three students were arrested on Thursday.",  # another day, another group
    "The interior ministry said three more activists were arrested.",  # more arrests
    "Three more activists were arrested in Blantyre, the interior ministry said.",  # the wire's tag after
])
def test_further_arrests_stay(nlp: Language, later: str) -> None:
    assert len(_arrests(nlp, later)) == 2


def _violent(nlp: Language, text: str) -> list[Event]:
    return [e for e in extract(text, date=DATE, nlp=nlp).events if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chadian rebels killed two policemen and wounded three others in an attack on a checkpoint in eastern "
    "Chad on Sunday.",
    "Chadian government airstrikes killed some 30 people in a northern town this week in bombing that "
    "targeted a rebel commander, activists said.",
])
def test_a_toll_and_its_attack_are_one_act(nlp: Language, text: str) -> None:
    events = _violent(nlp, text)
    assert len(events) == 1
    assert events[0].cameo[:2] == "19"  # the attack's kind, not the toll's assault


@pytest.mark.model
def test_an_attack_in_another_clause_stays(nlp: Language) -> None:
    text = ("Chadian rebels killed six soldiers near the border on Sunday. "
            "Nigerien troops took part in an attack on the rebels' camp on Monday.")
    assert len(_violent(nlp, text)) == 2
