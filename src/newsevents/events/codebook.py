"""The CAMEO event codebook and its PLOVER mapping, as data (``data/cameo.tsv``).

Every event's ``cameo``, ``plover``, ``goldstein`` and ``quad_class`` come from here, so the four
always agree. QuadClass follows GDELT: roots 01-05 verbal cooperation (1), 06-08 material
cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from newsevents.errors import NewsEventsError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types, cooperative to conflictual."""

PLOVER_ALIASES = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "YIELD": "CONCEDE", "INVESTIGATE": "ACCUSE",
}
"""Older PLOVER (v0.5) type names and today's (investigations became a mode of ACCUSE)."""


# CAMEO roots the coder treats specially, by number (the root of "1123" is 11).
INTEND = 3
GIVE_AID = 7
DEMAND = 10
REJECT = 12
THREATEN = 13
PROTEST = 14
REDUCE_RELATIONS = 16
COERCE = 17
ASSAULT = 18
FIGHT = 19
MASS_VIOLENCE = 20
RIOT = "145"
"""The one code of root 14 that is force: a violent protest, a riot."""
FIND_GUILTY = "116"
"""A legal verdict: finding guilty or liable, and the sentence it brings (``events/verdict_retellings.py``)."""
LAST_COOPERATIVE_ROOT = 8
"""Roots 01-08 are cooperation (QuadClass 1 and 2); 09-20 conflict (3 and 4)."""
FIRST_MATERIAL_CONFLICT_ROOT = PROTEST
"""Roots 14-20 are material conflict (QuadClass 4)."""
DIRECTED_ROOTS = frozenset({REDUCE_RELATIONS, COERCE, ASSAULT, FIGHT, MASS_VIOLENCE})
"""Roots of acts one side does to the other (cut relations, coercion, assault, fighting, mass
violence): the same act the other way round is another act, often the one it answers."""


@functools.cache  # the coder asks it of the same few hundred codes all the time
def root_of(code: str) -> int:
    """The CAMEO root of ``code`` as a number: 4 for "042", 11 for "1123"."""
    return int(code[:2])


def is_cooperation(code: str) -> bool:
    """Roots 01-08: statements, appeals, intents, consultations, support, cooperation, aid, yielding."""
    return root_of(code) <= LAST_COOPERATIVE_ROOT


def is_conflict(code: str) -> bool:
    """Roots 09-20: from investigating and demanding to mass violence."""
    return root_of(code) > LAST_COOPERATIVE_ROOT


def is_material_conflict(code: str) -> bool:
    """Roots 14-20 (QuadClass 4): protest, force posture, reduced relations, coercion, violence."""
    return root_of(code) >= FIRST_MATERIAL_CONFLICT_ROOT


def is_violence(code: str) -> bool:
    """Roots 18-20: assault, fighting, mass violence (acts that leave victims)."""
    return root_of(code) >= ASSAULT


class UnknownCameoCode(NewsEventsError):
    """A CAMEO code that is not in the codebook."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            f"{code!r} is not a CAMEO event code: codes are 2 to 4 digits from the CAMEO codebook, "
            "e.g. 04 (consult), 042 (make a visit), 1121 (accuse of crime); see `newsevents codes`"
        )


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """One line of the codebook."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        """The two-digit root code ("19" for "195")."""
        return self.code[:2]


@functools.cache
def entries() -> dict[str, CameoEntry]:
    """The whole codebook, by code, loaded once."""
    text = resources.files("newsevents.events").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return {
        r["code"]: CameoEntry(
            code=r["code"],
            name=r["name"],
            goldstein=float(r["goldstein"]),
            quad_class=int(r["quad_class"]),
            plover=r["plover"] or None,
            plover_mode=r["plover_mode"] or None,
            plover_context=r["plover_context"] or None,
        )
        for r in rows
    }


def is_valid(code: str) -> bool:
    """Whether ``code`` is in the codebook."""
    return code in entries()


def lookup(code: str) -> CameoEntry:
    """The codebook entry of ``code``; :class:`UnknownCameoCode` if there is none."""
    try:
        return entries()[code]
    except KeyError:
        raise UnknownCameoCode(code) from None


def plover_type(name: str) -> str:
    """A PLOVER type name in today's spelling (``DEMAND`` -> ``REQUEST``), upper case."""
    upper = name.strip().upper()
    return PLOVER_ALIASES.get(upper, upper)
