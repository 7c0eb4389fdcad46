"""An act retold in the next sentence, session 20 (events/emit.py, events/retold_twins.py): a
meeting told as talks then as a meeting, a riot told as a clash then as a fight, a beating whose
second telling names a place only in a clause about another act, are each coded once; a second
act with a date, place, count or sequence word of its own stays. An act told again by the same word
(story/structure.drop_repeated_events) stays twice when the two tellings name two towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _count(nlp: Language, text: str, source: str, target: str, root: str) -> int:
    """How many events of ``root`` from ``source``'s country to ``target``'s ``text`` codes."""
    return sum(1 for e in code(nlp, text, "2026-01-05")
               if e.cameo.startswith(root) and e.source is not None and e.target is not None
               and e.source.country == source and e.target.country == target)


@pytest.mark.parametrize(("text", "dyad", "root"), [
    # talks (046) in the lead, the meeting (040) in the next sentence: one meeting
    ("Indian and Pakistani negotiators held peace talks in Geneva on Monday. "
     "The two delegations met for about four hours.", ("IND", "PAK"), "04"),
    # the second telling's place belongs to another act (the ban), not to the beating
    ("Kenyan police beat opposition supporters outside the party office in Nairobi. "
     "The police beat the opposition supporters with batons after officials barred a rally at Uhuru Park.",
     ("KEN", "KEN"), "18"),
    # the same word, no town of its own: the arrest told again
    ("Zimbabwean police arrested opposition activists in Harare on Monday. "
     "Zimbabwean police arrested the opposition activists as they left a church.", ("ZWE", "ZWE"), "17"),
    # a riot: the clash told again as a fight
    ("Senegalese opposition demonstrators clashed with riot police outside the National Assembly. "
     "The opposition demonstrators fought riot police, who pushed them back.", ("SEN", "SEN"), "14"),
])
def test_retold20_a_retelling_is_coded_once(nlp: Language, text: str, dyad: tuple[str, str], root: str) -> None:
    assert _count(nlp, text, *dyad, root) == 1


@pytest.mark.parametrize(("text", "dyad", "root"), [
    # a meeting again, on another day
    ("Indian and Pakistani negotiators held peace talks in Geneva on Monday. "
     "The two delegations met again on Thursday.", ("IND", "PAK"), "04"),
    # a meeting in another place
    ("Indian and Pakistani negotiators held peace talks in Geneva on Monday. "
     "The two delegations met in Vienna.", ("IND", "PAK"), "04"),
    # two arrests: another place and another count of those held
    ("Zimbabwean police arrested opposition activists in Harare on Monday. "
     "Zimbabwean police arrested 12 opposition activists in Bulawayo.", ("ZWE", "ZWE"), "17"),
    # the beating's own place, in its own phrase
    ("Kenyan police beat opposition supporters outside the party office in Nairobi. "
     "The police beat the opposition supporters in Mombasa.", ("KEN", "KEN"), "18"),
    # a riot repeated later
    ("Senegalese opposition demonstrators clashed with riot police outside the National Assembly. "
     "The opposition demonstrators later fought riot police again.", ("SEN", "SEN"), "14"),
])
def test_retold20_a_second_act_stays(nlp: Language, text: str, dyad: tuple[str, str], root: str) -> None:
    assert _count(nlp, text, *dyad, root) == 2


def test_retold20_talks_after_a_welcome_are_an_act_of_their_own(nlp: Language) -> None:
    text = ("The Chilean president welcomed the Uruguayan president to Santiago on Monday. "
            "They held talks on a new rail link.")
    cameos = {e.cameo for e in code(nlp, text, "2026-01-05")
              if e.source is not None and e.source.country == "CHL"}
    assert {"043", "040"} <= cameos
