"""Restraint: an infinitive that states an aim is not an act.

Two forms of the same thing, both read from the parse alone:

- **An agreement's aim.** "Sudan and the rebels signed a peace deal to end the war", "the two
  sides reached an accord to free all detainees": the infinitive says what the signed text is
  for. The signing is the event (057); the end of the war or the release is what it promises,
  not something done that day, and coding it too (0871, 0841) restates the signing as a deed.
  The infinitive is an adverbial clause of a verb whose direct object is an agreement noun.
- **A noun's purpose.** "will have a strong leader to support them", "needs a mediator to talk
  to the rebels": an infinitival relative clause on a noun names a role or a want, not an act.
  A noun's infinitival complement is left alone: "the announcement to ban aid agencies", "the
  decision to expel the envoy" report the act announced or decided.

Aims a traveller goes to carry out ("went to Moscow to meet Putin") are left alone: the verb's
object is no agreement, and the meeting they report usually takes place.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.nlp.hyphenated import lemma_in

# Texts whose signing or reaching names what they are for ("a deal to end the war").
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "cease-fire",
                             "memorandum", "protocol", "roadmap", "framework", "compact", "declaration"})
AIM_DEPS = frozenset({"advcl"})
# An infinitival relative ("a leader to support them"); not a clause complement of a noun
# ("al-Shabab's announcement to ban aid agencies", "the decision to expel": the act announced).
PURPOSE_DEPS = frozenset({"relcl"})
INFINITIVE_TAG = "VB"
# Verbs of having or wanting someone or something for a purpose ("will have a leader to support
# them", "needs a mediator to talk to the rebels"); not verbs of asking, whose object does the act
# ("lobbied leaders to back her bid", sometimes parsed the same way).
HAVING_LEMMAS = frozenset({"have", "need", "want", "seek", "lack", "find", "get", "look"})


def stated_aim(verb: Token) -> bool:
    """Whether the trigger ``verb`` is an infinitive stating an agreement's aim or a noun's purpose."""
    if verb.tag_ != INFINITIVE_TAG or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ in PURPOSE_DEPS:
        return head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "obj", "pobj") \
            and head.head.lemma_.lower() in HAVING_LEMMAS
    if verb.dep_ in AIM_DEPS:
        return any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemma_in(c, AGREEMENT_NOUNS)
                   for c in head.children)
    return False
