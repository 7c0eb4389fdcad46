"""A person whose own title names an international body holds that body's office: its code, not a state's.

"U.N. Great Lakes envoy X", "UN Secretary General X, the President of Bolivia, Y, ...", "The
spokesman of ECOWAS, X, said": CAMEO codes the holder of an international body's office as the
body (IGOUNO, IGOECO), whatever his passport. Other readings gave these holders a state: the
persons table his home country (a former foreign minister of his own state; the place words
"Great Lakes" cut "U.N." off the title phrase), a list read as an apposition the next person's
country (BOLGOV for the Secretary General), and the story its country (the country of the story
for the ECOWAS spokesman named only in an apposition). An event of such a holder toward a state
then had the wrong country on one side (session 25).

The title is read in the person's own phrase and the compound words before it ("U.N. Great
Lakes envoy"), or in a title set beside the name as an apposition ("the spokesman of ECOWAS, X";
"X, the chief mediator of the African Union"). The body must be named by the title itself (a
compound of it, or after "of"/"for"/"from"), and the title must be an office of the body
(:data:`BODY_OFFICES`): envoy, secretary-general, spokesman, commissioner ... Ambassadors and
delegates to a body, and its rotating chairmen, are states' men ("the UN ambassador", "the AU
chairman, the Ghanaian President X"), and a title that names a state before the body ("Kenya's UN
envoy") is that state's: both are left to the other rules.

Session 32: a bare title is read too, with the possessor before it ("*the UN's* Western Sahara
envoy"), and a place named after the body is the office's remit, not its owner ("the UN's Western
Sahara envoy", "the UN Syria envoy": IGOUNO, not ESHGOV or SYRGOV). :func:`named_next` gives the
body to the name that follows such an unnamed holder as the next sentence's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.actors.coding import Coded
from newsevents.actors.lexicon import COUNTRY_KINDS
from newsevents.actors.served_bodies import BODY_PREPS, found_at, prep_objects
from newsevents.nlp.sentences import sentence_of

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

RULE = "igo-holder"
INTERNATIONAL = "IGO"
BODY_OFFICES = frozenset({"envoy", "emissary", "secretary-general", "secretary", "representative", "rapporteur",
                          "commissioner", "mediator", "spokesman", "spokeswoman", "spokesperson", "director",
                          "director-general", "chief", "head", "official", "coordinator", "negotiator"})
"""Words of offices a body fills with its own staff ("UN envoy", "the director of ECOWAS"); the
body's members' men (ambassador, delegate, chairman) are not among them."""
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "punct"})
"""Dependencies of the words before a person's phrase that still belong to its title ("U.N. Great
Lakes envoy")."""


def international_holder(finder: Finder, found: Found) -> Coded | None:
    """The international body whose office the person ``found`` holds by its own title, as the
    person's new coding; ``None`` when no such title names one (see the module doc)."""
    coded = found.coded
    if coded.kind != "person" or (coded.sector == INTERNATIONAL and coded.country is None):
        return None
    title = _title_words(finder, found) or _apposed_title(finder, found)
    body = _body_of(finder, title) if title else None
    if body is None:
        return None
    return Coded(body, None, INTERNATIONAL, coded.kind, RULE, coded.role)


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def named_next(finder: Finder, found: Found) -> Coded | None:
    """"The UN's Western Sahara envoy met Morocco's foreign minister. *Christopher Ross* was received
    by ...": a full name nothing codes (no title, not in the persons table), named first as the
    subject of the sentence right after one whose subject is an international body's unnamed office
    holder, is that holder, and the body's. Only the story's first mention of the name is read,
    and only when it opens its sentence."""
    coded = found.coded
    if coded.kind != "person" or coded.code is not None or coded.role or found.person_key:
        return None
    doc = finder.doc
    span = doc[found.start:found.end]
    if len(span) < 2 or span.root.dep_ not in SUBJECT_DEPS or any(t.ent_type_ != "PERSON" for t in span):
        return None
    sent = sentence_of(span.root)
    if found.start != sent.start or sent.start == 0:
        return None
    if any(f is not found and f.start < found.start and f.name == found.name for f in finder.found):
        return None  # named before: the story says who he is elsewhere
    before = sentence_of(doc[sent.start - 1])
    holders = [f for f in finder.found if before.start <= f.start < before.end and _unnamed_holder(finder, f)]
    if len(holders) != 1:
        return None
    body = holders[0].coded
    return Coded(body.code, None, INTERNATIONAL, coded.kind, RULE, body.role)


def _unnamed_holder(finder: Finder, found: Found) -> bool:
    """Whether ``found`` is the subject of its sentence and an international body's office holder
    named by title only ("the UN's Western Sahara envoy"): a person coded as the body, without a
    name."""
    coded = found.coded
    span = finder.doc[found.start:found.end]
    return coded.kind == "person" and coded.sector == INTERNATIONAL and coded.country is None \
        and bool(coded.code) and len(coded.code or "") > len(INTERNATIONAL) and not found.person_key \
        and span.root.dep_ in SUBJECT_DEPS and not any(t.ent_type_ == "PERSON" for t in span) \
        and span.root.lemma_.lower() in BODY_OFFICES


def _title_words(finder: Finder, found: Found) -> list[Token]:
    """The words of the person's title: those of its phrase before the name's own words, and the
    compound words the parser hung on them before the phrase ("U.N. Great Lakes" before "envoy")."""
    doc = finder.doc
    root = doc[found.start:found.end].root
    # a bare title's head is its office ("the UN's Western Sahara *envoy*"); a name's is the name
    words = [t for t in doc[found.start:found.end]
             if t.ent_type_ != "PERSON" and (t.i != root.i or not found.person_key)]
    start = found.start
    while start > 0 and doc[start - 1].dep_ in TITLE_DEPS and start <= doc[start - 1].head.i < found.end:
        start -= 1
    return [*_owner_words(doc, start, found.end), *doc[start:found.start], *words]


def _owner_words(doc: Doc, start: int, end: int) -> list[Token]:
    """The possessor set right before a title's words, which owns the office ("*the UN's* Western
    Sahara envoy", "*Kenya's* UN envoy"); its possessive mark is left out."""
    if start < 2 or doc[start - 1].dep_ != "case":
        return []
    owner = doc[start - 1].head
    if owner.dep_ != "poss" or not start <= owner.head.i < end or owner.i >= start:
        return []
    return [t for t in owner.subtree if t.i < start - 1]


def _apposed_title(finder: Finder, found: Found) -> list[Token]:
    """A title noun set beside the name as an apposition, either way round ("the spokesman of
    ECOWAS, X"; "X, the spokesman of ECOWAS"), with its own words."""
    doc = finder.doc
    root = doc[found.start:found.end].root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    for noun in nouns:
        if not (found.start <= noun.i < found.end) and noun.lemma_.lower() in BODY_OFFICES:
            return [noun, *(c for c in noun.children if c.dep_ in TITLE_DEPS),
                    *prep_objects(noun, BODY_PREPS, after=True)]
    return []


def _body_of(finder: Finder, title: list[Token]) -> str | None:
    """The one international body the title words name, when they name an office of it and no
    state; ``None`` otherwise."""
    if not any(t.lemma_.lower() in BODY_OFFICES or t.lower_ in BODY_OFFICES for t in title):
        return None
    bodies: set[str] = set()
    for tok in sorted(title, key=lambda t: t.i):
        match = finder.at[tok.i]
        if not bodies and match is not None and match.first(*COUNTRY_KINDS, "state") is not None:
            return None  # "Kenya's UN envoy": a state's man at the body
        # after the body's name a place is the office's remit: "the UN's Western Sahara envoy"
        entry = match.first("igo") if match is not None else None
        if entry is not None and entry.code and entry.code.startswith(INTERNATIONAL):
            bodies.add(entry.code)
            continue
        other = found_at(finder, tok)
        if other is not None and other.coded.sector == INTERNATIONAL and other.coded.country is None \
                and other.coded.code and len(other.coded.code) > len(INTERNATIONAL):
            bodies.add(other.coded.code)
    return next(iter(bodies)) if len(bodies) == 1 else None
