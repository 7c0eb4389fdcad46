"""The acts of an article's lead, for reactions told far below it.

News tells its main act in the lead and the reactions to it paragraphs later: "Warplanes bombed
rebel positions on Monday ... [seven sentences on] ... The rebel leader condemned this
aggression." A reaction looks for the act it names among the acts of the last few sentences
(:data:`newsevents.events.anaphora.DOER_SENTENCES`); when none there fits, the act is most often
the lead's, so the lead's acts are the fallback. Only reactions that name the act by a definite
act noun use it (see :func:`newsevents.events.anaphora.resolve_acts`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.events.referents import F
from newsevents.nlp.sentences import sentence_of

# The sentences of the lead: the first two of the text (a dateline or a short first line is one).
LEAD_SENTENCES = 2


def lead_end(token: Token) -> int:
    """The index of the first token after the lead of ``token``'s document."""
    doc, end = token.doc, 0
    for _ in range(LEAD_SENTENCES):
        if end >= len(doc):
            break
        end = sentence_of(doc[end]).end
    return end


def lead_acts(earlier: Sequence[F], token: Token, window_start: int) -> list[F]:
    """The acts of ``earlier`` told in the lead, when the lead ends before ``window_start`` (the
    first token a reaction at ``token`` looks back to); otherwise none (the window holds them)."""
    end = lead_end(token)
    if end >= window_start:
        return []
    return [g for g in earlier if g.match.token.i < end]
