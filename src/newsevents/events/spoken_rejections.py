"""A refusal whose object the report verb names: '"We will not accept it," the minister *said of
the American proposal*', '"We reject these terms," she said *about Moscow's plan*'.

A quotation's refusal often names what it refuses only by a pronoun or a bare demonstrative ("it",
"these terms"), and the report verb's "of" or "about" phrase says what that is. The refusal is then
aimed at the owner the phrase names: its possessor or adjective ("the American proposal",
"Moscow's plan") or the phrase itself when it is an actor ('"We will not accept them," he said of
the rebels'). One owner only: a phrase naming two sides ("the plan of Russia and Iran") gives no
target, nor does one's own side (checked by :func:`newsevents.events.anaphora.resolve_acts`). As
'"They are criminals," he said of the militants' judges the militants
(:func:`newsevents.events.censure.spoken_of`), the refusal refuses the thing spoken of.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

# Objects of a refusal that stand for a thing named elsewhere ("accept it", "reject these terms").
REFERRING_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})
DEMONSTRATIVE_DETERMINERS = frozenset({"this", "that", "these", "those"})
# The prepositions by which a report verb says what its quotation is about.
TOPIC_PREPS = frozenset({"of", "about"})
# Dependencies that lead from a reported verb up to the verb that reports it.
REPORTED_DEPS = frozenset({"ccomp", "conj", "xcomp", "parataxis"})
# How many steps up a refusal may sit below its report verb ("said ... we will never agree to accept it").
MAX_STEPS = 3


def referring_object(theme: Token | None) -> bool:
    """Whether a refusal's ``theme`` only refers to a thing named elsewhere: a pronoun ("it",
    "them") or a noun with a demonstrative and no owner of its own ("these terms")."""
    if theme is None:
        return False
    if theme.pos_ == "PRON":
        return theme.lower_ in REFERRING_PRONOUNS
    children = list(theme.children)
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVE_DETERMINERS for c in children) \
        and not any(c.dep_ in ("poss", "compound", "prep", "acl", "relcl", "amod") for c in children)


def report_of(verb: Token, report_verbs: frozenset[str]) -> Token | None:
    """The report verb ``verb``'s clause is reported by, a few steps up, else ``None``."""
    tok = verb
    for _ in range(MAX_STEPS):
        if tok.dep_ not in REPORTED_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and fr.has_lemma(tok, report_verbs):
            return tok
    return None


def spoken_of_owner(verb: Token, theme: Token | None, source: ActorMention, index: MentionIndex,
                    report_verbs: frozenset[str]) -> ActorMention | None:
    """The one other actor a refusal's report verb says its referring ``theme`` belongs to
    ("said of the American proposal": the United States), else ``None``."""
    if not referring_object(theme):
        return None
    report = report_of(verb, report_verbs)
    if report is None:
        return None
    topics = [o for p in report.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
              for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    if len(topics) != 1:
        return None
    topic = topics[0]
    heads = [topic, *(c for c in topic.children if c.dep_ in ("poss", "compound", "amod"))]
    owners = [m for m in actors_of(heads, index, {source.start}) if m.code]
    return owners[0] if len({m.code for m in owners}) == 1 else None
