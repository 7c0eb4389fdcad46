"""Street contention told in a sports setting: a riot or police force near a stadium still codes.

The sport veto (:func:`newsevents.events.match_context.vetoed`) drops every trigger of a sentence
that names a match, a stadium or fans, since "fans booed the coach" and "the striker beat two
defenders" are no politics. But a crowd's fight with the police, or the police's force on a crowd,
is the same street contention outside a stadium as anywhere else: "the team's fans clashed with
riot police after the match", "police fired tear gas at protesters outside the stadium". The
real-news gold codes these (145, 175), and fresh news tells football riots this way (session 21).

A riot, coercion or violence trigger (145, roots 17, 18, 19) is lifted from the veto when one of
its own parties (its subject or object, the object of one of its prepositions, or a word joined
to these) is a force of order or a protest crowd; a peaceful protest (the rest of root 14) only
when that party is a protest crowd, since fans who "took to the streets" near the police are
mostly celebrating. A brawl between rival fans stays vetoed even when another clause names the
police ("fans clashed with each other after the match, and police arrested ten"), as do a fan's
attack on a referee and a player's protest (the verb). Only the sport veto is lifted: a sentence
about a film or the markets ("police beat protesters in the award-winning film") stays vetoed.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events.match_context import VETO_POS, sentence_holds
from newsevents.events.patterns import Lexicon

FORCE_ROOTS = frozenset({codebook.COERCE, codebook.ASSAULT, codebook.FIGHT})
"""Coercion, unconventional violence and fighting (with a riot, 145): force in the street."""
ORDER_FORCES = frozenset({"police", "policeman", "policemen", "policewoman", "gendarme", "troop", "soldier"})
"""Nouns (lemmas) of the forces of order."""
PROTEST_NOUNS = frozenset({"demonstration", "protest"})
"""Nouns (lemmas) of a protest itself, which stands for its crowd ("police dispersed the protest")."""
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
"""How a party of an act hangs on its trigger (a ``pobj`` under one of the trigger's prepositions)."""
LINK_DEPS = frozenset({"prep", "agent"})
"""How a preposition (or passive "by") that leads to a party hangs on the trigger."""
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})
"""How a verb that takes its subject from its head hangs on it ("moved in and arrested ten")."""
NOUN_POS = ("NOUN", "PROPN")


def street_scene(token: Token, code: str, lex: Lexicon) -> bool:
    """Whether a contention act (``code``) triggered by ``token`` in a sentence about sport has a
    street side as a party: police, troops or a protest crowd for force, a protest crowd for a
    protest (see the module docstring)."""
    crowds = lex.word_list("protest_crowds") | PROTEST_NOUNS
    if code == codebook.RIOT or codebook.root_of(code) in FORCE_ROOTS:
        sides = crowds | ORDER_FORCES
    elif codebook.root_of(code) == codebook.PROTEST:
        sides = crowds
    else:
        return False
    if sentence_holds(token, lex.word_list("veto_context") - lex.word_list("veto_sport"), VETO_POS):
        return False  # a film or a market report, not sport
    return any(w.pos_ in NOUN_POS and (w.lemma_.lower() in sides or w.lower_ in sides) for w in _parties(token))


def _parties(token: Token) -> Iterator[Token]:
    """The words that may name a party of the act of ``token``: its subjects and objects, the
    objects of its prepositions, those of the verb a noun trigger is the object of, the subject a
    joined verb shares, and the compounds and conjuncts of each."""
    heads = [token]
    if token.pos_ in NOUN_POS and token.dep_ in PARTY_DEPS:
        verb = token.head.head if token.dep_ == "pobj" else token.head
        heads.append(verb)  # "used tear gas on the crowd", "clashes broke out between fans and police"
    if token.dep_ in SHARED_SUBJECT_DEPS and not any(c.dep_.startswith("nsubj") for c in token.children):
        heads.append(token.head)
    for head in heads:
        for child in head.children:
            if child.dep_ in PARTY_DEPS:
                yield from _with_joined(child)
            elif child.dep_ in LINK_DEPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        yield from _with_joined(obj)


def _with_joined(word: Token) -> Iterator[Token]:
    """``word``, the words joined to it ("fans and police") and their compounds ("riot police")."""
    for w in [word, *word.conjuncts]:
        yield w
        yield from (c for c in w.children if c.dep_ == "compound")
