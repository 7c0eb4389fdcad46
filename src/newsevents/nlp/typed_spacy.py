"""spaCy attributes whose declared types are wrong, read with the types they really have.

spaCy's stubs declare ``Token.conjuncts`` a one-element tuple (``Tuple[Token]``); it holds any
number of tokens. Python never checks, but the modules that setup.py compiles with mypyc check
declared types at run time and would fail on the first token with no conjunct or with two.
Compiled modules read such attributes through these functions.
"""

from __future__ import annotations

from typing import Any, cast

from spacy.tokens import Token


def token_conjuncts(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts``: the tokens coordinated with ``tok``, however many."""
    found: tuple[Token, ...] = cast(Any, tok).conjuncts
    return found
