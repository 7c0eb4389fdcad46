"""Hyphenated verbs kept whole by the tokenizer and read as the verb they spell.

"Riot police tear-gassed students": the stock tokenizer splits "tear-gassed" into "tear", "-",
"gassed", and the parser then reads "gassed" as an adjective on "students" ("police" becomes a
modifier of the students or the root of the sentence): the act had no verb, no doer and no
victim, and the pattern ``coerce.tear_gas_verb`` (which lists "tear-gas") never coded in any
inflection. Kept as one token whose norm is the unhyphenated spelling ("teargassed"), the word is
tagged and parsed as the past tense or participle it is, in the active and the passive ("were
tear-gassed by police"), as "teargassed" already was.

Only inflected forms are listed: "tear-gas" alone is more often the noun ("fired tear-gas").
"Baton-charged" and "lathi-charged" (police charging a crowd with sticks, common in South Asian
news) are normed as "charged", a verb the tagger knows (session 15).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer

HYPHEN_VERBS = ("tear-gassed", "tear-gassing", "tear-gasses", "baton-charged", "baton-charging", "lathi-charged",
                "lathi-charging")
"""Inflections of hyphenated verbs of news that the stock tokenizer splits."""
NORMS = {"baton-charged": "charged", "baton-charging": "charging", "lathi-charged": "charged",
         "lathi-charging": "charging"}
"""Norms the tagger knows for verbs it would not ("batoncharged" is tagged as an adjective): the verb they
are a kind of. ("pepper-sprayed" was tried: parsed as a modifier of the victims whatever its norm.)"""


def keep_whole(tokenizer: Tokenizer, norms: Mapping[str, str]) -> None:
    """Make ``tokenizer`` keep each word of ``norms`` (and its capitalised and headline forms:
    "Opposition Supporters Tear-Gassed") as one token with the norm given."""
    for word, norm in norms.items():
        for form in dict.fromkeys((word, word.capitalize(), word.title())):
            tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])


def keep_hyphen_verbs(tokenizer: Tokenizer) -> None:
    """Make ``tokenizer`` keep each of :data:`HYPHEN_VERBS` as one token normed without the hyphen
    (or as :data:`NORMS` says), so that the tagger reads it as the verb."""
    keep_whole(tokenizer, {word: NORMS.get(word, word.replace("-", "")) for word in HYPHEN_VERBS})
