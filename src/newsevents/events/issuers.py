"""Doers that speak for someone else: a statement, and clauses reported "in a statement".

A statement (or a petition, session 20) that is the subject of an act ("The joint statement by Egypt
and Jordan condemned the raid", "The statement also accused Britain", "The petition urged Zimbabwe
not to interfere" after "the opposition read out a petition") acts for whoever issued it: the body its own phrase
names ("by", "from", a possessor or modifier), else, for a definite "the statement", the issuer of
the statement named in the three sentences before ("X issued a statement", "X said in a
statement", "a ministry statement said"). A definite "the resolution" speaks likewise for the body
whose resolution the sentences before name, or for the body they say voted ("the Council voted to
impose sanctions ... The resolution demands"). No issuer found leaves the doer empty; a statement
that only comes, follows or is says nothing for anyone.

A clause reported "in a statement" that the parser hangs on the noun ("said in a statement *that
Britain was behind the attack*", an ``acl`` of "statement") is the report verb's clause all the same
(:func:`reported_clauses`); looked at from the clause, the verb is the one it was spoken through
(:func:`spoken_through`, which modality reads the clause's mood from: "vowed in an interview that
...", session 19). Both read one list of media and of their prepositions.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.events.voice import misparsed_root_verb
from newsevents.nlp.docview import DocView, doc_view
from newsevents.records import ActorMention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Documents that speak for whoever issued them.
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "release", "petition"})
# Nouns of the medium a report is made in ("said in a statement / an interview that ...", "vowed during
# a briefing that ...") and the prepositions that introduce it; "on" is left out: "commented on a
# report that ..." tells what the comment was about, not what was said.
MEDIUM_NOUNS = STATEMENT_NOUNS | {"interview", "speech", "address", "post", "tweet", "message", "briefing", "report",
                                  "broadcast", "conference"}
MEDIUM_PREPS = frozenset({"in", "through", "during", "at"})
# A body's resolution speaks for the body; the story may tell only that the body voted ("the Council
# voted to impose sanctions ... The resolution demands that ..."), not name the resolution first.
RESOLUTION = "resolution"
ISSUED_NOUNS = STATEMENT_NOUNS | {RESOLUTION}
VOTING_VERBS = frozenset({"vote"})
# Verbs of a statement that say nothing for its issuer ("the statement *comes* a day before ...").
UNSPOKEN = frozenset({"be", "come", "follow", "appear", "arrive", "go", "seem", "remain", "mark", "take", "have"})
# How far back a definite "the statement" looks for the one it repeats (sentences).
STATEMENT_REACH = 3
# How many definite mentions of one document in a row a repeat looks back through for its issuer.
REPEAT_HOPS = 3
ISSUER_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})


def _issuer_tokens(statement: Token) -> list[Token]:
    """The tokens that may name who issued ``statement``: its own modifiers and "by"/"from"
    phrase, then the subject of the verb that issued it or said something in it."""
    own = [c for c in statement.children if c.dep_ in ISSUER_MODIFIERS]
    own += [o for p in statement.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of")
            for o in p.children if o.dep_ == "pobj"]
    verb = None
    if statement.dep_ == "dobj":
        verb = statement.head  # "issued a statement"
    elif statement.dep_ == "pobj" and statement.head.lower_ in ("in", "through") and statement.head.dep_ == "prep":
        verb = statement.head.head  # "said in a statement"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return own + subjects


def _coded_issuer(statement: Token, actor: Callable[[Token], ActorMention | None]) -> ActorMention | None:
    """The first of ``statement``'s issuer tokens that ``actor`` codes with a code, or ``None``."""
    for candidate in _issuer_tokens(statement):
        found = actor(candidate)
        if found is not None and found.code:
            return found
    return None


def statement_issuer(token: Token, actor: Callable[[Token], ActorMention | None]) -> ActorMention | None:
    """Who a statement that is the subject of an act speaks for (``actor`` codes a token), or
    ``None``."""
    if token.lemma_.lower() not in ISSUED_NOUNS:
        return None
    if token.dep_ == "ROOT" and any(misparsed_root_verb(c) for c in token.children):
        pass  # "A statement from X condemned the attack" parsed as a noun with a participle
    elif token.dep_ not in SUBJECT_DEPS or token.head.lemma_.lower() in UNSPOKEN:
        return None
    if (found := _coded_issuer(token, actor)) is not None:
        return found
    if _settling(token):
        return None  # "the resolution of the dispute": a settling, no document, unless its "of" is a coded body
    if not _definite(token):
        return None
    return _repeated_issuer(token, actor, REPEAT_HOPS)


def _definite(document: Token) -> bool:
    """Whether ``document`` is "the" or "this" one: a document the story named before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in document.children)


def _repeated_issuer(token: Token, actor: Callable[[Token], ActorMention | None],
                     hops: int) -> ActorMention | None:
    """The issuer of the document a definite ``token`` repeats: that of the nearest document of its
    kind in the sentences before; when that one is definite too and names no issuer of its own ("The
    resolution, drafted by X, accuses ... The resolution demands ..."), the issuer of the one it
    repeats in turn, up to ``hops`` times; for a resolution no earlier one names, the body that voted."""
    sents = list(token.doc.sents) if token.doc.has_annotation("SENT_START") else []
    here = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), None)
    if here is None:
        return None
    start = sents[max(0, here - STATEMENT_REACH)].start
    kinds = {RESOLUTION} if token.lemma_.lower() == RESOLUTION else STATEMENT_NOUNS
    for i in range(token.i - 1, start - 1, -1):
        earlier = token.doc[i]
        if earlier.lemma_.lower() not in kinds:
            continue
        found = _coded_issuer(earlier, actor)  # the nearest statement named is the one repeated
        if found is None and hops and _definite(earlier) and not _settling(earlier):
            return _repeated_issuer(earlier, actor, hops - 1)
        return found
    return _voter(token, start, actor) if token.lemma_.lower() == RESOLUTION else None


def _settling(document: Token) -> bool:
    """"the resolution of the dispute": a settling, no document."""
    return document.lemma_.lower() == RESOLUTION and any(c.dep_ == "prep" and c.lower_ == "of"
                                                         for c in document.children)


def _voter(resolution: Token, start: int, actor: Callable[[Token], ActorMention | None]) -> ActorMention | None:
    """The body that voted, in the sentences before a definite "the resolution" that names no
    earlier resolution: the coded subject of the nearest "voted", else ``None``."""
    for i in range(resolution.i - 1, start - 1, -1):
        verb = resolution.doc[i]
        if verb.pos_ == "VERB" and verb.lemma_.lower() in VOTING_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found = actor(subject) if subject is not None else None
            return found if found is not None and found.code else None
    return None


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a report verb reports: its ``ccomp`` children, and a that-clause the parser hung
    on the medium it was reported in ("said in a statement that ...")."""
    doc = verb.doc
    parse = doc_view(doc)
    # a dozen constructions ask this of the same report verb: worked out once, over the view
    return [doc[i] for i in parse.memo("reported_clauses", verb.i, lambda v: _reported_clauses(parse, v))]


def _reported_clauses(parse: DocView, verb: int) -> tuple[int, ...]:
    deps, children = parse.deps, parse.children
    out = [c for c in children(verb) if deps[c] == "ccomp"]
    for prep in children(verb):
        if deps[prep] != "prep" or parse.lower[prep] not in MEDIUM_PREPS:
            continue
        for medium in children(prep):
            if deps[medium] == "pobj" and parse.forms[medium][0] in MEDIUM_NOUNS:
                out += [c for c in children(medium) if deps[c] == "acl" and parse.pos[c] in ("VERB", "AUX")
                        and any(deps[m] == "mark" and parse.lower[m] == "that" for m in children(c))]
    return tuple(out)


def spoken_through(clause: Token) -> Token | None:
    """The verb of saying whose medium a that-clause ``clause`` is parsed as describing ("vowed *in an
    interview* that ...": "vowed"), else ``None``: the inverse of :func:`reported_clauses`."""
    noun = clause.head
    prep = noun.head
    if clause.dep_ != "acl" or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    return verb if clause in reported_clauses(verb) else None
