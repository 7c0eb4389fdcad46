"""Restraint: three clause shapes that tell an act as not done, read from the parse alone.

- **What someone is to be brought to do.** "officials met in Geneva to convince the rebels to
  hold negotiations with the government", "an effort to persuade the army to withdraw": the
  infinitive under an infinitive of persuading or forcing is the act the persuaders want, and
  nobody has agreed to it yet. A finite persuading verb ("convinced the rebels to join the
  talks", "forced the president to resign") reports its success and is left alone, as are
  verbs of asking ("to press Bakiyev to resign"), which other rules read as appeals.
- **A reluctance.** "the rebels are hesitant to sign the treaty", "remains reluctant to
  disarm": an adjective of holding back says the act is not done, as the verb "hesitated to
  strike" already does (``modality.UNHESITATING``); "is not reluctant to use force" is left alone.
- **"any" after "before" or "until".** "the talks ended before the two sides had held any formal
  discussions", "until any talks begin": the negative-polarity "any" on the act's noun in a
  clause of "before" or "until" says the act had not happened.

Session 33's census of fresh news (fp33) found all three among its "not an act" faults: the
purpose of a meeting coded as the rebels' talks with the government four times over, "are hesitant
to sign the final peace treaty" coded as a signing (057), "before ... had held any formal
discussions" coded as talks held (040, both ways).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.clause_marks import negated
from newsevents.nlp.docview import doc_view

# Verbs of bringing someone round or compelling them ("to convince X to", "to force X to").
PERSUADING = frozenset({"convince", "persuade", "force", "compel", "induce", "coax", "cajole", "coerce",
                        "prod", "nudge", "entice", "get"})
# Adjectives of holding back ("hesitant to sign", "reluctant to disarm").
RELUCTANT = frozenset({"hesitant", "reluctant", "unwilling", "loath", "loth", "disinclined", "averse"})
# Subordinators after which an act marked "any" has not taken place.
NOT_YET_MARKS = frozenset({"before", "until", "till"})
COMPLEMENT_DEPS = frozenset({"advcl", "xcomp", "ccomp"})


def _to_infinitive(token: Token) -> bool:
    """Whether ``token`` is a to-infinitive ("to convince")."""
    parse = doc_view(token.doc)
    return token.tag_ == "VB" and any(parse.deps[c] == "aux" and parse.lower[c] == "to"
                                      for c in parse.children(token.i))


def persuasion_goal(current: Token) -> Token | None:
    """The infinitive of persuading whose wanted act ``current`` is ("to convince the rebels *to
    hold* talks"), else ``None``. ``current`` must be a to-infinitive hung on it as a complement or
    an adjunct (the parser does both)."""
    head = current.head
    if head.i == current.i or current.dep_ not in COMPLEMENT_DEPS or not _to_infinitive(current):
        return None
    if head.lemma_.lower() in PERSUADING and _to_infinitive(head):
        return head
    return None


def reluctance(current: Token) -> Token | None:
    """The adjective of holding back that ``current`` is the infinitive of ("hesitant *to sign*"),
    else ``None``; a negated one ("is not reluctant to act") says the opposite and is left alone."""
    head = current.head
    if current.dep_ != "xcomp" or head.pos_ != "ADJ" or head.lemma_.lower() not in RELUCTANT:
        return None
    holder = head.head if head.dep_ == "acomp" else head
    if negated(head) or negated(holder):
        return None
    return head


def not_yet_any(trigger: Token, verb: Token) -> bool:
    """Whether the noun ``trigger`` carries "any" in a clause of "before" or "until" ("before they
    had held any discussions"): an act that had not taken place."""
    if trigger.i == verb.i or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    parse = doc_view(trigger.doc)
    if not any(parse.deps[c] == "det" and parse.lower[c] == "any" for c in parse.children(trigger.i)):
        return False
    return any(parse.deps[c] == "mark" and parse.lower[c] in NOT_YET_MARKS for c in parse.children(verb.i))
