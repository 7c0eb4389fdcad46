"""The curly apostrophe of a plural possessive ("the lawmakers’ inaction"), read as the straight one.

The small English model knows "’s" ("Kenya’s president") but takes a bare "’" after a plural for
a closing quotation mark: in "protested against the ministers’ plan" it tags "’" as punctuation,
hangs "ministers" on "plan" as a modifier (or makes it the verb's object), and the act loses its
target ("lawmakers’ inaction" names the legislature). With a straight apostrophe the same words
parse as a possessive. Web news (Global Voices, VOA and most sites since about 2010) prints the
curly form, so before parsing each "’" that ends a plural ("s’") and is followed by a word becomes
"'": one character for one, so every offset into the article stays valid, as with the
pre-filter's masking (:func:`newsevents.nlp.prefilter.mask`).

A "’" that closes a quotation opened with "‘" earlier on its line ("the so-called ‘Friends’ group")
is left as it is.
"""

from __future__ import annotations

import re

CURLY = "’"
OPENING = "‘"
# "s’" then a space (no line break) and a word: a plural's possessive, or a closing quote after "s".
_PLURAL_POSSESSIVE = re.compile(r"(?<=[sS])’(?=[ \t]+[\w$£€])")
# A "’" that can close a quotation: not inside a word ("Kenya’s", "didn’t" are apostrophes).
_CLOSING = re.compile(r"’(?!\w)")


def straight_possessives(text: str) -> str:
    """``text`` with the curly apostrophes of plural possessives made straight (same length)."""
    if CURLY not in text:
        return text
    chars: list[str] | None = None
    for match in _PLURAL_POSSESSIVE.finditer(text):
        at = match.start()
        line = text[text.rfind("\n", 0, at) + 1 : at]
        if line.count(OPENING) > len(_CLOSING.findall(line)):
            continue  # closes a quotation opened on its line ("Kenya’s" or "didn’t" close nothing)
        if chars is None:
            chars = list(text)
        chars[at] = "'"
    return text if chars is None else "".join(chars)
