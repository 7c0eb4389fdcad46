"""Verdicts and charges of lying: disapproval that no trigger word names on its own.

- "A Lima court *found* the former president *guilty* of fraud", "was found guilty by a military
  court": finding someone guilty or liable is a legal verdict (CAMEO 116, the ``_found_guilty``
  pattern), whoever the court is; the one found guilty is the theme. "found not guilty" is an
  acquittal, no event.
- "said Moscow *was lying* about the attack", '"The Americans are lying," the spokesman said':
  a report that a named actor lies accuses it (CAMEO 112, the ``_lying`` pattern); the liar is the
  theme. "lie" also means to be somewhere ("the bodies were lying in the street", "the town lies on
  the river"): a form of "lie" with a place or a posture word beside it is never the charge, and
  a present "lies" is one only with "about" or "to".
- "*In a rebuke to* Beijing, Manila recalled its envoy", "recalled its envoy in a snub to Moscow", "in a
  veiled swipe at Washington", "in a thinly veiled attack on Beijing" (an attack only so qualified):
  the clause's act is a rebuke of whoever the phrase names (CAMEO 111, the ``_in_rebuke`` pattern),
  done by the clause's subject; the theme is the clause's verb (its subject the doer).
- A verdict with no court named ("was convicted of fraud", "was sentenced to ten years") is by a
  court of the country the text places it in (:func:`implied_court`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.gates import NOUNS, VERBS, Gate, first_of, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.reproaches import reported_doer, scheming, under_fire
from newsevents.events.wrongdoing import reproach

GUILTY_PATTERN = "_found_guilty"
LYING_PATTERN = "_lying"
REBUKE_PATTERN = "_in_rebuke"
# Nouns of a phrase that makes its clause's act a rebuke are ``rebuke_nouns`` ("in a rebuke to X", "in a
# veiled swipe at X"); "attack" only as words ("in a thinly veiled attack on X").
VERBAL_ATTACKS = frozenset({"attack"})
VERBAL = frozenset({"veiled", "verbal", "scathing", "thinly"})
# What a court finds someone to be in a verdict against them.
GUILTY = frozenset({"guilty", "liable", "culpable"})
# The parts of speech of the one a court judges.
JUDGED_POS = (*NOUN_POS, "PRON")
# Where a predicate of a finding hangs ("found X guilty" is parsed many ways).
PREDICATE_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "advcl", "dobj"})
# The words of talk about untruth: "lying about the attack", "lied to the mediators".
UNTRUTH_PREPS = frozenset({"about", "to"})
# Words that make "lie" mean being somewhere ("lying in the street", "lay down", "lies dead").
PLACE_WORDS = frozenset({"in", "on", "at", "under", "near", "beside", "across", "along", "inside", "outside",
                         "beneath", "between", "among", "by", "down", "low", "dead", "idle", "ahead", "there",
                         "here", "behind", "awake", "still", "empty", "wounded", "injured", "buried"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") for c in tok.children)


@gated(Gate(VERBS, words=frozenset({"find"})))
def found_guilty(tok: Token, lex: Lexicon) -> Match | None:
    """"found the governor guilty of fraud" (the adjective a clause, a predicate or an object's
    modifier), "was found guilty": the one found guilty is the theme; ``None`` for an acquittal."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() != "find" or _negated(tok):
        return None
    judged: Token | None = None
    for child in tok.children:
        if child.dep_ in PREDICATE_DEPS and child.lower_ in GUILTY and not _negated(child):
            # "found X guilty" (X the adjective's subject or the verb's object), "X was found guilty"
            judged = next((c for c in child.children if c.dep_ == "nsubj"), None) \
                or next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        elif child.dep_ in ("dobj", "nsubjpass") and any(
                g.lower_ in GUILTY and g.dep_ in ("amod", "acomp", "oprd") and not _negated(g) for g in child.children):
            judged = child  # "found the governor guilty" parsed as one noun phrase
    pattern = lex.construction(GUILTY_PATTERN)
    if judged is None or judged.pos_ not in JUDGED_POS or pattern is None:
        return None
    return Match(tok, pattern, judged)


def _liar(clause: Token) -> Token | None:
    """The named actor a reported clause says lies or lied, else ``None``."""
    if clause.lemma_.lower() != "lie" or clause.pos_ not in VERB_POS or _negated(clause):
        return None
    words = {c.lower_ for c in clause.children}
    if words & PLACE_WORDS or any(c.dep_ in ("acomp", "oprd", "dobj") for c in clause.children):
        return None  # "were lying in the street", "lay wounded", "lies dead": being somewhere
    if clause.tag_ == "VBZ" and not words & UNTRUTH_PREPS:
        return None  # "the town lies ...": a present "lies" charges only with "about" or "to"
    liar = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return liar if liar is not None and liar.pos_ in NOUN_POS else None


@gated(Gate(VERBS, lists=("report_verbs",)))
def lying(tok: Token, lex: Lexicon) -> Match | None:
    """"said Washington lied about the weapons", '"Moscow is lying," the minister said': the named
    liar of a reported clause is the theme (the reporter accuses it)."""
    return reported_doer(tok, lex, LYING_PATTERN, _liar)


@gated(Gate(NOUNS, frozenset({"pobj"}), lists=("rebuke_nouns",), words=VERBAL_ATTACKS))
def in_rebuke(tok: Token, lex: Lexicon) -> Match | None:
    """"In a rebuke to Beijing, Manila recalled its envoy": the rebuke noun of an "in" phrase on a
    verb; the theme is that verb (whose subject rebukes) and the one rebuked the "to" object."""
    if tok.pos_ not in NOUN_POS or tok.dep_ != "pobj":
        return None
    lemma = tok.lemma_.lower()
    verbal = lemma in VERBAL_ATTACKS and any(c.lower_ in VERBAL or any(g.lower_ in VERBAL for g in c.children)
                                             for c in tok.children if c.dep_ == "amod")
    if lemma not in lex.word_list("rebuke_nouns") and not verbal:
        return None
    prep = tok.head
    if prep.lower_ != "in" or prep.head.pos_ not in VERB_POS or _negated(prep.head):
        return None
    pattern = lex.construction(REBUKE_PATTERN)
    if pattern is None:
        return None
    return Match(tok, pattern, prep.head, verb=prep.head)


verdict = first_of(found_guilty, lying, in_rebuke, under_fire, scheming, reproach, name="verdict",
                   doc="The first frame of this module, :mod:`~newsevents.events.reproaches` or "
                       ":mod:`~newsevents.events.wrongdoing` that a token triggers, else ``None``.")
