"""Duties another actor is said to neglect: "says Serbia has not respected its international
obligations", "said Georgian troops have been slow to withdraw", "says the government has shown
little willingness to reconcile", "said the police were not supposed to stop the march".

None of these tells an act the coder has a pattern for; each is a speaker's verdict on how another
actor does what it owes. The dev census of session 20 (judge20) found them among the misses of
criticism told in speech (rn-d-018, rn-i-005, rn-k-016, rn-n-010, rn-p-001, rn-q-004); the gold codes
them 111, and a broken obligation 112. Read in a clause a verb of reporting governs, with the
neglectful actor its subject (a noun, never a pronoun: "we have been slow to act" is often the
speaker's own side). The theme is that subject; the pattern needs a target, so a subject with no
actor codes nothing ("the talks have been slow to start").

- ``_failed_duty`` (111): "slow to" and "unwilling to" with a verb; "showed little (no) willingness /
  will / interest / commitment"; "not serious about"; "not supposed to" and "had no right to" with a
  verb. "Was quick to respond", "is serious about talks" and "showed great willingness" judge
  nothing. ("Said X failed to ..." is ``constructions.failure_report``'s.)
- ``_broken_obligation`` (112): a negated verb of keeping (respect, honour, fulfil, keep, meet,
  implement, observe, uphold) with an obligation as object ("has not honoured its commitments",
  "did not keep its promises", "has not respected the ceasefire"); the affirmed verb is no charge.

A negated report ("did not say the police were slow to act") is none; conditionals and questions
are left to the report verb's own reading (a clause under "if" is no reported clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.clause_marks import modal_of, negated
from newsevents.events.constructions import FUTURE_AUX
from newsevents.events.criticism_forms import REPORT_GATE
from newsevents.events.gates import first_of, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, best_match
from newsevents.events.patterns import Lexicon
from newsevents.events.reproaches import reported_doer
from newsevents.events.unreal import infinitive

FAILED_DUTY_PATTERN = "_failed_duty"
BROKEN_OBLIGATION_PATTERN = "_broken_obligation"

# Adjectives of a reluctant or tardy doer, with any verb: "slow to withdraw", "unwilling to negotiate".
RELUCTANT = frozenset({"slow", "unwilling", "reluctant", "loath", "loth"})
# "showed little willingness to reconcile": nouns of a will that is denied by "little" or "no".
# Not "intention" or "desire": "had no intention of attacking Poland" denies a threat, it charges no
# one; nor "sign" ("showed no sign of leaving" describes) or "have" (any "has no X").
WILL_NOUNS = frozenset({"willingness", "will", "interest", "commitment", "readiness", "effort",
                        "sincerity", "respect", "regard", "concern"})
SHOWING = frozenset({"show", "display", "demonstrate", "make", "exhibit"})
SCANT = frozenset({"little", "no", "scant", "insufficient"})
# "was not serious about the talks", "not sincere": a denied earnest.
EARNEST = frozenset({"serious", "sincere", "committed", "genuine", "honest"})
# Verbs of keeping an obligation, which deny it when negated.
KEEPING = frozenset({"respect", "honour", "honor", "fulfil", "fulfill", "keep", "meet", "implement", "observe",
                     "uphold", "follow", "obey"})
OBLIGATIONS = frozenset({"obligation", "commitment", "promise", "pledge", "agreement", "deal", "accord",
                         "ceasefire", "cease-fire", "truce", "resolution", "treaty", "word", "duty", "law",
                         "constitution", "ruling", "order", "right", "rights", "sovereignty", "convention"})


def _subject(clause: Token) -> Token | None:
    """The clause's nominal subject if it is a noun (a pronoun may be the speaker's own side); the
    subject of "were not supposed to" is a passive one."""
    doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return doer if doer is not None and doer.pos_ in NOUN_POS else None


def _to_verb(head: Token) -> Token | None:
    """The "to" verb ``head`` governs ("slow *to withdraw*", "no right *to stop*"), else ``None``."""
    return next((c for c in head.children if c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and c.pos_ in VERB_POS
                 and infinitive(c)), None)


def _willed_act(noun: Token) -> Token | None:
    """The act a will noun is for: "willingness *to reconcile*", "interest *in negotiating*"."""
    return _to_verb(noun) or next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                                   for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)


def _hostile(act: Token | None, lex: Lexicon) -> bool:
    """Whether ``act`` is one of force or coercion: no will to do it is a reassurance, no charge."""
    found = best_match(act, lex) if act is not None else None
    return found is not None and codebook.is_material_conflict(found.pattern.cameo)


def _copula_flaw(clause: Token) -> bool:
    """"have been slow to withdraw", "is not serious about", "were not supposed to", "had no right to"."""
    lemma = clause.lemma_.lower()
    if lemma == "be":
        for adj in (c for c in clause.children if c.dep_ == "acomp"):
            word = adj.lower_
            if word in RELUCTANT and not negated(clause) and not negated(adj) and _to_verb(adj) is not None:
                return True
            if word in EARNEST and (negated(clause) or negated(adj)):
                return True
        return False
    if lemma == "suppose":  # "were not supposed to prevent them": parsed as a passive verb
        return clause.tag_ == "VBN" and negated(clause) and _to_verb(clause) is not None
    if lemma == "have":  # "had no right to stop them"
        return any(o.lemma_.lower() == "right" and negated(o) and _to_verb(o) is not None
                   for o in fr.objects(clause))
    return False


def _scant_will(clause: Token, lex: Lexicon) -> bool:
    """"has shown little willingness to reconcile", "made no effort to stop the violence"; not a
    will to fight denied ("showed no willingness to attack")."""
    if clause.lemma_.lower() not in SHOWING or negated(clause):
        return False
    return any(o.lemma_.lower() in WILL_NOUNS
               and any(c.dep_ in ("amod", "det") and c.lower_ in SCANT for c in o.children)
               and not _hostile(_willed_act(o), lex)
               for o in fr.objects(clause))


def _neglecter(clause: Token, lex: Lexicon) -> Token | None:
    """The subject of a reported clause of neglected duty (see the module docstring), else ``None``."""
    if clause.pos_ not in VERB_POS and clause.lemma_.lower() != "be":
        return None
    if not (_copula_flaw(clause) or _scant_will(clause, lex)):
        return None
    return _subject(clause)


def _breaker(clause: Token) -> Token | None:
    """The subject of a reported clause that denies it kept an obligation, else ``None``; not one
    told in the future ("said Uganda would not implement the agreement" is a refusal foretold)."""
    if clause.pos_ not in VERB_POS or not fr.has_lemma(clause, KEEPING) or not negated(clause) \
            or modal_of(clause) in FUTURE_AUX | {"wo"}:  # "wo" of "won't"
        return None
    if not any(fr.has_lemma(o, OBLIGATIONS) for o in fr.objects(clause)):
        return None
    return _subject(clause)


@gated(REPORT_GATE)
def failed_duty(tok: Token, lex: Lexicon) -> Match | None:
    """"said Georgian troops have been slow to withdraw": ``_failed_duty``, theme the troops."""
    return reported_doer(tok, lex, FAILED_DUTY_PATTERN, lambda clause: _neglecter(clause, lex))


@gated(REPORT_GATE)
def broken_obligation(tok: Token, lex: Lexicon) -> Match | None:
    """"says Serbia has not respected its obligations": ``_broken_obligation``, theme Serbia."""
    return reported_doer(tok, lex, BROKEN_OBLIGATION_PATTERN, _breaker)


neglect = first_of(broken_obligation, failed_duty, name="neglect",
                   doc="The first frame of this module that a token triggers, else ``None``.")
