"""Calls to rally opposition (CAMEO 113): "called on the people to resist the coup", "urged voters
to boycott the election", "called for a boycott of the vote".

A call on others to resist, defy or boycott an actor or its act is no plain appeal to those called
(020, the lexicon's ``appeal.call_on`` / ``appeal.urge``): CAMEO codes it as rallying opposition
*against* the one resisted (113, "attempt to mobilize or rally others against another actor"), and
the real-news gold does so each time it meets the form (rn-g-002, rn-g-005, rn-m-021). The target is
the one resisted: the actor named ("resist the military"), the doer or owner of the act named ("a
military coup", "the army's takeover"), or the holder of the vote boycotted (found later by
:func:`newsevents.events.disapproval.vote_target`). A call with nothing named to resist ("urged
them to resist") keeps its old reading. A denied or refused call ("did not call for a boycott")
rallies no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon

RALLY_PATTERN = "_rally"
# Verbs of calling on others to act ("called on", "urged", "invited ... to").
CALLING = frozenset({"call", "urge", "invite", "appeal", "exhort", "encourage"})
# Prepositions that name those called on ("called on / upon the people", "appealed to voters").
CALLED_PREPS = {"on", "upon", "to"}
# Acts of opposition a call asks for, by their verb; "rise" only with "up" or "against".
OPPOSING_VERBS = frozenset({"resist", "boycott", "defy", "disobey", "revolt", "rebel", "rise"})
# ... and by their noun ("called for a boycott of the vote", "called for resistance to the junta").
OPPOSING_NOUNS = frozenset({"boycott", "resistance", "uprising", "revolt", "rebellion", "insurrection",
                            "disobedience"})
# Prepositions naming what the opposition is against ("revolt against", "a boycott of", "resistance to").
AGAINST_PREPS = {"against", "of", "to"}


def _named_in_relative(obj: Token, naming: frozenset[str]) -> Token | None:
    """"resist *what he described as a military coup*": the noun the free relative names, by a verb
    of the lexicon's ``characterize_verbs`` (as ``disapproval.condemned_as_named`` reads it)."""
    if obj.tag_ not in ("WP", "WDT"):
        return obj
    for clause in (obj.head, *obj.children):
        if clause.pos_ in VERB_POS and fr.has_lemma(clause, naming):
            phrase = [t for p in fr.prep_objects(clause, {"as"}) for t in p.subtree if t.pos_ in NOUN_POS]
            nouns = [t for t in phrase if t.dep_ != "pobj"] + [t for t in phrase if t.dep_ == "pobj"]
            return nouns[0] if nouns else None
    return None


def _opposed_by_verb(act: Token, naming: frozenset[str]) -> Token | None:
    """What the infinitive ``act`` opposes: "resist *the coup*", "rise up against *the junta*"."""
    lemma = act.lemma_.lower()
    if lemma not in OPPOSING_VERBS or negated(act):
        return None
    against = fr.prep_objects(act, {"against"})
    if lemma == "rise" and not (against or any(c.dep_ == "prt" and c.lower_ == "up" for c in act.children)):
        return None  # "urged prices to rise": no uprising
    found = [o for o in fr.objects(act) if o.pos_ in NOUN_POS or o.tag_ in ("WP", "WDT")] + against
    # "resist what he described as a coup" is often parsed with the free relative a clause of "resist"
    found += [o for c in act.children if c.dep_ == "ccomp" for o in fr.objects(c) if o.tag_ in ("WP", "WDT")]
    return _named_in_relative(found[0], naming) if found else None


def _opposed_by_noun(noun: Token) -> Token | None:
    """What the opposition noun is against: "a boycott *of the vote*", "an *election* boycott"."""
    if noun.lemma_.lower() not in OPPOSING_NOUNS:
        return None
    found = fr.prep_objects(noun, AGAINST_PREPS)
    found += [c for c in noun.children if c.dep_ == "compound" and c.pos_ in NOUN_POS]
    return found[0] if found else None


def _called(tok: Token) -> bool:
    """Whether the calling verb names whom it calls on, or is "call for" / "appeal for"."""
    return bool(fr.objects(tok) or fr.prep_objects(tok, CALLED_PREPS) or fr.prep_objects(tok, {"for"}))


def opposed(tok: Token, naming: frozenset[str]) -> Token | None:
    """The thing or actor a call ``tok`` asks others to resist or boycott, else ``None``; ``naming``
    are the verbs that name a thing in a free relative ("resist what he called a coup")."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, CALLING) or negated(tok) or not _called(tok):
        return None
    for act in (c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
            found = _opposed_by_verb(act, naming)
            if found is not None:
                return found
    for noun in fr.prep_objects(tok, {"for"}):  # "called for a boycott of the election"
        found = _opposed_by_noun(noun)
        if found is not None:
            return found
    return None


@gated(Gate(VERBS, words=CALLING))
def rally_call(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_rally`` match of a call on others to resist or boycott something named, theme the thing
    (its actor, doer or holder is the target); else ``None``."""
    theme = opposed(tok, lex.word_list("characterize_verbs"))
    pattern = lex.construction(RALLY_PATTERN) if theme is not None else None
    return Match(tok, pattern, theme) if pattern is not None else None
