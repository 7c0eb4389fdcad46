"""Summits and conferences: who hosts them, and when their hosting is no event yet.

"Ghana hosted a summit of West African leaders", "the Indonesian president is hosting the
conference of leaders from two dozen countries": a gathering's host receives its members, as a
host receives a visitor (CAMEO 043). The ``consult.host_summit`` pattern codes it from the host
verb and the gathering noun's "of"/"for" phrase (patterns.yaml); talks "between" two sides stay
with :mod:`newsevents.events.hosted_talks`, and a gathering's guest list with
:mod:`newsevents.events.ceremony_guests`.

A gathering whose members are named by two or more countries ("a meeting of the leaders of
Uganda, Tanzania and Rwanda") is left to the gathering noun: the talks noun codes the members'
meeting with each other (:mod:`newsevents.events.partners`) and ``hosted_talks`` the host's
reception of each, which the host verb would otherwise take over (it consumes its object noun).

A hosting that is only announced ("will host a summit of African leaders next month") codes
nothing: the real-news gold leaves planned summits out (the one blind event the pattern's intent
mood gave was false, session 17), and the summit, once held, is reported in its own right.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.joint_bodies import region_words
from newsevents.actors.lexicon import CONTINENT_PARTS
from newsevents.events import frames as fr
from newsevents.events.matching import Match
from newsevents.events.modality import FACT

HOST_SUMMIT = "consult.host_summit"
"""The pattern whose events need the hosting to have happened (patterns.yaml)."""
# Prepositions of a gathering noun that name its members ("a summit of/for African leaders").
MEMBER_PREPS = {"of", "for"}
# Gatherings that are as often domestic: they need a member state named ("a meeting of Nordic ministers").
HOME_GATHERINGS = frozenset({"meeting"})
# Entity labels of the words that name a member's state ("Uganda", "Tanzanian").
STATE_LABELS = frozenset({"GPE", "NORP"})
# Words that make a people's adjective a region's ("West African", "East Asian").
COMPASS_WORDS = frozenset({"west", "east", "southern", "northern", "eastern", "western"})


def hosting_left_out(match: Match, mood_kind: str) -> bool:
    """Whether a summit-hosting match codes nothing: told in a mood other than fact ("will host",
    "plans to host"), with members of two or more named states, whose meeting the gathering noun
    codes itself, or a meeting with no member state named ("a meeting of the ruling party"), which
    is the host's own business more often than a reception of foreigners."""
    if match.pattern.id != HOST_SUMMIT:
        return False
    if mood_kind != FACT or match.theme is None:
        return mood_kind != FACT
    states = _member_states(match.theme)
    return len(states) >= 2 or (match.theme.lemma_.lower() in HOME_GATHERINGS and not _foreign_members(match.theme))


def _foreign_members(gathering: Token) -> bool:
    """Whether a gathering's member phrase names a state or a region ("of Nordic ministers")."""
    words = {t.i for m in fr.prep_objects(gathering, MEMBER_PREPS) for t in m.subtree}
    return any(e.label_ in STATE_LABELS and e.start in words for e in gathering.doc.ents)


def _member_states(gathering: Token) -> set[str]:
    """The states a gathering noun's member phrase names ("of the leaders of Uganda and Rwanda"),
    as entity texts; a region's name ("West African leaders") names none."""
    members = fr.prep_objects(gathering, MEMBER_PREPS)
    words = {t.i for m in members for t in m.subtree}
    return {e.text.lower() for e in gathering.doc.ents if e.label_ in STATE_LABELS and e.start in words
            and not any(t.lower_ in region_words() or t.lower_ in CONTINENT_PARTS or t.lower_ in COMPASS_WORDS
                        for t in e)}
