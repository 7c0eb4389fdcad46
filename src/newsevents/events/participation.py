"""Protests and fighting told through those who took part in them or fell in them.

- **Taking part.** "Thousands took part in a rally in Bamako", "students participated in
  demonstrations", "joined in the protests": the noun is the protest of whoever took part
  (the subject of "take part", "participate", "join in").
- **Being on strike.** "Nurses have been on strike since Monday", "two jailed activists are on
  hunger strike": a state of striking ("be", "stay", "remain" on strike) is a strike told as it
  goes on, by the subject.
- **The fallen of a fight.** "Four policemen were killed in fighting with the insurgents", "two
  protesters died in clashes with police": the side a fight is "with" acted on those killed,
  wounded or dead in it. A toll told by the fight ("were killed over two days of fighting
  between the army and rebels") is a setting of the fight, whose sides "between" names.

Only the protest and violence roots (14, 18, 19, 20) are licensed here: taking part in talks
or being on a visit are told elsewhere (:mod:`~newsevents.events.visits`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.battle_settings import first_toll
from newsevents.events.coordination import conjuncts
from newsevents.events.matching import Match, best_match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

CONTENTION_ROOTS = ("14", "18", "19", "20")
REPRESSION = "175"
PROTEST_ROOT = "14"
FIGHT_ROOT = "19"
# "took part in", "played a part in": the noun the part is taken in
PART_NOUNS = frozenset({"part", "role"})
PART_VERBS = frozenset({"take", "play"})
# "participated in the march", "joined in the protests", "engaged in clashes"
PARTAKE_VERBS = frozenset({"participate", "join", "engage", "partake"})
# "are on strike", "remained on hunger strike": a strike told as a state of its strikers
STATE_VERBS = frozenset({"be", "stay", "remain", "continue"})
# A span of a toll ("killed over two days of fighting"): prepositions that set the span
SPAN_PREPS = frozenset({"over", "within"})
# Sides of a fight named by the noun: "fighting with the rebels", "clashes against police"
SIDE_PREPS = frozenset({"with", "against"})
# Settings a toll is told in: "killed in fighting", "died during clashes"
TOLL_PREPS = frozenset({"in", "during", "amid"})


def contention(match: Match) -> bool:
    """Whether ``match`` codes a protest or a use of violence (roots 14, 18, 19, 20)."""
    return match.pattern.cameo.startswith(CONTENTION_ROOTS)


def partaking(match: Match, tok: Token) -> bool:
    """"took part in a rally", "participated in demonstrations", "are on strike": license a
    protest or violence noun (``tok`` heads its phrase) as the act of the subject who took part
    in it; the verb and subject are recorded on ``match``."""
    if not contention(match) or tok.dep_ != "pobj":
        return False
    prep, verb = tok.head, tok.head.head
    if prep.lower_ == "in" and verb.lemma_.lower() in PART_NOUNS and verb.dep_ == "dobj" \
            and verb.head.lemma_.lower() in PART_VERBS:
        verb = verb.head  # "took part in", "played a role in"
    elif prep.lower_ == "in" and verb.lemma_.lower() in PART_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PART_NOUNS for c in verb.children):
        pass  # the parser hangs "in" on "took"
    elif prep.lower_ == "in" and verb.lemma_.lower() in PARTAKE_VERBS and verb.pos_ == "VERB":
        pass
    elif prep.lower_ == "on" and verb.lemma_.lower() in STATE_VERBS and match.pattern.cameo.startswith(PROTEST_ROOT):
        pass  # "have been on hunger strike"
    else:
        return False
    subject = fr.subject(verb)
    if subject is None:
        return False
    match.verb, match.subject = verb, subject
    return True


# "the protests went on for weeks", "the strike went ahead": a protest or fight that goes on happens
GOING_PARTICLES = frozenset({"on", "ahead"})


def went_ahead(match: Match, tok: Token) -> bool:
    """"Protests against the government have been going on for weeks", "the strike went ahead":
    a protest or violence noun (``tok`` heads its phrase) that is the subject of "go on" or "go
    ahead" happened; the verb is recorded on ``match``."""
    head = tok.head
    if not contention(match) or tok.dep_ != "nsubj" or head.lemma_.lower() != "go":
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in GOING_PARTICLES for c in head.children):
        return False
    match.verb = head
    return True


# Prepositions a repression verb takes its crowd with: "cracked down on", "fired at", "opened fire on"
REPRESSED_PREPS = frozenset({"on", "at", "into", "against"})


def repressed(match: Match, tok: Token, lex: Lexicon) -> bool:
    """"police dispersed the march", "the government cracked down on the protests", "fired tear gas
    at the rally": a protest noun (``tok`` heads its phrase) that force was used on happened; the
    repression's verb is recorded on ``match`` (the protesters are implied, see
    :func:`~newsevents.events.implied_actors.implied_crowd`)."""
    if not match.pattern.cameo.startswith(PROTEST_ROOT):
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in REPRESSED_PREPS:
        verb = verb.head
    elif tok.dep_ != "dobj":
        return False
    if verb.pos_ != "VERB":
        return False
    found = best_match(verb, lex)
    if found is None or not found.pattern.cameo.startswith(REPRESSION):
        return False
    match.verb, match.subject = verb, None
    return True


def toll_span(match: Match, tok: Token, lex: Lexicon) -> bool:
    """"were killed over two days of fighting between X and Y": a fight whose span the toll is
    told over is the setting of the toll (``tok`` is the span noun); only with its sides named
    by "between" on the noun."""
    if not match.spanned or not match.pattern.cameo.startswith(FIGHT_ROOT) or tok.dep_ != "pobj":
        return False
    prep, verb = tok.head, tok.head.head
    if prep.lower_ not in SPAN_PREPS or not fr.has_lemma(verb, lex.word_list("toll_verbs")):
        return False
    if not fr.prep_objects(match.token, {"between"}):
        return False
    match.verb, match.subject, match.adjunct = verb, None, True
    return True


def fallen_sides(match: Match, lex: Lexicon) -> tuple[list[Token], list[Token]] | None:
    """The sides of a fight told by those who fell in it: ("the insurgents", "four policemen") for
    "four policemen were killed in fighting with the insurgents": the side the fight is "with"
    acted on the dead or wounded. None when the fight is not the setting of a toll, or names
    no side."""
    noun = match.token
    if not match.adjunct or match.pattern.pos != "noun" or not match.pattern.cameo.startswith(FIGHT_ROOT):
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ not in TOLL_PREPS or fr.prep_objects(noun, {"between"}):
        return None  # "killed in fighting between X and Y": the sides are named
    verb = noun.head.head
    # "were killed and ten more wounded in a clash with X": the fallen are the first toll's (battle_settings)
    verb = first_toll(verb, lex.word_list("toll_verbs")) or verb
    deaths = lex.word_list("death_verbs")
    if not fr.has_lemma(verb, lex.word_list("toll_verbs")) or not (fr.is_passive(verb) or fr.has_lemma(verb, deaths)):
        return None
    fallen = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
    others = [t for o in fr.prep_objects(noun, set(SIDE_PREPS)) for t in conjuncts(o)]
    if not fallen or not others:
        return None
    return others, fallen


HOLD = "hold"


def held_state(tok: Token) -> bool:
    """"farmers *held* by the gunmen against their will", "hostages held there for months": a
    reduced relative of "hold" tells the captives' state, background to the seizure (which is
    the event, told elsewhere or before), not a new detention. So does a relative clause on the
    captives ("the minister, whom they had *taken* hostage")."""
    if tok.lemma_.lower() == HOLD and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return True
    return tok.dep_ == "relcl" and any(c.lemma_.lower() in HOSTAGE_WORDS for c in tok.children)


def repressed_protest(match: Match, lex: Lexicon) -> bool:
    """"police broke up a march by opposition supporters", "dispersed a rally in the capital": a
    protest that force was used on happened, and is an event of its own beside the repression (the
    verb's object noun is not folded into the verb's event, as "offered support" is)."""
    theme = match.theme
    if not match.pattern.cameo.startswith(REPRESSION) or theme is None:
        return False
    found = best_match(theme, lex)
    return found is not None and found.pattern.pos == "noun" and found.pattern.cameo.startswith(PROTEST_ROOT)


# Roots of what a crowd says while it protests: appeals, demands, criticism, rejections, threats.
SAYING_ROOTS = ("02", "10", "11", "12", "13")


def crowd_saying(match: Match, lex: Lexicon) -> bool:
    """"police clashed with protesters *calling for the president to resign*": the parser made the
    crowd the subject of a gerund that is the verb's theme. What the crowd says there (an appeal,
    demand, charge, rejection or threat) is its own event (a protest's stated demand is coded apart),
    so the gerund is not folded into the verb's event as its object noun would be."""
    theme = match.theme
    if theme is None or theme.tag_ != "VBG" or not any(c.dep_ == "nsubj" for c in theme.children):
        return False
    found = best_match(theme, lex)
    return found is not None and found.pattern.cameo.startswith(SAYING_ROOTS)


# Participles that name who did an act: "an attack *claimed by* al-Shabab", "a raid *carried out by* the
# army", "the bombing, *blamed on* the rebels"
CLAIM_PARTICIPLES = frozenset({"claim", "carry", "launch", "stage", "mount", "conduct", "perpetrate", "orchestrate",
                               "mastermind", "execute", "commit"})
BLAME_PARTICIPLES = frozenset({"blame", "pin"})
VIOLENCE_ROOTS = ("18", "19", "20")


def claimed_doers(match: Match) -> list[Token]:
    """Who a violent act noun was done by, told by a participle on it: "the attack on the base,
    *claimed by al-Shabab*, killed ten soldiers", "a raid carried out by the army", "the bombing,
    blamed on the rebels" (``[]`` for other triggers)."""
    noun = match.token
    if match.pattern.pos != "noun" or not match.pattern.cameo.startswith(VIOLENCE_ROOTS):
        return []
    found: list[Token] = []
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        lemma = acl.lemma_.lower()
        if lemma in CLAIM_PARTICIPLES:
            found += fr.prep_objects(acl, {"by"})
        elif lemma in BLAME_PARTICIPLES:
            found += fr.prep_objects(acl, {"on"})
    return found


# "troops backed by African Union forces", "fighters supported by US air strikes": who fights beside the doer
BACKING_PARTICIPLES = frozenset({"back", "support", "aid", "assist", "help", "accompany", "reinforce"})
FIGHT_CODES = ("19",)


def backers(match: Match, subject: Token | None) -> list[Token]:
    """Those a fighting doer is "backed by" ("army units *backed by allied militias* drove the
    insurgents from the port", "troops, supported by US air strikes, retook the town"): they fight
    beside the doer (``subject`` heads the doer's phrase); ``[]`` for acts that are not fights."""
    if subject is None or not match.pattern.cameo.startswith(FIGHT_CODES):
        return []
    found: list[Token] = []
    for doer in conjuncts(subject):
        for acl in (c for c in doer.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if acl.lemma_.lower() in BACKING_PARTICIPLES:
                found += fr.prep_objects(acl, {"by"})
    return found


def allies(match: Match, index: MentionIndex, sources: list[ActorMention]) -> list[ActorMention]:
    """The armed allies a fighting doer is backed by (see :func:`backers`), as further sources of
    the fight: forces, world bodies' troops or states; not already among ``sources``."""
    subject = match.subject if match.pattern.pos == "noun" else fr.subject(match.token)
    found = actors_of(backers(match, subject), index, {m.start for m in sources})
    return [m for m in found if (m.sector in ALLY_SECTORS or (m.code or "").startswith("IGO")
                                 or (m.sector is None and m.kind == "country")) and m.kind != "place"]


ALLY_SECTORS = frozenset({"MIL"})


HOSTAGE_WORDS = frozenset({"hostage", "captive"})
TAKE_HOSTAGE = "assault.take_hostage"


def beside_hostage_word(match: Match, targets: list[ActorMention]) -> list[ActorMention]:
    """``targets`` less the word "hostage" itself where the parser made it a second object beside
    the people taken ("took two French journalists hostage"): they are the target, not it."""
    if match.pattern.id != TAKE_HOSTAGE:
        return targets
    doc = match.token.doc
    kept = [t for t in targets if doc[t.end - 1].lemma_.lower() not in HOSTAGE_WORDS]
    return kept or targets


def contention_parties(match: Match, index: MentionIndex, lex: Lexicon, sources: list[ActorMention],
                       targets: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]]:
    """The sources and targets of a protest or violent act once its phrase's own parties are read:
    the side a fight was "with" acting on those who fell in it (:func:`fallen_sides`), the group an
    attack is "claimed by" when no doer is named (:func:`claimed_doers`), the allies a fighting doer
    is "backed by" (:func:`allies`), and not the word "hostage" beside the people taken
    (:func:`beside_hostage_word`)."""
    if not contention(match):
        return sources, targets
    if (fallen := fallen_sides(match, lex)) is not None:
        # "four policemen were killed in fighting with the insurgents": the insurgents fought them
        sources = actors_of(fallen[0], index, set())
        return sources, actors_of(fallen[1], index, {m.start for m in sources})
    sources = sources or actors_of(claimed_doers(match), index, set())
    sources = sources + allies(match, index, sources)
    return sources, beside_hostage_word(match, targets)
