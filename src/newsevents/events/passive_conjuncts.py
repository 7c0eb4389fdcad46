"""The doer of an active verb coordinated with a passive one: "police were deployed in the town
and arrested ten protesters", "the opposition leader was freed on bail and condemned the court".

News often tells what was done to someone and what that someone then did in one clause pair
that shares the subject. The passive verb's subject is the one it was done to; the active verb
coordinated with it has no subject of its own and, by the grammar of coordination, shares that
subject as its doer. :func:`newsevents.events.frames.subject` read a conjunct's doer from its head
verb's doer, which for a passive head is its agent ("by police") or nothing, so the active act
lost its doer ("no doer named"). Seen in the former blind sets of session 20 ("Police have been
ordered to shoot looters on sight and have imposed a curfew").

A conjunct that is passive itself ("were arrested and beaten", "was detained and the marchers
dispersed") never comes here: its subject is a sufferer too (events/voice.py reads those). Nor does
a bare participle the parser tagged as a past tense ("was beaten and detained overnight"): only a
conjunct that shows it is active, by an object or complement of its own or an auxiliary other than
"be" ("and *have* imposed"), takes the passive's subject as its doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.voice import is_passive


def passive_partner_subject(verb: Token) -> Token | None:
    """The passive subject ``verb`` shares with the passive verb it is coordinated with, when
    ``verb`` is an active conjunct with no subject of its own: "police *were deployed* ... and
    *arrested* ten" -> police. ``None`` for anything else."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not is_passive(head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or not _plainly_active(verb):
        return None
    patients = [c for c in head.children if c.dep_ == "nsubjpass"]
    return patients[0] if patients else None


# What makes a conjunct visibly active: an object or complement of its own.
ACTIVE_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp"})
# Auxiliaries of the passive ("was beaten", "had been detained"): no sign of an active verb.
BE_FORMS = frozenset({"be"})


def _plainly_active(verb: Token) -> bool:
    """Whether the conjunct shows it is active: an object or complement ("and *arrested* ten"), or
    an auxiliary that is not a form of "be" ("and *have* imposed a curfew")."""
    return any(c.dep_ in ACTIVE_DEPS for c in verb.children) or any(
        c.dep_ == "aux" and c.lemma_.lower() not in BE_FORMS and c.lower_ != "to" for c in verb.children)
