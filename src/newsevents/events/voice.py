"""The voice of a verb over the dependency parse: whether it is passive ("were expelled"), with an
auxiliary of its own, one it shares with a coordinated passive ("were arrested and beaten"), or none
("soldiers killed by gunmen"); and the participle that is the sentence's own verb, misparsed.

Split from :mod:`~newsevents.events.frames` (which names these functions too).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.participle_sufferers import agent_participle
from newsevents.events.relative_roots import relative_root_doer
from newsevents.nlp.docview import DocView, doc_view

# The labels of a verb's own subject (a participle with one is no passive; frames reads them too).
SUBJECT_DEPS = {"nsubj", "csubj"}
# Reporting verbs that trail their report (", sources said"): the parser may make the report's subject theirs.
TRAILING_REPORTS = frozenset({"say", "tell", "report", "add", "claim", "confirm", "state", "announce", "allege"})


# "is headed to Riyadh", "was headed for talks": a traveller's course, active in sense ("headed by" stays passive)
COURSE_VERBS = frozenset({"head"})
COURSE_PREPS = frozenset({"to", "for", "toward", "towards", "into", "back"})


def is_passive(verb: Token) -> bool:
    """Whether the verb is in the passive voice ("were expelled")."""
    parse = doc_view(verb.doc)
    return bool(parse.memo("newsevents.events.passive", verb.i, lambda i: (1,) if passive_at(parse, i) else ()))


def _on_course(parse: DocView, verb: int) -> bool:
    """Whether "be headed" tells where one is going ("is headed to Riyadh"), with no "by" agent."""
    if parse.lemmas[verb].lower() not in COURSE_VERBS:
        return False
    kids = {parse.lower[c] for c in parse.children(verb) if parse.deps[c] in ("prep", "advmod", "agent")}
    return bool(kids & COURSE_PREPS) and "by" not in kids


def passive_at(parse: DocView, verb: int) -> bool:
    """:func:`is_passive` for the verb at index ``verb``, worked out afresh (not memoised). A course
    ("is headed to Riyadh") is no passive here, so the memo and the direct callers
    (``frames._objects``, ``frames._shared_agent``) agree: its "nsubjpass" is the traveller, its subject."""
    if _on_course(parse, verb):
        return False
    return _marked_passive(parse, verb) or _gapped_passive(parse, verb) or shared_passive(parse, verb)


def _marked_passive(parse: DocView, verb: int) -> bool:
    """A passive with its own passive subject or auxiliary ("were arrested")."""
    return any(parse.deps[c] in ("nsubjpass", "auxpass") for c in parse.children(verb))


def shared_passive(parse: DocView, verb: int) -> bool:
    """"journalists were arrested and beaten by police": a bare participle conjoined to a passive
    verb shares its "were" (and its subject, which is its object)."""
    head = parse.heads[verb]
    return parse.deps[verb] == "conj" and parse.tags[verb] == "VBN" and head != verb and parse.tags[head] == "VBN" \
        and not any(parse.deps[c] in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "obj")
                    for c in parse.children(verb)) \
        and _marked_passive(parse, head)


def _gapped_passive(parse: DocView, verb: int) -> bool:
    """"the tents were dismantled and the marchers arrested": a participle conjoined to a passive verb,
    with a subject and no auxiliary of its own, shares the passive's "was" (its subject is its object)."""
    head = parse.heads[verb]
    return parse.deps[verb] == "conj" and parse.tags[verb] == "VBN" and head != verb \
        and any(parse.deps[c] == "nsubj" for c in parse.children(verb)) \
        and not any(parse.deps[c] in ("aux", "auxpass") for c in parse.children(verb)) and passive_at(parse, head)


def passive_participle(verb: Token) -> bool:
    """"soldiers killed by gunmen": a participle on a noun, passive without an auxiliary; or one set
    off as an adverbial clause with a "by" agent ("..., dispersed by riot police", events/participle_sufferers.py)."""
    parse = doc_view(verb.doc)
    i = verb.i
    return (parse.deps[i] == "acl" and parse.tags[i] == "VBN"
            and not any(parse.deps[c] in SUBJECT_DEPS for c in parse.children(i)) and not misparsed_root_verb(verb)
            and relative_root_doer(verb) is None) \
        or agent_participle(parse, i)


def misparsed_root_verb(verb: Token) -> bool:
    """"Paramilitaries killed 30 civilians" parsed as a noun (the root) with a participle on it: a
    participle with a direct object on a noun that heads its sentence is the sentence's verb, and
    the noun its subject (a passive participle takes no object: "soldiers killed by gunmen")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN" \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    head = verb.head
    # "Militants killed 20 soldiers ..., security sources said": the noun made the subject of the report
    return head.dep_ == "ROOT" or (head.dep_ == "nsubj" and head.head.i > verb.i
                                   and head.head.lemma_.lower() in TRAILING_REPORTS) or _in_verbless_subject(head)


def _in_verbless_subject(noun: Token) -> bool:
    """"A statement from the French ministry condemned the attack": the participle hangs on a noun of
    the phrase that heads a sentence with no verb (the root noun's "from"/"of" phrase) (session 15)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("from", "of", "by"):
        return False
    root = noun.head.head
    return root.dep_ == "ROOT" and root.pos_ == "NOUN"
