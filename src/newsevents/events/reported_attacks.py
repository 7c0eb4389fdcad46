"""An adversary's report of an attack is its accusation, not the attack (rule 4.3 of the coding
convention): "a Hamas source said Israel had launched a bomb attack on northern Gaza", "the opposition
said police had beaten its supporters".

A victim's report (``allegations.victim_report``) and a watchdog's report or complaint
(``appraisals.watchdog_report``) already code the speaker's accusation of the doer (112, 1121-1124).
The act they tell is told only in the words of a side opposed to its doer, so it is not coded as a
fact beside the accusation: the acts of the report's clause whose doer is one the report accuses are
consumed, as an allegation's are. Where the narrator tells the act in its own voice (a headline, a
lead, another sentence), that telling codes it. Left as they were: a report of one's own side's act,
a neutral reporter's ("police said", "Reuters said"), an international body's envoy's, one armed side of
a war within a country telling the other's act (news of the war, as the gold codes it) and a report
that codes no accusation (a denial, "may have").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.agentless_reports import WATCHDOG_PATTERN, code_watchdog_report
from newsevents.events.allegations import VICTIM_PATTERN, act_doers, act_root, alleged_acts, code_allegation
from newsevents.events.coordination import conjuncts
from newsevents.events.matching import Match
from newsevents.events.modality import FACT, mood
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of

ACCUSATION = "112"
# The code of an international body, whose envoys report others' acts as news.
IGO = "IGO"
# The lowest CAMEO root of an act a report charges and does not prove: 17 coerce .. 20 mass violence.
CHARGED_ROOT = 17


def charged_acts(match: Match, index: MentionIndex, lex: Lexicon) -> list[Token]:
    """The acts of a victim's or watchdog's report whose doer the report accuses: told only in its
    words, they are not coded as facts (see the module docstring); ``[]`` for any other match."""
    lemma = match.pattern.lemma
    if lemma not in (VICTIM_PATTERN, WATCHDOG_PATTERN) or mood(match.token, match.token, lex).kind != FACT:
        return []
    speaker = fr.subject(match.token)
    speakers = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
    if lemma == WATCHDOG_PATTERN and any((m.code or "").startswith(IGO) for m in speakers):
        return []  # "the regional bloc's envoy said troops surrounded the palace": a neutral's news
    charge = code_watchdog_report if lemma == WATCHDOG_PATTERN else code_allegation
    accused = [t for code, _, t in charge(match, index, lex) if t is not None and code.startswith(ACCUSATION)]
    if lemma == VICTIM_PATTERN and {m.country for m in speakers if m.country} & {a.country for a in accused}:
        return []  # "the army said rebels blew up the bridge": a war within one country is told as news
    acts = [act for act in alleged_acts(match.token, lex) if (act_root(act, lex) or 0) >= CHARGED_ROOT]
    charged = [act for act in acts if any(d.same_entity_or_code(a) for d in act_doers(act, index) for a in accused)]
    # "launched an attack *that killed two*": the toll of a charged act, which names no doer of its own
    return charged + [act for act in acts if act not in charged and not act_doers(act, index)
                      and any(act in c.subtree for c in charged)]
