"""The small marks on a verb's clause that :func:`~newsevents.events.modality.mood` reads: a
negation or a subject naming no one, the modal auxiliary, an asked question, a that-clause and its
subjunctive, an "unless" ultimatum, a request above the verb, and testimony heard by a court.

Each is a yes-or-no (or one-word) reading of the parse next to one verb, with no say of its own
on whether the act happened; :mod:`~newsevents.events.modality` combines them, and the clause
shapes that do report no act as done are in :mod:`~newsevents.events.unreal`. Apart so that the
mood reads as the order of its tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.censure import tensed_beside_infinitive
from newsevents.events.frames import has_lemma
from newsevents.events.gates import NOUNS
from newsevents.events.patterns import Lexicon, joined_word_lists
from newsevents.nlp.docview import doc_view
from newsevents.nlp.hyphenated import text_in

# Request verbs that also report ("told reporters that they refuse"): a present tense there is a fact.
REPORTING_REQUESTS = frozenset({"tell", "insist", "advise"})
# Subjects that name no one ("nobody attended", "none of the ministers met him").
NOBODY = frozenset({"nobody", "none", "noone", "no-one"})
# Determiners of a noun that refers back to something told ("the vote", "this deal", "those charges").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# The word lists of counts a light verb's act noun may stand under ("carried out a *series* of strikes").
COUNT_LISTS = ("span_nouns", "quantity_nouns")
# Words that open an indirect question ("asked whether", "asked why").
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where", "which"})


# These helpers read the parse table of :mod:`~newsevents.nlp.docview` rather than ``Token``
# attributes: they run on every trigger and every governor above it.
def negated(token: Token) -> bool:
    """Whether ``token`` itself is negated: a "not", "never" or "no" on it."""
    parse = doc_view(token.doc)
    for child in parse.children(token.i):
        if parse.deps[child] == "neg" or parse.lower[child] in ("never", "no"):
            return True
        if parse.deps[child] == "det" and parse.lower[child] in ("no",):
            return True
    return False


def modal_of(verb: Token) -> str | None:
    """The modal auxiliary of ``verb`` ("could", "will"; "going to" counts as "will"), if any."""
    parse = doc_view(verb.doc)
    for child in parse.children(verb.i):
        if parse.deps[child] == "aux" and parse.tags[child] == "MD":
            return parse.lower[child]
        if parse.deps[child] == "aux" and parse.lemmas[child] == "go" and parse.tags[child] == "VBG":
            return "will"
    return None


def negation(trigger: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether the act of ``trigger`` (clause verb ``verb``) is negated: on the trigger, on the verb
    of a trigger that is the act it does (:func:`_done_by`), or by a subject that names no one."""
    if negated(trigger) or (verb.i != trigger.i and _done_by(trigger, verb, lex) and negated(verb)):
        return True
    return (verb.i == trigger.i and negated(verb)) or _no_doer(verb) or undone(verb)


def _done_by(trigger: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether ``trigger`` names the act ``verb`` does, as a light verb's noun: its object or passive
    subject, also through a coordination or a count ("did not carry out *raids* and arrests", "did not
    carry out a series of *strikes*"), or the object of its "with" ("did not press ahead with the
    *offensive*", "did not retaliate with *sanctions*")."""
    counts = joined_word_lists(lex, COUNT_LISTS)
    phrase = trigger
    while True:
        if phrase.dep_ in ("conj", "appos") and phrase.head.pos_ in NOUNS:
            phrase = phrase.head
        elif phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and has_lemma(phrase.head.head, counts):
            phrase = phrase.head.head
        else:
            break
    if phrase.head.i == verb.i:
        return phrase.dep_ in ("dobj", "nsubjpass")
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "with" and phrase.head.head.i == verb.i


def undone(verb: Token) -> bool:
    """Whether ``verb`` is told as still undone: "Georgia has yet to honor the truce", "the rebels
    are yet to release the hostages" (an infinitive of "have"/"be" with "yet")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "be") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _no_doer(verb: Token) -> bool:
    """"No official has met the delegation", "none of the ministers attended", "neither side
    fired": a subject that names no one negates the act."""
    parse = doc_view(verb.doc)
    for i in parse.children(verb.i):
        if parse.deps[i] not in ("nsubj", "nsubjpass"):
            continue
        subject = verb.doc[i]
        # "neither" hangs on the subject as a determiner or, before a determiner, as a preconjunction
        if text_in(subject, NOBODY) or any(
                c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subject.children):
            return True
    return False


def question(verb: Token) -> bool:
    """"asked whether the government would free them", "asked why troops were sent", "asked the
    president about the election": an asked question is not a request."""
    if verb.lemma_.lower() != "ask":
        return False
    # the parser may hang "about" on the one asked or the asker ("asked by reporters about the rebels")
    hosts = [verb, *(o for c in verb.children if c.dep_ in ("dobj", "agent", "dative")
                     for o in ([c] if c.dep_ != "agent" else [g for g in c.children if g.dep_ == "pobj"]))]
    if any(c.dep_ == "prep" and c.lower_ == "about" for h in hosts for c in h.children) and not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return True  # "asked the president about the election": no act asked for
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "advcl") and any(
                c.dep_ in ("mark", "advmod", "nsubj", "dobj") and c.lower_ in QUESTION_WORDS and c.i < clause.i
                for c in clause.children):
            return True
    return False


def not_yet(verb: Token) -> Token:
    """A verb coordinated with another takes that one's governors ("offered to lead ... and to
    send ..."): the first conjunct stands for both."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if tensed_beside_infinitive(verb):
            return verb.head.head  # "vowed to respond and blamed India": a fact beside the vow (censure.py)
        verb = verb.head
    return verb


def that_clause(verb: Token) -> bool:
    """"(the demand) that the president step down": a content clause opened by "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def subjunctive(verb: Token) -> bool:
    """"demanded that Israel withdraw": a bare verb or a 'should' in a that-clause; also "that the
    bill be withdrawn" (a bare "be") and "that Lam resign" (a singular subject without the -s)."""
    if verb.tag_ == "VB" or any(c.lower_ == "should" for c in verb.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be" and c.tag_ == "VB" for c in verb.children):
        return True
    return verb.tag_ == "VBP" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP")
                                      for c in verb.children)


def ultimatum(verb: Token) -> bool:
    """Whether ``verb`` has an "unless" clause: "will withdraw unless Chad holds elections"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


def asked_for(verb: Token, lex: Lexicon) -> bool:
    """Whether a request governs ``verb``: "urged Greece to refuse", "demanded that they refuse"."""
    current = verb
    for _ in range(3):
        head = current.head
        if head.i == current.i or current.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        if has_lemma(head, lex.word_list("request_verbs")) and (current.dep_ == "xcomp" or subjunctive(current) or (
                current.tag_ == "VBP" and not has_lemma(head, REPORTING_REQUESTS))):
            return True  # ("demanded that its partners refuse": a plural subject hides the subjunctive)
        current = head
    return False


def testimony(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is what a court or an inquiry heard ("the jury heard that ..."): evidence
    given in a hearing, unproven until the court rules."""
    if head.lemma_.lower() != "hear":
        return False
    hearer = fr.subject(head)
    return hearer is not None and has_lemma(hearer, lex.word_list("tribunal_nouns"))
