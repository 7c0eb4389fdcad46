"""Relative clauses in the simple present (session 26). "The bloc, which sends observers to every
vote", "traders who complain about the new levy", "a board made up of officials who back the
ruling party": such a clause tells what its head is or habitually does and reports no act of the
news. A present tense with a time of its own is a timetable and stays; so do a relative denial of
a charge, a past or progressive relative clause, and the same verb in a main clause.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from spacy.language import Language
from tests.helpers import event_codes, event_dyads

from newsevents.events.present_relatives import present_description

DATE = "2021-05-04"


def _roots(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return event_dyads(text, nlp, DATE, root=True)


def _relative_verb(sentence: str, word: str, nlp: Language) -> bool:
    """Whether ``word`` of ``sentence`` heads a describing present relative clause."""
    doc = nlp(sentence)
    return present_description(next(t for t in doc if t.text == word))


def test_a_habit_of_the_head_is_no_aid(nlp: Language) -> None:
    text = ("Ministers met in Nairobi to weigh suspending Burundi from the African Union, which provides "
            "funds to member states for elections.")
    assert not any(cameo.startswith("07") for _, _, cameo, _ in event_codes(text, nlp, DATE))


def test_people_who_back_the_government_are_described(nlp: Language) -> None:
    text = ("Zambia's opposition asked the election board for help, but the board, which is mostly made up "
            "of people who support the government, did not answer.")
    assert not any(cameo == "051" for _, _, cameo, _ in event_codes(text, nlp, DATE))


def test_the_clause_is_read_as_a_description(nlp: Language) -> None:
    assert _relative_verb("Traders who complain about the new levy were warned by the tax office.", "complain", nlp)
    assert _relative_verb("The agency, which monitors the border, issued a report.", "monitors", nlp)


def test_a_present_tense_with_a_time_is_a_timetable(nlp: Language) -> None:
    assert not _relative_verb("The envoys, who meet again on Friday, ended their talks.", "meet", nlp)
    assert not _relative_verb("The ministers, who meet today in Lusaka, praised the deal.", "meet", nlp)


def test_a_past_or_progressive_relative_clause_is_not_this_rule(nlp: Language) -> None:
    assert not _relative_verb("The general, who urged the rebels to disarm, flew home.", "urged", nlp)
    assert not _relative_verb("Farmers who are blocking the highway rejected the offer.", "blocking", nlp)
    assert not _relative_verb("The council, which does not recognise the vote, met in Juba.", "recognise", nlp)


def test_a_relative_denial_still_answers_the_charge(nlp: Language) -> None:
    text = "Chad accused Sudan of arming the rebels, which Sudan denies."
    roots = _roots(text, nlp)
    assert ("TCD", "SDN", "11") in roots
    assert any(src == "SDN" and root == "01" for src, _, root in roots)


def test_a_subject_relative_denial_stays(nlp: Language) -> None:
    assert not _relative_verb("The colonel, who denies any part in the mutiny, was questioned.", "denies", nlp)
    assert not _relative_verb("The party, which rejects the count, will appeal.", "rejects", nlp)


def test_the_same_verb_in_a_main_clause_stays(nlp: Language) -> None:
    text = "Norway provides funds to Nepal's election commission, the embassy said on Monday."
    kept = [cameo for src, _, cameo, _ in event_codes(text, nlp, DATE) if src == "NOR"]
    relative = ("The embassy of Norway, which provides funds to Nepal's election commission, "
                "said on Monday that the vote was fair.")
    dropped = [cameo for src, _, cameo, _ in event_codes(relative, nlp, DATE) if cameo.startswith("07")]
    assert kept and kept[0].startswith("07")
    assert not dropped
