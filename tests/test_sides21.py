"""Sides on fresh news (session 21): a news outlet is never "they" who acted, "both" stands for the
pair named together, and an event of a story whose side is one country's body with no country is
left out.

Every sentence here is written for these tests; each rule has a near miss where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads
from newsevents.events.homeless_sides import homeless
from newsevents.extraction import extract
from newsevents.records import ActorRef

# -- a news outlet is never "they" ---------------------------------------------------------------

@pytest.mark.model
def test_quoted_they_is_not_the_agency_that_quotes(nlp: Language) -> None:
    text = ('Rebels attacked a police post near the Zambian town of Solwezi on Friday, a trader told AFP. '
            '"They also shot two policemen," he said.')  # "also": a further act, not the attack told again
    dyads = code_dyads(nlp, text)
    assert ("ZMBREB", "ZMBCOP", "18") in dyads
    assert all(src is None or not src.endswith("MED") for src, _, _ in dyads)
    assert all(tgt is None or not tgt.endswith("MED") for _, tgt, _ in dyads)


@pytest.mark.model
def test_quoted_they_with_no_doer_before_stays_unresolved(nlp: Language) -> None:
    # the only plural body before the quote is the agency: nobody is "they", so no event
    text = ('Fighting broke out near the Zambian town of Solwezi on Friday. '
            '"They shot two policemen and burned the stalls," a trader told AFP.')
    assert [e for e in code(nlp, text) if e.cameo.startswith("18")] == []


@pytest.mark.model
def test_they_still_joins_a_group_named_in_an_outlets_report(nlp: Language) -> None:
    # near miss: the outlet is skipped, not the group its report names
    text = ("The Zambian Daily Mail reported on Friday that the rebels had been seen near Solwezi. "
            "They attacked a police post.")
    assert ("ZMBREB", "ZMBCOP", "19") in code_dyads(nlp, text)


# -- "both" is the pair named together -----------------------------------------------------------

TALKS = ('"There is no deal today," Norway\'s foreign minister said after long talks with {pair} in Oslo.\n\n'
         "Both agreed that the negotiations should go on next week.")


@pytest.mark.model
def test_both_is_the_pair_the_mediator_talked_with(nlp: Language) -> None:
    text = TALKS.format(pair="Colombian President Ivan Duque and FARC leader Rodrigo Londono")
    agreed = {(s, t) for s, t, root in code_dyads(nlp, text) if root == "03"}
    assert agreed == {("COLGOV", "COLREB"), ("COLREB", "COLGOV")}


@pytest.mark.model
def test_both_after_two_pairs_is_no_one(nlp: Language) -> None:
    # near miss: two pairs named in the sentence: which one agreed is not guessed
    text = TALKS.format(pair="Colombian President Ivan Duque and FARC leader Rodrigo Londono, "
                             "and later with Chad and Sudan")
    assert [d for d in code_dyads(nlp, text) if d[2] == "03"] == []


@pytest.mark.model
def test_both_after_a_list_of_three_is_no_one(nlp: Language) -> None:
    # near miss: "A, B and C" is no pair
    text = TALKS.format(pair="Colombian President Ivan Duque, FARC leader Rodrigo Londono and Cuba")
    assert [d for d in code_dyads(nlp, text) if d[2] == "03"] == []


@pytest.mark.model
def test_a_pair_inside_a_title_is_not_the_two(nlp: Language) -> None:
    # near miss: "the envoy to Sudan and South Sudan" names where he is posted, not who agreed
    text = ("The U.S. envoy to Sudan and South Sudan met President Salva Kiir in Juba on Monday. "
            "The two agreed that the negotiations should go on next week.")
    assert all({s, t} != {"SDN", "SSD"} for s, t, _ in code_dyads(nlp, text))


# -- one country's body with no country ----------------------------------------------------------

@pytest.mark.model
def test_unplaced_authorities_leave_the_arrest_out_with_a_warning(nlp: Language) -> None:
    text = ("Teachers marched in several towns on Monday. "
            "Authorities arrested a teacher in Kengtung on Tuesday.")
    ex = extract(text, date="2023-03-01", nlp=nlp)
    assert not [e for e in ex.events if e.cameo.startswith("17")]
    assert any("one country's body" in w and '"arrested"' in w for w in ex.warnings)


@pytest.mark.model
def test_one_sentence_keeps_its_bare_side(nlp: Language) -> None:
    # near miss: a text of one sentence is no story whose rules could have placed the body
    assert ("GOV", "EDU", "17") in code_dyads(nlp, "Authorities arrested a teacher in Kengtung on Tuesday.")


@pytest.mark.model
def test_unplaced_army_delegation_leaves_its_acts_out(nlp: Language) -> None:
    text = ("The army delegation walked out of the talks in Geneva, accusing the rebels of breaking the "
            "truce. Mediators from Kenya and Norway urged both sides to return.")
    dyads = code_dyads(nlp, text)
    assert all(src != "GOV" for src, _, _ in dyads)
    assert not any(root in ("14", "11") for _, _, root in dyads)


@pytest.mark.model
def test_placed_police_keep_their_arrest(nlp: Language) -> None:
    # near miss: the place in its own words gives the police their country
    text = "Journalists marched in several towns on Monday. Police in Nairobi arrested three journalists on Tuesday."
    assert ("KENCOP", "KENMED", "17") in code_dyads(nlp, text)


@pytest.mark.parametrize(("ref", "left_out"), [
    (ActorRef("authorities", "GOV", None, "GOV", "the authorities"), True),
    (ActorRef("army delegation", "GOV", None, "GOV", "The army delegation"), True),
    (ActorRef("troops", "MIL", None, "MIL", "troops"), True),
    (ActorRef("paramilitary group", "PRM", None, "PRM", "the paramilitary group"), True),
    # near misses: no one country's by their words, or countried, or coded as no one's at all
    (ActorRef("negotiators", "GOV", None, "GOV", "Negotiators"), False),
    (ActorRef("leaders", "GOV", None, "GOV", "leaders from twenty countries"), False),
    (ActorRef("gunmen", "UAF", None, "UAF", "unidentified gunmen"), False),
    (ActorRef("troops", "KENMIL", "KEN", "MIL", "Kenyan troops"), False),
    (ActorRef("Ahmed", None, None, None, "Ahmed"), False),
])
def test_which_sides_are_homeless(ref: ActorRef, left_out: bool) -> None:
    assert homeless(ref) is left_out
