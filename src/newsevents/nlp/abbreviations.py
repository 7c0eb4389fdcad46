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
"""

from __future__ import annotations

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
    """Make ``tokenizer`` keep each of :data:`RANKS` as one token, and split "U.S.-led"."""
    for rank in RANKS:
        tokenizer.add_special_case(rank, [{ORTH: rank}])
    for name in ABBREVIATED_NAMES:
        for word in HYPHEN_WORDS:  # "U.S.-led" -> "U.S.", "-", "led", as "Saudi-led" is split
            tokenizer.add_special_case(f"{name}-{word}", [{ORTH: name}, {ORTH: "-"}, {ORTH: word}])
