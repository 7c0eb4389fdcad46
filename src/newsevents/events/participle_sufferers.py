"""Who suffers a passive participle clause: the subject of the clause it hangs on.

"Only a few dozen protesters showed up, quickly dispersed by riot police"; "opponents of the
president fought riot police before being pushed back with water cannon"; "students marched to
the palace, only to be dispersed by police"; "the activist returned home after being released".
The participle has no subject of its own: what it tells was done to the subject of the verb it
hangs on (as a passive's subject is its object). The coder read no object there, so the act found
no target; and a participle with only a "by" agent (no auxiliary) was not read as a passive, so its
doer was taken from the clause it hangs on (the protesters dispersing themselves).

Only passive forms: a past participle set off as an adverbial clause with a "by" agent or a passive
auxiliary (", dispersed by police", ", only to be dispersed"), or the passive gerund of an adjunct
("before / after / while / upon being arrested"). An active participle ("marched to the palace,
chanting slogans") is its subject's own act and is left to the subject readers.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.coordination import conjunct_indices
from newsevents.nlp.docview import DocView, doc_view

# Prepositions whose passive gerund tells what befell the clause's subject ("before being arrested").
ADJUNCT_PREPS = frozenset({"before", "after", "while", "upon", "on", "without", "despite", "until"})
VERB_POS = frozenset({"VERB", "AUX"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "expl"})


def agent_participle(parse: DocView, verb: int) -> bool:
    """", quickly dispersed by riot police": a past participle set off as an adverbial clause, with
    a "by" agent and no subject or object of its own (a passive with no auxiliary)."""
    return parse.deps[verb] == "advcl" and parse.tags[verb] == "VBN" \
        and any(parse.deps[c] == "agent" for c in parse.children(verb)) \
        and not any(parse.deps[c] in OWN_ARGUMENTS for c in parse.children(verb))


def participle_sufferers(doc: Doc, verb: int) -> tuple[int, ...]:
    """The subject (and its conjuncts) of the verb a passive participle clause hangs on, as the
    participle's object; ``()`` when ``verb`` is no such participle."""
    parse = doc_view(doc)
    if parse.tags[verb] != "VBN" or any(parse.deps[c] in OWN_ARGUMENTS for c in parse.children(verb)):
        return ()
    head = parse.heads[verb]
    auxpass = any(parse.deps[c] == "auxpass" for c in parse.children(verb))
    if parse.deps[verb] == "advcl" and (auxpass or agent_participle(parse, verb)):
        governor = head
    elif parse.deps[verb] == "pcomp" and auxpass and parse.deps[head] == "prep" \
            and parse.lower[head] in ADJUNCT_PREPS:
        governor = parse.heads[head]
    else:
        return ()
    if governor == verb or parse.pos[governor] not in VERB_POS:
        return ()
    return tuple(i for c in parse.children(governor) if parse.deps[c] in SUBJECT_DEPS
                 for i in conjunct_indices(doc, c))
