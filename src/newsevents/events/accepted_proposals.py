"""Restraint: parties who agree to someone's proposal do not agree with each other.

"Serbia and Kosovo agreed on a roadmap" and "India and Bangladesh agreed to share river data" are
agreements between the doers: each is the other's target. "China and Russia ... later agreed to
this tougher resolution" is not: the two accept a text a third party drafted (here the Security
Council's), and neither agrees anything with the other. Pairing the co-subjects with each other
makes two false events; the acceptance's real target (the proposer) is rarely in the clause, so
no event is coded rather than a guessed one.

The rule reads the verb's "to" complement: a noun of the class of proposals and texts put to a
vote (a resolution, a proposal, a plan, terms, conditions, demands, a draft, an offer). A
ceasefire, talks or a deal agreed to stay joint acts of the doers, and so does a proposal for one
("agreed to the cease-fire plan").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.nlp.hyphenated import text_in

# Verbs of accepting a proposal ("agreed to", "consented to", "acceded to").
ACCEPT_LEMMAS = frozenset({"agree", "consent", "accede", "assent"})
# Texts and proposals one party puts to others.
PROPOSAL_NOUNS = frozenset({"resolution", "proposal", "plan", "term", "terms", "condition", "conditions", "demand",
                            "demands", "request", "draft", "offer", "bill", "amendment", "initiative", "formula",
                            "text", "version", "package", "blueprint", "scheme", "motion", "ultimatum"})
# A proposal for a joint act stays one between the doers: "Russia and Georgia agreed to the
# cease-fire plan" agree a ceasefire with each other, whoever drafted the plan.
JOINT_MODIFIERS = frozenset({"cease-fire", "ceasefire", "cease", "fire", "truce", "peace", "armistice"})


def accepted_proposal(verb: Token) -> bool:
    """Whether ``verb`` ("agreed") has a "to" complement that names a proposal ("agreed to this
    tougher resolution", "agreed to the terms"): its co-subjects accept it, not each other."""
    if verb.lemma_.lower() not in ACCEPT_LEMMAS:
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in PROPOSAL_NOUNS and not _joint(o) for o in prep.children)
        for prep in verb.children)


def _joint(noun: Token) -> bool:
    """Whether a proposal noun is one for a joint act ("the cease-fire plan", "a peace proposal")."""
    return any(c.dep_ in ("compound", "amod", "nmod") and text_in(c, JOINT_MODIFIERS) for c in noun.subtree
               if c.i < noun.i)
