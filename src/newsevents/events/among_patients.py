"""Those an act was done to, named as members of a group: "opposition leader X was among those
arrested", "among those detained were two American journalists", "two lawmakers were among the
dozens of people who were detained".

The passive participle (or the passive relative clause) hangs on the group noun ("those",
"scores", "people"), which names no one; whom the act was done to is the subject of the copula the
group is said of, as the doer is in "Japan was among the countries that condemned the test"
(:mod:`newsevents.events.member_doers`). The group noun may be the object of "of" under a count
("the dozens of people"), and the copula may come after the group ("Among those arrested was X").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.coordination import conjunct_indices

# Counts a group noun may hang from: "among the dozens of people detained".
_COUNT_PREPS = frozenset({"of"})


def _among(noun: Token) -> Token | None:
    """The "among" the group ``noun`` is the object of, directly or under a count ("among dozens
    of people")."""
    for _ in range(2):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.i == noun.i:
            return None
        if prep.lower_ == "among":
            return prep
        if prep.lower_ not in _COUNT_PREPS:
            return None
        noun = prep.head
    return None


def among_patients(noun: Token) -> tuple[int, ...]:
    """The indices of those the copula says are among the group ``noun`` an act was done to ("X
    was among those arrested": X); empty when the group is not said of anyone."""
    prep = _among(noun)
    if prep is None or prep.dep_ != "prep":
        return ()
    copula = prep.head
    if copula.lemma_.lower() != "be":
        return ()
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    return conjunct_indices(noun.doc, subjects[0].i) if subjects else ()
