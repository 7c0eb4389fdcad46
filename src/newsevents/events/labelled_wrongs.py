"""A wrong named in passing by a speaker's own label: "to save the people from *what he termed state
brutality*", "spoke of *what he called Russian aggression*".

A free relative whose characterizing verb ("called", "termed", "described as") gives a bad name
(the lexicon's ``bad_names``) is the speaker's own charge, whatever the sentence's main verb does with
it: CAMEO coders code it as criticism (111) by the one who names (the subject of the naming verb)
against the owner or doer of the thing named ("Russian aggression", "interference by the junta",
"state brutality", a state's act with no doer: :func:`~newsevents.events.appraisals.state_act_target`).
The ``_labelled_wrong`` pattern codes it; like the other namings (``late_reading.NAMING_PATTERNS``) it
codes nothing when no one is identified as the owner or doer.

Left to other readers: a label under a verb that is itself a charge or a call to resist it
("condemned what it called ...": :func:`~newsevents.events.disapproval.condemned_as_named`; "urged them
to resist what he called a coup": :mod:`~newsevents.events.accus_rallies`; "blamed the unrest on what
he described as ..."), so that one charge is not coded twice. A neutral or good name ("what he called
a breakthrough") and a negated naming ("what he did not call a coup") code nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.accus_rallies import CALLING, OPPOSING_VERBS
from newsevents.events.clause_marks import negated
from newsevents.events.disapproval import CRITICIZING
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.judged_attempts import judged_attempt
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon

LABELLED_PATTERN = "_labelled_wrong"
# Words of a free relative's head: "what he called", "what they termed".
FREE_RELATIVES = frozenset({"what"})
# Verbs that charge or rally against the label on their own (their readers code it).
CHARGING = CRITICIZING | CALLING | OPPOSING_VERBS | frozenset({"blame", "accuse", "condemn", "fight", "oppose"})


def _free_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a free relative: "what" is its object ("what he termed X") or its
    passive subject ("what was called X")."""
    return any(c.lower_ in FREE_RELATIVES and c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _governor(verb: Token) -> Token | None:
    """The verb the free relative is an argument of: its head, or through a preposition ("save
    them *from* what he termed ...", "spoke *of* what he called ...")."""
    head = verb.head
    if head.dep_ == "prep":
        head = head.head
    return head if head is not verb and head.pos_ in VERB_POS else None


def _name(verb: Token) -> Token | None:
    """The name the naming verb gives: its predicate ("termed [state brutality]"), an object other
    than "what" (as the parser often hangs "called continued interference"), or "as X"."""
    names = [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.pos_ in NOUN_POS
             and c.lower_ not in FREE_RELATIVES]
    names += [o for o in fr.prep_objects(verb, {"as"}) if o.pos_ in NOUN_POS]
    return names[0] if names else None


def _bad(name: Token, lex: Lexicon) -> bool:
    """Whether the name, or an adjective on it ("a criminal act"), is one of the lexicon's bad names,
    or the name is a judged attempt."""
    bad = lex.word_list("bad_names")
    return judged_attempt(name, lex) or any(  # "what he called a desperate attempt by X to ..." (judged_attempts)
        not bad.isdisjoint(fr.lemma_forms(t)) for t in (name, *(c for c in name.children if c.dep_ == "amod")))


@gated(Gate(VERBS, lists=("characterize_verbs",)))
def labelled_wrong(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_labelled_wrong`` match of a free relative that gives a bad name, theme the name (see the
    module docstring); ``None`` when the relative names no wrong or its governor charges on its own."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("characterize_verbs")) \
            or not _free_relative(tok) or negated(tok):
        return None
    governor = _governor(tok)
    if governor is not None and fr.has_lemma(governor, CHARGING):
        return None
    name = _name(tok)
    if name is None or not _bad(name, lex):
        return None
    pattern = lex.construction(LABELLED_PATTERN)
    return Match(tok, pattern, name) if pattern is not None else None
