"""Quotations whose content is a judgement, a demand or a refusal of another side (session 32).

'"This is a war crime," the minister said' after an attack told just before judges that attack
(111 at its doer; ``matching.characterization`` with ``praised_steps.demonstrative_verdict``, aimed
by ``referents.aim_by_pronoun``), as "said this was a positive step" praises. A bare step noun
("condemned the move", "said the decision was regrettable") stands for the act just told as a
pronoun does. '"They must leave," she said of the coast guard' demands of the one the report verb's
"of" phrase names (``coder._parties``, ``censure.spoken_of``), and '"We reject it," he said of the
Croatian proposal' refuses that proposal's owner (``events/spoken_rejections.py``). "Said the
results were not acceptable" denies a quality, as "not free" does (``fair_names``).

Near misses: a quote about one's own side, a quoted question, a hedged verdict, a refusal of a
thing owned by two sides or by one's own, a judgement that only describes the act ("the heaviest
attack in months"), and one's own side's act judged. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


CODED = [
    # a demonstrative judged by a bad name, in a quotation and in a reported clause
    ('Armenian forces shelled an Azerbaijani village on Sunday. "This is a war crime," Azerbaijan\'s foreign'
     " minister said.", "AZEGOV", "ARMMIL", "111"),
    ("Peru expelled two Chilean diplomats on Monday. Chile's foreign minister said this was unacceptable.",
     "CHLGOV", "PER", "111"),
    # a quoted obligation whose pronoun subject the "of" phrase names
    ('"They must leave our waters," the Philippine foreign secretary said of the Chinese coast guard.',
     "PHLGOV", "CHNMIL", "100"),
    ('"He must step down," the Malawian opposition leader said of the Malawian president.',
     "MWIOPP", "MWIGOV", "1041"),
    # a quoted refusal of the thing the "of" phrase names
    ('"We reject it," the Serbian president said of the Croatian proposal.', "SRBGOV", "HRV", "120"),
    # a bare step noun criticised stands for the act just told
    ("Turkey closed its border with Armenia on Monday. Armenia's foreign minister condemned the move.",
     "ARMGOV", "TUR", "111"),
    ("Turkey closed its border with Armenia on Monday. Armenia's foreign minister said the decision was"
     " regrettable.", "ARMGOV", "TUR", "111"),
    # a denied acceptability
    ("The Zambian opposition said the election results were not acceptable.", "ZMBOPP", "ZMBGOV", "111"),
]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), CODED)
def test_quote32_a_quoted_judgement_demand_or_refusal_reaches_the_other_side(
        nlp: Language, text: str, source: str, target: str, cameo: str) -> None:
    coded = _coded(nlp, text)
    assert any(s == source and t == target and c == cameo for s, t, c, _ in coded), coded


NOT_CODED = [
    # a quote about one's own side
    ('"They must hold their positions," the Armenian defence minister said of the Armenian troops.', "10"),
    # a quoted question
    ('Armenian forces shelled an Azerbaijani village on Sunday. "Is this a war crime?" Azerbaijan\'s foreign'
     " minister asked.", "11"),
    # a hedged verdict
    ('Armenian forces shelled an Azerbaijani village on Sunday. "This could be a war crime," Azerbaijan\'s'
     " foreign minister said.", "11"),
    # a judgement that only names the act told
    ("Armenian forces shelled an Azerbaijani village on Sunday. An Azerbaijani reporter said this was the"
     " heaviest attack in months.", "11"),
    # one's own side's act
    ('Armenian forces shelled an Azerbaijani village on Sunday. "This is a crime," the Armenian defence'
     " minister said.", "11"),
]


@pytest.mark.parametrize(("text", "root"), NOT_CODED)
def test_quote32_no_event_from_own_side_questions_hedges_or_descriptions(nlp: Language, text: str,
                                                                         root: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c.startswith(root) and t is not None for _, t, c, _ in coded), coded


@pytest.mark.parametrize("text", [
    # two candidate owners
    '"We reject it," the Serbian president said of the French and German plan.',
    # one's own proposal
    '"We reject it," the Serbian president said of the Serbian proposal.',
])
def test_quote32_a_refusal_spoken_of_two_owners_or_ones_own_has_no_target(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c.startswith("12") and t is not None for _, t, c, _ in coded), coded
