"""Abbreviated military and police ranks kept whole by the tokenizer.

The English tokenizer keeps "Gen." and "Adm." as one token, but splits "Col.", "Lt.", "Maj.",
"Brig.", "Capt.", "Sgt." and "Cmdr." into a word and a full stop, and the parser then ends the
sentence there: "Army spokesman Lt. Col. Ali Reza said ..." became two sentences, and the speaker
was cut from his words and his title from his name. Wire copy writes ranks this way, so they are
added as special cases to the pipeline's tokenizer and to the one the actor dictionaries are split
with (the two must split a rank the same way for "Lt. Col." to match).

The tokenizer also keeps "U.S.-led" and "U.N.-backed" whole (an abbreviation's full stop stops
the hyphen rule), where it splits "Saudi-led" into three; the actor finder reads the country
before "-led" or "-backed" only when it is a token of its own, so these are split the same way.
So are "U.S.-China" and "U.S.-South" (of "the U.S.-South Korean drills"), which left both countries
of a hyphened pair unfound: an abbreviated name before a hyphen and the first word of a country's
name, adjective or people is split into the three tokens "China-U.S." already makes
(``events/hyphen_pairs.py`` reads such pairs).
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

# Abbreviated country and body names that come before "-led", "-backed" in news.
ABBREVIATED_NAMES = ("U.S.", "U.N.", "U.K.", "E.U.")
# The second halves of those compounds (as ``newsevents.actors.mentions.HYPHEN_PARTS`` reads them).
HYPHEN_WORDS = ("led", "backed", "sponsored", "funded", "supported", "armed", "allied", "aligned", "trained",
                "brokered", "mediated", "run", "controlled", "dominated", "based", "installed", "friendly")

RANKS = ("Lt.", "Col.", "Maj.", "Brig.", "Capt.", "Sgt.", "Cmdr.", "Cpl.", "Pvt.", "Cdr.")
"""Abbreviated ranks the stock tokenizer splits (the others, "Gen.", "Adm.", it keeps)."""


def keep_ranks(tokenizer: Tokenizer) -> None:
    """Make ``tokenizer`` keep each of :data:`RANKS` as one token, and split "U.S.-led" and
    "U.S.-China"."""
    for rank in RANKS:
        tokenizer.add_special_case(rank, [{ORTH: rank}])
    for name in ABBREVIATED_NAMES:
        # "U.S.-led" -> "U.S.", "-", "led", as "Saudi-led" is split; "U.S.-China" as "US-China" is
        for word in (*HYPHEN_WORDS, *_country_words()):
            tokenizer.add_special_case(f"{name}-{word}", [{ORTH: name}, {ORTH: "-"}, {ORTH: word}])


@functools.lru_cache(maxsize=1)
def _country_words() -> tuple[str, ...]:
    """The first words of the countries' names, adjectives and peoples ("China", "South", "Russian"),
    read from the actor finder's ``countries.tsv`` (as a file: the finder's lexicon imports this
    module, for its own tokenizer)."""
    text = (resources.files("newsevents.actors") / "data" / "countries.tsv").read_text(encoding="utf-8")
    rows = [line.rstrip("\n").split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    columns = [header.index(name) for name in ("name", "aliases", "adjectives", "people")]
    words: set[str] = set()
    for row in body:
        for cell in (row[c] for c in columns if c < len(row)):
            for phrase in cell.split("|"):
                first = phrase.strip().split(" ")[0]
                if first.isalpha() and first[:1].isupper():
                    words.add(first)
    return tuple(sorted(words))
