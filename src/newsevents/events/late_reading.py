"""What is read once every act of a document is known: late targets and the events that carry their act.

Some targets can only be read when all the acts are found: who held the vote a judge called
fraudulent, whose act a critic called unlawful, whom the opposition opposes. And some events only
govern or follow another: "agreed to meet" is carried by the meeting, a death "in an attack" by the
attack when the attack is an event of its own.
"""

from __future__ import annotations

from newsevents.events import codebook
from newsevents.events.answered_charges import answer_targets
from newsevents.events.appraisals import JUDGED_PATTERN, state_act_target
from newsevents.events.disapproval import vote_target
from newsevents.events.emit import Found
from newsevents.events.implied import opposition_target
from newsevents.events.labelled_wrongs import LABELLED_PATTERN
from newsevents.events.patterns import Lexicon
from newsevents.events.refused_demands import refusal_targets
from newsevents.events.restraints import restrained
from newsevents.events.tolls import consequence
from newsevents.events.unattributed import weapon_act

# Constructions that name something ("called it a threat"): with nothing identified named, no event.
NAMING_PATTERNS = {"_call_bad", "_call_good", "_verdict_bad", "_verdict_good", JUDGED_PATTERN, LABELLED_PATTERN}


def late_targets(found: list[Found]) -> list[Found]:
    """``found`` with the targets read once every act is known (who held a vote, whom the
    opposition opposes), and without the names given to nothing identified."""
    for f in found:
        if f.target is None and (held := vote_target(f.cameo, f.match.theme, f.source)) is not None:
            f.target, f.suffix = held, f.suffix + "+vote-holder"  # "judges called the elections fraudulent"
        elif f.target is None and (state := state_act_target(f.cameo, f.match.theme, f.source)) is not None:
            f.target, f.suffix = state, f.suffix + "+state-act"  # "said the charges against him were trumped up"
    found = restrained(found)  # "bombed camps in support of the army": no statement of support
    answer_targets(found)  # "..., a charge Kinshasa denies": the denial answers the accuser
    # "calling it a propaganda stunt": a name given to nothing identified codes nothing
    found = [f for f in found if f.target is not None or f.match.pattern.lemma not in NAMING_PATTERNS]
    for f in found:
        if f.target is None and (home := opposition_target(f.cameo, f.source)) is not None:
            f.target, f.suffix = home, f.suffix + "+domestic-target"  # "the opposition rejected the results"
    refusal_targets(found)  # "has refused to reverse the measures": aimed at those who asked
    return found


def carriers(found: list[Found], lex: Lexicon) -> list[Found]:
    """The events that carry their act: not a governor whose complement codes it, nor the
    consequence of an attack that is an event of its own."""
    governors = {f.governor for f in found if f.governor is not None}
    # "agreed to meet", "threatened to strike": the complement carries the event, not the governor.
    # Only attacks that stay events: a killing "in an attack" by a named doer is the event when
    # the attack itself names none (see newsevents.events.unattributed).
    attacks = {t.i for f in found if codebook.is_violence(f.cameo)
               and (f.source is not None or weapon_act(f.match.token, lex))
               for t in (f.match.token, f.match.verb) if t is not None}
    return [f for f in found if f.match.token.i not in governors and not consequence(f.match, attacks)]
