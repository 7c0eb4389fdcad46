"""A verdict told twice: the finding of guilt beside the sentence it led to.

"A court in Vietnam sentenced a former minister to life imprisonment after finding him guilty of
accepting bribes"; "Former Agriculture Minister Tang Zhenjiang was sentenced to death ... Tang was
found guilty of accepting bribes"; "Boutros-Ghali was tried in absentia and sentenced on Saturday
... The court found him guilty of having used 102 cars". A conviction and its sentence are one
legal act, which a CAMEO coder codes once (116; the `dev` gold codes "was convicted ... and
sentenced to two years" as one event). The coder reads the finding ("found ... guilty", the
``accuse.found_guilty`` pattern) and the sentence ("sentenced", "convicted") as two acts, and the
repeat filters keep both: the act words differ, and so, often, does the date.

So a finding of guilt is left out when the story also tells another verdict (116) against the
same person: the same country on both sides (or none the text gives) and the same name, or one
name whose proper-name words all belong to the other ("Tang" and "Tang Zhenjiang"; a pronoun carries the
name coreference gave it). Names that only share a word ("Wang Lijun" and "Wang Qishan", "Mohamed
Morsi" and "Mohamed Badie") are two people. The other
verdict is kept, wherever it stands. A finding against someone the story sentences under no
shared name stays, as does every verdict of a story that tells no finding ("sentenced an
ex-minister ... the ex-minister had been sentenced to five years in June": two sentences, two
acts).

Census (session 22): three fresh court stories of 32 coded the finding beside its sentence (China,
Egypt, Vietnam: three false events); `dev` has no finding of guilt, so no `dev` event changes.
"""

from __future__ import annotations

import re

from newsevents.actors.person_names import HONORIFICS
from newsevents.events import codebook
from newsevents.records import ActorRef, Event

FINDING_PATTERN = "accuse.found_guilty"
"""The pattern of "found X guilty" (``events.verdicts.found_guilty``)."""
NAME_SPLIT = re.compile(r"[\s\-]+")
"""Where a name falls into words: spaces and hyphens ("Boutros-Ghali")."""
SHORTEST_NAME_WORD = 3
"""Letters of the shortest word that can tell a person ("Li" and "Al" say too little alone)."""


def without_retold_verdicts(events: list[Event]) -> list[Event]:
    """``events`` less the findings of guilt against a person another verdict of the story
    sentences (see the module docstring)."""
    verdicts = [e for e in events if e.cameo == codebook.FIND_GUILTY and not _finding(e)]
    return [e for e in events if not (_finding(e) and any(_same_judged(e, v) for v in verdicts))]


def _finding(event: Event) -> bool:
    """Whether ``event`` is a finding of guilt ("found him guilty")."""
    return event.cameo == codebook.FIND_GUILTY and event.rule_pattern() == FINDING_PATTERN


def _same_judged(finding: Event, verdict: Event) -> bool:
    """Whether two verdicts are by courts of one country against one person."""
    if not _same_country(finding.source, verdict.source):
        return False
    a, b = finding.target, verdict.target
    if a is None or b is None or a.country != b.country:
        return False
    return a.name.lower() == b.name.lower() or _one_name(a.name, b.name)


def _one_name(a: str, b: str) -> bool:
    """Whether the shorter name's words all belong to the longer one ("Tang" in "Tang Zhenjiang";
    not "Wang Lijun" and "Wang Qishan", who share only a surname)."""
    short, long = sorted((_name_words(a), _name_words(b)), key=len)
    return bool(short) and short <= long


def _same_country(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether two courts are of one country (a court the text does not place matches any)."""
    return a is None or b is None or a.country is None or b.country is None or a.country == b.country


def _name_words(name: str) -> set[str]:
    """The proper-name words of a name: capitalised, long enough, no honorific."""
    return {w.lower() for w in NAME_SPLIT.split(name)
            if len(w) >= SHORTEST_NAME_WORD and w[:1].isupper() and w.lower().rstrip(".") not in HONORIFICS}
