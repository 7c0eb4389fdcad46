"""Negative verbal acts in the forms wire news uses: quoted condemnations, blame, verdicts, rebukes.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, "2022-04-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ('"We condemn the shelling by Azerbaijan," the Armenian foreign minister told reporters.', ("ARMGOV", "AZE", "11")),
    ('"We reject the Chilean proposal," Peru\'s foreign minister said in Lima.', ("PERGOV", "CHL", "12")),
    ('"I warn Belgrade that we will respond," the Kosovo prime minister said.', ("XKXGOV", "SRBGOV", "13")),
])
def test_a_first_person_doer_in_a_quote_is_its_speaker(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_a_first_person_doer_in_an_unattributed_quote_stays_empty(nlp: Language) -> None:
    dyads = _dyads('A banner at the march read: "We condemn the raid by Israel."', nlp)
    assert not any(root == "11" for _, _, root in dyads)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Islamabad held New Delhi responsible for the blast at the market.", ("PAKGOV", "INDGOV", "11")),
    ("The Malian junta holds the jihadists accountable for the massacre.", ("MLIGOV", None, "11")),
    ("Cairo condemned what it termed Israel's aggression on Gaza.", ("EGYGOV", "ISR", "11")),
    ("Warsaw denounced what it called a provocation by Minsk at the border.", ("POLGOV", "BLRGOV", "11")),
    ("Yerevan said the attacks by Azerbaijan amounted to a declaration of war.", ("ARM", "AZE", "11")),
    ("Serbia denied the accusations made by Pristina on Sunday.", ("SRB", "XKXGOV", "01")),
    ("Oslo condemned the beating of reporters by Belarusian police.", ("NORGOV", "BLRCOP", "11")),
])
def test_disapproval_frames_name_their_target(nlp: Language, text: str,
                                               expected: tuple[str, str | None, str]) -> None:
    dyads = _dyads(text, nlp)
    if expected[1] is None:
        assert any(s == expected[0] and r == expected[2] for s, _, r in dyads), dyads
    else:
        assert expected in dyads, dyads


@pytest.mark.model
def test_holding_someone_responsible_detains_no_one(nlp: Language) -> None:
    assert not any(r == "17" for _, _, r in _dyads("Islamabad held New Delhi responsible for the blast.", nlp))


@pytest.mark.model
def test_a_good_name_by_equivalence_criticises_no_one(nlp: Language) -> None:
    dyads = _dyads("The Kenyan minister said the Somali proposal amounted to a breakthrough.", nlp)
    assert not any(r == "11" for _, _, r in dyads)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Nigerian students called the election fraudulent.", ("NGAEDU", "NGAGOV", "11")),
    ("Kenyan judges criticized the election.", ("KENJUD", "KENGOV", "11")),
    ("Togo's main opposition party rejected the results of the poll.", ("TGOOPP", "TGOGOV", "12")),
])
def test_a_domestic_body_judging_its_vote_aims_at_the_government(nlp: Language, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_the_government_judging_its_own_vote_has_no_implied_target(nlp: Language) -> None:
    dyads = _dyads("The Kenyan government rejected the election results.", nlp)
    assert ("KENGOV", None, "12") in dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Malaysian foreign ministry issued a statement on Monday. The statement accused Manila of provocations.",
     ("MYSGOV", "PHLGOV", "11")),
    ("The joint statement by Chile and Peru condemned the Bolivian blockade.", ("PER", "BOL", "11")),
    ("Peru's foreign ministry said in a statement that Ecuador was behind the attack on the border post.",
     ("PERGOV", "ECU", "11")),
    ("Ottawa said in a statement that the Chinese tariffs were unjustified.", ("CANGOV", "CHN", "11")),
])
def test_a_statement_speaks_for_its_issuer(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_a_statement_with_no_issuer_named_acts_for_no_one(nlp: Language) -> None:
    dyads = _dyads("Ghana's president met the Togolese leader. The statement condemned the Malian coup.", nlp)
    assert not any(r == "11" and s is not None for s, _, r in dyads)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Greek premier described the vote by the Turkish parliament as a historic error.", ("GRCGOV", "TURLEG", "11")),
    ("Austria described the arrests by Hungarian police as illegal.", ("AUT", "HUNCOP", "11")),
    ("Moscow called Norway's expulsion of the consul unfriendly.", ("RUSGOV", "NOR", "11")),
    ("Seoul delivered a sharp rebuke to Tokyo over the textbooks.", ("KORGOV", "JPNGOV", "11")),
])
def test_names_and_rebukes_criticise(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_a_good_adjective_on_as_is_no_criticism(nlp: Language) -> None:
    dyads = _dyads("Chile described the talks with Peru as positive.", nlp)
    assert not any(r == "11" for _, _, r in dyads)


@pytest.mark.model
def test_holding_someone_responsible_for_a_good_thing_blames_no_one(nlp: Language) -> None:
    dyads = _dyads("The Kenyan president held the Somali envoys responsible for the success of the summit.", nlp)
    assert not any(r in ("11", "17") for _, _, r in dyads)
