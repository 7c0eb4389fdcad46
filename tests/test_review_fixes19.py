"""Fixes from the session 19 code review of that session's rules: a modifier that names no doer
(events/licensing.py), a time on an "as did" clause (events/co_agents.py), condolences sent from
inside the stricken country (events/targets.py), "to be" as an errand (events/called_away.py), the
media a clause is said in (events/issuers.py), a search for armed men (events/home_coercion.py) and
an appeal for aid goods (events/pleas.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads, country_triples

pytestmark = pytest.mark.model


def test_licensing_modifier_naming_no_doer_codes_no_act(nlp: Language) -> None:
    # "street protests", "border clashes": a place or kind, no doer; the protest is told of no one
    for text in ("Kenya's election was marred by street protests.",
                 "The summit in Nairobi was disrupted by border clashes."):
        assert not any(root in ("14", "19") for _, _, root in code_dyads(nlp, text)), text


def test_licensing_modifier_naming_a_group_still_codes(nlp: Language) -> None:
    assert ("KENOPP", "KENGOV", "14") in code_dyads(nlp, "Kenya's election was marred by an opposition boycott.")


def test_co_agents_as_did_clause_with_a_time_is_a_second_doer(nlp: Language) -> None:
    doers = {s for s, _, c in country_triples(code(nlp, "France condemned Russia, as did Germany on Monday."))
             if c.startswith("11")}
    assert doers == {"FRA", "DEU"}


def test_co_agents_as_did_clause_with_another_time_is_another_act(nlp: Language) -> None:
    text = "France condemned Russia on Sunday, as did Germany on Monday."
    assert not any(s == "DEU" for s, _, _ in country_triples(code(nlp, text)))


QUAKE = ("The death toll from the earthquake in central Italy rose to 150 on Tuesday. "
         "Italian officials said thousands of homes collapsed. ")


def test_targets_condolences_sent_from_the_stricken_country_go_to_it(nlp: Language) -> None:
    triples = country_triples(code(nlp, QUAKE + "The Pope sent condolences from Rome."))
    assert any(t == "ITA" and c == "018" for _, t, c in triples), triples


def test_targets_condolences_over_a_grief_elsewhere_stay_unaimed(nlp: Language) -> None:
    triples = country_triples(code(nlp, QUAKE + "The Pope sent condolences after a shooting in Texas."))
    assert not any(t == "ITA" and c == "018" for _, t, c in triples), triples


def test_called_away_being_present_at_a_vote_is_no_errand(nlp: Language) -> None:
    text = ("The Dutch premier cancelled a planned visit to Ankara to be present at the vote on sanctions "
            "against Turkey.")
    assert ("NLDGOV", "TURGOV", "16") in code_dyads(nlp, text)


def test_called_away_being_with_the_victims_is_an_errand(nlp: Language) -> None:
    text = "The Dutch premier cancelled a planned visit to Ankara to be with the flood victims."
    assert not any(root == "16" for _, _, root in code_dyads(nlp, text))


def test_issuers_a_vow_in_a_report_is_a_vow(nlp: Language) -> None:
    # the clause the parser hangs on "report" is what was vowed: a threat
    text = "The Kenyan government vowed in a report that it would attack Somalia."
    assert ("KENGOV", "SOM", "13") in code_dyads(nlp, text)


def test_issuers_a_comment_on_a_report_is_no_report_of_its_own(nlp: Language) -> None:
    # "on a report that ...": what the comment was about, not what was said
    text = "The Kenyan government commented on a report that Somalia would attack Kenya."
    assert not any(root == "13" for _, _, root in code_dyads(nlp, text))


def test_home_coercion_search_for_armed_men_is_a_manhunt(nlp: Language) -> None:
    text = "Nigerian troops were sent to the forest to search for the armed men."
    assert any(e.cameo == "154" and e.source is not None and e.source.code == "NGAMIL" for e in code(nlp, text))


def test_home_coercion_search_for_survivors_stays_relief(nlp: Language) -> None:
    text = "Nigerian troops were sent to the forest to search for survivors."
    assert not any(e.cameo.startswith("15") for e in code(nlp, text))


def test_pleas_appeal_for_vaccines_is_made_to_no_one_named(nlp: Language) -> None:
    # vaccines are aid goods (the lexicon's aid_things): asked of donors, not of the story's country
    text = "Fighting spread in Chad. The World Health Organization appealed for vaccines."
    appeals = [e for e in code(nlp, text) if e.cameo.startswith("02")]
    assert appeals and all(e.target is None for e in appeals)


def test_pleas_appeal_for_calm_keeps_the_story_country(nlp: Language) -> None:
    text = "Fighting spread in Chad. The World Health Organization appealed for calm."
    assert any(t == "TCD" and c.startswith("02") for _, t, c in country_triples(code(nlp, text)))
