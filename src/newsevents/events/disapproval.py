"""Frames of disapproval that no single trigger word names.

- "Pakistan *held* India *responsible* for the attack", "holds the rebels accountable": holding
  another responsible for a wrong is blaming it (CAMEO 112, the ``_held_responsible`` pattern),
  never detaining it, whatever sense "hold" has elsewhere. The theme is the one held responsible.
- "France *condemned what it called* an unprovoked attack by Russia", "denounced what it termed
  Sudan's incursion": a criticism of a free relative named by a characterizing verb is aimed at the
  thing so named (the ``_condemn_named`` pattern, theme the name), whose owner or agent is the target.
- "*called* the election fraudulent", parsed as one noun phrase ("the election fraudulent" with the
  adjective its head): the compound is what is named, the head the bad name (``_call_bad_fused``).
- A criticism or rejection of a vote ("the judges called the elections fraudulent") with no target
  named, by a domestic body that is not the government, is aimed at the government that held it.
- "said the attacks *amounted to* a declaration of war", "*constitute* a violation of the truce":
  a reported judgement made by a verb of equivalence with an evaluative noun (``bad_names``) criticises
  whoever the judged thing belongs to (the ``_verdict_bad`` pattern, as "said the raid was a massacre").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.blame import hostile
from newsevents.events.gates import VERBS, Gate, first_of, gated
from newsevents.events.home_actors import government_of
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.vote_words import TALLY_NOUNS, VOTE_NOUNS, vote_part
from newsevents.records import ActorMention

HELD_PATTERN = "_held_responsible"
FUSED_PATTERN = "_call_bad_fused"
# Votes and their results, whose criticism is aimed at whoever held them ("the voting was marred by fraud" too).
VOTE_OR_TALLY_NOUNS = VOTE_NOUNS | TALLY_NOUNS
VOTE_ROOTS = frozenset({"11", "12"})
# Sources whose words on their own country's vote are not aimed at their own government.
GOVERNING = frozenset({"GOV"})
NAMED_PATTERN = "_condemn_named"
VERDICT_PATTERN = "_verdict_bad"
# What one is held to be for a wrong ("held X responsible / accountable / liable").
ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable", "guilty"})
# Verbs of criticism whose object may be a free relative ("condemned what it called ...").
CRITICIZING = frozenset({"criticize", "criticise", "condemn", "denounce", "decry", "slam", "deplore", "blast",
                         "protest", "reject"})
# Verbs of equivalence a judgement is made with ("amounted to", "constituted", "represents").
EQUIVALENCE = {"amount": "to", "constitute": "", "represent": ""}
# A hostile act named by equivalence even when it is no bad name of its own.
WAR = frozenset({"war"})


@gated(Gate(VERBS, words=frozenset({"hold"})))
def held_responsible(tok: Token, lex: Lexicon) -> Match | None:
    """"held India responsible for the attack" (the adjective on the object or on the verb), "holds
    the rebels accountable" (parsed as a clause): the one held answerable is the theme."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() != "hold" or any(c.dep_ == "neg" for c in tok.children):
        return None
    held: Token | None = None
    for child in tok.children:
        if child.dep_ == "dobj" and any(g.lower_ in ANSWERABLE for g in child.children
                                        if g.dep_ in ("amod", "acomp", "oprd")):
            held = child
        elif child.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advcl") and child.lower_ in ANSWERABLE:
            held = fr.subject(child) or next(iter(fr.objects(tok)), None)
    pattern = lex.construction(HELD_PATTERN)
    if held is None or pattern is None:
        return None
    if not _answerable(held, lex, tok.children):
        return None  # held answerable for no wrong ("for the success"): see :func:`credited`
    return Match(tok, pattern, held)


def _answerable(held: Token, lex: Lexicon, beside: Iterable[Token] = ()) -> bool:
    """Whether ``held`` (with the tokens ``beside`` it, the verb's own children) is told with an
    adjective of answerability for a wrong, or for nothing named ("held accountable", "held
    responsible for the attack"), not for a success ("responsible for the success" blames no one)."""
    answerable = [t for t in (*held.subtree, *beside) if t.lower_ in ANSWERABLE]
    acts = [o for a in answerable for o in fr.prep_objects(a, {"for"})]
    return bool(answerable) and not (acts and not any(hostile(act, lex) for act in acts))


@gated(Gate(VERBS, lists=("report_verbs",)))
def said_answerable(tok: Token, lex: Lexicon) -> Match | None:
    """"the rebels said the government should be held responsible for the killings": a reported
    passive "held answerable" is the speaker's blame of its subject (the ``_held_responsible``
    pattern, theme that subject). As a demand on an actor no one names, it coded nothing."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("report_verbs")) \
            or any(c.dep_ == "neg" for c in tok.children):
        return None
    pattern = lex.construction(HELD_PATTERN)
    for clause in reported_clauses(tok):
        if clause.lemma_.lower() != "hold" or not fr.is_passive(clause) \
                or any(c.dep_ == "neg" for c in clause.children):
            continue
        held = next((c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ in NOUN_POS), None)
        if held is not None and pattern is not None and _answerable(clause, lex):
            return Match(tok, pattern, held)
    return None


def credited(tok: Token) -> bool:
    """"held the envoys responsible for the success of the talks": "hold" with an adjective of
    answerability detains no one, whatever it is held for (the arrest sense is not tried)."""
    if tok.lemma_.lower() != "hold":
        return False
    kids = [*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children)]
    return any(c.lower_ in ANSWERABLE for c in kids)


def _named_doer(clause: Token, name: Token, index: MentionIndex) -> Token | None:
    """"condemned what it called interference *by the junta*": the named act's "by" phrase, which the
    parser hangs on the active naming verb (it has no agent of its own) or on the name's own
    prepositional object ("interference with the transition by the junta"). An actor there did the
    act. One hung on the name itself is the name's, read with it ("a crackdown by the army")."""
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    holders = [clause, *(o for o in fr.prep_objects(name, {"with", "in", "on", "of", "against"}))]
    doers = [o for h in holders for o in fr.prep_objects(h, {"by"}) if o.pos_ in NOUN_POS]
    return doers[0] if doers and actors_of(doers[:1], index, set()) else None


@gated(Gate(VERBS, words=CRITICIZING))
def condemned_as_named(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """"condemned what it termed Sudan's incursion": the name the free relative gives is the theme;
    an actor the naming verb's "by" phrase names (the act's doer) is, when there is one."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, CRITICIZING):
        return None
    naming = lex.word_list("characterize_verbs")
    for clause in tok.children:
        if clause.dep_ not in ("ccomp", "dobj", "relcl") or not fr.has_lemma(clause, naming):
            continue
        if not any(c.lower_ == "what" for c in clause.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")):
            continue
        names = [c for c in clause.children if c.dep_ == "oprd" and c.pos_ in NOUN_POS]
        names += [o for o in fr.prep_objects(clause, {"as"}) if o.pos_ in NOUN_POS]
        pattern = lex.construction(NAMED_PATTERN)
        if names and pattern is not None:
            return Match(tok, pattern, _named_doer(clause, names[0], index) or names[0])
    return None


@gated(Gate(VERBS, lists=("report_verbs",)))
def equivalence_verdict(tok: Token, lex: Lexicon) -> Match | None:
    """"Kiir said the Sudanese actions amounted to a declaration of war": a report verb whose clause
    equates a named thing with a bad name; the thing is the theme (its owner is the target)."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("report_verbs")):
        return None
    for clause in reported_clauses(tok):
        prep = EQUIVALENCE.get(clause.lemma_.lower())
        if prep is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        named = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS]
        names = fr.prep_objects(clause, {prep}) if prep else fr.objects(clause)
        words = {f for n in names for t in [n, *n.children, *fr.prep_objects(n, {"of"})] for f in fr.lemma_forms(t)}
        pattern = lex.construction(VERDICT_PATTERN)
        # the bad names joined only here: most reported clauses equate nothing
        if named and pattern is not None \
                and words & (lex.word_list("bad_names") | lex.word_list("act_nouns") | WAR):  # "a declaration of war"
            return Match(tok, pattern, named[0])
    return None


@gated(Gate(VERBS, lists=("characterize_verbs",)))
def fused_naming(tok: Token, lex: Lexicon) -> Match | None:
    """"called the election fraudulent" parsed as the noun phrase "the election fraudulent": a
    characterizing verb with no object whose predicate is a bad name over a compound noun."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("characterize_verbs")) or fr.objects(tok):
        return None
    bad = lex.word_list("bad_names")
    for name in tok.children:
        if name.dep_ != "oprd" or name.lower_ not in bad:
            continue
        named = [c for c in name.children if c.dep_ == "compound" and c.pos_ in NOUN_POS]
        pattern = lex.construction(FUSED_PATTERN)
        if named and pattern is not None:
            return Match(tok, pattern, named[-1])
    return None


def vote_target(code: str, theme: Token | None, source: ActorMention | None) -> ActorMention | None:
    """The government a domestic body's criticism or rejection of its country's vote is aimed at
    ("Egyptian judges called the elections fraudulent"); ``None`` unless all of that holds."""
    if code[:2] not in VOTE_ROOTS or theme is None or source is None or not source.country:
        return None
    if source.sector is None or source.sector in GOVERNING or len(source.code or "") != 6:
        return None
    if theme.lemma_.lower() not in VOTE_OR_TALLY_NOUNS and not vote_part(theme):
        return None  # "said the election process was biased": a vote's course is the vote's
    return government_of(source)


disapproval = first_of(held_responsible, said_answerable, condemned_as_named, fused_naming, equivalence_verdict,
                       name="disapproval",
                       doc="The first of this module's frames that a token triggers, else ``None``.")
