"""Coding conventions a trained coder applies where the sentence leaves a slot implicit.

Conventions of CAMEO coding, each applied only where the text gives the needed country:

- **Crowds that fight.** Protesters, supporters or students who clash with police or storm a
  building are rioting (145, "protest violently"), not waging a military attack (190).
- **Crowds by their name.** "Supporters of the jailed opposition leader stormed the court":
  the doers are a crowd even when the actor coded is the person they support.
- **Captors who hold no office.** Rebels, insurgents, gunmen or gangs who hold or seize people
  are taking hostages or abducting (181), not arresting them (173).
- **Trips without office.** A trip ("flew to Florida", "returned to Lima") by someone who holds
  no office is no state visit (042), unless it is made to meet or talk ("for talks", "to meet").
- **Police that fire on a crowd.** Police who open fire on, shoot at or attack protesters,
  students or civilians use violent repression (175), not military force (190, 193).
- **Protests with no protesters named.** "Three weeks of protests", "protests erupted in Minsk":
  the civilians of the country they happen in protest (``+implied-civilians``, see
  :func:`~newsevents.events.implied_actors.implied_crowd`).
- **Travel at home.** A visit (042) to a place in the visitor's own country ("the president
  visited flood-hit towns") is domestic travel, not a visit to another actor: no event.
- **Protests with no target named.** A crowd's protest is aimed at the authorities of the
  protesters' country (``+domestic-target``) when the text names no target and no place of its
  own. Protests by officials or institutions keep no target: whom they protest is not implied.
- **The opposition's words.** An opposition's criticism, rejection or threat with no
  target named ("opposition parties rejected the results") is aimed at its country's
  authorities (``+domestic-target``), as a crowd's protest is.
  A people named by its demonym ("thousands of Bolivians marched in La Paz") protests against
  its own country: the place is its target, not the same actor as the marchers.
- **Demands with no one to meet them.** A demand by the governed (crowds, the opposition,
  parties, rebels) that names no one it is made of ("the rebels demanded land reform") is made
  of the government of their own country (``+domestic-target``). Demands by officials,
  institutions and states keep no target. So with the governed rejecting an election's
  results: the government that ran and declared it is the target.
"""

from __future__ import annotations

from newsevents.events.home_actors import government_of, home_country
from newsevents.events.home_coercion import troops_on_crowd
from newsevents.places import town_country
from newsevents.records import ActorMention

CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR", "REF"})
"""Sectors of crowds: civilians, opposition supporters, students, workers, farmers, refugees."""
RIOT_CODES = frozenset({"190", "182", "1823"})
"""Uses of force that a crowd's doing makes a riot (145); killings and weapons keep their codes."""
RIOT = "145"
ARREST = "173"
ABDUCTION = "181"
CAPTOR_SECTORS = frozenset({"REB", "INS", "UAF", "CRM", "SEP"})
"""Armed groups and criminals: their detentions are abductions."""
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
"""Holders of state office, whose trips abroad are visits."""
REPRESSION_CODES = frozenset({"190", "193", "195"})
"""Uses of force that police aimed at a crowd make violent repression (175)."""
REPRESSION = "175"
POLICE_SECTORS = frozenset({"COP"})
STREET_PROTESTS = ("141", "145")
"""Demonstrations and riots (with their sub-codes): the protests aimed at the authorities by default.
Strikes and boycotts (143) are aimed at employers or events, hunger strikes (142) at captors."""
OPPOSITION_ROOTS = frozenset({"11", "12", "13"})
"""Disapproval, rejection and threats: what an opposition says is said to the authorities (its
demands are the governed's, see :func:`domestic_demand_target`)."""
CROWD_BLOCKADE = "144"
"""A crowd's blockade of a road or bridge: aimed at its own authorities, as a march is (only for the
target; a blockade with no doer named implies no crowd, unlike a demonstration)."""
PROTEST_THREAT = "133"
"""A threat of protest ("there will be more demonstrations"): aimed where the protest would be."""


def street_protest(code: str) -> bool:
    """Whether ``code`` is a demonstration or riot, or the threat of one."""
    return code.startswith(STREET_PROTESTS) or code == PROTEST_THREAT


def riot_code(code: str, source: ActorMention | None, crowd: bool = False) -> str:
    """145 for a crowd's use of force (see :data:`RIOT_CODES`), else ``code`` unchanged;
    ``crowd``: the doer is named as a crowd ("supporters of X") whatever actor was coded."""
    # Not a people named by demonym: "the Russians attacked" is said of armies too.
    if code in RIOT_CODES and (crowd or (source is not None and source.sector in CROWD_SECTORS)):
        return RIOT
    return code


def captor_code(code: str, source: ActorMention | None) -> str:
    """181 (abduct, take hostage) for a detention by an armed group or criminals, else ``code``."""
    if code == ARREST and source is not None and source.sector in CAPTOR_SECTORS:
        return ABDUCTION
    return code


def private_trip(source: ActorMention | None, purposeful: bool) -> bool:
    """Whether a trip is made by someone who holds no office and not to meet or talk: no visit."""
    if source is None or purposeful or source.kind in ("country", "place", "igo") \
            or (source.code or "").startswith("IGO"):
        return False  # "Brazil", "the UN": the state or the organisation travels
    return source.sector not in OFFICIAL_SECTORS


def repression_code(code: str, source: ActorMention | None, target: ActorMention | None) -> str:
    """175 for police firing on or attacking a crowd ("police opened fire on the marchers"), as
    CAMEO codes force used by the authorities on civilians; else ``code`` unchanged."""
    if source is None or target is None or code not in REPRESSION_CODES:
        return code
    if (source.sector in POLICE_SECTORS and target.sector in CROWD_SECTORS) or troops_on_crowd(source, target):
        return REPRESSION  # soldiers firing on protesters too (events/home_coercion.py)
    return code


# A government's sanctions on its own people are administrative (CAMEO 172, eased 081), by whom
# they hit: parties and the opposition banned (1722), the press restricted (1721).
DOMESTIC_SANCTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "163": ("172", {"OPP": "1722", "PTY": "1722", "MED": "1721"}),
    "085": ("081", {"OPP": "0812", "PTY": "0812", "MED": "0811"}),
}
BAN_PARTIES, RESTRICT_SPEECH = "1722", "1721"
DOMESTIC_SECTORS = frozenset({"OPP", "PTY", "MED", "CVL", "EDU", "LAB", "ELI", "REL", "BUS"})


def domestic_sanction_code(code: str, source: ActorMention | None, target: ActorMention | None) -> str:
    """The administrative code of a sanction a government imposes on (or lifts from) its own people
    ("banned the opposition party", "imposed restrictions on the media"), else ``code`` unchanged.
    Domestic: both sides of one country, or, with a country missing, a target of a domestic sector
    and a source that is no international body."""
    found = DOMESTIC_SANCTIONS.get(code)
    if found is None or source is None or target is None:
        return code
    if source.country and target.country:
        domestic = source.country == target.country
    else:
        domestic = target.sector in DOMESTIC_SECTORS and not (source.code or "").startswith(("IGO", "NGO"))
    if not domestic:
        return code
    base, by_sector = found
    return by_sector.get(target.sector or "", base)


def press_ban_code(code: str, target: ActorMention | None) -> str:
    """1721 for a ban on the press ("suspended the BBC": speech restricted, no party banned), else
    ``code`` unchanged."""
    return RESTRICT_SPEECH if code == BAN_PARTIES and target is not None and target.sector == "MED" else code


def _crowd(source: ActorMention) -> bool:
    """Civilians, supporters, students ... or a people named by its demonym ("Bolivians")."""
    return source.sector in CROWD_SECTORS or (source.kind == "group" and source.sector is None
                                              and source.rule == "demonym")


def home_protest(code: str, source: ActorMention, target: ActorMention | None) -> bool:
    """A people's protest aimed at its own country ("Bolivians marched in La Paz"), not a self-event."""
    return (street_protest(code) and target is not None and _crowd(source) and target.code == target.country
            and target.country == source.country)


def domestic_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country a crowd's protest (or threat of one) with no target is aimed at: the protesters'
    own (its authorities)."""
    if not (street_protest(code) or code.startswith(CROWD_BLOCKADE)) or source is None or not source.country \
            or not _crowd(source) or abroad(source):
        return None
    return home_country(source)


EMERGENCY_CODES = frozenset({"1723", "1724", "0813", "0814"})
"""Curfews, states of emergency and martial law, and their easing: at home when no place is named."""


def emergency_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country a curfew or state of emergency with no target is imposed on (or lifted from): its
    declarer's own ("Mali's junta declared a state of emergency" codes the junta against Mali)."""
    if code not in EMERGENCY_CODES or source is None or not source.country:
        return None
    return home_country(source)


INSURGENT_SECTORS = frozenset({"REB", "INS"})


def insurgency_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The government rebels' or insurgents' unconventional violence in general (180) with no target
    is waged against: their own country's ("the insurgents waged guerrilla warfare"). A bombing or a
    killing with no target named has victims, not the government, as its target: none is made up."""
    if code != "180" or source is None or not source.country or source.sector not in INSURGENT_SECTORS:
        return None
    return government_of(source)


def abroad(source: ActorMention) -> bool:
    """Whether a crowd lives outside its country by name: refugees, migrants and asylum seekers
    ("Syrian refugees demanded resettlement") protest and ask abroad, so their country's government is
    no implied target. The displaced (at home) are not abroad."""
    return source.sector == "REF" and "displaced" not in source.text.lower()


DEMAND = "10"
DEMANDING_SECTORS = CROWD_SECTORS | {"REB", "PTY"}
"""The governed, whose untargeted demands are made of their government."""


def domestic_demand_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The government an untargeted demand by the governed is made of: their own country's."""
    return own_government(source) if code.startswith(DEMAND) else None


def own_government(source: ActorMention | None) -> ActorMention | None:
    """The government of the governed (crowds, the opposition, parties, rebels) with a country."""
    if source is None or not source.country or source.sector not in DEMANDING_SECTORS or abroad(source):
        return None
    return government_of(source)


VISIT_CODES = frozenset({"042"})
CAPITAL_METONYM = "metonym"
"""The rule of a seat of government coded as its government (``actors.coding``)."""


def domestic_visit(code: str, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether a visit goes to a place in the visitor's own country (no event: see the module doc),
    its capital included: "Kenyan police arrived in Nairobi" is a trip at home, though a capital
    standing alone acts for its government ("Nairobi protested")."""
    if code not in VISIT_CODES or source is None or target is None or not source.country:
        return False
    place = target.kind == "place" or target.code == target.country or target.rule == CAPITAL_METONYM \
        or town_country(target.text) == target.country  # "arrived in Nairobi": the city, coded as its seat
    return place and target.country == source.country


def opposition_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country an opposition's criticism, rejection or threat with no target is aimed at: its
    own (its authorities). Applied last, when no earlier act's doer was found for it. (Its demands
    have their target already, as all the governed's do: :func:`domestic_demand_target`.)"""
    if code[:2] not in OPPOSITION_ROOTS or source is None or source.sector != "OPP" or not source.country:
        return None
    return home_country(source)

