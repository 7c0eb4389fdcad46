"""Demands told as a reported obligation with a semi-modal: "said Russia *needs to* withdraw its
troops", "says Uganda *has to* stop the incursions", "said Moscow *ought to* release the journalist".

"X said Y must/should do Z" is already X's demand on Y (the ``OBLIGED`` mood of
:mod:`newsevents.events.modality` and the ``_must`` pattern of
:func:`newsevents.events.constructions.obligation`). News English says the same with "need to",
"have to" and "ought to", which the parser makes the verb of the reported clause and hangs the
act on as an open complement (``xcomp``). Such an act was coded as done ("said Russia needs to
withdraw" gave a withdrawal), and an act with no code of its own gave nothing. Here the act is
obliged, as with "must": the speaker demands it of the clause's subject (02x/10x by the act).

Only a named doer other than the speaker counts: "said we need to act", "said it has to defend
its borders" name the speaker's own side, no one it demands of. A negated semi-modal ("does not
need to") and a passive act ("needs to be punished": the doer is the one acted on) demand nothing;
nor does a past or future one ("said the army had to withdraw" tells that it was compelled,
"would have to" forecasts).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated, undone
from newsevents.events.constructions import COGNITION_VERBS
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import NOUN_POS, Match, best_match
from newsevents.events.patterns import Lexicon
from newsevents.events.unreal import infinitive
from newsevents.records import ActorMention

# Verbs that, with a to-infinitive, say the act is owed ("needs to", "has to", "ought to").
SEMI_MODALS = frozenset({"need", "have", "ought"})
MUST_PATTERN = "_must"


def _semi_modal(verb: Token) -> Token | None:
    """The semi-modal ``verb`` is the act of ("withdraw" in "needs to withdraw"), if any."""
    head = verb.head
    if verb.dep_ == "xcomp" and infinitive(verb) and head.lemma_.lower() in SEMI_MODALS:
        return head
    return None


def obliging_report(verb: Token, lex: Lexicon) -> Token | None:
    """The report verb that tells ``verb``'s act as owed by a named other ("said Russia needs to
    withdraw": "said"), else ``None``."""
    head = _semi_modal(verb)
    if head is None or head.dep_ != "ccomp" or negated(head) or fr.is_passive(verb) \
            or verb.lemma_.lower() in COGNITION_VERBS or undone(verb):  # "has yet to": not done, not owed
        return None
    if head.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" for c in head.children):
        return None  # "said the army had to withdraw": compelled, a fact; "would have to": a forecast
    report = head.head
    if not fr.has_lemma(report, lex.word_list("report_verbs")) or negated(report):
        return None
    doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    speaker = fr.subject(report)
    if doer is None or doer.pos_ not in NOUN_POS or (speaker is not None and speaker.i == doer.i):
        return None  # "said we need to act", "said there has to be a deal": no one else named
    return report


# Speakers who speak for the state: when they say their own country must act, they tell a plan.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def own_country(sources: list[ActorMention], targets: list[ActorMention]) -> list[ActorMention]:
    """The targets of an obligation less a bare country whose own state speaks: "the Kenyan
    minister said Kenya must import more rice" is a plan told, no demand made of anyone. An
    opposition leader who says Kenya must hold new elections does demand it of the state."""
    homes = {m.country for m in sources if m.country and m.sector in STATE_ORGANS}
    return [t for t in targets if not (t.kind == "country" and t.country in homes)]


def spoken_of_others(sources: list[ActorMention], targets: list[ActorMention]) -> list[ActorMention]:
    """The targets a report's "of" phrase names ('"They must withdraw," he said *of the Russian
    troops*') less the state's own organs when the state speaks ('"They must hold the line," the
    president said of his troops': an order or a hope about one's own side, no demand on another)."""
    homes = {m.country for m in sources if m.country and m.sector in STATE_ORGANS}
    return [t for t in targets if not (t.country in homes and t.sector in STATE_ORGANS)]


def _owed_act(semi: Token) -> Token | None:
    """The act a semi-modal owes ("withdraw" of "needs to withdraw"), else ``None``."""
    return next((c for c in semi.children if c.dep_ == "xcomp" and infinitive(c)), None)


def obliged_by(verb: Token, lex: Lexicon) -> Token | None:
    """The report verb that tells ``verb`` as owed, where ``verb`` is the owed act or its semi-modal."""
    if verb.lemma_.lower() in SEMI_MODALS:
        act = _owed_act(verb)
        return obliging_report(act, lex) if act is not None else None
    return obliging_report(verb, lex)


@gated(Gate(VERBS, frozenset({"ccomp"}), words=SEMI_MODALS))
def semi_obligation(tok: Token, lex: Lexicon) -> Match | None:
    """"said Uganda needs to stop the incursions": the owed act has no code of its own, so the
    semi-modal is read as the ``_must`` demand on its subject (the act's own code wins when it has one)."""
    if tok.lemma_.lower() not in SEMI_MODALS or tok.dep_ != "ccomp":
        return None
    act = _owed_act(tok)
    if act is None or obliging_report(act, lex) is None or best_match(act, lex) is not None:
        return None
    patterns = lex.for_token("verb", MUST_PATTERN)
    return Match(tok, patterns[0]) if patterns else None

