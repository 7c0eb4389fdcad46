"""Particles and "for" complements of a verb: whether it carries the particle or preposition a
pattern needs ("pull *out*", "call *for*", "cracked *down* on"), and the "for X to act" clauses
("called *for the president to resign*") the parser hangs on it in two ways.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.frames import prep_objects
from newsevents.events.parenthetical import aside_prep
from newsevents.nlp.docview import DocView, doc_view

# Particles the parser also reads as adverbs ("hit *back* at", "cracked *down* on"): they count either way.
ADVERB_PARTICLES = frozenset({"back", "down", "up", "out", "off", "away", "aside", "together"})


def particle_of(verb: Token, particle: str) -> bool:
    """Whether the verb carries the particle or preposition ("pull *out*", "call *for*")."""
    parse = doc_view(verb.doc)
    return any((parse.deps[c] in ("prt", "prep", "agent", "dative")
                or (parse.deps[c] == "advmod" and particle in ADVERB_PARTICLES))
               and parse.lower[c] == particle
               and not _time_phrase(parse, c) and not aside_prep(verb.doc[c]) for c in parse.children(verb.i)) or (
        particle == "for" and bool(for_clauses(verb)))


def for_clauses(verb: Token) -> list[Token]:
    """The infinitives of a verb's "for X to act" ("called *for the president to resign*"). The
    parser hangs "for" on the infinitive as its marker, with X its subject, or on the verb as a
    preposition, with X its object and the infinitive an adjunct of the verb."""
    parse = doc_view(verb.doc)
    has_for = bool(for_objects(verb))
    return [verb.doc[c] for c in parse.children(verb.i)
            if parse.deps[c] in ("advcl", "ccomp") and parse.tags[c] == "VB"
            and (has_for or any(parse.deps[m] == "mark" and parse.lower[m] == "for" for m in parse.children(c)))
            and any(parse.deps[a] == "aux" and parse.lower[a] == "to" for a in parse.children(c))]


def for_objects(verb: Token) -> list[Token]:
    """The X of "called for X to act" parsed as the object of "for" (a name or a plain noun phrase:
    "for Guatemala to release", not "for a credit line of ... to pay for imports")."""
    objs = prep_objects(verb, {"for"})
    return [o for o in objs if not any(c.dep_ in ("prep", "acl", "relcl") for c in o.children)
            and o.right_edge.i + 1 < len(o.doc) and o.doc[o.right_edge.i + 1].lower_ == "to"]


def _time_phrase(parse: DocView, prep: int) -> bool:
    """"called a strike *on Tuesday*": a preposition whose object is a date or time is an adjunct
    of time, never the particle of a phrasal verb ("call on")."""
    objs = [c for c in parse.children(prep) if parse.deps[c] == "pobj"]
    return bool(objs) and all(parse.ent_types[o] in ("DATE", "TIME") for o in objs)
