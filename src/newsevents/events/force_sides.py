"""Force between the state and a crowd, deaths told twice, and attacks told by those who suffered them.

- **A clash between the state's forces and a crowd is the crowd's riot** (145): "police clashed
  with protesters", "security forces clashed with young demonstrators". CAMEO (and the real-news
  gold) codes such a clash as the crowd protesting violently against the police, whichever side
  the sentence names first; the force the police use is coded where it is told ("fired tear gas
  at", "opened fire on"). A crowd named first ("protesters clashed with police") is read so
  already (``+riot``, see :mod:`~newsevents.events.implied`).
- **A clash is also the police's repression** (175, session 23): "police clashed violently with
  demonstrators", "supporters clashed with police", "students fought with police". The coding
  convention (``tests/data/realnews/CONVENTIONS.md``, rule 3.3) codes a clash between a crowd and
  the state's forces both ways, the crowd's riot and the forces' repression; the riot is read
  above (or as ``+riot``), and :func:`clash_repression` says when the clash also codes the forces'
  side. A 175 the sentence tells in detail ("firing tear gas at") is the same act, kept once by
  :mod:`~newsevents.events.force_retold`.
- **Police who kill or shoot protesters repress them** (175): "police shot and killed three
  people during the demonstrations", "soldiers killed 12 protesters". Force the authorities turn on
  a crowd at home is violent repression, as their firing on it is (``repression_code``); only
  when the victims are named as a crowd or the sentence tells of a protest (soldiers killing
  villagers in a war keep 180).
- **"Faced attacks from X"**: the subject of "face", "suffer", "endure" or "withstand"
  suffered the attack its object names, as the subject of "came under attack" does (slot
  ``sufferer``, :func:`newsevents.events.combat.under_attack`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.hostilities import KILL, home_side
from newsevents.events.implied import REPRESSION, RIOT
from newsevents.nlp.hyphenated import lemma_in
from newsevents.records import ActorMention

if TYPE_CHECKING:  # matching imports the slot readers, which read this module's sufferers
    from newsevents.events.matching import Match

FIGHT_ROOT = 19
# Words that name a clash or fight between two sides in the street.
CLASH_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish", "scuffle", "brawl", "confrontation", "fighting"})
# Verbs of a toll whose setting a clash noun may be ("died in clashes with police").
TOLL_VERBS = frozenset({"kill", "die", "injure", "wound", "hurt", "shoot", "arrest", "detain"})
# The state's armed side: its forces and police.
STATE_ARMS = frozenset({"COP", "MIL"})
# Crowds at home: civilians, the opposition's supporters, students, workers, farmers.
CROWDS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR"})
# Verbs of killing or wounding by gunfire or blows (not "executed", "hanged": done to captives).
STREET_KILLING = frozenset({"kill", "shoot", "wound", "injure", "maim", "murder", "slay"})
# Words of a protest: a sentence that tells of one sets a killing of civilians by police in it.
PROTEST_WORDS = frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "march",
                           "marcher", "crowd", "riot", "rioter", "sit-in", "striker", "unrest"})
# Restrictions of a place's people (curfews, states of emergency) and the rule suffix of their target.
RESTRICTIONS = "172"
PLACE_RULE = "+restricted-place"
# Force posture (15), and where it is sent: a border names the country across it.
MOBILIZE_ROOT = 15
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
POSTURE_PREPS = frozenset({"to", "toward", "towards", "along", "near", "at", "on"})
# Verbs whose subject suffers the attack their object names ("faced rocket attacks from Boko Haram").
SUFFER_VERBS = frozenset({"face", "suffer", "endure", "withstand"})
# Attack nouns that a suffering verb takes ("faced a fight over the budget" is no attack).
ATTACK_NOUNS = frozenset({"attack", "assault", "raid", "strike", "airstrike", "air-strike", "shelling", "bombardment",
                          "bombing", "barrage", "ambush", "onslaught", "offensive", "fire", "gunfire", "incursion"})


def street_force(code: str, match: Match, source: ActorMention | None,
                 target: ActorMention | None) -> tuple[ActorMention | None, ActorMention | None, str, str]:
    """The sides and code of force between the state and a crowd at home, and the rule suffix
    that says so ("" when no rule here applies): a clash is the crowd's riot on the forces
    (``+crowd-clash``), a killing of protesters repression (``+street-killing``)."""
    if code == KILL and match.pattern.pos == "verb" and _fired_on_crowd(match, source, target):
        return source, target, REPRESSION, "+street-killing"  # "shooting on the crowd in Conakry"
    if source is None or target is None or not _at_home(source, target):
        return source, target, code, ""
    if codebook.root_of(code) == FIGHT_ROOT and match.pattern.pos == "verb" \
            and match.token.lemma_.lower() in CLASH_LEMMAS:  # "clashes between police and ..." keep their reading
        return target, source, RIOT, "+crowd-clash"
    if code == KILL and _street_killing(match, target):
        return source, target, REPRESSION, "+street-killing"
    return source, target, code, ""


def clash_repression(code: str, match: Match, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether a crowd's riot (``code`` 145, ``source`` the crowd, ``target`` the forces) read
    from a verb or noun of clashing or fighting is also the forces' violent repression of that
    crowd: the forces are police or troops of the crowd's own country (or of none named). A
    crowd that stoned or stormed something (no clash) has no such twin, nor a fight between
    armed sides, nor a clash that is only the setting of a toll ("killed in clashes with police")."""
    if code != RIOT or source is None or target is None or match.token.lemma_.lower() not in CLASH_LEMMAS:
        return False
    if match.pattern.pos == "noun" and _toll_setting(match.token):
        return False
    return _at_home(target, source)


def _toll_setting(noun: Token) -> bool:
    """"Two protesters were killed in clashes with police": the clash noun is where a death or an
    injury happened, and the sentence's force is told by that verb, not by the clash."""
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and prep.head.lemma_.lower() in TOLL_VERBS


def _fired_on_crowd(match: Match, source: ActorMention | None, target: ActorMention | None) -> bool:
    """"Armed forces shooting on an unarmed crowd in Conakry": a shooting at a crowd the coder found no
    actor for, its target the place's own country (the state's forces at home)."""
    if source is None or target is None or source.sector not in STATE_ARMS or target.sector is not None \
            or not source.country or target.country != source.country:
        return False
    return any(t.lemma_.lower() in PROTEST_WORDS for t in fr.prep_objects(match.token, {"on", "at", "into"}))


def mutual_home_sides(code: str, match: Match, source: ActorMention | None, target: ActorMention | None,
                      story_countries: list[str]) -> tuple[ActorMention | None, str]:
    """The bare doer of the other side's part of a two-sided fight given its foe's country, and the rule
    suffix that says so ("" when unchanged): in "clashes between the Malian army and Tuareg rebels" the
    rebels are Malian in both directions. A one-sided attack by a bare side keeps it bare ("rebels attacked
    Turkish troops", see :func:`newsevents.events.hostilities.home_sides`)."""
    if codebook.root_of(code) != FIGHT_ROOT or source is None or target is None or source.country \
            or not (match.pattern.mutual or fr.prep_objects(match.token, {"between"})):
        return source, ""
    found = home_side(code, target, source, story_countries)
    return (found, "+home-foe") if found is not None else (source, "")


def _at_home(source: ActorMention, target: ActorMention) -> bool:
    """The state's forces acting on a crowd of their own country (or of none named)."""
    return source.sector in STATE_ARMS and target.sector in CROWDS and bool(source.country) \
        and target.country in (None, source.country)


def _street_killing(match: Match, target: ActorMention) -> bool:
    """Whether a killing by the state's forces hit a crowd: a verb of shooting or killing, and its
    victims named as protesters or its sentence telling of a protest."""
    tok = match.token
    if match.pattern.pos != "verb" or tok.lemma_.lower() not in STREET_KILLING or tok.dep_ == "ccomp":
        return False  # a killing told in someone's words keeps its code (events/appraisals.py reads it)
    victims = tok.doc[target.start:target.end]
    return any(t.lemma_.lower() in PROTEST_WORDS for t in (*victims, *tok.sent))


def own_people(code: str, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether a restriction a country imposes on a place of its own ("Peru declared a state of
    emergency in Lima") falls on its own people: the place's people (``restricted_place``) are the
    country's, the same actor as the country imposing it, and still its target."""
    return source is not None and target is not None and code.startswith(RESTRICTIONS) \
        and target.rule.endswith(PLACE_RULE)


def chained_participles(clause: Token) -> list[Token]:
    """The participles coordinated after a participle clause: "stormed the residence, freeing 71
    hostages *and killing* all 14 guerrillas" (the toll is the second of the two)."""
    return [c for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBG"]


def participle_anchor(tok: Token) -> Token:
    """The first of a chain of coordinated participles (``tok`` itself when it is the first)."""
    while tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def border_foe(code: str, match: Match, source: ActorMention | None,
               story_countries: list[str]) -> ActorMention | None:
    """The country across a border forces are sent to when the text names no one ("ordered troops to
    the northern border" in a story of Ecuador and Colombia): the story's first principal country
    other than the doer's; ``None`` for any other act, or when no border is named or no other
    country leads the story."""
    if codebook.root_of(code) != MOBILIZE_ROOT or source is None or not source.country:
        return None
    hosts = [match.token] + ([match.theme] if match.theme is not None else [])
    if not any(p.lemma_.lower() in BORDER_NOUNS for h in hosts for p in fr.prep_objects(h, set(POSTURE_PREPS))):
        return None
    country = next((c for c in story_countries if c != source.country), None)
    if country is None:
        return None
    return ActorMention(source.start, source.start, source.start_char, source.start_char, "", country,
                        country, country, None, "country", "border-foe")


def suffered_attack(tok: Token) -> Token | None:
    """The verb of "faced rocket attacks", "suffered an assault" when ``tok`` is its attack noun."""
    head = tok.head
    if tok.dep_ == "dobj" and lemma_in(tok, ATTACK_NOUNS) and head.lemma_.lower() in SUFFER_VERBS:
        return head
    return None
