"""A definite plural no dictionary codes repeats the group whose head noun it shares.

"Kenyan police officers raided the office. *The officers* arrested three journalists"; "Russian
security agents ... *the agents*"; "Iranian border guards ... *the guards*": news names a group
once with its country and then repeats its head noun. The role tables code no bare "officers",
"agents" or "guards" (each has too many senses alone: company officers, travel agents, prison
guards), so the repetition had no actor, and its acts no doer.

A definite plural ("the" + a plural common noun, with nothing between) that no mention covers
joins the one group (or organisation) with a country named in its sentence or the two before
whose head noun has its lemma ("officer"). With none, or groups of several countries, it stays
unresolved: no guess. Repetitions of coded nouns ("the soldiers") are coreference's
``_repeated_group``; this covers the nouns the tables leave out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.nlp.docview import DocView

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver

PLURAL_TAG = "NNS"
GROUP_KINDS = frozenset({"group", "organization"})
# Words after the noun that make it another group than the one named ("the officers who ...",
# "the guards' commander": a possessor whose own noun is the actor).
QUALIFYING_NEXT = frozenset({"'s", "'", "’s", "who", "that", "which", "of"})


def repetitions(doc: Doc, tokens: DocView, taken: set[int]) -> list[Token]:
    """The heads of the definite plurals ("the officers") no found mention covers, in text order."""
    out = []
    for i in range(1, len(tokens.normed)):
        if tokens.tags[i] != PLURAL_TAG or tokens.normed[i - 1] != "the" or i in taken or i - 1 in taken:
            continue
        if i + 1 < len(doc) and (tokens.normed[i + 1] in QUALIFYING_NEXT or tokens.tags[i + 1] in ("NN", "NNS")):
            continue  # "the officers who ...", "the officers' union", "the agents network"
        out.append(doc[i])
    return out


def repeated_group(resolver: Resolver, noun: Token) -> int | None:
    """The entity of the one recent group with a country whose head noun ``noun`` repeats."""
    lemma = noun.lemma_.lower()
    entities = {resolver.mentions[n].entity for n in resolver._recent(noun)
                if resolver.mentions[n].country and resolver.mentions[n].kind in GROUP_KINDS
                and resolver._head_lemma(n) == lemma}
    countries = {resolver.entities[e].coded.country for e in entities}
    return next(iter(entities)) if len(entities) == 1 and len(countries) == 1 else None
