"""Which tokens may trigger an event: the word forms every matcher of the coder can fire on,
looked up on the parse table before any matcher runs (most tokens are none of these)."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.events.matching import NOUN_POS, VERB_POS
from newsevents.events.patterns import Lexicon
from newsevents.nlp.docview import DocView


@dataclass(frozen=True, slots=True)
class Triggers:
    """The lemma forms any matcher can fire on, by part of speech (see :func:`may_trigger`)."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    words: frozenset[str] = frozenset()
    """Word forms that trigger whatever their lemma ("alarmed", "concerned": see ``constructions.concern``)."""
    acts: frozenset[str] = frozenset()
    """The lemma forms an act reported in a clause can have (see ``allegations.alleged_acts``):
    every pattern's lemma and the atrocity, rights and crime nouns."""


# Keyed by id(); the lexicon is kept in the value so that its id is not reused while cached.
_TRIGGERS: dict[int, tuple[Lexicon, Triggers]] = {}


def triggers_of(lex: Lexicon) -> Triggers:
    """The trigger words of ``lex`` (cached per lexicon)."""
    cached = _TRIGGERS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    verbs = {lemma for pos, lemma in lex.patterns if pos == "verb"}
    verbs |= lex.word_list("allege_verbs") | lex.word_list("admit_verbs") | lex.word_list("desire_verbs")
    verbs |= lex.word_list("characterize_verbs") | lex.word_list("report_verbs") | lex.word_list("finding_verbs")
    verbs |= lex.word_list("harm_verbs") | lex.word_list("press_verbs") | lex.word_list("expel_order_verbs")
    verbs |= lex.word_list("reaction_verbs") | lex.word_list("pointing_verbs") | lex.word_list("regard_verbs")
    verbs |= lex.word_list("veiled_threat_verbs")  # events/veiled_threats.py
    nouns = {lemma for pos, lemma in lex.patterns if pos == "noun"} | lex.word_list("claim_nouns")
    nouns |= lex.word_list("request_nouns") | lex.word_list("outlook_nouns") | lex.word_list("rebuke_nouns")
    nouns |= lex.word_list("custody_nouns") | lex.word_list("held_nouns")
    acts = {lemma for _, lemma in lex.patterns}
    acts |= lex.word_list("atrocity_nouns") | lex.word_list("rights_nouns") | lex.word_list("crime_nouns")
    found = Triggers(frozenset(verbs), frozenset(nouns), lex.word_list("concern_adjectives"), frozenset(acts))
    if len(_TRIGGERS) >= 8:  # tests build many small lexicons; a run uses one
        _TRIGGERS.clear()
    _TRIGGERS[id(lex)] = (lex, found)
    return found


def may_trigger(parse: DocView, triggers: Triggers) -> list[int]:
    """The tokens where any of the five matchers may fire, found with set lookups on the parse
    table (no ``Token`` is made for the others).

    Each matcher asks for these first: ``allegation`` and ``desire`` a verb with a lemma
    form in their word lists; ``best_match`` a verb or noun with a lemma form that has
    patterns; ``obligation`` a verb that is a ``ccomp``; ``readiness`` an adjective that
    is an ``acomp``. Most tokens (function words, punctuation, other words) are none of these.
    """
    out = []
    for i, (pos, dep, forms, lower) in enumerate(zip(parse.pos, parse.deps, parse.forms, parse.lower, strict=True)):
        if pos in VERB_POS:
            # a ccomp may be an obligation; an acomp participle a worry ("was alarmed by")
            may = dep in ("ccomp", "acomp") or not triggers.verbs.isdisjoint(forms) or lower in triggers.words
        elif pos in NOUN_POS:
            may = not triggers.nouns.isdisjoint(forms)
        else:
            may = pos == "ADJ" and dep == "acomp"
        if may:
            out.append(i)
    return out
