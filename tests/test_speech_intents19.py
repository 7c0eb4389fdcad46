"""A side's own future acts told in what its speaker says (session 19): a vowed retaliation aimed at
the enemy of the fighting told before, "will never fail to" read as "will", and "the bloc" in what
an organisation's spokesman says read as that organisation.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _threats(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {t for t in country_triples(code(nlp, text)) if t[2].startswith("13")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "doer", "enemy"), [
    ("Chad launched air strikes on rebel bases in Sudan on Monday. An aide to the Chadian president says Chad "
     "does not want war, but will retaliate when necessary.", "TCD", "SDN"),
    ("Israeli jets bombed a camp in Lebanon overnight, killing six people. Later, Hezbollah declared it would "
     "retaliate.", "LBN", "ISR"),
])
def test_speech_intents_retaliation_is_aimed_at_the_enemy_of_the_fighting_before(
        nlp: Language, text: str, doer: str, enemy: str) -> None:
    assert (doer, enemy, "138") in _threats(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no fighting told before: a retaliation against no one named is still nothing
    "Ministers met in Paris on Monday. The Chadian defence minister said Chad would retaliate.",
    # the doer is no side of the fighting told before
    "Israeli jets bombed a camp in Lebanon overnight. Egypt said it would retaliate.",
    # negated: no threat
    "Chad launched air strikes on rebel bases in Sudan on Monday. Chad said it would not retaliate.",
])
def test_speech_intents_retaliation_with_no_fitting_fight_is_nothing(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.trigger == "retaliate" for e in events), [(e.trigger, e.cameo) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Turkish prime minister said Ankara will never fail to punish Syria.",
    "The Turkish prime minister said Turkey would not fail to retaliate against Syria.",
])
def test_speech_intents_will_not_fail_to_is_will(nlp: Language, text: str) -> None:
    assert ("TUR", "SYR", "138") in _threats(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Turkey did not fail to punish Syria.",  # told as done, not vowed: no threat
    "Turkey failed to punish Syria.",  # a failure
    "The Turkish prime minister said Turkey could fail to punish Syria.",  # a possibility
])
def test_speech_intents_other_failures_are_no_threat(nlp: Language, text: str) -> None:
    assert not _threats(nlp, text)


@pytest.mark.model
def test_speech_intents_the_bloc_of_a_spokesman_is_his_organisation(nlp: Language) -> None:
    text = ("The European Union renewed its sanctions on Belarus's leaders on Monday. The U.N. Security Council "
            "met on the crisis later in the day. EU spokeswoman Anna Berg says the bloc will maintain "
            "humanitarian aid for Belarus.")
    triples = country_triples(code(nlp, text))
    assert any(s == "IGOEU" and t == "BLR" and c.startswith("03") for s, t, c in triples), triples
    assert not any(s == "IGOUNO" and c.startswith("03") for s, t, c in triples), triples


@pytest.mark.model
def test_speech_intents_the_bloc_said_of_by_an_outsider_is_not_the_speakers(nlp: Language) -> None:
    # the speaker's organisation is no bloc: "the bloc" keeps the one named just before (ECOWAS)
    text = ("ECOWAS suspended Mali on Sunday. The French foreign ministry said the bloc would send "
            "aid to Mali.")
    triples = country_triples(code(nlp, text))
    assert not any(s == "FRA" and c.startswith("03") for s, t, c in triples), triples
    assert ("IGOECO", "MLI", "033") in triples, triples


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya's opposition leader Raila Odinga vowed that Kenya's opposition will defy the police ban on rallies.",
    # the parser hangs the clause on "interview": it is still what was vowed
    "Kenya's opposition leader Raila Odinga vowed in an interview that Kenya's opposition will continue to defy "
    "the police ban on rallies.",
])
def test_speech_intents_a_vow_told_as_a_clause_is_a_threat(nlp: Language, text: str) -> None:
    assert any(s == "KEN" and c.startswith("13") for s, t, c in _threats(nlp, text)), country_triples(code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # said, not vowed: an announced defiance is no threat
    "Kenya's opposition leader Raila Odinga said in an interview that Kenya's opposition will defy the police ban.",
    # denied in an interview: the clause keeps the mood of the verb it is said with
    "Kenya's opposition leader Raila Odinga denied in an interview that Kenya's opposition will defy the police ban.",
    # a vow of what was done ("has defied") is no threat
    "Kenya's opposition leader Raila Odinga vowed in an interview that the opposition has defied the ban.",
])
def test_speech_intents_other_clauses_of_speech_are_no_threat(nlp: Language, text: str) -> None:
    assert not _threats(nlp, text), country_triples(code(nlp, text))


@pytest.mark.model
def test_speech_intents_a_vowed_cooperation_stays_a_promise(nlp: Language) -> None:
    text = "Brazil's president vowed in a speech that Brazil will strengthen its cooperation with Argentina."
    triples = country_triples(code(nlp, text))
    assert ("BRA", "ARG", "032") in triples and not _threats(nlp, text), triples
