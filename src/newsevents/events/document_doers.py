"""Who acts through a document a participle hangs on: its own issuer first.

"Israel rejected *a UN resolution condemning* its settlements", "the opposition welcomed *an EU
statement criticising* the government", "Caracas protested *a U.S. decree imposing* sanctions": the
act a document's participle tells is done by the document's issuer, named on the document itself (a
possessor, a "by"/"from" phrase, a country or body modifier: "UN", "EU", "U.S.", "the army's"). It
used to be the subject of the verb the document is the object of, which is its issuer only when that
verb issues it ("issued a statement calling on Seoul", "passed a law banning the party"): for any
other verb (reject, welcome, protest, criticise ...) that subject reacts to the document and did not
write it, so no doer is better than that one (:func:`issuing_verb`). Only spoken texts (statements,
resolutions, decrees: ``frames.SPEAKING_NOUNS``) are read so; an enacted law's participle keeps the
enacting verb's subject or no doer ("criticized the American law imposing sanctions").

A plan or a decision made public or taken holds the same way: "Russia *announced plans to expel* 35
diplomats", "the junta took the decision to close the border": with no holder named on the noun
("Turkey's decision to ..."), the infinitive's doer is the subject of the verb that announced or took
it (:func:`announcing_verb`); it was no one, and the act was left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.held_acts import HOLDING_NOUNS, act_holder

# Entity types that name who can issue a document ("a *UN* resolution", "an *American* law").
ISSUER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Common nouns that name an issuer as a modifier ("a *government* statement", "an *army* communique").
ISSUER_NOUNS = frozenset({"government", "army", "military", "police", "ministry", "opposition", "rebel", "junta",
                          "cabinet", "parliament", "presidency", "party", "embassy", "council", "court", "union",
                          "coalition", "president", "minister", "ministerial", "presidential", "palace"})
# Verbs whose subject issues the document they take as object ("issued a statement", "passed a law").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "deliver", "make", "read", "give", "put", "sign",
                           "pass", "adopt", "enact", "unveil", "announce", "post", "write", "draft", "present",
                           "submit", "approve", "table", "introduce", "promulgate", "circulate", "distribute",
                           "broadcast", "air", "tweet", "lodge", "file", "hand"})


def own_issuer(document: Token) -> Token | None:
    """The issuer a document names itself: its possessor, its "by"/"from" object, or a modifier that
    names a country, body or person ("a UN resolution", "an army statement"), else ``None``."""
    for child in document.children:
        if child.dep_ == "poss":
            return child
    for prep in document.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            found = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found
    for child in document.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
                child.ent_type_ in ISSUER_ENTS or child.pos_ == "PROPN" or child.lemma_.lower() in ISSUER_NOUNS
                or (child.dep_ == "compound" and child.text[:1].isupper())):  # "an ECOWAS statement"
            return child
    return None


def issuing_verb(verb: Token) -> bool:
    """Whether ``verb``'s subject issues its object document ("issued", "passed", "read out")."""
    return verb.lemma_.lower() in ISSUING_VERBS


# Verbs whose subject holds the plan or decision it makes public or takes ("announced plans to expel").
ANNOUNCING_VERBS = frozenset({"announce", "unveil", "reveal", "outline", "make", "take", "reach", "adopt",
                              "approve", "confirm", "detail", "disclose", "declare"})


def announcing_verb(verb: Token) -> Token | None:
    """The verb that made public or took the plan or decision whose infinitive ``verb`` is ("announced"
    in "announced plans to expel 35 diplomats", "took the decision to close the border"), when the
    noun names no holder of its own; else ``None``: its subject holds the plan."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in HOLDING_NOUNS or noun.dep_ != "dobj" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or act_holder(verb) is not None:
        return None
    announcer = noun.head
    return announcer if announcer.pos_ == "VERB" and announcer.lemma_.lower() in ANNOUNCING_VERBS else None
