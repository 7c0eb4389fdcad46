"""A state or body named again by a description, which a recall census of fresh news found lost
(session 30, helper fr30).

- "A cut ties with B, accusing *the country* of backing rebels": the parser hangs the charge
  ("of backing") on "the country", which then no longer read as a bare "the country" and the
  accusation had no target. An "of" with a clause after it is the verb's charge, not a
  qualifier; "the country of origin" still names another country than the one before it.
- "The EU will impose tariffs ... *The bloc's* trade chief accused the US": a description that can
  only be an international body stays a description as a possessor, so its official acts for the
  body named before, as "the EU's trade chief" does. "The group's director" is still left alone
  (a group may be another group than the one named before).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _dyads(coded: list[Ruled], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c, _ in coded if c[:2] == root}


CHARGED_COUNTRY = [
    "Ghana and Togo cut diplomatic ties with Burkina Faso, accusing the country of arming rebels.",
    "Ghana recalled its ambassador from Burkina Faso.\nIt accused the country of arming rebels in the north.",
]


@pytest.mark.parametrize("text", CHARGED_COUNTRY)
def test_the_country_accused_of_a_deed_is_the_country_named_before(nlp: Language, text: str) -> None:
    accused = _dyads(_coded(nlp, text), "11")
    assert accused and all(t == "BFA" for _, t in accused)
    assert {s for s, _ in accused} <= {"GHA", "GHAGOV", "TGO", "TGOGOV"}


def test_the_country_of_a_noun_is_still_no_referent(nlp: Language) -> None:
    # "the country of origin" says which country: not the one named before
    text = "Ghana recalled its ambassador from Burkina Faso.\nIt accused the country of origin of the smugglers."
    assert not any(t == "BFA" for _, t in _dyads(_coded(nlp, text), "11"))


BLOC_OFFICIALS = [
    ("The African Union suspended Niger on Friday.\n"
     "The bloc's commission chairman urged the junta to free the president.", "02", "IGO"),
    ("The European Union will impose duties on Chinese steel.\nThe bloc's trade commissioner accused China of dumping.",
     "11", "IGOEU"),
]


@pytest.mark.parametrize(("text", "root", "code"), BLOC_OFFICIALS)
def test_an_official_of_the_bloc_acts_for_the_body_named_before(nlp: Language, text: str, root: str,
                                                                  code: str) -> None:
    doers = {s for s, _ in _dyads(_coded(nlp, text), root)}
    assert doers and all(s is not None and s.startswith(code) for s in doers)


def test_an_official_of_the_group_is_still_no_named_group_s(nlp: Language) -> None:
    text = "Amnesty International criticised the Kenyan police.\nThe group's director accused officers of killings."
    doers = {s for s, _ in _dyads(_coded(nlp, text), "11")} - {"NGOAMN"}
    assert not any(s and s.startswith("NGO") for s in doers)


COORDINATED_SUBJECTS = [
    # the last member of the subject is a man: "him" is still the one told before
    ("Ruto refused to leave office.\n"
     "Tanzania, Uganda and the UN envoy Joe Smith called on him to step down.", "KEN"),
]


@pytest.mark.parametrize(("text", "country"), COORDINATED_SUBJECTS)
def test_him_is_no_member_of_its_own_clause_s_coordinated_subject(nlp: Language, text: str, country: str) -> None:
    called = [(s, t) for s, t, c, _ in _coded(nlp, text) if c.startswith("104")]
    assert called and all(t is not None and t.startswith(country) for _, t in called)


def test_him_after_a_pair_met_is_not_the_pair_s_member_who_praises(nlp: Language) -> None:
    text = "Kabila met Museveni on Monday.\nKagame and Museveni praised him for the deal."
    assert ("RWAGOV", "UGAGOV") not in _dyads(_coded(nlp, text), "05")


def test_a_name_after_a_countrys_counterpart_is_that_countrys_official(nlp: Language) -> None:
    text = ("The Ghanaian foreign minister met his Togolese counterpart Edem Agbodeka in Accra.\n"
            "Agbodeka later urged Ghana to reopen the border.")
    assert ("TGOGOV", "GHA") in _dyads(_coded(nlp, text), "02")


def test_a_name_after_a_bare_counterpart_is_left_to_the_event_coder(nlp: Language) -> None:
    text = ("The Ghanaian foreign minister met her counterpart, Edem Agbodeka, in Accra.\n"
            "Agbodeka later urged Ghana to act.")
    assert not any(s == "TGOGOV" for s, _ in _dyads(_coded(nlp, text), "02"))
