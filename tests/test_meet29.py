"""A policy given up after protests or demands yields to those who asked (session 29).

"The government withdrew the finance bill", "dropped the proposed changes", "scrapped the fuel
tax": a government giving up a law, decree, tax or change codes CAMEO 0832 (accede to demands for
a change in policy), aimed at whoever demanded it or protested against that side in its sentence
or the one before (``patterns.yaml`` ``yield.withdraw_policy``; ``referents.aim_concession``).

Near misses: a court that suspends a law, troops withdrawn, charges dropped, plans scrapped, and a
bill withdrawn with no one in the story who asked for it. Every sentence here is written for these
tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


CONCESSIONS = [
    # a protest in the sentence before
    ("Thousands of Zambian students protested in Lusaka against the new finance bill. Zambia's government"
     " withdrew the finance bill on Wednesday.", "ZMBGOV", "ZMBEDU"),
    # a riot in the same sentence
    ("Malawi's government withdrew the tax bill after protesters stormed parliament.", "MWIGOV", "MWICVL"),
    # protests by a named side
    ("The Gabonese government scrapped a fuel tax hike after days of protests by opposition supporters.",
     "GABGOV", "GABOPP"),
    # a demand
    ("Unions in Lagos demanded that the government scrap the fuel tax. Nigeria's government scrapped the fuel tax"
     " on Monday.", "NGAGOV", "NGALAB"),
]


@pytest.mark.parametrize(("text", "source", "target"), CONCESSIONS)
def test_meet29_a_policy_given_up_yields_to_who_asked(nlp: Language, text: str, source: str,
                                                      target: str) -> None:
    coded = _coded(nlp, text)
    assert any(s == source and t == target and c == "0832" for s, t, c, _ in coded), coded


NO_CONCESSION = [
    # a court rules on a law; it yields to no one
    "Thousands of opposition supporters protested in Lusaka against the new cyber law. Zambia's constitutional"
    " court suspended the law on Friday.",
    # other things withdrawn, dropped or scrapped
    "Opposition supporters protested in Lusaka against the new cyber law. Zambia's government withdrew its troops"
    " from the capital on Friday.",
    "Opposition supporters protested in Lusaka against the cyber law. Zambian prosecutors dropped the charges"
    " against the opposition leader on Friday.",
    "Farmers protested in Kampala against the dam. Uganda's government scrapped its plans for the dam.",
    # a protest in another country
    "Thousands of Kenyan students protested in Nairobi against a finance bill. Zambia's government withdrew its"
    " finance bill on Wednesday.",
    # no one asked
    "Zambia's government withdrew the cyber bill on Friday. It said a new bill would follow next year.",
]


@pytest.mark.parametrize("text", NO_CONCESSION)
def test_meet29_near_misses_are_no_policy_concession(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c == "0832" and t is not None for _, t, c, _ in coded), coded
