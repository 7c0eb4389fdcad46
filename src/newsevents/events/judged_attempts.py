"""Criticism told as a characterization whose name is an attempt (session 23): "described the attacks
as a desperate attempt by the militants to spread fear", "branded the march an attempt to overthrow
the government", "said the shelling was the rebels' cynical bid to derail the talks".

An attempt, a bid or a move is no bad name by itself ("called the talks an attempt to end the war"
judges nothing); it judges when a modifier says it is desperate, cynical or futile (the lexicon's
``attempt_judgements``), or when its purpose is a wrong: a wrongful or subversive aim ("to
destabilize", "to overthrow": ``wrongful_aims``, ``subversive_aims``) or the spreading of a harm
("to spread fear", "to sow chaos": ``spreading_verbs`` over ``spread_harms``).

Such a name often carries the doer the criticism is aimed at ("by the militants", "the rebels'
bid") while the thing named is no actor ("the attacks", "the march"): :func:`predicate_doers`
gives those doers to the ``named_doer`` target slot of the bad-name patterns.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.patterns import Lexicon

NOUN_POS = frozenset({"NOUN", "PROPN"})
# The pattern of reported judgements ("said the attack was a desperate attempt by X"), whose names
# are a reported copula's attributes (:func:`reported_names`), not a naming verb's predicates.
VERDICT_PATTERN = "_verdict_bad"
# Dependencies by which a purpose clause hangs on the attempt noun ("an attempt to X").
PURPOSE_DEPS = frozenset({"acl", "relcl", "xcomp"})


def judged_attempt(name: Token, lex: Lexicon) -> bool:
    """Whether ``name`` is an attempt noun a modifier or a wrongful purpose makes a bad name (see the
    module doc); "a new attempt to reach a deal" is not."""
    if name.pos_ not in NOUN_POS or not fr.has_lemma(name, lex.word_list("attempt_nouns")):
        return False
    judging = lex.word_list("attempt_judgements")
    if any(c.dep_ == "amod" and fr.has_lemma(c, judging) for c in name.children):
        return True
    return any(_wrongful_purpose(c, lex) for c in name.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB")


def _wrongful_purpose(verb: Token, lex: Lexicon) -> bool:
    """"to destabilize the government", "to violently overthrow it", "to spread fear": a purpose
    that is a wrong (a verb of a wrongful or subversive aim, or a verb of spreading over a harm)."""
    if fr.has_lemma(verb, lex.word_list("wrongful_aims") | lex.word_list("subversive_aims")):
        return True
    if not fr.has_lemma(verb, lex.word_list("spreading_verbs")):
        return False
    harms = lex.word_list("spread_harms")
    return any(o.dep_ == "dobj" and fr.has_lemma(o, harms) for o in verb.children)


def predicate_doers(names: list[Token]) -> list[Token]:
    """The doers the names of a characterization give: the "by" agent or the possessor of a name
    noun ("a desperate attempt *by al-Shabab*", "*the rebels'* bid to derail the talks")."""
    found: list[Token] = []
    for name in names:
        if name.pos_ not in NOUN_POS:
            continue
        found += [c for c in name.children if c.dep_ == "poss" and c not in found]
        found += [o for o in fr.prep_objects(name, {"by"}) if o not in found]
    return found


def reported_names(verb: Token) -> list[Token]:
    """The names a reported copula gives ("said the attack *was* a desperate attempt by X"): the
    attributes of a clause of "be" the verb reports."""
    return [a for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"
            for a in c.children if a.dep_ == "attr"]
