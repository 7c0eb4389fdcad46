"""Actors: countries, roles, organisations and known persons, coded the CAMEO way.

The ``newsevents_actors`` component writes ``doc._.ne_mentions`` and ``doc._.ne_actors``;
:func:`mention_at` and :func:`mentions_in` look mentions up by token, and :func:`code_phrase`
codes a short phrase on its own.
"""

from newsevents.actors.index import mention_at, mentions_in
from newsevents.actors.phrase import code_phrase

__all__ = ["code_phrase", "mention_at", "mentions_in"]
