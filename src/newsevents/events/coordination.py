"""Coordination: the items of a list the parse joins with "and", "or" and commas ("France and
Turkey", "Spain, Italy, Greece and Malta"), with the lists the parser breaks mended, and the partners
named beside a subject ("France, along with Germany, ...").

Every argument finder in :mod:`~newsevents.events.frames` widens a subject or object to its
conjuncts, and many event rules call :func:`conjuncts` directly; the list repairs are a body of
parser workarounds of their own, so they stand apart from the argument rules that use them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.nlp.docview import DocView, doc_view

# What may stand before an item of a comma list, and the named things a list holds.
LIST_GLUE = {",", "and", "or"}
LIST_LABELS = {"GPE", "NORP", "ORG", "PERSON"}


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("France and Turkey" -> both)."""
    doc = token.doc
    return [doc[i] for i in conjunct_indices(doc, token.i)]


def conjunct_indices(doc: Doc, i: int) -> tuple[int, ...]:
    """The indices of :func:`conjuncts`, in text order, worked out once per token (memoised in the
    ``Doc``'s view: the coder asks for the same word's conjuncts many times per article)."""
    return doc_view(doc).memo("newsevents.events.conjuncts", i, lambda j: _conjuncts(doc, j))


def _conjuncts(doc: Doc, i: int) -> tuple[int, ...]:
    parse = doc_view(doc)
    pos = parse.pos[i]
    out = [i]
    for conj in parse.conjuncts(i):
        if parse.pos[conj] == pos or {parse.pos[conj], pos} <= {"NOUN", "PROPN", "PRON"}:
            out.append(conj)
    out += _misparsed_items(doc, out)
    return tuple(sorted(set(out)))

def _misparsed_items(doc: Doc, items: list[int]) -> list[int]:
    """Items of a comma list the parser hung elsewhere: "Spain, Italy, Greece and Malta" is often
    parsed with "Italy" as a modifier of "Spain", or with "Malta" as a second subject of the verb.
    Only names after a comma (or "and") count, and only in a list that has a conjunction."""
    parse = doc_view(doc)
    first = items[0]
    found: list[int] = []
    if parse.deps[first] in ("nsubj", "nsubjpass"):
        for sib in parse.children(parse.heads[first]):
            # "UK, Dutch and Belgian diplomats": a plural whose modifiers carry on the list
            if parse.deps[sib] == parse.deps[first] and sib > first and sib not in items and (
                    (parse.pos[sib] == "PROPN" and (parse.lower[sib - 1] in LIST_GLUE or _as_well_as(parse, sib)))
                    or (parse.tags[sib] == "NNS" and parse.lower[doc[sib].left_edge.i - 1] in LIST_GLUE)):
                found += [sib, *parse.conjuncts(sib)]
        found += _hung_list_head(doc, first)
    for item in items + found:
        for child in parse.children(item):
            # child - 1 is -1 (the last token) for the first token, as doc[child.i - 1] was
            if parse.deps[child] in ("npadvmod", "appos") and parse.pos[child] == "PROPN" \
                    and parse.ent_types[child] in LIST_LABELS and parse.lower[child - 1] == ",":
                found += [child, *parse.conjuncts(child)]
            elif parse.deps[child] == "appos" and parse.pos[child] == "NOUN" \
                    and parse.lower[doc[child].left_edge.i - 1] == ",":
                # "U.S. envoy Smith, EU envoy Keller and Russian envoy Petrov": the second title is
                # taken for an apposition, its name and the last item for its own list
                for name in parse.children(child):
                    if parse.deps[name] == "appos" and parse.pos[name] == "PROPN" and parse.conjuncts(name):
                        found += [child, name, *parse.conjuncts(name)]
    listed = items + found
    has_cc = any(parse.deps[c] == "cc" for t in listed for c in parse.children(t)) or any(
        parse.lower[t - 1] in ("and", "or") for t in listed if t > 0) or any(
        parse.deps[k] == "cc" for k in range(min(listed), max(listed)))
    return [t for t in dict.fromkeys(found) if t not in items] if has_cc else []


def _as_well_as(parse: DocView, i: int) -> bool:
    """Whether token ``i`` follows "as well as" ("the US as well as Britain imposed ...")."""
    return i >= 3 and [parse.lower[i - 3], parse.lower[i - 2], parse.lower[i - 1]] == ["as", "well", "as"]


def _hung_list_head(doc: Doc, first: int) -> list[int]:
    """"Envoys from the US, the EU and Russia met ...", parsed with "the EU" as the subject and
    "Envoys (from the US)" hung on the verb as a loose noun: the phrase that ends at the comma
    just before the subject is the list's first item (a noun with no verb of its own)."""
    parse = doc_view(doc)
    start = doc[first].left_edge.i
    if start < 2 or parse.lower[start - 1] != ",":
        return []
    for sib in parse.children(parse.heads[first]):
        # a plural or a name, never a time ("Last week, the EU and Russia met")
        if sib < first and parse.deps[sib] in ("npadvmod", "nsubj") and doc[sib].right_edge.i == start - 2 \
                and (parse.tags[sib] in ("NNS", "NNPS") or parse.ent_types[sib] in LIST_LABELS) \
                and parse.ent_types[sib] not in ("DATE", "TIME"):
            return [sib]
    return []


def co_doers(subj: Token) -> list[Token]:
    """Partners named beside a subject, who act with it: "France, *along with Germany*,
    condemned ...", "France, *together with Germany and Italy*, ...", "Kenya, *joined by
    Uganda*, urged ...", "Chad, *alongside Niger*, ...". A phrase on the verb counts only between
    the subject and the verb ("condemned the coup along with others" is left alone)."""
    verb = subj.head
    out: list[Token] = []
    for host in (subj, verb) if verb.i != subj.i else (subj,):
        for i in doc_view(subj.doc).children(host.i):
            if (host.i == verb.i and not subj.i < i < verb.i) or doc_view(subj.doc).deps[i] not in ("prep", "acl"):
                continue  # only a preposition or a participle names partners
            child = subj.doc[i]
            partners: list[Token] = []
            low = child.lower_
            if child.dep_ == "prep" and low == "alongside":
                partners = [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "prep" and low == "along":  # "along with X"
                partners = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "with"
                            for o in p.children if o.dep_ == "pobj"]
            elif child.dep_ == "prep" and low == "with" and any(c.lower_ == "together" for c in child.children):
                partners = [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "acl" and child.lemma_.lower() == "join":  # "joined by X"
                partners = [o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            out += [t for p in partners for t in conjuncts(p)]
    return out
