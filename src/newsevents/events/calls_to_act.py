"""Calls to act without "on": "the protesters called political parties not to interfere", "the
officers called their comrades to join the people".

English news says "called on X to act"; translated statements and local outlets often drop the
"on". The parser then reads "called X" as a telephone call (constructions.phone_call) or as
nothing, and the appeal was lost. A call whose object is told to do something, in a to-infinitive
of its own, is an appeal to that object (the ``_call_to`` pattern, 020; its target the one called).
A call made to talk ("called Putin to discuss Ukraine", "to congratulate him"), or a summons to
explain or protest ("called the ambassador to protest the remarks"), stays a telephone call. So does
a call to one person ("Biden called Netanyahu to press for a ceasefire", "called his counterpart to
demand ..."): in wire English, calling a named person or a leader to do something is a phone call
made to press him; the appeals this reader exists for go to bodies (parties, comrades, the army).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon

CALL_TO_PATTERN = "_call_to"
# The dependencies the parser gives the infinitive of "called X to V" ("not to get involved" is an oprd)
INFINITIVE_DEPS = frozenset({"xcomp", "oprd", "advcl", "ccomp"})
# An asked act is a verb, or an adjective after "to be" ("called on them to be calm")
ACT_POS = (*VERB_POS, "ADJ")
# What a telephone call or a summons is made for: talk, not an act asked of the one called
CONVERSATION_VERBS = frozenset({
    "discuss", "talk", "speak", "congratulate", "express", "offer", "thank", "inform", "brief", "convey", "wish",
    "say", "tell", "ask", "invite", "apologize", "apologise", "update", "check", "confirm", "relay", "extend",
    "raise", "reassure", "assure", "review", "exchange", "explain", "protest", "complain", "request", "seek",
    "share", "voice", "hear", "learn", "consult", "coordinate", "condole", "greet", "welcome", "notify",
    "clarify", "outline", "present", "deliver", "pass", "stress", "reiterate", "underline", "announce",
    "arrange", "negotiate", "plan", "mark", "celebrate", "mourn", "honor", "honour", "pledge", "promise",
})

# Titles of one person: "called the president to demand ..." is a telephone call to him
PERSON_TITLES = frozenset({
    "president", "premier", "minister", "chancellor", "king", "queen", "emir", "sultan", "prince", "counterpart",
    "leader", "secretary", "ambassador", "envoy", "governor", "mayor", "pope", "him", "her",
})


@gated(Gate(VERBS, lists=("phone_verbs",)))
def call_to_act(tok: Token, lex: Lexicon) -> Match | None:
    """"called the parties not to interfere": an appeal to the object to do what the infinitive
    says (the ``_call_to`` pattern), when that is no talk ("called Putin to discuss Ukraine")."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("phone_verbs")) or fr.is_passive(tok):
        return None
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "off")) for c in tok.children):
        return None  # "called on", "called for", "called off": the lexicon's own patterns
    called = fr.objects(tok)
    if not called or any(_one_person(o) for o in called) or asked_act(tok) is None:
        return None
    patterns = lex.for_token("verb", CALL_TO_PATTERN)
    return Match(tok, patterns[0]) if patterns else None


def asked_act(call: Token) -> Token | None:
    """The act a call asks of its object: the to-infinitive on the call verb, unless it is talk."""
    for comp in call.children:
        if comp.dep_ not in INFINITIVE_DEPS or comp.pos_ not in ACT_POS:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            continue
        return None if comp.lemma_.lower() in CONVERSATION_VERBS else comp
    return None


def _one_person(obj: Token) -> bool:
    """"Netanyahu", "his counterpart", "the president": one person, whom one telephones."""
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in PERSON_TITLES or obj.lower_ in PERSON_TITLES
