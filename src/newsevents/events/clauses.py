"""The clause of a word over the dependency parse: the verb whose clause holds it, the words of a
verb's own clause (less the clauses nested in it), and the chain of heads above a word.

Split from :mod:`~newsevents.events.frames` (which names these functions too).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.nlp.docview import doc_view

CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp", "conj", "csubj", "pcomp"}
"""The labels of a clause nested in another: its words are not the outer clause's."""


def clause_verb(token: Token) -> Token:
    """The verb whose clause contains ``token`` (the token itself when it is a verb)."""
    current = token
    for _ in range(20):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current


def clause_tokens(verb: Token) -> list[Token]:
    """The tokens of the verb's own clause: its subtree less nested clauses."""
    doc = verb.doc
    return [doc[i] for i in clause_indices(verb)]


def clause_indices(verb: Token) -> tuple[int, ...]:
    """The indices of :func:`clause_tokens`, in text order."""
    doc = verb.doc
    return doc_view(doc).memo("newsevents.events.clause", verb.i, lambda j: _clause_indices(doc, j))


def _clause_indices(doc: Doc, verb: int) -> tuple[int, ...]:
    parse = doc_view(doc)
    found = [verb]
    stack = [c for c in parse.children(verb) if parse.deps[c] not in CLAUSE_DEPS]
    while stack:
        i = stack.pop()
        found.append(i)
        stack.extend([c for c in parse.children(i) if parse.deps[c] not in ("relcl", "ccomp", "advcl", "acl")])
    return tuple(sorted(found))


def governing_chain(token: Token) -> list[Token]:
    """The token and the verbs it depends on up to the root (for context checks)."""
    chain = [token]
    current = token
    for _ in range(30):
        if current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain
