"""A charge and its denial in one sentence: "Rwanda has accused Congo of backing the rebels, a
charge Kinshasa denies", "Kenya accused Somalia of harbouring militants, an accusation Mogadishu
rejected".

The news form puts the denial in an apposition after the charge. The parser often reads it the
other way round, the charge as the clause the denial reports ("Kinshasa denies [Rwanda has
accused ...]"), so the accusation took the mood of a denied act and was left out; and the denial
named no one it answered. Here the charge made before the comma is the sentence's own act, and
the denial (or rejection) answers whoever made it: the doer of the act the charge noun stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.nlp.docview import doc_view

if TYPE_CHECKING:  # emit imports modality, which imports this module
    from newsevents.events.emit import Found

CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})
ANSWER_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"})
# How the charge noun of "..., a charge Kigali has rejected" hangs on the answering verb, whatever the
# parse: its subject (with the denier read as the noun's apposition), its object, or its passive subject.
APPOSED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
DENIAL = "016"
# "..., which Y denies" stands for a charge only after a clause told by a verb of charging (not "said
# it would raise taxes, which the opposition rejected": a rejection of the plan).
RELATIVE = "which"
RELATIVE_BREAKS = frozenset({",", "-", "–", "—"})
CHARGING_VERBS = frozenset({"charge", "allege", "claim", "accuse", "assert", "contend"})
# How a reported act hangs on the words that tell it: "says [Rwanda backs ...]", "accused X of [arming ...]".
TOLD_DEPS = frozenset({"ccomp", "pcomp"})
# The plain rejection a denied charge was coded as when the charge noun was no object of the verb.
REJECTION = "120"


def answering_verb(clause: Token) -> Token | None:
    """The denial verb a charge clause was wrongly hung on: "denies" in "Rwanda has accused Congo of
    backing the rebels, a charge Kinshasa denies" (parsed with "accused" the ccomp of "denies")."""
    head = clause.head
    if clause.dep_ != "ccomp" or clause.i > head.i or head.lemma_.lower() not in ANSWER_VERBS:
        return None
    nouns = [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
             and c.lemma_.lower() in CHARGE_NOUNS and clause.i < c.i < head.i]
    return head if nouns and _after_comma(nouns[0]) else None


def answered_act(verb: Token) -> Token | None:
    """The act a denial or rejection answers, when the charge is named in an apposition: the
    charge clause hung on ``verb`` ("a charge Kinshasa denies"), or the verb the charge noun hangs on
    when ``verb`` is a relative clause on it ("an accusation Mogadishu rejected"); else None."""
    if verb.lemma_.lower() not in ANSWER_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and (answering_verb(child) or child).i == verb.i:
            return child
    noun = verb.head
    if verb.dep_ == "relcl" and noun.lemma_.lower() in CHARGE_NOUNS and noun.i < verb.i \
            and _after_comma(noun) and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i:
        return noun.head
    return None


def apposed_charge(verb: Token) -> Token | None:
    """The charge noun of a denial or rejection told in an apposition after a comma, however the
    parser hung it: "..., a charge Kigali has consistently rejected" (read with "charge" the verb's
    subject and "Kigali" its apposition), "..., an allegation denied by the authorities"; else None.
    No comma may stand between the noun and the verb: "..., a charge of $5, which he disputes"."""
    if verb.lemma_.lower() not in ANSWER_VERBS or verb.pos_ != "VERB":
        return None
    nouns = [c for c in verb.children if c.dep_ in APPOSED_DEPS]
    if verb.dep_ in ("relcl", "acl"):
        nouns.append(verb.head)
    for noun in nouns:
        if noun.i > verb.i or any(t.text == "," for t in verb.doc[noun.i:verb.i]):
            continue
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in CHARGE_NOUNS and _after_comma(noun):
            return noun
        if noun.lower_ == RELATIVE and noun.i > 0 and noun.doc[noun.i - 1].text in RELATIVE_BREAKS \
                and (told := told_clause(noun)) is not None and told.head.lemma_.lower() in CHARGING_VERBS:
            return noun  # "X charged that Y executed prisoners - which Y dismissed"
    return None


def told_clause(noun: Token) -> Token | None:
    """The reported clause an apposed charge noun stands for: the clause that ends at the comma
    before it and hangs on words of telling or charging ("DR Congo is adamant [that the rebels receive
    backing from Rwanda], a charge ..."), or None (a clause that is the sentence's own)."""
    comma = noun.left_edge.i - 1
    if comma < 1:
        return None
    clause = noun.doc[comma - 1]
    while clause.dep_ not in TOLD_DEPS:
        if clause.head.i == clause.i or clause.head.i >= comma:
            return None
        clause = clause.head
    return clause if clause.pos_ in ("VERB", "AUX") else None


def apposed_charges(doc: Doc) -> dict[int, Token]:
    """The answering verbs of apposed charges in ``doc`` (see :func:`apposed_charge`), by index, with
    the charge noun each answers: the verbs are the narrator's own words, never part of the charge
    they answer, even when the parser hangs them inside it."""
    parse = doc_view(doc)
    # only a verb of answering can be one: the view's lemmas and tags spare the other words a Token
    verbs = [i for i, lemma in enumerate(parse.lemmas) if parse.pos[i] == "VERB" and lemma.lower() in ANSWER_VERBS]
    return {i: noun for i in verbs if (noun := apposed_charge(doc[i])) is not None}


def charge_denials(found: list[Found]) -> list[Found]:
    """``found`` with a rejection of an apposed charge coded as the denial it is (016, rule suffix
    ``+charge``): "Congo says Rwanda backs the rebels, a charge Kigali has rejected" (parsed with no
    charge object, so the lexicon's plain rejection, 120, was read), "Armenia charged that Azerbaijani
    troops executed prisoners - which Azerbaijan dismissed". Anaphora then aims it at the accuser."""
    for f in found:
        if f.cameo == REJECTION and apposed_charge(f.match.token) is not None:
            # the target read ("which" on the prisoners of "executed two prisoners") is none: the accuser is
            f.cameo, f.target, f.suffix = DENIAL, None, f.suffix + "+charge"
    return found


def _after_comma(noun: Token) -> bool:
    """Whether the noun's phrase opens right after a comma: "..., a charge"."""
    first = noun.left_edge.i
    return first > 0 and noun.doc[first - 1].text == ","


def answer_targets(found: list[Found]) -> None:
    """Give a denial or rejection with no target the doer of the charge it answers, when that
    charge is an event of the same sentence (rule suffix ``+answered``)."""
    by_trigger = {f.match.token.i: f for f in found if f.source is not None}
    for f in found:
        if f.target is not None or f.source is None:
            continue
        act = answered_act(f.match.token)
        charge = by_trigger.get(act.i) if act is not None else None
        if charge is not None and charge.source is not None and charge.source.entity != f.source.entity:
            f.target, f.suffix = charge.source, f.suffix + "+answered"
