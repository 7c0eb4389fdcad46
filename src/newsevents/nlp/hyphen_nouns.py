"""Hyphenated protest nouns kept whole by the tokenizer.

"Opposition supporters began a sit-in at the electoral commission", "sit-ins continued in
Khartoum": the stock tokenizer splits "sit-in" into "sit", "-", "in", and the tagger then reads
"sit" as a verb and "in" as a particle, so the protest noun (``protest.protest_noun`` lists
"sit-in") never matched, and "held a sit-in" was read as an arrest ("held" with no other object).
Kept as one token normed as the noun it means ("protest", "protests"), the word is tagged and
parsed as the object or subject it is. (The parser still reads "a sit-in outside parliament" with
"outside" as an adjective: that form stays uncoded.)
"""

from __future__ import annotations

from spacy.tokenizer import Tokenizer

from newsevents.nlp.hyphen_verbs import keep_whole

HYPHEN_NOUNS = {"sit-in": "protest", "sit-ins": "protests"}
"""Hyphenated protest nouns of news that the stock tokenizer splits, with the norm they read as."""


def keep_hyphen_nouns(tokenizer: Tokenizer) -> None:
    """Make ``tokenizer`` keep each of :data:`HYPHEN_NOUNS` (and its capitalised and headline forms:
    "Sit-in", "Sit-In") as one token, normed as the plain noun it means."""
    keep_whole(tokenizer, HYPHEN_NOUNS)
