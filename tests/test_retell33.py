"""Acts told again and acts recalled, session 33.

An act of one target told again further down with the day or the place the lead left out is the
lead's act (events/retold_twins.retells_of_one_target, used by events/emit.py); another day
("again"), an earlier day, or another target is a second act. An act told in a relative clause
with a date of its own before the story's week describes someone by his past
(story/background.told_of_someone_before); a day of the story's week is news. Violent repression
told again with no date of its own is the act of the day before it (events/force_retold.py).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

DATE = "2026-01-08"  # a Thursday


def _count(nlp: Language, text: str, source: str, target: str, root: str) -> int:
    """How many events of ``root`` from ``source``'s country to ``target``'s ``text`` codes."""
    return sum(1 for e in code(nlp, text, DATE)
               if e.cameo.startswith(root) and e.source is not None and e.target is not None
               and e.source.country == source and e.target.country == target)


@pytest.mark.parametrize("text", [
    # the next sentence gives the day and the place the lead left out
    "Kenyan police arrested the opposition leader Raila Odinga. "
    "Police arrested Odinga on Tuesday at his home in Nairobi.",
    # the same, two sentences further down
    "Kenyan police arrested the opposition leader Raila Odinga. His party called for calm. "
    "Police arrested Odinga on Tuesday at his home in Nairobi.",
])
def test_retell33_a_detail_added_further_down_is_one_act(nlp: Language, text: str) -> None:
    assert _count(nlp, text, "KEN", "KEN", "17") == 1


@pytest.mark.parametrize("text", [
    # a second detention, told so
    "Kenyan police detained the opposition leader Raila Odinga. His party called for calm. "
    "Police detained Odinga again on Friday.",
    # another target on a day of its own
    "Kenyan police detained the opposition leader Raila Odinga. His party called for calm. "
    "Police also detained the opposition spokesman Peter Kamau on Tuesday.",
    # a day before the story's week: an earlier detention
    "Kenyan police detained the opposition leader Raila Odinga. His party called for calm. "
    "Police detained Odinga on December 12 at his home in Nairobi.",
])
def test_retell33_a_second_act_stays(nlp: Language, text: str) -> None:
    assert _count(nlp, text, "KEN", "KEN", "17") == 2


@pytest.mark.parametrize(("text", "dyad", "root"), [
    ("The rebels, who captured the town of Goma last month, attacked an army base on Monday.", ("COD", "COD"), "19"),
    ("Kenyan police arrested Peter Kamau, who was jailed in March for leading a protest.", ("KEN", "KEN"), "17"),
])
def test_retell33_a_dated_past_in_a_relative_clause_is_background(
        nlp: Language, text: str, dyad: tuple[str, str], root: str) -> None:
    assert _count(nlp, text, *dyad, root) == 1


@pytest.mark.parametrize(("text", "day", "kept"), [
    # a day of the story's week: news
    ("Congolese troops fought the rebels who attacked the town of Goma on Monday.", "2026-01-05", True),
    ("Kenyan police arrested Peter Kamau, who was beaten by soldiers on Monday.", "2026-01-05", True),
    # last month: his past
    ("Kenyan police arrested Peter Kamau, who was beaten by soldiers last month.", "2025-12", False),
])
def test_retell33_a_relative_clause_dated_in_the_story_week_is_news(
        nlp: Language, text: str, day: str, kept: bool) -> None:
    assert any(e.date == day for e in code(nlp, text, DATE)) is kept


@pytest.mark.parametrize(("later", "count"), [
    # told again with no date of its own: Monday's force in detail
    ("Witnesses reported that security forces fired tear gas and live ammunition at large crowds "
     "that gathered in the capital to demand new elections.", 1),
    # a day of its own: another act
    ("Witnesses reported that security forces fired tear gas and live ammunition on Wednesday at large "
     "crowds that gathered in the capital to demand new elections.", 2),
])
def test_retell33_repression_told_again_without_a_date_is_one_act(nlp: Language, later: str, count: int) -> None:
    text = "Kenyan police clashed with opposition protesters in Nairobi on Monday. " + later
    assert sum(1 for e in code(nlp, text, DATE) if e.cameo == "175") == count


@pytest.mark.parametrize(("text", "dyad", "root", "count"), [
    # the lead's detentions named again to describe the police
    ("Kyrgyz police detained about 20 opposition activists in Bishkek on Saturday. The interior ministry "
     "confirmed the figure. Police who arrested the activists cited a court ban on rallies.", ("KGZ", "KGZ"), "17", 1),
    # the lead's fight named again to describe the troops
    ("Kenyan troops fought Somali militants near the border on Monday. Officials praised the soldiers. "
     "The troops, who clashed with the militants, lost two men.", ("KEN", "SOM"), "19", 1),
    # a new act in a relative clause: another root stays
    ("Kenyan police detained opposition activists in Nairobi. The government called for calm. "
     "Officials named the activists, who were released by police later.", ("KEN", "KEN"), "08", 1),
])
def test_retell33_an_act_named_again_in_a_relative_clause_is_the_lead(
        nlp: Language, text: str, dyad: tuple[str, str], root: str, count: int) -> None:
    assert _count(nlp, text, *dyad, root) == count
