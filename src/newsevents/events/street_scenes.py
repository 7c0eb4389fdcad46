"""Street contention told in a sports setting: a riot or police force near a stadium still codes.

The sport veto (:func:`newsevents.events.match_context.vetoed`) drops every trigger of a sentence
that names a match, a stadium or fans, since "fans booed the coach" and "the striker beat two
defenders" are no politics. But a crowd's fight with the police, or the police's force on a crowd,
is the same street contention outside a stadium as anywhere else: "the team's fans clashed with
riot police after the match", "police fired tear gas at protesters outside the stadium". The
real-news gold codes these (145, 175), and fresh news tells football riots this way (session 21).

A riot, coercion or violence trigger (145, roots 17, 18, 19) is lifted from the veto when its
sentence names the state's forces of order or a protest crowd as a noun; a peaceful protest (the
rest of root 14) only when it names a protest crowd, since fans who "took to the streets" near the
police are mostly celebrating. A brawl between rival fans, a fan's attack on a referee or a
player's protest (the verb) stays vetoed.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import sentence_of

FORCE_CODES = ("145", "17", "18", "19")
"""A riot, coercion, unconventional violence and fighting: force in the street."""
PROTEST_ROOT = "14"
PROTEST_CROWDS = frozenset({"protester", "protestor", "demonstrator", "demonstration", "protest", "rioter"})
"""Nouns (lemmas) of a protest crowd."""
STREET_SIDES = PROTEST_CROWDS | {"police", "policeman", "policemen", "policewoman", "gendarme", "troop", "soldier"}
"""Nouns (lemmas) of the sides of street force: protest crowds and the forces of order."""
NOUN_TAGS = ("NOUN", "PROPN")


def street_scene(token: Token, code: str) -> bool:
    """Whether a contention act (``code``) triggered by ``token`` is told in a sentence that names
    its street sides: police, troops or protesters for force, protesters for a protest; street
    contention, whatever sport the sentence also names."""
    if code.startswith(FORCE_CODES):
        sides = STREET_SIDES
    elif code.startswith(PROTEST_ROOT):
        sides = PROTEST_CROWDS
    else:
        return False
    sent = sentence_of(token)
    parse = doc_view(token.doc)
    return any(parse.pos[i] in NOUN_TAGS and (parse.forms[i][0] in sides or parse.lower[i] in sides)
               for i in range(sent.start, sent.end))
