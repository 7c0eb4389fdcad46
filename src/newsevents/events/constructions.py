"""Constructions with no trigger lemma of their own, each matched by its shape.

An obligation in reported speech ("said Sudan must return ..."), a stated readiness ("is
willing to send ..."), a wish that another actor act ("wants Kyiv to ..."), a telephone call
("called Putin on Sunday"), a stated worry ("is concerned about ..."), a forecast of more
protests, and a report that another failed or acted wrongfully: each is read from the parse
around a word and coded by a pattern of its own (``_must``, ``_ready``, ``_want`` ...), not looked
up by the word's lemma, so they stand apart from the lemma lookup in
:mod:`newsevents.events.matching`, whose ``Match`` they return.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import VERB_POS, Match, best_match, naming_parts
from newsevents.events.patterns import Lexicon
from newsevents.events.reproof import JUDGING_VERBS
from newsevents.nlp.docview import doc_view
from newsevents.nlp.typed_spacy import token_conjuncts

# Verbs that report a wrong as "said" does when they take a clause ("claimed that X was unfairly ...").
CLAIMING = JUDGING_VERBS | {"allege"}

# "X should know that", "must understand that": what one is told to grasp is no act demanded of it.
COGNITION_VERBS = frozenset({"know", "understand", "realize", "realise", "remember", "recognize", "recognise",
                             "learn", "note", "bear"})

@gated(Gate(VERBS, frozenset({"ccomp"})))
def obligation(tok: Token, lex: Lexicon) -> Match | None:
    """"X said Y must do Z" is X's demand on Y whatever Z is (the ``_must`` pattern)."""
    if tok.pos_ not in VERB_POS or tok.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
        return None
    if tok.lemma_.lower() in COGNITION_VERBS:
        return None  # "America should know that ...": a warning of what is coming, no act asked for
    if fr.is_passive(tok):
        return None  # "X should be judged by his deeds", "must be punished": X is the one acted on, not asked to act
    patterns = lex.for_token("verb", "_must")
    return Match(tok, patterns[0]) if patterns else None


@gated(Gate(frozenset({"ADJ"}), frozenset({"acomp"}), lists=("readiness_adjectives",)))
def readiness(tok: Token, lex: Lexicon) -> Match | None:
    """"Norway is willing to send troops": stated readiness is an intent of its own (the ``_ready``
    pattern); when the complement codes an event, that event carries the intent instead."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lemma_.lower() not in lex.word_list("readiness_adjectives"):
        return None
    comps = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
    if not comps:
        return None
    inner = best_match(comps[0], lex)
    if inner is not None and codebook.root_of(inner.pattern.cameo) >= codebook.COERCE:
        return None  # "stands ready to declare a curfew", "ready to strike": no readiness to cooperate
    patterns = lex.for_token("verb", "_ready")
    return Match(tok, patterns[0]) if patterns else None


@gated(Gate(VERBS, lists=("desire_verbs",)))
def desire(tok: Token, lex: Lexicon) -> Match | None:
    """"Germany wants Poland to send tanks", "would like Ankara to reconsider": wanting another
    actor to act is an appeal to it (the ``_want`` pattern); the wanted act has not happened."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("desire_verbs")):
        return None
    if tok.lemma_.lower() == "like" and not any(c.lower_ in ("would", "'d") for c in tok.children):
        return None
    for comp in tok.children:
        if comp.dep_ not in ("xcomp", "ccomp") or comp.pos_ not in VERB_POS \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            continue
        doer, wanter = fr.subject(comp), fr.subject(tok)
        if doer is not None and (wanter is None or doer.i != wanter.i) and doer.i != tok.i:
            patterns = lex.for_token("verb", "_want")
            return Match(tok, patterns[0]) if patterns else None
    return None


@gated(Gate(VERBS, lists=("phone_verbs",)))
def phone_call(tok: Token, lex: Lexicon) -> Match | None:
    """"Macron called Putin on Sunday": calling an actor, with no particle or preposition of an appeal
    ("called for", "called on", "called off") and naming it nothing ("called Putin a liar", "called
    Taiwan a province"), is a telephone call (the ``_phone`` pattern, its target the one called)."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("phone_verbs")) or fr.is_passive(tok):
        return None
    children = list(tok.children)
    if any(c.dep_ in ("prt", "ccomp", "dative") or (c.dep_ == "prep" and c.lower_ in ("for", "as")) for c in children):
        return None
    oprds = [c for c in children if c.dep_ == "oprd"]
    if oprds and not fr.objects(tok):
        # "called Putin on Sunday" is parsed as a naming with no named thing: a bare name is the one called
        named = oprds
        predicates = [t for t in oprds[0].subtree if t.i != oprds[0].i and t.pos_ not in ("PROPN", "PUNCT")]
    else:
        named, predicates = naming_parts(tok)
    if len(named) != 1 or predicates or (oprds and named[0].i != oprds[0].i):
        return None
    callee = named[0]
    if lex.for_token("noun", callee.lemma_.lower()) \
            or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in callee.children):
        return None  # "calls Chavez's attacks hypocritical" (a naming misparsed): an act or a thing is not called
    patterns = lex.for_token("verb", "_phone")
    return Match(tok, patterns[0], named[0]) if patterns else None


# What a stated worry is about ("concerned about", "alarmed by", "dismayed at").
CONCERN_PREPS = {"about", "over", "by", "at", "with", "regarding", "of"}


@gated(Gate(lists=("concern_adjectives",), words=frozenset({"fed"})))
def concern(tok: Token, lex: Lexicon) -> Match | None:
    """"is deeply concerned about Iran's decision", "was alarmed by the buildup": a stated worry
    over another's act is disapproval (the ``_concern`` pattern; it codes only with the act's
    actor named, see the pattern's ``needs_target``)."""
    word = tok.lower_
    if word == "fed" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        word = "fed-up"  # "were fed up with the president"
    if word not in lex.word_list("concern_adjectives"):
        return None
    if tok.dep_ != "acomp" and not (tok.tag_ == "VBN" and fr.is_passive(tok)):
        return None  # "is concerned about", "was alarmed by"; not "the concerned officials"
    if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None  # "is not concerned about"
    if any(fr.has_lemma(o, lex.word_list("accident_nouns")) or fr.has_lemma(o, lex.word_list("emergency_causes"))
           for o in fr.prep_objects(tok, CONCERN_PREPS)):
        return None  # "was shocked by the earthquake in Turkey": sympathy, no one's act (session 20)
    patterns = lex.for_token("verb", "_concern")
    return Match(tok, patterns[0]) if patterns else None


# How a reported future clause about protests threatens more of them: "there will be more
# demonstrations", "the protests will continue", "the strike will not end until ...".
_GOING_ON = frozenset({"be", "continue", "go", "resume", "spread", "intensify", "escalate", "grow", "widen"})
_ENDING = frozenset({"end", "stop", "cease", "finish"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})


@gated(Gate(VERBS, lists=("report_verbs",)))
def dissent_threat(tok: Token, lex: Lexicon) -> Match | None:
    """"The opposition says the protests will continue": a speaker's forecast of more protests is a
    threat of political dissent (the ``_dissent_threat`` pattern), with the protest noun as theme."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("report_verbs")):
        return None
    for clause in tok.children:
        auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if clause.dep_ != "ccomp" or not auxes & FUTURE_AUX or "have" in auxes:
            continue  # "there would have been more protests": what did not happen is no threat
        nouns = [c for c in clause.children if c.dep_ in ("nsubj", "attr")
                 and fr.has_lemma(c, lex.word_list("dissent_nouns"))]
        negated = any(c.dep_ == "neg" for c in clause.children)
        lemma = clause.lemma_.lower()
        going_on = (lemma in _GOING_ON and not negated) or (lemma in _ENDING and negated)
        patterns = lex.for_token("verb", "_dissent_threat")
        if nouns and going_on and patterns:
            return Match(tok, patterns[0], nouns[0])
    return None


@gated(Gate(VERBS, lists=("finding_verbs",)))
def failure_report(tok: Token, lex: Lexicon) -> Match | None:
    """"The monitors reported that Serbia had failed to withdraw its police", "said the army failed
    to protect civilians": reporting that another failed to do what it should is an accusation
    (the ``_failure`` pattern; its target is the one who failed)."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("finding_verbs")):
        return None
    for clause in tok.children:
        if clause.dep_ == "ccomp" and clause.lemma_.lower() == "fail" and any(
                c.dep_ == "xcomp" for c in clause.children) and not any(c.dep_ == "neg" for c in clause.children):
            patterns = lex.for_token("verb", "_failure")
            return Match(tok, patterns[0], clause) if patterns else None
    return None


@gated(Gate(VERBS, lists=("report_verbs",), words=CLAIMING))
def wrongful_act(tok: Token, lex: Lexicon) -> Match | None:
    """"said soldiers had wrongfully detained its spokesman", "claimed that the government is trying to
    unfairly collect taxes": a reported act the speaker calls wrongful by an adverb (``wrong_adverbs``)
    accuses its doer (the ``_wrongful`` pattern, theme the act)."""
    if tok.pos_ not in VERB_POS or not (fr.has_lemma(tok, lex.word_list("report_verbs"))
                                        or (tok.lemma_.lower() in CLAIMING and not fr.objects(tok))):
        return None
    parse = doc_view(tok.doc)
    adverbs = lex.word_list("wrong_adverbs")
    if not parse.once(f"wrong_adverbs.{id(adverbs)}", lambda: not adverbs.isdisjoint(parse.lower)):
        return None  # most articles call no act wrongful by an adverb: no clause to walk
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [c for clause in clauses for c in token_conjuncts(clause) if c.dep_ == "conj"]
    for clause in clauses:
        for word in clause.subtree:
            if word.dep_ == "advmod" and word.lower_ in lex.word_list("wrong_adverbs") and word.head.pos_ in VERB_POS \
                    and _reported_act(word.head, clause):
                patterns = lex.for_token("verb", "_wrongful")
                return Match(tok, patterns[0], word.head) if patterns else None
    return None


def _reported_act(verb: Token, clause: Token) -> bool:
    """Whether ``verb`` is the reported clause's own act ("had tried to arrest him"), not one in a
    relative clause of its words ("rebels who entered the country illegally")."""
    while verb.i != clause.i and verb.dep_ == "xcomp":
        verb = verb.head
    return verb.i == clause.i
