"""Mends of session 25's review: one reading of a coder rule's pattern (``Event.rule_pattern``),
which the story's repeat filter, the quoted retellings and the untargeted acts of a story each kept
as a private copy.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from newsevents.records import Event


def _event(rule: str) -> Event:
    sentence = "The police detained four students in the capital."
    return Event(date=None, source=None, target=None, cameo="173", plover=None, goldstein=None, quad_class=None,
                 sentence=sentence, span=(0, len(sentence)), trigger="detained", rule=rule)


@pytest.mark.parametrize(("rule", "pattern"), [
    ("coerce.arrest", "coerce.arrest"),
    ("coerce.arrest+implied-police", "coerce.arrest"),  # argument steps
    ("yield.keep_ceasefire[intent]", "yield.keep_ceasefire"),  # a mood
    ("statement.deny[intent]+retold+coref", "statement.deny"),  # both
])
def test_review25_rule_pattern(rule: str, pattern: str) -> None:
    assert _event(rule).rule_pattern() == pattern
