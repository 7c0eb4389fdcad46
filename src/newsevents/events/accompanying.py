"""Acts that accompany a protest told in the same breath.

Crowds chant slogans while they march, gather or rally: "protesters marched through the
capital, *chanting* slogans against the president"; "thousands rallied in the square. They
*chanted* slogans against the government." The chanting is the protest told again, not a second
protest, and a trained coder codes one demonstration. Chanting codes a demonstration (141) of
its own only when no other protest is told in its sentence or the sentence before ("students
chanted slogans against the rector outside the ministry").
"""

from __future__ import annotations

from typing import TypeVar

from newsevents.events.anaphora import Found
from newsevents.nlp.docview import doc_view

ACCOMPANYING = frozenset({"protest.chant_slogans"})
"""Patterns of acts that accompany a protest (their ids)."""
PROTEST_ROOT = "14"

F = TypeVar("F", bound=Found)


def without_accompaniments(found: list[F]) -> list[F]:
    """``found`` less the accompanying acts (see :data:`ACCOMPANYING`) told beside another
    protest in their sentence or the sentence before."""
    if not any(f.match.pattern.id in ACCOMPANYING for f in found):
        return found
    _, number = doc_view(found[0].match.token.doc).sentences()
    protests = {number[f.match.token.i] for f in found
                if f.cameo.startswith(PROTEST_ROOT) and f.match.pattern.id not in ACCOMPANYING}
    return [f for f in found if f.match.pattern.id not in ACCOMPANYING
            or not {number[f.match.token.i], number[f.match.token.i] - 1} & protests]
