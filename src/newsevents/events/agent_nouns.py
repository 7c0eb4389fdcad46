"""Acts named by a noun whose own phrase names the doer and the one it is done to.

A noun trigger codes where a verb reports it (:func:`~newsevents.events.licensing.license_noun`).
News also names coercion and violence that happened inside another statement, by a noun whose own
phrase says who did it to whom: "a statement describing *the abduction and torture of the
journalist by government agents*", "anger over *the detention of three reporters by police*",
"in response to *an assault by rebel fighters against an army unit*". (The object of a verb of
criticism, "condemned the killing of protesters by security forces", is read by the criticism
patterns first, which code the 111 and take the noun.) A phrase that names both a doer ("by X", or a possessor beside an
"of": "Kenya's arrest of two nationals") and a victim ("of", "on", "against") reports the act as
a fact, wherever the phrase stands (the real-news gold codes such acts). Roots 17-20, and the
rejections and criticism told the same way ("Moscow's rejection of the Ukrainian plan", "the
condemnation of the coup by the African Union"): a definite possessor or agent presupposes the act.
Appeals and offers are addressed: their phrase names the doer ("by X", or any possessor, "Kenya's
appeal") and the addressee ("to Y"): "an appeal by the UN to Ethiopia", "Kenya's offer of talks to
the Somali government".

A noun whose own modifier calls it possible, planned or feared ("a possible rejection of the deal by
parliament", "a feared invasion of the island by China") tells no act either.

Talk of possible acts is none of this: a noun governed by a word of threat, fear, prevention or
planning ("the threat of an invasion of Taiwan by China", "to prevent the arrest of X by Y"), or
the subject or object of a negated or modal verb ("would not tolerate attacks on X by Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.anchors import GENERIC_LISTS, governed_by, governing_verb
from newsevents.events.arguments import answerers
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon

# Roots of force whose nouns this reads: coercion, assault, fighting, mass violence.
FORCE_ROOTS = frozenset({17, 18, 19, 20})
# The root of fighting, whose possessor is its doer even as a pronoun ("its war on Yemen").
FIGHT_ROOT = 19
# Roots of acts said to someone whose nouns this reads too: disapproval, rejection.
SAID_ROOTS = frozenset({11, 12})
# Roots of acts addressed to someone ("to Y"), whose possessor is always the doer: appeals, offers.
ADDRESSED_ROOTS = frozenset({2, 3})
ADDRESSEE_PREPS = frozenset({"to"})
# Nouns of an offer, which is made to whoever accepts or rejects it (events.arguments.answerers).
OFFER_NOUNS = frozenset({"offer"})
# The root of consultations, whose possessor holds the talks and whose "with" names the partner.
CONSULT_ROOT = 4
PARTNER_PREPS = frozenset({"with"})
# Modifiers that make the noun's act a prospect, not a fact ("a possible rejection", "the planned invasion").
PROSPECT_MODIFIERS = frozenset({"possible", "potential", "likely", "probable", "imminent", "expected", "planned",
                                "proposed", "threatened", "feared", "anticipated", "future", "eventual",
                                "hypothetical", "alleged", "rumoured", "rumored", "impending"})
# Prepositions that name the victim of the act.
VICTIM_PREPS = frozenset({"of", "on", "against"})
# A "by" object that is a time, amount or rate, not a doer ("by Friday", "by 20 percent").
NOT_DOERS = frozenset({"DATE", "TIME", "PERCENT", "CARDINAL", "MONEY", "QUANTITY", "ORDINAL"})
# Words under which an act is only possible: "the threat of an invasion by X", "plans for the arrest".
PROSPECT_HEADS = frozenset({"threat", "risk", "fear", "possibility", "prospect", "danger", "plan", "warning",
                            "rumour", "rumor", "allegation", "claim", "accusation", "charge", "report", "scenario",
                            "attempt", "bid", "order", "call", "demand", "ban", "law", "bill"})
PROSPECT_LISTS = (*GENERIC_LISTS, "allege_verbs")
# Possessive pronouns name the victim as often as the doer ("his arrest", "their killing").
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# How many heads up the noun is looked at for such a word.
PROSPECT_DEPTH = 3


def agent_anchored(match: Match, tok: Token, lex: Lexicon) -> bool:
    """Whether a force noun (``match``; ``tok`` heads its phrase) names its own doer and victim,
    not as a possible act; on success the verb its phrase is subject or object of (else the noun)
    is recorded as the event's verb, for its mood and date."""
    noun = match.token
    if not match.pattern.cameo[:2].isdigit():
        return False
    root = codebook.root_of(match.pattern.cameo)
    if not match.pattern.needs_target and root not in ADDRESSED_ROOTS | {CONSULT_ROOT, codebook.REDUCE_RELATIONS}:
        return False  # a noun that may code with no victim ("Serbia's suppression of unrest") is not read here
    if root == CONSULT_ROOT:
        found = _holder_and_partner(noun)
    elif root in ADDRESSED_ROOTS:
        found = _doer_and_addressee(noun)
    elif root in FORCE_ROOTS | SAID_ROOTS | {codebook.REDUCE_RELATIONS}:
        # cut relations are read like force ("Washington's expulsion of Russian diplomats"): a victim
        # is always asked for, so the expulsion noun, which codes with none elsewhere, is read here too
        found = _doer_and_victim(noun, root == FIGHT_ROOT, root == codebook.REDUCE_RELATIONS)
    else:
        return False
    # "rejected Jakarta's offer": a refusal of an offer made is no refusal to make it
    if not found or tok.dep_ in ("compound", "amod", "nmod") or (_prospect(tok, lex) and not answered_offer(noun)) \
            or any(c.dep_ == "amod" and c.lemma_.lower() in PROSPECT_MODIFIERS for c in noun.children):
        return False
    verb = governing_verb(tok)
    if verb is not None and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False  # "would not tolerate the killing of X by Y": no fact either way
    match.verb = verb or noun
    return True


def _doer_and_victim(noun: Token, fight: bool, reduce: bool = False) -> bool:
    """"the arrest of X by Y", "an assault by X against Y", "Kenya's arrest of X" (on the noun or,
    as the parser often hangs them, on a noun coordinated with it); for a fight (``fight``: root 19),
    also a possessive pronoun beside "on" or "against" ("its war on Yemen", "their offensive
    against the rebels"), which names the victim only of coercion ("his arrest on charges of ...");
    for cut relations (``reduce``: root 16), a named possessor beside "on" or "against" too."""
    phrases = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    victims = [o for n in phrases for o in fr.prep_objects(n, set(VICTIM_PREPS))]
    doers = [o for n in phrases for o in fr.prep_objects(n, {"by"}) if o.ent_type_ not in NOT_DOERS]
    # "an assault by X against Y", parsed with "against" on X
    victims += [o for d in doers for o in fr.prep_objects(d, set(VICTIM_PREPS - {"of"}))]
    if not victims:
        return False
    doers += [o for v in victims for o in fr.prep_objects(v, {"by"}) if o.ent_type_ not in NOT_DOERS]
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS
              and c.ent_type_ not in NOT_DOERS]  # "last week's arrest of activists": a time, no doer
    if fight and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children) \
            and fr.prep_objects(noun, set(VICTIM_PREPS - {"of"})):
        return True  # "Saudi Arabia in its war on Yemen": whose fight it is, is who wages it
    # "Kenya's arrest of two nationals": a named possessor beside an "of"; for cut relations beside any
    # victim's preposition ("China's sanctions on Lithuanian firms"), not for force, where it names an
    # ongoing war as often as an act ("officials linked to Russia's war on Ukraine")
    preps = VICTIM_PREPS if reduce else frozenset({"of"})
    return bool(doers) or bool(owners and fr.prep_objects(noun, set(preps)))


def _holder_and_partner(noun: Token) -> bool:
    """"the minister's talks with Chinese officials", "his discussions with EU officials": a
    possessor, a pronoun too (whoever's talks they are takes part in them), and a partner ("with")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in NOT_DOERS]
    return bool(owners) and bool(fr.prep_objects(noun, set(PARTNER_PREPS)))


def _doer_and_addressee(noun: Token) -> bool:
    """"an appeal by the UN to Ethiopia", "Kenya's offer of talks to Somalia": a doer ("by" or a
    possessor other than a pronoun) and an addressee ("to")."""
    doers = [o for o in fr.prep_objects(noun, {"by"}) if o.ent_type_ not in NOT_DOERS]
    doers += [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS
              and c.ent_type_ not in NOT_DOERS]
    # "an offer of help to Malawi", parsed with "to" on what is offered
    phrases = [noun, *fr.prep_objects(noun, {"of"})]
    # "the rebels rejected Jakarta's offer of autonomy": an offer is made to whoever answers it
    return bool(doers) and (any(fr.prep_objects(n, set(ADDRESSEE_PREPS)) for n in phrases) or answered_offer(noun))


def answered_offer(noun: Token) -> bool:
    """Whether ``noun`` is an offer that a verb of acceptance or refusal answers, whose subject (or
    passive agent) it was made to: "the rebels rejected *Jakarta's offer* of autonomy"."""
    return noun.lemma_.lower() in OFFER_NOUNS and bool(answerers(noun))


def _prospect(tok: Token, lex: Lexicon) -> bool:
    """"the threat of an invasion of X by Y", "to prevent the arrest of X by Y": a possible act."""
    return governed_by(tok, PROSPECT_HEADS.union(*(lex.word_list(name) for name in PROSPECT_LISTS)), PROSPECT_DEPTH)
