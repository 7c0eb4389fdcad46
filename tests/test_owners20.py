"""Sides named through a thing (session 20): a denial of a charge told by a verb of saying answers
whoever told it, a critic abroad of a vote is aimed at the country that held it, a place set
before a clause gives its subject a country, a faith word between a nationality and a title keeps
the nationality, a petition speaks for whoever read it out, and "the newspaper" is the outlet
named before it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.extraction import extract


def _actor_codes(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date="2021-03-01", nlp=nlp).actors}


# --- a denial answers the maker of a reported charge (events/answered_claims.py) --------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Budapest claims Bratislava is mistreating the Hungarian minority. The Slovak government has firmly "
     "denied these charges.", ("SVKGOV", "HUNGOV", "01")),
    ("Kenyan opposition parties say the electoral commission rigged the count, an allegation denied by "
     "Kenyan election officials.", ("KENGOV", "KENOPP", "01")),
    ("The Nigerian army claimed Boko Haram fighters had hidden in the school, although this was denied "
     "by the Nigerian militants.", (None, "NGAMIL", "01")),
])
def test_denial_answers_the_maker_of_a_reported_charge(nlp: Language, text: str,
                                                     dyad: tuple[str | None, str, str]) -> None:
    dyads = code_dyads(nlp, text)
    denials = [(src, tgt) for src, tgt, root in dyads if root == dyad[2]]
    assert any(tgt is not None and tgt[:3] == dyad[1][:3] and (dyad[0] is None or src == dyad[0])
               for src, tgt in denials), dyads


@pytest.mark.model
def test_denial_of_an_act_is_no_answer_to_a_claim(nlp: Language) -> None:
    # the claim is about someone else: its maker is not answered by Serbia's denial
    dyads = code_dyads(nlp, "Croatia says Hungarian troops crossed the border. Serbia has denied these charges.")
    assert not any(root == "01" and tgt is not None and tgt.startswith("HRV") for _, tgt, root in dyads)


@pytest.mark.model
def test_denial_of_ones_own_claim_is_no_answer(nlp: Language) -> None:
    # the speaker who told the charge is the denier: nobody else is answered
    dyads = code_dyads(nlp, "The Slovak government claims Budapest is lying. The Slovak government denied these "
                            "charges on Monday.")
    assert not any(root == "01" and tgt is not None and tgt.startswith("SVK") for _, tgt, root in dyads)


# --- a vote criticised from abroad (events/vote_holders.py) ----------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Switzerland held a referendum on Sunday. In France, Muslim leaders denounced the vote.",
     ("FRAREL", "CHEGOV", "11")),
    # Passed only while "run-off" (split at its hyphen) was no vote noun: read as one, as "runoff" and
    # "election" always were, targets.foreign_vote_holder answers first with the story's country (ZWE).
    # "run-off" is read as a vote since session 21 (nlp/hyphenated.py), so targets.foreign_vote_holder
    # answers before vote_holders: the holder's country, without vote_holders' sector (design.md,
    # "Hyphenated words ..." session 21); the two readers' overlap is left to a later session
    ("The European Union has refused to recognize the result of the run-off in which Mugabe was the "
     "sole candidate.", ("IGOEU", "ZWE", "12")),
])
def test_criticised_vote_is_aimed_at_the_country_that_held_it(nlp: Language, text: str,
                                                               dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)


@pytest.mark.model
def test_own_vote_stays_with_the_domestic_reading(nlp: Language) -> None:
    dyads = code_dyads(nlp, "In France, opposition leaders denounced the vote.")
    assert ("FRAOPP", "FRAGOV", "11") in dyads


@pytest.mark.model
def test_vote_with_no_place_named_has_no_foreign_holder(nlp: Language) -> None:
    # "the vote" with no earlier vote that names a place: no country is guessed for it
    dyads = code_dyads(nlp, "Britain condemned the vote on Tuesday.")
    assert not any(root == "11" and tgt is not None for _, tgt, root in dyads)


# --- a scene set before a clause (actors/place_clues.fronted_country) ------------------------------

@pytest.mark.model
def test_fronted_place_gives_the_subject_its_country(nlp: Language) -> None:
    codes = _actor_codes(nlp, "In Britain, The Times newspaper called the decision reckless.")
    assert codes.get("The Times newspaper") == "GBRMED"


@pytest.mark.model
def test_place_inside_the_clause_is_no_scene(nlp: Language) -> None:
    # "in Britain" at the end says where they spoke, not who they are
    codes = _actor_codes(nlp, "Muslim leaders denounced the decision in Britain and in France.")
    assert codes.get("Muslim leaders") in (None, "REL")


# --- a faith word inside a title (actors/person_posts.TITLE_GLUE) ----------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Swiss Muslim scholar Tariq Ramadan urged Europeans to stay calm.", "Tariq Ramadan", "CHE"),
    ("Egyptian Islamic cleric Yusuf Qaradawi condemned the attack on the mosque.", "Yusuf Qaradawi", "EGY"),
])
def test_nationality_before_a_faith_word_is_the_persons_country(nlp: Language, text: str, name: str,
                                                               country: str) -> None:
    codes = _actor_codes(nlp, text)
    found = [code for actor, code in codes.items() if name in actor]
    assert found and found[0] is not None and found[0].startswith(country), codes


@pytest.mark.model
def test_faith_word_alone_gives_no_country(nlp: Language) -> None:
    codes = _actor_codes(nlp, "Muslim scholar Tariq Ramadan urged Europeans to stay calm.")
    found = [code for actor, code in codes.items() if "Ramadan" in actor]
    assert found and (found[0] or "")[:3] not in ("CHE", "EGY"), codes


# --- documents and outlets as doers (events/issuers.py, actors/group_coref.py) ----------------------

@pytest.mark.model
def test_described_newspaper_is_the_outlet_named_before(nlp: Language) -> None:
    codes = _actor_codes(nlp, "The Danish newspaper Jyllands-Posten printed the drawings. The newspaper apologized "
                              "to Muslims.")
    assert codes.get("The newspaper") == "DNKMED"


@pytest.mark.model
def test_newspaper_with_no_outlet_named_before_stays_without_country(nlp: Language) -> None:
    codes = _actor_codes(nlp, "The newspaper apologized to Muslims on Friday.")
    assert codes.get("The newspaper") == "MED"


@pytest.mark.model
def test_petition_speaks_for_whoever_read_it_out(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Kenyan opposition leaders read out a petition outside the embassy. The petition urged "
                            "Uganda not to interfere in the election.")
    assert ("KENOPP", "UGA", "02") in dyads


# --- an office an international body holds (actors/served_bodies.HELD_OFFICES) ----------------------

@pytest.mark.model
def test_presidency_of_an_international_body_is_the_body(nlp: Language) -> None:
    dyads = code_dyads(nlp, "A Belarusian court jailed two bloggers. The Presidency of the European Union condemned "
                            "the verdict.")
    assert any(src == "IGOEU" and root == "11" for src, _, root in dyads), dyads
    assert not any(src == "BLRGOV" and root == "11" for src, _, root in dyads)


@pytest.mark.model
def test_presidency_of_a_country_stays_the_countrys(nlp: Language) -> None:
    codes = _actor_codes(nlp, "The presidency of Egypt condemned the verdict against the journalists.")
    assert any(code == "EGYGOV" for code in codes.values()), codes


@pytest.mark.model
def test_fronted_place_after_a_closing_quote(nlp: Language) -> None:
    codes = _actor_codes(nlp, '"We are sad," he said.\n\n"In neighboring France, Muslim leaders denounced the '
                              'decision.')
    assert codes.get("Muslim leaders") == "FRAREL", codes
