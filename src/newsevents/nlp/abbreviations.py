"""Abbreviated military and police ranks kept whole by the tokenizer.

The English tokenizer keeps "Gen." and "Adm." as one token, but splits "Col.", "Lt.", "Maj.",
"Brig.", "Capt.", "Sgt." and "Cmdr." into a word and a full stop, and the parser then ends the
sentence there: "Army spokesman Lt. Col. Ali Reza said ..." became two sentences, and the speaker
was cut from his words and his title from his name. Wire copy writes ranks this way, so they are
added as special cases to the pipeline's tokenizer and to the one the actor dictionaries are split
with (the two must split a rank the same way for "Lt. Col." to match).
"""

from __future__ import annotations

from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

RANKS = ("Lt.", "Col.", "Maj.", "Brig.", "Capt.", "Sgt.", "Cmdr.", "Cpl.", "Pvt.", "Cdr.")
"""Abbreviated ranks the stock tokenizer splits (the others, "Gen.", "Adm.", it keeps)."""


def keep_ranks(tokenizer: Tokenizer) -> None:
    """Make ``tokenizer`` keep each of :data:`RANKS` as one token."""
    for rank in RANKS:
        tokenizer.add_special_case(rank, [{ORTH: rank}])
