"""Who fights whom: the code an act of force takes from the sides that do and suffer it.

- **Armed men against the state's forces fight** (190): "rebels killed twelve soldiers",
  "insurgents assaulted an army post". CAMEO codes force between organised armed sides as
  conventional military force, whichever side strikes first (the converse of
  :func:`newsevents.events.combat.combat_code`, forces killing armed men).
- **Communal violence is no riot**: "herders attacked farmers", "herdsmen killed villagers".
  A riot (145) is a crowd's violent protest, aimed at the authorities; herders or farmers who
  attack other civilians wage no protest, and the act keeps the code its verb gives it.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.records import ActorMention

FIGHT = "190"
# Killing, beating and torture: unconventional violence (18) that armed sides turn on each other.
ASSAULT_CODES = frozenset({"180", "182", "1822", "1823"})
# Rebels, insurgents, militias and separatists: the non-state sides of a war.
ARMED_MEN = frozenset({"INS", "REB", "UAF", "SEP"})
# The state's forces.
STATE_FORCES = frozenset({"MIL"})
# Herders and farmers: the agrarian sides of communal violence.
COMMUNAL = frozenset({"AGR"})
# Civilians a communal attack is aimed at: other civilians, not the authorities.
CIVILIANS = frozenset({"AGR", "CVL", "REF"})
# Force that becomes a riot when a crowd does it (see events/implied.py, RIOT_CODES).
RIOT_PRONE = frozenset({"190", "182", "1823"})


def rebel_attack_code(code: str, source: ActorMention | None, target: ActorMention | None) -> str:
    """190 for armed men killing, beating or torturing the state's forces ("rebels killed twelve
    soldiers"); else ``code`` unchanged."""
    if code not in ASSAULT_CODES or source is None or target is None:
        return code
    if source.sector in ARMED_MEN and target.sector in STATE_FORCES:
        return FIGHT
    return code


def communal(code: str, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether a use of force is communal violence ("herders attacked farmers"): done by herders
    or farmers to other civilians of their own country, so no riot."""
    if code not in RIOT_PRONE or source is None or target is None:
        return False
    return source.sector in COMMUNAL and target.sector in CIVILIANS and bool(source.country) \
        and source.country == target.country


def hostile_code(code: str, source: ActorMention | None, target: ActorMention | None) -> tuple[str, str]:
    """The code as the sides of a use of force make it (:func:`rebel_attack_code`, :func:`communal`)
    and the rule suffix that says so ("" when no rule here applies; the coder then reads the
    doer's other conventions)."""
    if (found := rebel_attack_code(code, source, target)) != code:
        return found, "+armed-foes"
    if communal(code, source, target):
        return code, "+communal"
    return code, ""


# Sectors of the state a crowd faces at home.
STATE_SIDES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# The state's armed side: its forces and police (a "government-held" place is no side that fights).
STATE_ARMS = frozenset({"MIL", "COP"})
# Crowds: civilians, the opposition's supporters, students, workers, farmers.
CROWDS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR"})
# Protests and uses of force: the acts whose sides face each other at home.
CONTENTION_ROOTS = ("14", "18", "19", "20")
# Bodies of no one country, never guessed to be of the country they act in.
OUTSIDERS = frozenset({"IGO", "NGO", "MNC"})


def _facing(known: str | None, bare: str) -> bool:
    """Whether sides of sectors ``known`` and ``bare`` face each other at home: a crowd and its
    state, or the state's armed side and anyone it uses force on (armed men, a bare person)."""
    return (known in CROWDS and bare in STATE_SIDES) or (known in STATE_SIDES and bare in CROWDS) \
        or (known in ARMED_MEN and bare in STATE_ARMS) or (known in STATE_ARMS and bare not in OUTSIDERS)


def home_side(code: str, known: ActorMention | None, bare: ActorMention | None,
              story_countries: list[str]) -> ActorMention | None:
    """``bare`` (a side with a sector and no country) as of ``known``'s country, when the two face
    each other at home (:func:`_facing`): "protesters threw stones at police", "the army clashed
    with rebels"; only in a story of that country (one of its principal countries, or a story
    that names none). ``None`` otherwise."""
    if not code.startswith(CONTENTION_ROOTS) or known is None or bare is None:
        return None
    country = known.country
    if not country or bare.country or not bare.sector or bare.kind == "place":
        return None
    if (story_countries and country not in story_countries) or not _facing(known.sector, bare.sector):
        return None
    return replace(bare, code=country + bare.sector, country=country, rule="home-foe")


def home_sides(code: str, source: ActorMention | None, target: ActorMention | None,
               story_countries: list[str]) -> tuple[ActorMention | None, ActorMention | None, str]:
    """The source and target of a protest or use of force with a bare side given its foe's
    country (see :func:`home_side`), and the rule suffix that says so ("" when unchanged)."""
    if (found := home_side(code, source, target, story_countries)) is not None:
        return source, found, "+home-foe"
    if (found := home_side(code, target, source, story_countries)) is not None:
        return found, target, "+home-foe"
    return source, target, ""
