"""Threats told without a verb of threatening: a side's words that another side will regret, that its
act will not go unanswered, or that its attack would be met with a response.

"Iran warned that Washington would regret its decision", "Iran will make Israel regret any reprisals,
he added": the speaker threatens whoever is to regret (CAMEO 130, the ``_regret_threat`` pattern).
"The Turkish president said the attack by Syrian forces would not go unanswered", '"Such a step by
Warsaw will not remain without a harsh reaction," the ministry said': an act promised an answer
threatens its doer (130, ``_unanswered_act``). "Said any US strike on Iran would result in all-out
war", '"An Iranian attack on Israel would trigger a tough reaction," the minister said': a response
announced for another's attack threatens the attacker with force (138, ``_provoked_response``).

Each is said of the future ("will", "would", "is going to") in the words of a side; the one
threatened is named in the clause (the one who will regret, the act's owner: its possessor, its
nationality, its "by" agent), never only implied. Said of the past ("Israel regretted its
decision", "the attack triggered a response") it is no threat; hedged ("could trigger") or asked it
is a guess; a threat to no side ("any threat to our allies will be met with force", "terrorism will
not go unpunished") names nobody and codes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon

REGRET_PATTERN = "_regret_threat"
UNANSWERED_PATTERN = "_unanswered_act"
PROVOKED_PATTERN = "_provoked_response"

# Auxiliaries that put a clause in the future ("will", "would" in a report, "shall", "'ll").
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# "is going to regret": the future told by "going to"
GOING = frozenset({"go"})
# "make X regret", "ensure that X regrets": a causer of the regret
CAUSING = frozenset({"make", "ensure"})
# What another side is told it will regret: its own step, or what it dares.
REGRETTED = frozenset({"decision", "move", "step", "action", "act", "choice", "mistake", "day", "reprisal",
                       "retaliation", "attack", "aggression", "adventure", "provocation", "interference", "folly",
                       "strike", "invasion", "escalation", "crime"})
REGRETTED_PRONOUNS = frozenset({"it", "this", "that"})
# The first person regrets nothing it threatens ("we will regret it" is a fear, not a threat).
FIRST_PERSON = frozenset({"i", "we", "us", "me"})

# "will not go unanswered", "will not remain unpunished", "will not pass unanswered"
UNANSWERED_VERBS = frozenset({"go", "remain", "pass", "stay"})
UNANSWERED_WORDS = frozenset({"unanswered", "unpunished", "unavenged", "unchallenged"})
# "will not remain without a harsh reaction"
ANSWERS = frozenset({"response", "reaction", "answer", "reply", "retaliation", "consequence", "punishment",
                     "reprisal"})
# Acts whose doer an answer is promised to: what a side does to another, not a description of a person.
ANSWERED_ACTS = frozenset({"attack", "strike", "airstrike", "crime", "aggression", "act", "action", "step", "move",
                           "killing", "murder", "assassination", "bombing", "shelling", "provocation", "massacre",
                           "incursion", "violation", "invasion", "raid", "decision", "insult", "seizure",
                           "expulsion", "intrusion"})

# "would result in war", "would trigger a tough reaction", "will be met with a massive response"
RESULTING = frozenset({"result", "lead", "trigger", "provoke", "spark", "draw", "invite", "prompt", "bring", "mean"})
MEETING = frozenset({"meet"})
# Acts a response is announced for (as ``threats.PROVOCATION_NOUNS``, less the bare "move" and "act",
# which answer no force: "any move to ..." is no attack).
PROVOKING_ACTS = frozenset({"attack", "strike", "airstrike", "aggression", "invasion", "incursion", "provocation",
                            "assault", "offensive", "intervention", "bombing", "raid", "escalation"})
# Answers that are force, or a response said to be forceful ("a tough reaction", "all-out war").
FORCE_ANSWERS = frozenset({"war", "retaliation", "reprisal", "response", "reaction", "counterattack",
                           "counter-attack", "riposte", "retribution"})


def _future(verb: Token) -> bool:
    """Whether ``verb`` is said of the future: "will", "would", "shall", or "is going to"."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in GOING and head.tag_ == "VBG"


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _reported(verb: Token) -> bool:
    """Whether ``verb``'s clause is reported (a "said"/"warned" clause or a quotation's ``ccomp``)."""
    return verb.dep_ == "ccomp" and verb.head.i != verb.i


def owners(act: Token) -> list[Token]:
    """Who an act noun says did it: its possessor, its nationality ("an Iranian attack", "any US
    strike" and the conjuncts of either), or its "by" or "from" agent ("a step by Warsaw")."""
    found = [c for c in act.children if c.dep_ == "poss" and c.lower_ not in FIRST_PERSON | {"our", "my"}]
    found += [c for c in act.children if c.dep_ in ("amod", "nmod", "compound") and c.ent_type_ in ("NORP", "GPE")]
    found += [conj for c in list(found) for conj in c.conjuncts if conj.ent_type_ in ("NORP", "GPE")]
    return found + fr.prep_objects(act, {"by", "from"})


@gated(Gate(VERBS, words=frozenset({"regret"})))
def regret_threat(tok: Token, lex: Lexicon) -> Match | None:
    """"warned that Washington would regret its decision", "Iran will make Israel regret any
    reprisals": a regret another side is told it will feel (``_regret_threat``, theme the one who is
    to regret). Not "we will regret" (a fear), nor "Israel regretted the decision" (a feeling)."""
    if tok.lemma_.lower() != "regret" or tok.pos_ != "VERB" or _negated(tok):
        return None
    causer = tok.head if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CAUSING else None
    clause = causer if causer is not None else tok
    if not _reported(clause) or not _future(clause) or _negated(clause):
        return None
    regretter = fr.subject(tok)
    if regretter is None or regretter.lower_ in FIRST_PERSON or regretter.pos_ == "PRON":
        return None
    # what is regretted is the regretter's own step or what it dares ("its decision", "any reprisals",
    # "the day"), not a loss ("farmers will regret the drought")
    regretted = [c for c in tok.children if c.dep_ == "dobj"]
    if regretted and not any(o.lemma_.lower() in REGRETTED or (o.pos_ == "PRON" and o.lower_ in REGRETTED_PRONOUNS)
                             for o in regretted):
        return None
    pattern = lex.construction(REGRET_PATTERN)
    # "will make Israel regret": the threat is the causer's clause, which the report verb's subject speaks
    return Match(causer or tok, pattern, regretter) if pattern is not None else None


def unanswered(verb: Token) -> bool:
    """"will not go unanswered", "will not remain without a harsh reaction": the negation makes the
    threat (``modality.mood`` reads such a verb as a fact)."""
    if verb.lemma_.lower() not in UNANSWERED_VERBS or not _negated(verb):
        return False
    if any(c.dep_ in ("acomp", "oprd", "advmod", "xcomp") and c.lower_ in UNANSWERED_WORDS for c in verb.children):
        return True
    return any(o.lemma_.lower() in ANSWERS for o in fr.prep_objects(verb, {"without"}))


@gated(Gate(VERBS, words=UNANSWERED_VERBS))
def unanswered_act(tok: Token, lex: Lexicon) -> Match | None:
    """"said the attack by Syrian forces would not go unanswered": an answer promised to another's
    act (``_unanswered_act``, theme the act, aimed at its owner)."""
    if tok.pos_ != "VERB" or not unanswered(tok) or not _reported(tok) or not _future(tok):
        return None
    act = fr.subject(tok)
    if act is None or act.pos_ != "NOUN" or act.lemma_.lower() not in ANSWERED_ACTS or not owners(act):
        return None
    pattern = lex.construction(UNANSWERED_PATTERN)
    return Match(tok, pattern, act) if pattern is not None else None


def _answer(verb: Token) -> Token | None:
    """The force a clause says an attack will bring: "result in war", "trigger a tough reaction",
    "be met with a massive response"."""
    lemma = verb.lemma_.lower()
    if lemma in MEETING:
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        found = fr.prep_objects(verb, {"with"})
    elif lemma in RESULTING:
        found = [c for c in verb.children if c.dep_ == "dobj"] + fr.prep_objects(verb, {"in", "to"})
    else:
        return None
    return next((o for o in found if o.lemma_.lower() in FORCE_ANSWERS), None)


@gated(Gate(VERBS, words=RESULTING | MEETING))
def provoked_response(tok: Token, lex: Lexicon) -> Match | None:
    """"said any US strike on Iran would result in all-out war", "an Iranian attack would trigger a
    tough reaction": force announced as the answer to another's attack (``_provoked_response``, theme
    the attack, aimed at its owner). The answer must be no third side's ("would trigger a US
    response", said by France, threatens nothing of France's)."""
    if tok.pos_ != "VERB" or not _reported(tok) or not _future(tok) or _negated(tok):
        return None
    answer = _answer(tok)
    if answer is None or owners(answer):
        return None
    # "any attack ... would be met with": the passive's subject
    attack = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or fr.subject(tok)
    if attack is None or attack.pos_ != "NOUN" or attack.lemma_.lower() not in PROVOKING_ACTS or not owners(attack):
        return None
    pattern = lex.construction(PROVOKED_PATTERN)
    return Match(tok, pattern, attack) if pattern is not None else None


def answered_owners(match: Match) -> list[Token]:
    """Whom a veiled threat is aimed at: the owner of the act it answers (the theme)."""
    return owners(match.theme) if match.theme is not None else []
