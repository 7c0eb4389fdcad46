"""What the actor finder reads of every token, fetched once per ``Doc`` in bulk.

The finder's loops visit every token of an article several times (dictionary matching, pronouns,
repeated names). ``doc[i]`` and iterating a ``Doc`` build a Python ``Token`` object each time,
which costs more than the test made on it; ``Doc.to_array`` hands over the text, offset, spacing
and part of speech of all tokens at once. The entities are kept too: ``Doc.ents`` builds new
``Span`` objects on every call. Span texts are cut from :func:`newsevents.nlp.sentences.doc_text`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, ORTH, POS, SPACY
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from newsevents.actors.lexicon import norm
from newsevents.nlp.sentences import doc_text


class _NormCache(dict[str, str]):
    """Token text -> :func:`norm` of it, computed on the first look-up and kept (up to a limit).

    The same few thousand words recur in every article; a dictionary look-up here costs less
    than a call to the ``lru_cache``-wrapped ``norm``, and ``map(cache.__getitem__, texts)``
    runs the look-ups without a Python loop.
    """

    LIMIT = 65536

    def __missing__(self, text: str) -> str:
        value = norm(text)
        if len(self) < self.LIMIT:
            self[text] = value
        return value


_NORMED = _NormCache()


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Per-token facts of one ``Doc``: ``texts[i]`` is ``doc[i].text``, and so on; ``text`` is ``doc.text``."""

    text: str
    texts: list[str]
    normed: list[str]
    idx: list[int]
    spaces: list[bool]
    propn: list[bool]
    ents: tuple[Span, ...]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (tokens ``start``..``end``, end exclusive), without a ``Span``."""
        if end <= start:
            return ""
        return self.text[self.idx[start] : self.end_char(end)]

    def end_char(self, end: int) -> int:
        """The character offset just after token ``end - 1`` (a span's ``end_char``)."""
        return self.idx[end - 1] + len(self.texts[end - 1])

    def ents_within(self, start: int, end: int) -> list[Span]:
        """The entities inside tokens ``start``..``end``, as ``doc[start:end].ents`` gives them."""
        out: list[Span] = []
        for ent in self.ents:
            if ent.start >= start:
                if ent.end > end:
                    break  # spaCy stops at the first entity crossing the end; so do we
                out.append(ent)
        return out

    def entity_at(self, i: int) -> Span | None:
        """The entity covering token ``i``, or ``None``."""
        for ent in self.ents:
            if ent.start <= i < ent.end:
                return ent
        return None


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc`` as it is now (built anew on each call)."""
    rows = doc.to_array([ORTH, IDX, SPACY, POS])
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in rows[:, 0].tolist()]
    spaces = (rows[:, 2] != 0).tolist()
    return TokenTable(
        text=doc_text(doc),
        texts=texts,
        normed=list(map(_NORMED.__getitem__, texts)),
        idx=rows[:, 1].tolist(),
        spaces=spaces,
        propn=(rows[:, 3] == PROPN).tolist(),
        ents=tuple(doc.ents),
    )
