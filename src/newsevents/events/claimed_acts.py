"""Acts told only as someone's claim: what "alleged that", "claimed that" report is unproven.

"The ministry alleged that the activist had insulted the army", "police detained three
reporters, claiming that they were helping the rebels", "a report that claimed the government
had rejected a proposal": the act inside the that-clause of a verb of uncertain reporting (the
lexicon's ``allege_verbs``: allege, claim, contend, purport, assert, charge) is the claimant's
word, not a fact the story reports. :mod:`~newsevents.events.allegations` already leaves a
conflictual act of such a clause uncoded and codes the claim as an accusation; an act of a milder
root (an insult, help, a rejection) was coded as fact beside it, with the claimed doer as source.

The clause is left out when its doer is not the claimant: a side's claim of its own act ("the
ministry claimed it had delivered aid to the camps") reports that act as the side tells it (the
conventions' rule 4.2), and stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import frames as fr
from newsevents.events.allegations import act_doers, issuer
from newsevents.events.answered_charges import told_clause
from newsevents.events.coordination import conjuncts
from newsevents.events.matching import VERB_POS
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.nlp.docview import doc_view
from newsevents.nlp.typed_spacy import token_conjuncts
from newsevents.records import ActorMention

# Clauses hung inside a claim that are not part of it: a concession, an aside, a description.
ASIDE_DEPS = frozenset({"advcl", "appos", "acl", "relcl", "parataxis"})


def claimed_words(doc: Doc, index: MentionIndex, lex: Lexicon) -> set[int]:
    """The words of every that-clause of a claim whose doer is not the claimant."""
    words, parse = lex.word_list("allege_verbs"), doc_view(doc)
    out: set[int] = set()
    # the claim verbs found on the view: a Token is made only for them
    for i in [i for i, forms in enumerate(parse.forms) if not words.isdisjoint(forms) and parse.pos[i] in VERB_POS]:
        verb = doc[i]
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [c for clause in clauses for c in token_conjuncts(clause) if c.dep_ == "conj"]
        if not clauses:
            continue
        claimants = _claimants(verb, index, lex)
        for clause in clauses:
            if not _own(clause, claimants, index):
                out.update(_claimed(clause))
    return out


def denied_charge_words(charges: dict[int, Token], index: MentionIndex, lex: Lexicon) -> set[int]:
    """The words of every act told just before an apposed charge that is denied: "DR Congo is adamant
    that the rebels receive backing from Rwanda, a charge Kigali rejects" (the backing is the charge's
    content, not a fact the story reports). Only a reported clause (the clause ending at the comma
    hangs on a verb of telling or charging) whose doer is not its teller: a clause with no teller
    ("Rwanda backs the rebels, a charge ...") is left as it is read. ``charges``: the denied charge
    nouns by their answering verbs (:func:`~newsevents.events.answered_charges.apposed_charges`)."""
    out: set[int] = set()
    for noun in charges.values():
        clause = told_clause(noun)
        if clause is None:
            continue
        tellers = _claimants(clause.head, index, lex) if clause.dep_ == "ccomp" else []
        if not _own(clause, tellers, index):
            out.update(i for i in _claimed(clause) if i < noun.left_edge.i)
    return out


def _claimed(clause: Token) -> list[int]:
    """The words of the claim itself: the clause less the clauses hung inside it that answer or
    describe it ("there had been a Taliban presence, *although this was denied*", "an allegation
    *denied by the authorities*"), which are the narrator's."""
    words: list[int] = []
    todo = [clause]
    while todo:
        word = todo.pop()
        words.append(word.i)
        todo += [c for c in word.children if c.dep_ not in ASIDE_DEPS]
    return words


def _claimants(verb: Token, index: MentionIndex, lex: Lexicon) -> list[ActorMention]:
    """Who makes the claim: the verb's subject, or the issuer of a document that claims."""
    subject = fr.subject(verb)
    if subject is None:
        return []
    return actors_of(conjuncts(subject), index, set()) or issuer(subject, index, lex)


def _own(clause: Token, claimants: list[ActorMention], index: MentionIndex) -> bool:
    """Whether the clause's act is done by its claimant ("claimed it had delivered aid")."""
    return any(c.same_entity_or_code(d) for c in claimants for d in act_doers(clause, index))
