"""Threats of harm named by a verb that is no act of its own: "vowed to retaliate against Israel",
"threatened to punish Colombia", "will crush the rebels".

Verbs like "retaliate", "punish" or "crush" say that harm will be done without saying which
(force, sanctions, arrests), so as facts they are not coded ("the army retaliated" is too vague to
code a kind of force). Vowed, threatened, warned of or announced for the future, they are a threat
of force against their object (CAMEO 138, the ``_harm`` pattern). Negated, conditional or asked-for
they code nothing, like any other act (see :mod:`newsevents.events.modality`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import VERB_POS, VERDICT_COPULAS, Match
from newsevents.events.modality import INTENT, THREAT, mood
from newsevents.events.patterns import Lexicon

HARM_PATTERN = "_harm"
HARM_WORDS = "harm_verbs"


@gated(Gate(VERBS, lists=(HARM_WORDS,)))
def harm_threat(tok: Token, lex: Lexicon) -> Match | None:
    """A verb of ``harm_verbs`` that is vowed, threatened or announced: the ``_harm`` pattern."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list(HARM_WORDS)):
        return None
    if mood(tok, tok, lex).kind not in (THREAT, INTENT):
        return None
    patterns = lex.for_token("verb", HARM_PATTERN)
    return Match(tok, patterns[0]) if patterns else None


CONSEQUENCE_PATTERN = "_consequence"
TARGET_PATTERN = "_target"
# "will pay a heavy price", "would face the consequences", "will bear responsibility for ..."
PENALTY_VERBS = frozenset({"face", "bear", "pay", "suffer", "risk"})
# "Iran risks serious consequences if ...": a penalty risked is said of the future in any tense
RISK_VERBS = frozenset({"risk"})
PENALTY_NOUNS = frozenset({"consequence", "price", "wrath", "retribution", "retaliation", "repercussion", "penalty"})
# "will bear responsibility for the consequences" (not "for the reconstruction")
BLAMED_OUTCOMES = frozenset({"consequence", "escalation", "outcome", "result", "aftermath", "repercussion"})
BECOME_VERBS = VERDICT_COPULAS  # "would become legitimate targets"
TARGET_NOUNS = frozenset({"target"})


def _announced(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is said of the future ("will", "would" in a report) or vowed, and not negated."""
    return mood(tok, tok, lex).kind in (THREAT, INTENT)


def _penalty(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "responsibility":
        return any(o.lemma_.lower() in BLAMED_OUTCOMES for o in fr.prep_objects(noun, {"for"}))
    return lemma in PENALTY_NOUNS


@gated(Gate(frozenset(VERB_POS | {"AUX"}), frozenset({"ccomp"})))
def penalty_threat(tok: Token, lex: Lexicon) -> Match | None:
    """"warned that Washington would pay a heavy price", "Iran will face the consequences, the minister
    said": the speaker threatens the one who is to pay (the ``_consequence`` pattern, 130); "said US
    warships would become legitimate targets" threatens force against them (the ``_target`` pattern,
    138). Only what is said of the future is a threat ("Iran paid a heavy price" is a comment); a
    penalty risked always is ("said Iran risks serious consequences if it ...")."""
    if tok.pos_ not in VERB_POS | {"AUX"} or tok.dep_ != "ccomp":
        return None
    lemma = tok.lemma_.lower()
    if lemma in PENALTY_VERBS:
        name = CONSEQUENCE_PATTERN if any(c.dep_ == "dobj" and _penalty(c) for c in tok.children) else None
    elif lemma in BECOME_VERBS:
        name = TARGET_PATTERN if any(
            c.dep_ == "attr" and c.lemma_.lower() in TARGET_NOUNS for c in tok.children) else None
    else:
        name = None
    risked = lemma in RISK_VERBS and not any(c.dep_ == "neg" for c in tok.children)
    if name is None or not (risked or _announced(tok, lex)):
        return None
    patterns = lex.for_token("verb", name)
    return Match(tok, patterns[0]) if patterns else None


DEADLINE_PATTERN = "_deadline"
DEADLINE_VERBS = frozenset({"give", "grant", "allow"})
TIME_NOUNS = frozenset({"hour", "day", "week", "month"})
UNTIL_PREPS = {"until", "till"}
# Near limits of an ultimatum ("until Monday", "until midnight", "until the end of the month");
# "gave Ukraine until 2030 to join" sets a time frame, not an ultimatum.
NEAR_TIMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "midnight",
                        "noon", "tomorrow", "tonight", "weekend", "end", "dawn", "morning", "evening"})


@gated(Gate(VERBS, words=DEADLINE_VERBS))
def deadline(tok: Token, lex: Lexicon) -> Match | None:
    """"gave the junta one week to reinstate the president", "gave Pyongyang 45 days to shut the reactor",
    "gave Moscow until Monday to rein in the rebels":
    a time limit for another to act is an ultimatum (the ``_deadline`` pattern, 139). The theme is
    the act demanded, which is not coded as done."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in DEADLINE_VERBS:
        return None
    times = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_NOUNS]
    # "gave Moscow until Monday to rein in the rebels", "until the end of the year to hold elections"
    times += [o for o in fr.prep_objects(tok, UNTIL_PREPS) if o.lemma_.lower() in NEAR_TIMES
              and any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN") for c in tok.children)]
    if not times:
        return None
    # the infinitive hangs on the verb ("gave Iran 60 days to halt") or on the time ("48 hours to surrender")
    hosts = [tok, *times]
    if tok.dep_ == "acl":
        # "passed a resolution giving Iran 60 days to halt": the parser may hang the infinitive on
        # the noun the deadline qualifies or on that noun's verb; it still follows the time given
        hosts += [tok.head, tok.head.head]
    demanded = [c for host in hosts for c in host.children
                if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.tag_ == "VB" and c.i > times[0].i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    patterns = lex.for_token("verb", DEADLINE_PATTERN)
    return Match(tok, patterns[0], demanded[0]) if demanded and patterns else None


# Acts a threatened response answers: "a response to any attack by Israel", "retaliate against any
# provocation from Seoul".
PROVOCATION_NOUNS = frozenset({"attack", "provocation", "aggression", "incursion", "violation", "strike", "move",
                               "intrusion", "invasion", "escalation", "act", "action"})


def provokers(match: Match) -> list[Token]:
    """Whom a threatened response is aimed at when it names only the act it answers: the "by" or
    "from" agent, or the possessor, of that act ("a crushing response to any attack *by Israel*")."""
    hosts = [match.token] + ([match.theme] if match.theme is not None else [])
    acts = [o for h in hosts for o in fr.prep_objects(h, {"to", "against", "for"})
            if o.lemma_.lower() in PROVOCATION_NOUNS]
    # "for Syrian provocations", "to any Israeli attack": a nationality adjective names the doer too (session 17)
    return [d for a in acts for d in fr.prep_objects(a, {"by", "from"})
            + [c for c in a.children if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))]]
