"""Detention told as a state, not as an act: CAMEO 173 (arrest, detain) with no verb of arresting.

News follows a detention long after the arrest, and tells it by where the person is:

- **Held in a place of custody.** "the opposition leader remains in custody", "is still in
  detention", "has been in jail since March", "remains behind bars": a person who stays, lingers or
  is (now, or up to now) in custody is detained (the ``_in_custody`` pattern, aimed at that person).
  A past "was in prison" is background to something else, and "is no longer in custody" is a
  release, not a detention; both code nothing here.
- **Still held.** "the journalist remains detained", "stayed jailed": "remain" with a participle of
  detaining tells the same state.

The doer is rarely named: like an arrest in the passive, the detention is by the police of the
country it happens in (:func:`newsevents.events.implied_actors.implied_police`, which counts these
constructions as agentless). Captivity ("remain in captivity") is a hostage's state, no state's
detention, and is left out.

- **The held are of the holding state.** "Egyptian police detained the opposition leader",
  "Nigerien authorities arrested three journalists": the governed a state's organ arrests or charges
  with no country of their own named (the opposition, journalists, civilians, students ...) are of
  that state's country (:func:`held_by_state`), as the uncoded persons of
  :func:`newsevents.events.home_coercion.held_person_target` are.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import NOUNS, VERBS, Gate, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.records import ActorMention

CUSTODY_PATTERN = "_in_custody"
"""The pattern a detention told as a state codes by (``coerce.in_custody``)."""
CUSTODY_PREPS = frozenset({"in", "behind"})
"""Where the held are: "in custody", "in jail", "behind bars"."""
BARS, BEHIND = "bar", "behind"
STATE_VERBS = frozenset({"remain", "stay", "languish", "sit", "continue"})
"""Verbs that tell a state lasting up to now, whatever their tense ("remained in custody")."""
STATE_VERB_POS = (*VERB_POS, "AUX")
"""The parts of speech of such a verb, "be" among them."""
HELD_POS = (*NOUN_POS, "PRON")
"""The parts of speech of the one held."""
BE = "be"
""""be" tells a detention only in the present or the perfect ("is in custody", "has been in jail")."""
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
HELD_PARTICIPLES = frozenset({"detain", "jail", "imprison", "hold", "incarcerate", "intern"})
"""Participles of detaining after "remain" ("remains detained", "stayed jailed")."""
RELEASED = frozenset({"longer", "free", "freed", "released"})
"""Words that undo the state: "is no longer in custody"."""


@gated(Gate(NOUNS, frozenset({"pobj"}), lists=("custody_nouns",)),
       Gate(VERBS, frozenset({"acomp", "xcomp", "oprd"}), words=HELD_PARTICIPLES))
def in_custody(tok: Token, lex: Lexicon) -> Match | None:
    """"remains in custody", "has been behind bars since March" (``tok`` the place of custody), or
    "remains detained" (``tok`` the participle): the ``_in_custody`` pattern, its theme the one held
    (the subject of the verb of state); ``None`` for any other word or use."""
    if tok.pos_ in NOUN_POS:
        verb = _state_verb_of_place(tok, lex)
    elif tok.pos_ in VERB_POS:
        verb = _state_verb_of_participle(tok)
    else:
        return None
    if verb is None or _undone(verb):
        return None
    held = fr.subject(verb)
    pattern = lex.construction(CUSTODY_PATTERN)
    if held is None or held.pos_ not in HELD_POS or pattern is None:
        return None
    return Match(tok, pattern, held, verb=verb)


def _state_verb_of_place(tok: Token, lex: Lexicon) -> Token | None:
    """The verb of state a place of custody is the "in"/"behind" object of ("remains in custody")."""
    if tok.dep_ != "pobj" or tok.lemma_.lower() not in lex.word_list("custody_nouns"):
        return None
    prep = tok.head
    if prep.lower_ not in CUSTODY_PREPS or prep.dep_ != "prep":
        return None
    if (tok.lemma_.lower() == BARS) != (prep.lower_ == BEHIND):
        return None  # "behind bars" only; "in the bar" is a pub, "behind the prison" a place
    verb = prep.head
    return verb if verb.pos_ in STATE_VERB_POS and _lasting(verb) else None


def _state_verb_of_participle(tok: Token) -> Token | None:
    """"remains detained": the verb of state a participle of detaining completes."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in HELD_PARTICIPLES or tok.dep_ not in ("acomp", "xcomp", "oprd"):
        return None
    verb = tok.head
    return verb if verb.lemma_.lower() in STATE_VERBS else None


def _lasting(verb: Token) -> bool:
    """Whether ``verb`` tells a state that lasts up to now: a verb of staying, or "be" in the present
    or the perfect ("is in custody", "has been in jail"); not a past "was in prison" (background)."""
    lemma = verb.lemma_.lower()
    if lemma in STATE_VERBS:
        return True
    if lemma != BE:
        return False
    return verb.tag_ in PRESENT_TAGS or any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


def _undone(verb: Token) -> bool:
    """Whether the state is denied or over ("is not in custody", "is no longer in jail")."""
    return any(c.dep_ == "neg" or c.lower_ in RELEASED for c in verb.children) \
        or any(g.lower_ == "longer" for c in verb.children if c.dep_ == "advmod" for g in c.subtree)


HELD_CODES = frozenset({"173", "1125"})
"""Arrests, detentions and charges: whom a state holds is, unless named otherwise, its own."""
HELD_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB", "PTY", "REL", "AGR", "MED"})
"""The governed a state holds at home: the opposition, civilians, students, workers, parties, the press."""
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
"""The organs of a state that arrest and charge."""


def held_by_state(code: str, source: ActorMention | None, target: ActorMention | None) -> ActorMention | None:
    """The target of an arrest or charge by a state's organ, given that state's country when it is one
    of the governed named by role alone ("the opposition leader", "three journalists": a code that is
    only a sector); ``None`` when the rule does not apply (a target with a country or a name of its
    own, a doer that is no state's organ, another act)."""
    if code not in HELD_CODES or source is None or target is None or not source.country \
            or source.sector not in STATE_ORGANS:
        return None
    if target.country or target.sector not in HELD_SECTORS or target.code != target.sector:
        return None
    country = source.country
    return dataclasses.replace(target, code=country + target.sector, country=country)
