"""Turn the token that names a speaker into an :class:`ActorRef`.

The actors stage has already found who is who: a speaker covered by one of its mentions takes
that mention's name and code, so "he" or "the Belarusian leader" arrive resolved by its
coreference. Only when no mention covers the speaker do we fall back on the words themselves.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors import mention_at, mentions_in
from newsevents.nlp.sentences import doc_text, span_text
from newsevents.records import Actor, ActorMention, ActorRef

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Pronouns that stand for one person, the only ones the fallback below resolves."""


_NAME_PARTS = frozenset({"compound", "flat", "appos"})


def _ref(doc: Doc, mention: ActorMention, token: Token | None = None) -> ActorRef:
    """``mention`` as a speaker, named by its actor's full name ("Lukashenko" -> "Alexander
    Lukashenko"); ``token`` replaces the mention's own words when it is a fallback for them."""
    actors: list[Actor] = doc._.ne_actors or []
    name = actors[mention.entity].name if 0 <= mention.entity < len(actors) else mention.name
    if token is None:
        text, span = mention.text, (mention.start_char, mention.end_char)
    else:
        text, span = token.text, (token.idx, token.idx + len(token))
    return ActorRef(name, mention.code, mention.country, mention.sector, text, span)


def _speaker_mention(doc: Doc, token: Token) -> ActorMention | None:
    mention = mention_at(doc, token.i)
    if mention is not None:
        return mention
    # A mention may name the speaker from inside the phrase ("Kremlin spokesman" where only
    # "Kremlin" is a mention), but a possessor is someone else ("the president's office").
    inside = [m for m in mentions_in(doc, token.left_edge.i, token.i)
              if doc[m.end - 1].head.i == token.i and doc[m.end - 1].dep_ in _NAME_PARTS]
    return inside[-1] if inside else None


def _person_before(doc: Doc, token: Token) -> ActorRef | None:
    """The nearest person named before ``token``: a last resort for an unresolved "he"."""
    people = [m for m in mentions_in(doc, 0, token.i) if m.kind == "person"]
    if people:
        return _ref(doc, people[-1], token)
    ents = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= token.i]
    if ents:
        return ActorRef(ents[-1].text, text=token.text, span=(token.idx, token.idx + len(token)))
    return None


def speaker_ref(doc: Doc, token: Token) -> ActorRef:
    """The speaker named by ``token`` (the head of its noun phrase) as an :class:`ActorRef`."""
    mention = _speaker_mention(doc, token)
    if mention is not None:
        return _ref(doc, mention)
    if token.lower_ in PERSONAL_PRONOUNS:
        person = _person_before(doc, token)
        if person is not None:
            return person
    phrase = doc[token.left_edge.i : token.i + 1]
    first = phrase[0]
    if first.dep_ == "det" and len(phrase) > 1:  # "the spokesman" is named "spokesman"
        first = phrase[1]
    name = doc_text(doc)[first.idx : phrase.end_char]
    return ActorRef(name, text=span_text(phrase), span=(phrase.start_char, phrase.end_char))
