"""A one-word name is the story's body whose longer name holds that word: "the Tigers" of the
Liberation Tigers of Tamil Eelam.

The dictionaries list some groups under one common word ("Tigers" is a Swazi rebel group there).
A story that has named a body in full ("the Liberation Tigers of Tamil Eelam", "Tamil Tiger
rebels") shortens it to that word afterwards, and the one-word entry then put the group, and
the bare agents of its sentences ("Security forces ... against the Tigers"), in another country:
the fresh-news census of session 28 found Sri Lanka's security forces and rebels coded ``SWZ`` in
two stories.

So an actor named only by one word, whose country the article names nowhere (no country name,
demonym, capital or city of it), takes the code of the one other actor whose name holds that
word (singular or plural: "Tiger rebels"); the bare agents its sentences placed in that country
move with it. With no such actor, or several of different codes, nothing changes: no guess.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.named_acronyms import add_acronym_mentions
from newsevents.nlp.sentences import doc_text, sentence_of
from newsevents.records import Actor, ActorMention
from newsevents.story.named_countries import text_countries

#: Kinds of actors a short name may stand for.
BODY_KINDS = frozenset({"organization", "group"})


def _stem(word: str) -> str:
    return word.lower().removesuffix("s")


def _one_word(actor: Actor, own: list[ActorMention]) -> str | None:
    """The word an actor is named by, when every named mention of it is that one word (a
    determiner aside); else ``None``."""
    named = [m for m in own if not m.rule.startswith("coref")]
    words = {" ".join(w for w in m.text.split() if w.lower() not in ("the", "a")) for m in named}
    if len(words) != 1:
        return None
    word = words.pop()
    return word if word.isalpha() and word[:1].isupper() and word.lower() == actor.name.lower() else None


def _holder(actors: list[Actor], index: int, word: str) -> Actor | None:
    """The one other body (by code) whose name holds ``word`` among longer names."""
    stem = _stem(word)
    holders = {a.code: a for i, a in enumerate(actors)
               if i != index and a.code and a.country and a.kind in BODY_KINDS
               and len(a.name.split()) > 1 and stem in {_stem(w) for w in a.name.split()}}
    return holders.popitem()[1] if len(holders) == 1 else None


def follow_longer_names(doc: Doc, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Give a one-word name the code of the story's body whose longer name holds the word (in place)."""
    named = None
    for index, actor in enumerate(actors):
        if actor.kind not in BODY_KINDS or actor.country is None:
            continue
        own = [m for m in mentions if m.entity == index]
        if (word := _one_word(actor, own)) is None or (holder := _holder(actors, index, word)) is None \
                or holder.country == actor.country:
            continue
        if named is None:
            named = set(text_countries(doc_text(doc)))
        if actor.country in named:
            continue
        old, home = actor.country, holder.country or ""
        sents = {sentence_of(doc[m.start]).start for m in own if m.start < len(doc)}
        actor.code, actor.country, actor.sector = holder.code, holder.country, holder.sector
        actor.country_rule = "coreference"
        for m in own:
            m.code, m.country, m.sector = holder.code, holder.country, holder.sector
        for m in mentions:  # "Security forces ... against the Tigers": placed by the short name
            if m.rule == "context-country" and m.country == old and m.start < len(doc) \
                    and sentence_of(doc[m.start]).start in sents:
                m.country, m.code = home, home + (m.sector or "")
                if 0 <= m.entity < len(actors) and actors[m.entity].country == old:
                    placed = actors[m.entity]
                    placed.country, placed.code = home, home + (placed.sector or "")


def add_short_forms(doc: Doc, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Read the short forms of the story's named bodies as those bodies (in place): its acronyms
    (:mod:`newsevents.actors.named_acronyms`), then its one-word names (above)."""
    add_acronym_mentions(doc, mentions, actors)
    follow_longer_names(doc, mentions, actors)
