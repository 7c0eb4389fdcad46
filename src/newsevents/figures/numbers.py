"""Numbers as newspapers write them: "3.278", "5,080", "1.5 million", "two billion", "5bn"."""

from __future__ import annotations

import re

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "lakh": 1e5, "crore": 1e7, "million": 1e6, "mn": 1e6, "mln": 1e6,
    "m": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12,
}
_ARTICLES = {"a": 1, "an": 1}

DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
"""A number in figures: "5", "5,080", "3.278"."""
NUMBER_WORDS = (*ONES, "a", "an", "half")
"""The words a number in words starts with."""
WORD_NUMBER = (
    r"(?:(?:" + "|".join(NUMBER_WORDS) + r")(?:[\s-]+(?:" + "|".join(ONES)
    + r"|hundred|and|a))*)"
)
"""A number in words: "two", "twenty-five", "two hundred", "a" (before a multiplier)."""
MULTIPLIER = (
    r"(?:\s*(?:thousand|million|billion|trillion|lakh|crore)\b|\s?(?:mn|mln|bn|bln|tn|trn)\b"
    r"|(?:k|m|b)\b)"
)
"""A multiplier written out, abbreviated with or without a space, or a single letter glued on."""
AMOUNT = rf"(?:{DIGITS}|{WORD_NUMBER}(?=\s*(?:thousand|million|billion|trillion|hundred)\b|\s+\w))" \
         rf"(?:{MULTIPLIER})?"
"""A number with an optional multiplier; a word number must be followed by something."""


def parse_number(text: str) -> float | None:
    """The value of a written number ("1.5 million" -> 1500000.0), or ``None`` if it is not one."""
    words = re.findall(r"\d+(?:\.\d+)?|[a-z]+", re.sub(r"(?<=\d),(?=\d{3})", "", text.lower()))
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word[0].isdigit():
            current += float(word)
        elif word in ONES:
            current += ONES[word]
        elif word == "half":
            current += 0.5
        elif word in _ARTICLES:
            current = current or 1  # "a million" is one million, "half a million" half of one
            continue
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None
