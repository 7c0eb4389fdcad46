"""Acts a trigger names but no one does: restraints read once the coder has found its events.

Two forms where a trigger the lexicon knows names no act of its own:

- **Support as a manner.** "in support of" or "in solidarity with" hanging from another act
  ("jets bombed rebel camps in support of Malian forces", "troops counterattacked in support of
  the army") says whom that act helps; it is no statement of support (051), which is said. The
  act it hangs from is coded by its own rule. Support said so stays ("spoke out in support of",
  "voted in support of"), and so does "a resolution in support of" (the noun hangs from a noun).
- **An act listed as an instance.** A gerund with no doer of its own that is what a charge or a
  list "includes" or "involves" ("the violations include sending troops into the zone") names a
  kind of act the speaker alleges, not one told as done; the allegation is coded by its own verb.
- **An act wished for.** A past participle a verb of wanting takes with its object ("do not want
  their freedom suppressed", "wanted the leaders jailed") tells a wish about the object, not an act
  anyone did.
- **A protest looked on.** Whoever covers, films, witnesses or watches a protest ("the reporter
  covered the protests", "diplomats observed the rally") is no protester, nor is a journalist who
  attends one ("VOA's reporter attended several protests"): the protest keeps no doer from them
  (protesters the noun implies, when the coder reads them, stay).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.emit import Found

SUPPORT = "051"
MANNER_NOUNS = frozenset({"support", "solidarity", "backing"})
"""Nouns that, as "in support of X", tell whom another act helps."""
SAYING_VERBS = frozenset({"speak", "say", "voice", "vote", "write", "testify", "argue", "declare", "state", "come",
                          "weigh", "sign", "tweet", "post", "issue", "express", "pledge", "appear"})
"""Verbs that say what "in support of" hangs from ("spoke out in support of", "came out in support of")."""
LISTING_VERBS = frozenset({"include", "involve", "comprise", "entail"})
"""Verbs whose object gerund names a kind of act, an instance of a charge or a list."""
WANTING_VERBS = frozenset({"want", "wish", "like", "prefer", "need"})
"""Verbs whose object's participle is wished for ("want them jailed"), not done."""
PROTEST_ROOT = "14"
WATCHING_VERBS = frozenset({"cover", "film", "witness", "watch", "observe", "monitor", "photograph", "report"})
"""Verbs whose subject looks on at the protest that is their object."""
PRESS = "MED"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "poss"})


def restrained(found: list[Found]) -> list[Found]:
    """``found`` without the acts a trigger names but no one does (see the module doc)."""
    return [f for f in found if not (_support_as_manner(f) or _listed_instance(f.match.token)
                                     or _wished(f.match.token) or _looked_on(f))]


def _support_as_manner(found: Found) -> bool:
    """Whether a statement of support is read from "in support of" hanging from a verb."""
    tok = found.match.token
    if found.cameo != SUPPORT or tok.lemma_.lower() not in MANNER_NOUNS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    verb = prep.head
    return prep.lower_ == "in" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in SAYING_VERBS


def _listed_instance(tok: Token) -> bool:
    """Whether trigger ``tok`` is a subjectless gerund that a listing verb takes as its object."""
    if tok.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return False
    return tok.dep_ in ("dobj", "xcomp", "ccomp", "attr") and tok.head.lemma_.lower() in LISTING_VERBS


def _wished(tok: Token) -> bool:
    """Whether trigger ``tok`` is a past participle a verb of wanting takes as its object's predicate."""
    # the parser often reads the participle as a past tense with the object as its subject
    # ("want [their freedom suppressed]"): a clause with no auxiliary or "that" of its own is the same
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("ccomp", "xcomp", "oprd"):
        return False
    return tok.head.lemma_.lower() in WANTING_VERBS and not any(c.dep_ in ("aux", "auxpass", "mark")
                                                               for c in tok.children)


def _looked_on(found: Found) -> bool:
    """Whether a protest is read from a noun that its doer only covers or watches (see the module doc)."""
    tok = found.match.token
    if not found.cameo.startswith(PROTEST_ROOT) or tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return False
    source = found.source
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    # the doer is the watcher, or named inside the watcher's phrase ("an AFP photographer": AFP)
    if source is None or not any(s.left_edge.i <= source.start <= s.i for s in subjects):
        return False  # "covered the protests": protesters implied by the noun stay its doers
    verb = tok.head.lemma_.lower()
    return verb in WATCHING_VERBS or (verb == "attend" and source.sector == PRESS)
