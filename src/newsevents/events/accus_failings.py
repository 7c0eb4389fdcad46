"""Failings charged to a named actor (CAMEO 111): "the party says *the supreme court lacks the
independence* to rule fairly", "the coup leader *cited mismanagement of the government*", "the
minister said he resigned *because of poor administration by President X*".

None of these tells an act: the speaker criticises the one it says lacks a virtue a public body is
expected to have, or the one whose misrule it gives as the reason for a step. Both were left
uncoded (the census of session 17 found them in rn-m-019, rn-g-006 and rn-g-010; the gold codes all
three 111).

- A reported clause whose verb is "lack" with a virtue of public bodies as object (independence,
  impartiality, legitimacy, credibility, transparency, neutrality, integrity, competence) criticises
  its subject (the ``_lacking`` pattern, theme the subject). "Lacks the resources", "lacks
  experience" and a denied lack ("does not lack legitimacy") are no charge.
- A noun of misrule ("mismanagement", "misrule", "incompetence", "negligence"; or administration,
  governance, leadership, management or handling qualified as poor, bad, inept ...) that names its
  doer ("of / by the government", "the government's") criticises that doer (the ``_misrule``
  pattern, theme the doer) when a speaker cites it ("cited", "pointed to") or gives it as the reason
  of a reported clause ("said he resigned because of ..."). "Mismanagement of the economy" names no
  actor and codes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated
from newsevents.events.criticism_forms import REPORT_GATE
from newsevents.events.gates import VERBS, Gate, first_of, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.reproaches import reported_doer

LACKING_PATTERN = "_lacking"
MISRULE_PATTERN = "_misrule"
LACK = "lack"
# What a court, a commission, a government or a vote is charged with lacking.
VIRTUES = frozenset({"independence", "impartiality", "legitimacy", "credibility", "transparency", "neutrality",
                     "integrity", "competence", "accountability", "fairness"})
# Nouns of misrule by themselves ...
MISRULE = frozenset({"mismanagement", "misrule", "maladministration", "misgovernance", "incompetence", "negligence",
                     "ineptitude", "ineptness"})
# ... and nouns of ruling that are misrule when so qualified ("poor administration", "bad governance").
RULING = frozenset({"administration", "governance", "leadership", "management", "handling", "stewardship"})
BAD = frozenset({"poor", "bad", "inept", "incompetent", "weak", "failed", "disastrous", "chaotic", "corrupt",
                 "mismanaged"})
# Verbs of citing a cause ("cited mismanagement", "pointed to the incompetence of").
CITING = frozenset({"cite", "point"})
# Phrases giving a reason: "because of", "due to", "over", "owing to".
REASON_HEADS = frozenset({"because", "due", "owing"})


def _lacker(clause: Token) -> Token | None:
    """The subject a reported clause says lacks a virtue of ``VIRTUES``, else ``None``."""
    if clause.lemma_.lower() != LACK or clause.pos_ not in VERB_POS or negated(clause):
        return None
    if not any(o.lemma_.lower() in VIRTUES for o in fr.objects(clause)):
        return None
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return doer if doer is not None and doer.pos_ in NOUN_POS else None


@gated(REPORT_GATE)
def lacking(tok: Token, lex: Lexicon) -> Match | None:
    """"says the supreme court lacks the independence to rule": the ``_lacking`` match, theme the court."""
    return reported_doer(tok, lex, LACKING_PATTERN, _lacker)


def _misrule_doer(noun: Token) -> Token | None:
    """The doer a noun of misrule names ("mismanagement *of the government*", "poor administration *by
    President X*", "*the junta's* incompetence"), else ``None``."""
    lemma = noun.lemma_.lower()
    if noun.pos_ not in NOUN_POS or not (lemma in MISRULE or (
            lemma in RULING and any(c.dep_ == "amod" and c.lower_ in BAD for c in noun.children))):
        return None
    # The possessor, then "by", then "of": in "handling of the refugees by the government" the "of"
    # object is what was mishandled.  A noun of ruling never takes its doer from "of" ("management of
    # the camps"); a noun of misrule may ("mismanagement of the government").
    owners = [c for c in noun.children if c.dep_ == "poss"] + fr.prep_objects(noun, {"by"})
    if lemma in MISRULE:
        owners += fr.prep_objects(noun, {"of"})
    owners = [o for o in owners if o.pos_ in NOUN_POS]
    return owners[0] if owners else None


def _reasons(clause: Token) -> list[Token]:
    """The nouns a clause gives as its reason: "(resigned) because of X", "due to X", "over X"."""
    out: list[Token] = []
    for prep in clause.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "over":
            out += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.lower_ in REASON_HEADS:  # "because (of)": the noun hangs on "because" or on "of"
            out += [c for c in prep.children if c.dep_ == "pobj"]
            out += [o for p in prep.children if p.dep_ in ("pcomp", "prep") for o in p.children if o.dep_ == "pobj"]
    return out


def _reasoned_misruler(clause: Token) -> Token | None:
    """The doer of the misrule a reported clause gives as its reason, else ``None``."""
    if clause.pos_ not in VERB_POS:
        return None
    doer = next((d for n in _reasons(clause) if (d := _misrule_doer(n)) is not None), None)
    return None if doer is None or negated(clause) else doer  # most clauses give no reason: negation last


@gated(REPORT_GATE)
def reasoned_misrule(tok: Token, lex: Lexicon) -> Match | None:
    """"said he resigned because of poor administration by X": the ``_misrule`` match, theme X."""
    return reported_doer(tok, lex, MISRULE_PATTERN, _reasoned_misruler)


@gated(Gate(VERBS, words=CITING))
def cited_misrule(tok: Token, lex: Lexicon) -> Match | None:
    """"cited mismanagement of the government": the ``_misrule`` match, theme the government."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, CITING) or negated(tok):
        return None
    cited = fr.objects(tok) + (fr.prep_objects(tok, {"to"}) if tok.lemma_.lower() == "point" else [])
    doer = next((d for n in cited if (d := _misrule_doer(n)) is not None), None)
    pattern = lex.construction(MISRULE_PATTERN) if doer is not None else None
    return Match(tok, pattern, doer) if pattern is not None else None


failing = first_of(lacking, reasoned_misrule, cited_misrule, name="failing",
                   doc="The first frame of this module that a token triggers, else ``None``.")
