"""first_char_guard (nlp/scan.py): a guarded scan finds what the unguarded one finds."""

from __future__ import annotations

import re

import pytest

from newsevents.figures.money import find_money, money_pattern
from newsevents.nlp.acronyms import acronym_pattern
from newsevents.nlp.scan import first_char_guard

TEXTS = [
    "The fund paid $5 million to the city. Officials spent 300 euros and GBP 20.",
    "Two hundred dollars went missing, and a billion yen was pledged on Friday.",
    "Nothing here costs anything at all.",
    "A - b ] c ^ d \\ e",
    "",
]


@pytest.mark.parametrize("starts,digits,inside,outside", [
    (["$5", "USD", "two"], True, ["$", "U", "t", "7"], ["u", "x", " "]),
    (["-x", "]y", "^z", "\\w"], False, ["-", "]", "^", "\\"], ["x", "a"]),
])
def test_scan_guard_accepts_only_first_characters(starts: list[str], digits: bool, inside: list[str],
                                                  outside: list[str]) -> None:
    guard = re.compile(first_char_guard(starts, digits=digits))
    assert all(guard.match(c) for c in inside)
    assert not any(guard.match(c) for c in outside)


def test_scan_guard_of_nothing_never_holds() -> None:
    assert re.compile(first_char_guard([])).search("anything 1") is None


@pytest.mark.parametrize("pattern", [r"(?<!\w)(?:\$\d+|USD\s?\d+|two\s+\w+)", r"\b(?:-\d|\]\w+|\^)"])
def test_scan_guard_keeps_matches(pattern: str) -> None:
    starts = ["$", "USD", "two"] if "USD" in pattern else ["-", "]", "^"]
    plain = re.compile(pattern)
    guarded = re.compile(first_char_guard(starts) + pattern)
    for text in [*TEXTS, "pay $12 or USD 4, two cats; -5 ]x ^"]:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_scan_money_pattern_opens_with_guard() -> None:
    assert "(?=[" in money_pattern().pattern[:20]
    text = TEXTS[0]
    assert [(text[m.start:m.end], m.currency) for m in find_money(text)] == [
        ("$5 million", "USD"), ("300 euros", "EUR"), ("GBP 20", "GBP")]


def test_scan_acronym_pattern_opens_with_guard() -> None:
    pattern = acronym_pattern()
    assert pattern is not None and pattern.pattern.startswith("(?=[")
