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

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.matching import Match, best_match
from newsevents.events.patterns import Lexicon
from newsevents.figures.numbers import parse_number
from newsevents.records import ActorMention

FIGHT = "190"
FIGHT_ROOT = "19"
# Killing, beating and torture: unconventional violence (18) that armed sides turn on each other.
ASSAULT_CODES = frozenset({"180", "182", "1822", "1823"})
# Verbs of force in a fight (not "executed", "beheaded", "tortured": done to captives).
FIGHTING_VERBS = frozenset({"kill", "shoot", "wound", "injure", "maim", "assault", "attack", "slay"})
# Rebels, insurgents, militias and separatists: the non-state sides of a war.
ARMED_MEN = frozenset({"INS", "REB", "UAF", "SEP"})
# Armed men and paramilitaries: who kills civilians as an armed side (not the state's forces).
KILLERS = ARMED_MEN | frozenset({"PRM"})
# The state's forces.
STATE_FORCES = frozenset({"MIL"})
# Herders and farmers: the agrarian sides of communal violence.
COMMUNAL = frozenset({"AGR"})
# Civilians a communal attack is aimed at: other civilians, not the authorities.
CIVILIANS = frozenset({"AGR", "CVL", "REF"})
# Force that becomes a riot when a crowd does it (see events/implied.py, RIOT_CODES).
RIOT_PRONE = frozenset({"190", "182", "1823"})


def rebel_attack_code(code: str, match: Match, source: ActorMention | None, target: ActorMention | None) -> str:
    """190 for armed men killing, wounding or assaulting the state's forces in a fight ("rebels
    killed twelve soldiers"); executing captives stays an execution (18). Else ``code`` unchanged."""
    if code not in ASSAULT_CODES or source is None or target is None:
        return code
    if match.pattern.pos == "verb" and not fr.has_lemma(match.token, FIGHTING_VERBS):
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


def hostile_code(code: str, match: Match, source: ActorMention | None,
                 target: ActorMention | None) -> tuple[str, str]:
    """The code as the sides of a use of force make it (:func:`rebel_attack_code`, :func:`communal`,
    :func:`mass_killing_code`) and the rule suffix that says so ("" when no rule here applies; the
    coder then reads the doer's other conventions)."""
    if (found := mass_killing_code(code, match, source, target)) != code:
        return found, "+mass-killing"
    if (found := rebel_attack_code(code, match, source, target)) != code:
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
# Sides whose country is never guessed from their foe's: refugees (often abroad), and gunmen no
# one has named (unattributed acts, see events/unattributed.py).
UNKNOWN_SIDES = frozenset({"REF", "UAF"})
# A bomber's act is told by its bomb (183x): no side of a fight or a killing of the kind here.
BOMBER_WORDS = ("bomber",)


def _facing(known: str | None, bare: str, home: bool, attacker: bool) -> bool:
    """Whether sides of sectors ``known`` and ``bare`` face each other at home: a crowd and its
    state; or, in a story whose first country is ``known``'s (``home``), the state's forces and
    anyone they use force on (armed men, a bare person), armed men and the forces they fight, and
    armed men and the civilians they kill. A foreign army's foes ("Israeli troops raided the camp")
    are not its own people, and a bare ``attacker`` of the forces is not of their country ("rebels
    attacked Turkish troops"). A crowd that protests against a state's government is of that
    country only in a story of it: "activists protested against Putin" in a story on Kyrgyzstan are
    no Russians (the crowd then keeps the country of its own words, place or story)."""
    if (known in CROWDS and bare in STATE_SIDES) or (known in STATE_SIDES and bare in CROWDS):
        return home or not attacker or known in STATE_ARMS
    if not home:
        return False
    if known in CROWDS and bare in KILLERS:
        return True
    return not attacker and ((known in ARMED_MEN and bare in STATE_ARMS) or (known in STATE_ARMS
                                                                               and bare not in OUTSIDERS))


def home_side(code: str, known: ActorMention | None, bare: ActorMention | None,
              story_countries: list[str], attacker: bool = False) -> ActorMention | None:
    """``bare`` (a side with a sector and no country) as of ``known``'s country, when the two face
    each other at home (:func:`_facing`): "protesters threw stones at police", "the army clashed
    with rebels"; only in a story of that country (one of its principal countries, the first for
    armed sides, or a story that names none). ``None`` otherwise."""
    if not code.startswith(CONTENTION_ROOTS) or known is None or bare is None:
        return None
    country = known.country
    if not country or bare.country or not bare.sector or bare.kind == "place" or bare.sector in UNKNOWN_SIDES \
            or _bomber(bare):
        return None
    if story_countries and country not in story_countries:
        return None
    if not _facing(known.sector, bare.sector, story_countries[:1] in ([], [country]), attacker):
        return None
    return replace(bare, code=country + bare.sector, country=country, rule="home-foe")


def home_sides(code: str, source: ActorMention | None, target: ActorMention | None,
               story_countries: list[str]) -> tuple[ActorMention | None, ActorMention | None, str]:
    """The source and target of a protest or use of force with a bare side given its foe's
    country (see :func:`home_side`), and the rule suffix that says so ("" when unchanged)."""
    if (found := home_side(code, source, target, story_countries)) is not None:
        return source, found, "+home-foe"
    # a bare attacker is not of the country of the forces it attacks ("rebels attacked Turkish
    # troops"): only a crowd facing its state is guessed so
    if (found := home_side(code, target, source, story_countries, attacker=True)) is not None:
        return found, target, "+home-foe"
    return source, target, ""


# Prepositions that set a fight beside a clause's own act: "seized the town *after* fighting with".
FIGHT_SETTING_PREPS = frozenset({"after", "following", "amid", "during", "in"})
# Prepositions that name the other side of a fight noun: "fighting *with* government troops".
FOE_PREPS = frozenset({"with", "against"})
# Roots of acts that a fight beside them is part of: force posture (15) and occupation (19), violence (18-20).
ARMED_ROOTS = ("15", "18", "19", "20")


def fought_through(match: Match, lex: Lexicon) -> bool:
    """Whether a fight noun set beside an armed act was fought by that act's doer: "rebels seized
    the town *after fierce fighting with government troops*", "troops retook the port following
    clashes with the militants". Only a fight noun that names its foe ("with", "against"), on a
    clause whose own act is armed; a fight beside a peaceful act ("talks resumed after the
    fighting") keeps no doer."""
    noun = match.token
    if not match.pattern.cameo.startswith(FIGHT_ROOT) or match.pattern.pos != "noun":
        return False
    foes = fr.prep_objects(noun, set(FOE_PREPS))
    spans = lex.word_list("span_nouns")
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and fr.has_lemma(noun.head.head, spans):
        noun = noun.head.head  # "after two days of fighting with": the span stands in
    if noun.dep_ != "pobj" or noun.head.lower_ not in FIGHT_SETTING_PREPS or not foes:
        return False
    found = best_match(noun.head.head, lex)
    return found is not None and found.pattern.cameo.startswith(ARMED_ROOTS)


# Beatings and torture: force that, told beside an arrest, is done in custody.
CUSTODY_CODES = ("182", "1822")
ARREST = "173"


def beside_arrest(match: Match, lex: Lexicon) -> bool:
    """Whether a beating or torture told in the passive with no doer is coordinated with an arrest
    that names none either ("were *beaten* and arrested", "were detained and *tortured*"): done by
    whoever made the arrest, the police the arrest implies."""
    tok = match.token
    if match.pattern.pos != "verb" or not match.pattern.cameo.startswith(CUSTODY_CODES):
        return False
    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    for verb in (p for p in partners if p.pos_ == "VERB"):
        found = best_match(verb, lex)
        if found is not None and found.pattern.cameo == ARREST and _no_agent(verb) and _no_agent(tok):
            return True
    return False


def _no_agent(verb: Token) -> bool:
    """A passive with no "by" agent: "were beaten", not "were beaten by rebels"."""
    return (fr.is_passive(verb) or fr.passive_participle(verb)) and not any(c.dep_ == "agent" for c in verb.children)


def owners_only(match: Match, targets: list[ActorMention]) -> bool:
    """Whether every target of a violent act only owns the thing it hit: "stormed *the Japanese
    ambassador's* residence, killing all 14 guerrillas" hit the guerrillas its toll names, not the
    ambassador (a possessor of the act's object); the toll then names the target
    (:func:`newsevents.events.combat.toll_victims`)."""
    if not targets or not codebook.is_violence(match.pattern.cameo) or match.pattern.pos != "verb":
        return False
    doc = match.token.doc
    hit = {o.i for o in fr.objects(match.token)}
    return all(doc[m.start:m.end].root.dep_ == "poss" and doc[m.start:m.end].root.head.i in hit for m in targets)


MASS_KILLING = "202"
KILL = "180"
# Verbs of killing outright (not "wounded", "shot"): what a mass killing is told by.
KILLING_VERBS = frozenset({"kill", "massacre", "slaughter", "execute", "murder", "slay", "butcher"})
# How many civilians killed in one act by armed men make a mass killing (CAMEO 202): "paramilitaries
# killed at least 30 civilians" (the gold codes it 202; "stormed a hotel, killing four" stays 180).
MASS_TOLL = 20


def mass_killing_code(code: str, match: Match, source: ActorMention | None, target: ActorMention | None) -> str:
    """202 for armed men killing at least :data:`MASS_TOLL` civilians with a verb of killing
    ("militiamen killed at least 30 villagers"); else ``code`` unchanged."""
    if code != KILL or source is None or target is None or source.sector not in KILLERS or target.sector != "CVL" \
            or _bomber(source):
        return code
    if match.pattern.pos != "verb" or not fr.has_lemma(match.token, KILLING_VERBS):
        return code
    toll = max((_count(o) for o in fr.objects(match.token)), default=0.0)
    return MASS_KILLING if toll >= MASS_TOLL else code


def _count(noun: Token) -> float:
    """The number a noun phrase counts ("at least 30 civilians": 30), 0 when it names none."""
    words = [c for c in noun.children if c.dep_ == "nummod"]
    if not words:
        return 0.0
    number = words[0]
    text = " ".join(t.text for t in number.subtree if t.pos_ == "NUM" or t.lower_ in ("hundred", "thousand"))
    return parse_number(text) or 0.0


def _bomber(mention: ActorMention) -> bool:
    """"A suicide bomber", "the bombers": a doer named by the bomb it set off."""
    return any(word in mention.text.lower() for word in BOMBER_WORDS)
