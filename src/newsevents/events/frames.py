"""Argument finding over the dependency parse: who is the subject, object or prepositional target
of a trigger, through passive voice, coordination, control ("agreed to meet", "urged X to") and
participles ("..., calling for a ceasefire").

The functions take and return spaCy tokens; mapping tokens to actors is :mod:`actors_of`'s job.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Token

from newsevents.events.tree import tree

SUBJECT_DEPS = {"nsubj", "csubj"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp", "conj", "csubj", "pcomp"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# What may stand before an item of a comma list, and the named things a list holds.
LIST_GLUE = {",", "and", "or"}
LIST_LABELS = {"GPE", "NORP", "ORG", "PERSON"}
# Verbs whose object is the subject of their infinitive ("urged Iran to stop").
OBJECT_CONTROL = {
    "urge", "ask", "order", "force", "tell", "persuade", "invite", "encourage", "allow", "help",
    "call", "press", "push", "pressure", "request", "require", "compel", "instruct", "advise",
    "authorize", "enable", "warn", "appeal", "implore", "beg", "expect", "want", "like", "wish", "prefer",
}
# "accused X of Ving": X is the one who Vs.
OF_OBJECT_CONTROL = {"accuse", "charge", "suspect", "blame", "convict", "criticize", "condemn", "praise",
                     "thank", "commend", "denounce", "fault", "congratulate"}
# "by sending weapons", "after meeting Xi": the clause's subject does it.
SUBJECT_ADJUNCT_PREPS = {"by", "after", "before", "while", "without", "in", "through", "since", "upon", "on"}


def lemma_forms(token: Token) -> tuple[str, ...]:
    """The token's lemma, then guesses for a lemmatizer slip ("staged" -> "stag"): the word less
    its inflection."""
    return _lemma_forms(token.lower_, token.lemma_, token.pos_)


# Asked of most tokens, often several times each, while a few thousand words make up most text.
@functools.lru_cache(maxsize=16384)
def _lemma_forms(lower: str, lemma: str, pos: str) -> tuple[str, ...]:
    forms = [lemma.lower()]
    if pos in ("VERB", "NOUN", "AUX", "PROPN"):
        for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                forms.append(lower[: -len(suffix)] + repl)
    return tuple(dict.fromkeys(forms))


def has_lemma(token: Token, words: frozenset[str] | set[str]) -> bool:
    """Whether any of the token's lemma forms is in ``words``."""
    return any(form in words for form in lemma_forms(token))


def is_passive(verb: Token) -> bool:
    """Whether the verb is in the passive voice ("were expelled")."""
    parse = tree(verb.doc)
    return any(parse.deps[c] in ("nsubjpass", "auxpass") for c in parse.children(verb.i))


def _remembered(token: Token, name: str, compute: Callable[[Token], list[Token]]) -> list[Token]:
    """``compute(token)``, worked out once per token: the coder asks the same question of the same
    word many times per article. The answers are kept on the ``Doc`` as token indices (the parse
    and the entities they depend on no longer change when the event coder runs)."""
    doc = token.doc
    known: dict[int, tuple[int, ...]] = doc.user_data.setdefault(f"newsevents.events.{name}", {})
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = tuple(t.i for t in compute(token))
    return [doc[i] for i in found]


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("France and Turkey" -> both)."""
    return _remembered(token, "conjuncts", _conjuncts)


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for conj in token.conjuncts:
        if conj.pos_ == token.pos_ or {conj.pos_, token.pos_} <= {"NOUN", "PROPN", "PRON"}:
            out.append(conj)
    out += _misparsed_items(out)
    return sorted(set(out), key=lambda t: t.i)


def _misparsed_items(items: list[Token]) -> list[Token]:
    """Items of a comma list the parser hung elsewhere: "Spain, Italy, Greece and Malta" is often
    parsed with "Italy" as a modifier of "Spain", or with "Malta" as a second subject of the verb.
    Only names after a comma (or "and") count, and only in a list that has a conjunction."""
    first = items[0]
    doc = first.doc
    found: list[Token] = []
    if first.dep_ in ("nsubj", "nsubjpass"):
        for sib in first.head.children:
            if sib.dep_ == first.dep_ and sib.i > first.i and sib.pos_ == "PROPN" and sib not in items \
                    and doc[sib.i - 1].lower_ in LIST_GLUE:
                found += [sib, *sib.conjuncts]
    for item in items + found:
        for child in item.children:
            if child.dep_ in ("npadvmod", "appos") and child.pos_ == "PROPN" and child.ent_type_ in LIST_LABELS \
                    and doc[child.i - 1].text == ",":
                found += [child, *child.conjuncts]
    listed = items + found
    has_cc = any(c.dep_ == "cc" for t in listed for c in t.children) or any(
        doc[t.i - 1].lower_ in ("and", "or") for t in listed if t.i > 0)
    return [t for t in dict.fromkeys(found) if t not in items] if has_cc else []


def _passive_participle(verb: Token) -> bool:
    """"soldiers killed by gunmen": a participle on a noun, passive without an auxiliary."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _explicit_subject(verb: Token) -> Token | None:
    if is_passive(verb) or _passive_participle(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
    return None


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The logical subject of a verb: explicit, the agent of a passive, or inherited."""
    found = _explicit_subject(verb)
    if found is not None or depth > 6:
        return found
    if is_passive(verb) or _passive_participle(verb):
        return None
    head, dep = verb.head, verb.dep_
    if head is verb:
        return None
    if dep == "acomp" and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)  # "Norway is willing": the subject of "is"
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "is ready to talk": the subject of "is"
    if dep == "xcomp":
        if has_lemma(head, OBJECT_CONTROL):
            objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:
                return objs[0]
        return subject(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if dep == "conj":
        return subject(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if dep == "relcl":
        return head
    if dep in ("advcl", "acl") and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)
    if dep == "advcl" and verb.tag_ == "VB" and head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subject(head, depth + 1)  # purpose: "opened fire to disperse the crowd"
    if dep == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if head.lower_ == "of" and governor.lemma_ in OF_OBJECT_CONTROL:
            objs = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
            return objs[0] if objs else None
        if head.lower_ in SUBJECT_ADJUNCT_PREPS and governor.pos_ in ("VERB", "AUX"):
            return subject(governor, depth + 1)
    return None


def objects(verb: Token) -> list[Token]:
    """The logical direct objects: dobj, or the passive subject ("diplomats were expelled")."""
    return _remembered(verb, "objects", _objects)


def _objects(verb: Token) -> list[Token]:
    deps = ("nsubjpass",) if is_passive(verb) else ("dobj", "obj")
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in deps:
            out.extend(conjuncts(child))
    if not out and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        out = conjuncts(verb.head)  # "ten soldiers killed in the raid": the noun is what the verb acted on
    return out


def datives(verb: Token) -> list[Token]:
    """Indirect objects ("gave Kyiv weapons")."""
    return [t for c in verb.children if c.dep_ in ("dative", "iobj") for t in conjuncts(c)]


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``token`` ("sanctions on Iran")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    out.extend(conjuncts(pobj))
    return out


def quantity_head(noun: Token, quantity: frozenset[str]) -> Token:
    """The noun behind a quantity ("a range of agreements" -> agreements)."""
    while noun.lemma_.lower() in quantity:
        inner = prep_objects(noun, {"of"})
        if not inner:
            break
        noun = inner[0]
    return noun


def particle_of(verb: Token, particle: str) -> bool:
    """Whether the verb carries the particle or preposition ("pull *out*", "call *for*")."""
    return any(c.dep_ in ("prt", "prep", "agent", "dative") and c.lower_ == particle for c in verb.children)


def clause_verb(token: Token) -> Token:
    """The verb whose clause contains ``token`` (the token itself when it is a verb)."""
    current = token
    for _ in range(20):
        if current.pos_ in ("VERB", "AUX") or current.head is current:
            return current
        current = current.head
    return current


def clause_tokens(verb: Token) -> list[Token]:
    """The tokens of the verb's own clause: its subtree less nested clauses."""
    return _remembered(verb, "clause", _clause_tokens)


def _clause_tokens(verb: Token) -> list[Token]:
    parse = tree(verb.doc)
    found = [verb.i]
    stack = [c for c in parse.children(verb.i) if parse.deps[c] not in CLAUSE_DEPS]
    while stack:
        i = stack.pop()
        found.append(i)
        stack.extend(c for c in parse.children(i) if parse.deps[c] not in ("relcl", "ccomp", "advcl", "acl"))
    doc = verb.doc
    return [doc[i] for i in sorted(found)]


def governing_chain(token: Token) -> list[Token]:
    """The token and the verbs it depends on up to the root (for context checks)."""
    chain = [token]
    current = token
    for _ in range(30):
        if current.head is current:
            break
        current = current.head
        chain.append(current)
    return chain
