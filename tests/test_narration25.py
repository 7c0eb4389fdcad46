"""Acts told in narration (session 25).

Three forms of a material act told in passing, each coded nothing or half:

* a mediation told by a participle joined to its mediator by a hyphen, on the noun of the act
  mediated ("EU-mediated talks between Belgrade and Pristina", "the Egyptian-brokered truce"): the
  participle has no subject, so the mediator was never found (``mediation.prefixed_mediation``);
* an agreement left by "pulling out of" it: the parser hangs "of" on "out", so the pattern
  ``sanction.end_agreement`` listed "pull out of" as a verb that could never match
  (``sanction.pull_out_of_agreement``, with ``matching._themes`` reading the theme on the particle);
* a clash noun with its foe named by "with" ("were killed in a clash with rebels") coded one
  direction, as an attack, where "clashed with" codes both armed sides, as CONVENTIONS.md 3.2 codes a fight
  (``combat.two_sided_fight``).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_dyads

DATE = "2024-03-05"


def _coded(nlp: Language, text: str, cameo: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for s, t, c in event_dyads(text, nlp, DATE) if c == cameo]


# ---- a mediator named by a hyphenated prefix ---------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, mediator, sides", [
    ("The Qatari-mediated talks between Washington and the Taliban resumed in Doha.", "QAT", {"USAGOV", "AFGINS"}),
    ("A U.S.-brokered ceasefire between Israel and Hezbollah took effect on Wednesday.", "USA", {"ISR", "LBNINS"}),
    ("EU-mediated talks between Serbia and Kosovo failed to ease the tension.", "IGOEU", {"SRB", "XKX"}),
])
def test_prefixed_mediator_mediates_between_the_sides(nlp: Language, text: str, mediator: str,
                                                       sides: set[str]) -> None:
    mediations = _coded(nlp, text, "045")
    assert {s for s, _ in mediations} == {mediator}, mediations
    assert {t for _, t in mediations} == sides, mediations


@pytest.mark.model
def test_prefixed_mediation_of_a_truce_told_before_takes_its_sides(nlp: Language) -> None:
    text = ("Palestinian officials say Israel and Hamas have reached a cease-fire agreement.\n"
            "Under the emerging, Egyptian-mediated truce Palestinians would halt rocket attacks.")
    assert sorted(_coded(nlp, text, "045")) == [("EGY", "ISR"), ("EGY", "PSEINS")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The closely mediated talks between Serbia and Kosovo failed.",  # an adverb, no mediator
    "The UN-backed talks between Serbia and Kosovo stalled.",  # backing is no mediation
    "There were no EU-mediated talks between Serbia and Kosovo this year.",  # the talks denied
    # a name the parser ran on from the words before: its actor would be the delegations
    "Delegations to African Union-mediated peace talks between Ethiopia and the TPLF meet in Pretoria today.",
    # an indefinite mediated act in a background clause, its sides not named: no guess from the talks before
    "Armenia and Azerbaijan held talks in Berlin.\n"
    "Azerbaijan won a 44-day war in 2020, which ended with a Russian-brokered peace agreement.",
])
def test_near_misses_of_the_prefixed_mediator(nlp: Language, text: str) -> None:
    assert _coded(nlp, text, "045") == []


# ---- pulling out of an agreement -------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Mali pulled out of its defence pact with France on Monday.", "MLI", "FRA"),
    ("Niger pulled out of the military agreements with France.", "NER", "FRA"),
])
def test_pulling_out_of_an_agreement_reduces_relations(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "160") in event_dyads(text, nlp, DATE), event_dyads(text, nlp, DATE)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mali did not pull out of its defence pact with France.",
    "The mining company pulled out of the deal with the Congolese state firm.",
    "The Malian army pulled out of the town of Kidal.",  # a retreat, not a pact left
])
def test_near_misses_of_pulling_out_of_an_agreement(nlp: Language, text: str) -> None:
    assert _coded(nlp, text, "160") == []


@pytest.mark.model
def test_a_threat_to_pull_out_of_an_agreement_is_a_threat(nlp: Language) -> None:
    events = event_dyads("Mali threatened to pull out of its defence pact with France.", nlp, DATE)
    assert not [e for e in events if e[2] == "160"], events
    assert [e for e in events if e[:2] == ("MLI", "FRA") and e[2].startswith("13")], events


# ---- a clash with a foe is fought by both sides ----------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, one, other", [
    ("Four Philippine soldiers were killed in a clash with Abu Sayyaf militants in Sulu.", "PHLMIL", "PHLINS"),
    ("Three Palestinian militants were killed in clashes with Israeli troops.", "PSEINS", "ISRMIL"),
])
def test_a_clash_with_a_foe_codes_both_armed_sides(nlp: Language, text: str, one: str, other: str) -> None:
    fights = _coded(nlp, text, "190")
    assert (one, other) in fights and (other, one) in fights, fights


@pytest.mark.model
def test_a_crowds_clash_with_police_keeps_one_direction(nlp: Language) -> None:
    # the crowd's part is a riot only when it is told (events/implied.py), not read off the noun
    events = event_dyads("Two Peruvian protesters died in clashes with police in Lima.", nlp, DATE)
    assert ("PERCOP", "PERCVL", "175") in events, events
    assert not [e for e in events if e[0] == "PERCVL"], events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Any clash with the rebels would cost Philippine soldiers their lives.",
    "Sri Lankan troops were deployed to prevent clashes with the Tamil Tigers.",
])
def test_near_misses_of_a_clash_with_a_foe(nlp: Language, text: str) -> None:
    assert _coded(nlp, text, "190") == []
