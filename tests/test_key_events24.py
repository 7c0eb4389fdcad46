"""Key events of the rest of an article (session 24): forms the gold's key events have where the
coder found nothing or gave the wrong target.

- A state side's appeal for calm, restraint or unity with no addressee is made to its own country
  (events/public_appeals.py; CONVENTIONS.md rule 9.2); the governed's appeal, an international
  body's, an appeal with an addressee and a call for protests are not.
- A denial of a charge told before ("has denied the allegations", "denied this") answers the latest
  coded accusation against the denier however far above it was told (events/anaphora.py); a denial
  that names its own accuser ("Western claims"), an indefinite one ("accusations of fraud"), one
  after a later charge no event holds ("a report accused Sudan ...") and the same denial told again
  are left without a target.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_dyads
from newsevents.events.public_appeals import calm_asked_of_the_country
from newsevents.records import ActorRef, Event

DATE = "2022-03-14"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Malawian president appealed for calm after the riots in the capital.", ("MWIGOV", "MWI", "02")),
    ("Ghana's army called for restraint as the fuel protests spread to the north.", ("GHAMIL", "GHA", "02")),
    ("Peru's prime minister urged national unity on Sunday after the disputed vote.", ("PERGOV", "PER", "02")),
])
def test_key_events_state_appeal_for_calm_is_made_to_its_country(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in event_dyads(text, nlp, DATE, root=True)


@pytest.mark.model
@pytest.mark.parametrize(("text", "unwanted"), [
    # the governed appeal to followers no one names: no target (events/street_protests.py)
    ("The Malawian opposition leader appealed for calm after the riots in the capital.", ("MWIOPP", "MWI", "02")),
    # an addressee named is the target, not the country
    ("The Malawian president urged the protesters to stay calm.", ("MWIGOV", "MWI", "02")),
    # a call for protests is no appeal for calm
    ("The Malawian president called for mass rallies in support of the reforms.", ("MWIGOV", "MWI", "02")),
])
def test_key_events_other_appeals_are_not_made_to_the_country(
        nlp: Language, text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in event_dyads(text, nlp, DATE, root=True)


def _appeal(source: ActorRef, rule: str = "appeal.call_for") -> Event:
    return Event(date=None, source=source, target=None, cameo="020", plover=None, goldstein=None, quad_class=None,
                 sentence="s", span=(0, 1), trigger="t", rule=rule, trigger_span=None)


def test_key_events_appeal_without_trigger_token_is_left_alone() -> None:
    """No trigger token, no way to tell what is asked for: the appeal keeps no target."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["calm"])
    gov = ActorRef("Malawi government", "MWIGOV", "MWI", "GOV")
    assert calm_asked_of_the_country(doc, [_appeal(gov)])[0].target is None


@pytest.mark.model
def test_key_events_international_body_appeal_keeps_no_country(nlp: Language) -> None:
    assert not any(src and src.startswith("IGO") and tgt for src, tgt, root in
                   event_dyads("The United Nations envoy appealed for calm.", nlp, DATE, root=True) if root == "02")


CHARGE = "Chad's government on Monday accused neighbouring Sudan of arming the rebels who attacked three eastern towns."
FILLER = ("The fighting lasted several hours. Rebel commanders said they had captured two army bases. The army said "
          "it had retaken one of them. Aid agencies said thousands of civilians had fled. Fighting was also reported "
          "near the border. Schools in the region stayed closed.")


def _denials(nlp: Language, denial: str) -> list[tuple[str | None, str | None, str]]:
    return [e for e in event_dyads(f"{CHARGE} {FILLER} {denial}", nlp, DATE, root=True) if e[2] == "01"]


@pytest.mark.model
@pytest.mark.parametrize("denial", [
    "Sudan has denied the allegations.",
    "Khartoum has denied this.",
    "Sudan's government called the accusation a fabrication.",
])
def test_key_events_denial_answers_a_charge_told_far_above(nlp: Language, denial: str) -> None:
    assert any(src and src.startswith("SDN") and tgt == "TCDGOV" for src, tgt, _ in _denials(nlp, denial))


@pytest.mark.model
@pytest.mark.parametrize("denial", [
    "Sudan denied Western claims that it was arming the militias.",  # names its own accuser
    "Sudan has denied accusations of fraud in the April vote.",  # indefinite: no charge told before
    # a charge no event holds told after Chad's: the denial may answer it
    "A report by United Nations experts accused Sudan of hiding weapons. Sudan has denied the allegations.",
])
def test_key_events_denial_not_of_the_told_charge_keeps_no_target(nlp: Language, denial: str) -> None:
    assert not any(tgt == "TCDGOV" for _, tgt, _ in _denials(nlp, denial))


@pytest.mark.model
def test_key_events_denial_told_again_is_not_aimed_twice(nlp: Language) -> None:
    text = (f"{CHARGE} Sudan rejected the accusation on Tuesday. {FILLER} "
            "A Sudanese army spokesman has denied the allegations.")
    aimed = [e for e in event_dyads(text, nlp, DATE, root=True)
             if e[2] == "01" and e[1] is not None and e[1].startswith("TCD")]
    assert len(aimed) == 1
