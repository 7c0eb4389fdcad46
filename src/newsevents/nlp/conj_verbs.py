"""A second verb of a coordinated predicate that the parser read as a participle on its object.

"Protesters blocked a road and hurled stones at police": the stock parser reads "hurled" as an
adjective on "stones" (``amod``, tagged ``VBN``) and "stones" as a conjunct of the verb "blocked"
(a noun coordinated with a verb), with "at police" hanging on "blocked". The second act then has no
verb: the stoning, a riot of its own beside the blockade (convention rule 7.3; rule 5.1: two acts
of one root told in one sentence are two events), was never coded. The same misreading takes
"broke off from the group and fought supporters of the party".

The shape is repaired after parsing, before the actors and events are read: when a noun is the
``conj`` of a verb, its first word is a past form of a verb (``VBN`` or ``VBD``) read as its
modifier, and "and" stands right before that word, the word becomes the verb coordinated with the
first one (``conj``, past tense), the noun its object, and the prepositions the first verb held
after the noun become the second verb's ("at police"). Everything else is left as parsed: "not
only inflamed eyes, but inflamed passions" (no "and"), "arrested protesters and detained
journalists" (both nouns, no verb before them) keep their reading. (Session 33.)
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newsevents_conj_verbs"
PAST_TAGS = frozenset({"VBN", "VBD"})
# What a first verb may hold after the misread noun that belongs to the second verb.
MOVED_DEPS = frozenset({"prep", "dative"})


def misread_verb(noun: Token) -> Token | None:
    """The past form that modifies ``noun`` and is, by the shape above, a verb coordinated with the
    verb ``noun`` is the conjunct of; ``None`` when the parse is not that misreading."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ != "VERB" \
            or noun.head.i > noun.i:
        return None
    first = noun.left_edge
    if first.i == 0 or first.dep_ != "amod" or first.head.i != noun.i or first.tag_ not in PAST_TAGS:
        return None
    before = noun.doc[first.i - 1]
    if before.dep_ != "cc" or before.lower_ != "and":
        return None
    return first


def repair_conj_verbs(doc: Doc) -> Doc:
    """Read each misread second verb of ``doc`` as the verb it is (see the module doc)."""
    for noun in [t for t in doc if t.dep_ == "conj"]:
        verb = misread_verb(noun)
        if verb is None:
            continue
        first_verb = noun.head
        moved = [c for c in first_verb.children if c.i > noun.i and c.dep_ in MOVED_DEPS]
        verb.head = first_verb
        verb.dep_ = "conj"
        verb.pos_ = "VERB"
        verb.tag_ = "VBD"
        noun.head = verb
        noun.dep_ = "dobj"
        for child in moved:
            child.head = verb
    return doc


@Language.factory(FACTORY)
def make_conj_verbs(nlp: Language, name: str) -> object:
    """The component: runs after the model's parser, before our own components."""
    return repair_conj_verbs
