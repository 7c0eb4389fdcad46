"""Coordinations the parser misreads: a second verb read as a participle on its object, and a
list of names broken into two subjects.

**A second verb read as a participle.**
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
journalists" (both nouns, no verb before them) keep their reading.

**A list broken into two subjects.** "Representatives from the European Union, the European Central
Bank and the International Monetary Fund are meeting with Greek officials": the parser makes "Bank"
a second subject of "meeting" (with "Fund" its conjunct) instead of the next item of the list "from
the European Union, ...", so the IMF's side of the meeting was lost (convention rule 3.1: one event
per named side). When a verb has two subjects, the second starts right after a comma that ends the
first, the first ends in the object of a preposition, both are names (the second no person's) and the
second carries a conjunct of its own (the list goes on: "..., B and C"), the second subject is
read as a conjunct of that object.
An apposition ("In Hong Kong, one of the hardest hit cities, the number of cases jumped") has no
such conjunct and is left. (Session 33.)
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


def broken_list(verb: Token) -> tuple[Token, Token] | None:
    """The object of a preposition ending ``verb``'s first subject and the second subject that
    continues its list, by the shape above; ``None`` when the parse is not that misreading."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return None
    first, second = subjects
    end = first.right_edge
    comma = end.i + 1
    if comma >= len(verb.doc) or verb.doc[comma].text != "," or second.left_edge.i != comma + 1:
        return None
    if end.dep_ != "pobj" or end.pos_ != "PROPN" or second.pos_ != "PROPN" or second.ent_type_ == "PERSON" \
            or not any(c.dep_ == "conj" for c in second.children):
        return None  # "a member of the panel, Damien Kingsbury of ...": an apposition
    return end, second


def repair_conj_verbs(doc: Doc) -> Doc:
    """Read each misread coordination of ``doc`` as what it is (see the module doc)."""
    for verb in [t for t in doc if t.pos_ in ("VERB", "AUX")]:
        found = broken_list(verb)
        if found is not None:
            item, second = found
            second.head = item
            second.dep_ = "conj"
    for noun in [t for t in doc if t.dep_ == "conj"]:
        second_verb = misread_verb(noun)
        if second_verb is None:
            continue
        first_verb = noun.head
        moved = [c for c in first_verb.children if c.i > noun.i and c.dep_ in MOVED_DEPS]
        second_verb.head = first_verb
        second_verb.dep_ = "conj"
        second_verb.pos_ = "VERB"
        second_verb.tag_ = "VBD"
        noun.head = second_verb
        noun.dep_ = "dobj"
        for child in moved:
            child.head = second_verb
    return doc


@Language.factory(FACTORY)
def make_conj_verbs(nlp: Language, name: str) -> object:
    """The component: runs after the model's parser, before our own components."""
    return repair_conj_verbs
