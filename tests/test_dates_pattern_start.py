"""The quick check at the start of the date pattern only skips positions where no part could match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.dates.find import _parts, _patterns


def _unchecked() -> re.Pattern[str]:
    """The same alternation with only the word-start check."""
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{p})" for p in _parts()) + ")")


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks resumed on 2024-03-05 in Accra.", ["2024-03-05"]),
    ("The truce held from 3 to 5 May 2023, officials said.", ["from 3 to 5 May 2023"]),
    ("Fighting lasted between March and June 2022.", ["between March and June 2022"]),
    ("On Tuesday, 4 June the envoy left.", ["Tuesday", "4 June"]),
    ("Ministers met late Friday evening and again early March.", ["late Friday evening", "early March"]),
    ("the day after tomorrow the vote opens; YESTERDAY it closed", ["the day after tomorrow", "YESTERDAY"]),
    ("Earlier this week rebels shelled the town two days ago.", ["Earlier this week", "two days ago"]),
    ("She served UNTIL 2019 and again since 2021.", ["UNTIL 2019", "since 2021"]),
    ("Mid-April talks and midApril plans", ["Mid-April", "midApril"]),
    ("An hour ago nothing; a year ago a coup.", ["a year ago"]),
])
def test_dates_pattern_finds_every_kind_of_start(text: str, expected: list[str]) -> None:
    found = [text[slice(*span)] for span, _ in _found(_patterns(), text)]
    assert found == expected
    assert _found(_patterns(), text) == _found(_unchecked(), text)


_WORDS = st.sampled_from(["In", "in", "IN", "ſince", "since", "the", "The", "day", "after", "tomorrow", "May",
                          "may", "March", "mid-", "Mid", "late", "LATE", "Friday", "friday", "3", "15th",
                          "2021", "1999", "-", "–", "to", "and", "of", "a", "An", "two", "Ｋ", "weeks", "ago",
                          "this", "week", "Jan.", "5", ",", "between", "From", "from", "night", "earlier"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "", "  ", "\n"])), max_size=12))
def test_dates_pattern_check_changes_no_match(words: list[tuple[str, str]]) -> None:
    text = "".join(word + space for word, space in words)
    assert _found(_patterns(), text) == _found(_unchecked(), text)
