"""Armed violence told through its victims and its sufferers.

- **The toll names the target.** An attack on a place no actor stands for ("attacked a village",
  "shelled the city") is aimed at the people its toll names: "attacked a village, *killing 12
  people*", "shelled the city, *leaving 12 civilians dead*", "four policemen *were killed when*
  gunmen attacked a checkpoint". The toll is then part of the attack (see
  :func:`newsevents.events.tolls.consequence`), not a second event.
- **"Leaving X dead" is a toll**, not a withdrawal ("rebels left Goma").
- **"Came under attack by X"**: the subject of "come under" suffered the attack named by the noun
  (slot ``sufferer``); with no attacker named nothing is coded (see
  :mod:`newsevents.events.unattributed`).
- **Armed men seizing a place occupy it** (192): "M23 rebels seized Goma" is no confiscation
  (1711) nor "captured Bunia" an arrest (173).
- **Armed forces killing armed men fight** (190): CAMEO codes force between organised armed sides
  as conventional military force, the killing of others as an assault (18).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.coding import IGO
from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.battle_settings import TOLL_STATES
from newsevents.events.coordination import conjuncts
from newsevents.events.force_coordination import KILL_PATTERNS
from newsevents.events.force_sides import chained_participles, suffered_attack
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.events.visits import Pair, reversed_pairs
from newsevents.records import ActorMention

# "were killed when militants attacked ...": subordinators that tie a toll to the attack told in its clause
WHEN_WORDS = frozenset({"when", "as", "after", "while"})
# Patterns whose event is itself a toll (their victims are their own targets already).
# Verbs whose subject suffers what "under" names ("came under attack", "was under fire").
UNDERGO_VERBS = frozenset({"come", "be", "remain", "fall"})
# Relative pronouns that stand for the attack noun in its relative clause.
RELATIVES = frozenset({"that", "which"})
FIGHT = "190"
KILL = "180"
ARMED_FORCES = frozenset({"MIL"})
ARMED_MEN = frozenset({"INS", "REB", "UAF"})
# The last words of an international body's force ("AU troops", "UN peacekeepers").
BODY_FORCE_WORDS = frozenset({"troops", "forces", "force", "peacekeepers", "soldiers"})
# Seizing and capturing: confiscation and arrest when done to property or people, occupation to places.
SEIZURES = frozenset({"1711", "173"})
OCCUPY = "192"
# Force a people turns on its own state's seats is a riot (145): government, parliament, courts, police.
PEOPLE_FORCE = frozenset({"190", "1823"})
STATE_SEATS = frozenset({"GOV", "LEG", "JUD", "COP"})
RIOT = "145"
# Bombs and bombings by those with no air force are bombings (183), not air strikes (195).
AIR_STRIKE = "195"
BOMBING = "183"
BOMB_WORDS = frozenset({"bomb", "bombing"})
GANGS = frozenset({"CRM", "SEP"})


def toll_leave(tok: Token) -> bool:
    """"leaving 12 civilians dead", "left scores wounded": a toll, not someone leaving a place."""
    return tok.lemma_ == "leave" and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in TOLL_STATES for c in tok.children)


def toll_victims(match: Match, lex: Lexicon) -> list[Token]:
    """Whom a violent act that named no one as its target hit, told by its toll: the objects of
    a participle ("attacked a village, killing 12 people"; "..., leaving 12 civilians dead"), the
    subject of the passive or death verb whose "when" clause the act is ("four policemen were
    killed when gunmen attacked a checkpoint"), or, for an attack noun, the victims of its
    relative clause ("an assault that killed 20 soldiers")."""
    tok = match.token
    if match.pattern.id in KILL_PATTERNS or not codebook.is_violence(match.pattern.cameo):
        return []
    tolls, deaths = lex.word_list("toll_verbs"), lex.word_list("death_verbs")
    if match.pattern.pos == "noun":
        return _relative_toll(tok, tolls, deaths)
    found: list[Token] = []
    # "stormed the residence, freeing the hostages and killing the guerrillas": a chain of participles
    for clause in [p for c in tok.children for p in (c, *chained_participles(c))]:
        if clause.dep_ not in ("advcl", "conj") or clause.tag_ != "VBG":
            continue
        if (fr.has_lemma(clause, tolls) and not fr.has_lemma(clause, deaths)) or toll_leave(clause):
            found += [t for o in fr.objects(clause) for t in conjuncts(o)]
    head = tok.head
    if tok.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in WHEN_WORDS for c in tok.children) \
            and fr.has_lemma(head, tolls) and (fr.is_passive(head) or fr.has_lemma(head, deaths)):
        found += [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
    return found


def _relative_toll(noun: Token, tolls: frozenset[str], deaths: frozenset[str]) -> list[Token]:
    """"an assault *that killed 20 soldiers*", "a raid *in which dozens were killed*": the victims a
    relative clause on an attack noun names; and those of the toll verb the noun is the subject of
    ("a raid carried out by the army *killed 12 fighters*")."""
    found: list[Token] = []
    head = noun.head
    if noun.dep_ == "nsubj" and fr.has_lemma(head, tolls) and not fr.has_lemma(head, deaths):
        found += [t for o in fr.objects(head) for t in conjuncts(o)]
    for clause in (c for c in noun.children if c.dep_ == "relcl" and fr.has_lemma(c, tolls)):
        children = list(clause.children)
        if any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in children) and not fr.has_lemma(clause, deaths):
            found += [t for o in fr.objects(clause) for t in conjuncts(o)]
        elif any(c.dep_ == "prep" and any(g.lower_ in RELATIVES for g in c.children) for c in children) \
                and (fr.is_passive(clause) or fr.has_lemma(clause, deaths)):
            found += [t for c in children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
    return found


def under_attack(tok: Token) -> Token | None:
    """The verb of "came under attack", "were under fire" when ``tok`` is the noun after "under"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ in UNDERGO_VERBS:
        return head.head
    return suffered_attack(tok)  # "faced rocket attacks from Boko Haram" (events/force_sides.py)


def sufferers(tok: Token) -> list[Token]:
    """"An army convoy came under attack by militants": the subject of "come under" (slot ``sufferer``)."""
    verb = under_attack(tok)
    if verb is None:
        return []
    return [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]


def combat_code(code: str, source: ActorMention | None, target: ActorMention | None) -> str:
    """190 for armed forces killing armed men ("troops killed 20 militants"): force between armed
    sides is conventional military force; else ``code`` unchanged."""
    if code != KILL or source is None or target is None:
        return code
    if (source.sector in ARMED_FORCES or body_troops(source)) and target.sector in ARMED_MEN:
        return FIGHT
    return code


def body_troops(mention: ActorMention) -> bool:
    """Whether ``mention`` is an international body's armed force ("AMISOM troops", "NATO-led
    forces"): coded IGO, it is still an armed side (CAMEO's PEACEKEEPING_TROOPS)."""
    words = mention.text.lower().split()
    return mention.sector == IGO and bool(words) and words[-1] in BODY_FORCE_WORDS


def occupation_code(code: str, match: Match, source: ActorMention | None, target: ActorMention | None) -> str:
    """192 for armed men seizing or capturing a place ("rebels seized Goma", "the militants captured
    Ramadi"); a thing of a country's ("seized an Iraqi tanker") stays a seizure.
    Else ``code`` unchanged."""
    if code not in SEIZURES or source is None or target is None or not _place(target):
        return code
    # the place must be what is taken, not a modifier of it ("detained a French aid worker",
    # "seized an Iraqi tanker" take a person and a ship of a country)
    taken = fr.objects(match.token)
    taken += [t for o in taken if o.lemma_ == "control" for t in fr.prep_objects(o, {"of"})]  # "seized control of Goma"
    if not any(target.start <= o.i < target.end for o in taken):
        return code
    if source.sector in ARMED_FORCES | ARMED_MEN:
        return OCCUPY
    return code


def _place(actor: ActorMention) -> bool:
    """A town or region: a gazetteer place, a name standing for its country only ("Kidal, Mali"),
    or a capital read as its government ("captured Kabul")."""
    return actor.kind == "place" or actor.rule == "metonym" \
        or (actor.kind in ("entity", "country") and actor.sector is None)


def people_riot_code(code: str, source: ActorMention | None, target: ActorMention | None) -> str:
    """145 for a people named by its demonym storming or attacking its own state's seats
    ("thousands of Sri Lankans stormed the presidential palace"): unrest, not an army's attack.
    An army is said so of another country ("the Russians attacked Kharkiv"), or of troops."""
    if code not in PEOPLE_FORCE or source is None or target is None or not source.country:
        return code
    people = source.kind == "group" and source.sector is None and source.rule == "demonym"
    if people and target.country == source.country and target.sector in STATE_SEATS:
        return RIOT
    return code


def bombing_code(code: str, match: Match, source: ActorMention | None) -> str:
    """183 for bombs set off by armed men or gangs ("militants bombed a market", "a series of
    bombings by insurgents"): they plant or carry bombs; an air strike (195) needs an air force."""
    if not code.startswith(AIR_STRIKE) or source is None or source.sector not in ARMED_MEN | GANGS:
        return code
    return BOMBING if fr.has_lemma(match.token, BOMB_WORDS) else code


def armed_code(code: str, match: Match, source: ActorMention | None,
               target: ActorMention | None) -> tuple[str, str]:
    """The code as armed doers make it (:func:`combat_code`, :func:`occupation_code`) or a people
    rising at home (:func:`people_riot_code`), and the rule suffix that says so ("" when unchanged)."""
    if (found := combat_code(code, source, target)) != code:
        return found, "+combat"
    if (found := people_riot_code(code, source, target)) != code:
        return found, "+riot"
    if (found := bombing_code(code, match, source)) != code:
        return found, "+bombers"
    if (found := occupation_code(code, match, source, target)) != code:
        return found, "+occupation"
    if (found := crowd_seizure_code(code, source)) != code:
        return found, "+riot"
    return code, ""


# Crowds: civilians, the opposition's supporters, students, workers, farmers.
CROWDS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR"})


def crowd_seizure_code(code: str, source: ActorMention | None) -> str:
    """145 for a crowd overrunning or seizing buildings or ground ("demonstrators overran several
    government buildings"): unrest, not an army's occupation (192). Else ``code`` unchanged."""
    if code == OCCUPY and source is not None and source.sector in CROWDS:
        return RIOT
    return code


# Sides that fight each other: forces, armed men, police; a state named alone fights through its forces.
FIGHTING_SECTORS = ARMED_FORCES | ARMED_MEN | GANGS | frozenset({"COP"})


def _fighting_side(actor: ActorMention | None) -> bool:
    if actor is None or not actor.country or actor.kind == "place":
        return False
    return actor.sector in FIGHTING_SECTORS or (actor.sector is None and actor.kind == "country")


# Fight nouns that name a two-sided fight, as "clashed with" does: "killed in a clash with rebels" tells
# that both sides fought, though the noun's pattern (an attack's) reads one direction (session 25).
TWO_SIDED_FIGHT_NOUNS = frozenset({"clash", "fighting"})


def two_sided_fight(match: Match) -> bool:
    """Whether ``match`` is a noun naming a fight both its sides fought ("a clash with", "fighting with")."""
    return match.pattern.pos == "noun" and fr.has_lemma(match.token, TWO_SIDED_FIGHT_NOUNS)


def armed_reverse(code: str, fact: bool, pairs: list[Pair]) -> list[Pair]:
    """The other side's part of a two-sided fight that is a fact ("Sudanese troops clashed with RSF
    fighters", "exchanged fire with the rebels"): each armed side fought the other. A crowd's clash
    with police keeps its one direction (the crowd rioted, see events/implied.py); so does a fight
    with a side of no known country."""
    if not fact or not code.startswith(FIGHT[:2]):
        return []
    return reversed_pairs(pairs, _foes)


def _foes(source: ActorMention, target: ActorMention) -> bool:
    return _fighting_side(source) and _fighting_side(target) \
        and not (source.code == target.code and source.text == target.text)
