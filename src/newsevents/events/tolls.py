"""Attacks and their tolls: who fired when the parser split an attack noun ("killed in Israeli
tank shelling"), who an attack hit when a toll verb governs it ("died in the shelling"), deaths
that are the toll of an attack coded already, and the tolls of accidents, which are no events.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.battle_settings import first_toll
from newsevents.events.coordination import conjuncts
from newsevents.events.force_sides import participle_anchor
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.events.violence_forms import TOLL_SETTING_PREPS, toll_setting

# Killing patterns whose event may be the toll of an attack coded already.
CONSEQUENCE_PATTERNS = {"assault.kill", "massviolence.mass_killing", "fight.air_kill", "fight.shell_kill"}


def _other_toll(tok: Token, clause: Token) -> bool:
    """"soldiers killed the president after a bomb killed the army chief": a clause killing
    victims of its own with the same verb is a second killing, not the attack behind this one."""
    return clause.lemma_ == tok.lemma_ and bool(fr.objects(clause)) and bool(fr.objects(tok))


def split_compound_doer(tok: Token) -> list[Token]:
    """"killed in Israeli tank shelling": a gerund the parser split from its compound ("tank" as
    the object of "in", "shelling" as a verb) takes the compound's modifiers as its doer."""
    if tok.tag_ != "VBG" or tok.i == 0:
        return []
    before = tok.doc[tok.i - 1]
    if before.pos_ != "NOUN" or before.dep_ not in ("pobj", "compound") or before.head.i > tok.i:
        return []
    return [c for c in before.children if c.dep_ in ("poss", "compound", "amod")]


def accident(match: Match, lex: Lexicon) -> bool:
    """"killed by the train crash", "died in the floods": a disaster's toll, no political event."""
    tok = match.token
    if not codebook.is_violence(match.pattern.cameo):
        return False
    doer = fr.subject(tok)
    causes = ([doer] if doer is not None else []) + fr.prep_objects(tok, {"in", "by", "during", "after", "from"})
    if tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and fr.has_lemma(tok.head, lex.word_list("accident_verbs")):
        return True  # "two lorries collided, injuring five"
    return any(fr.has_lemma(c, lex.word_list("accident_nouns")) for c in causes)


def victims(match: Match, lex: Lexicon) -> list[Token]:
    """Who an attack killed or wounded when the toll verb governs it: "were killed in the
    shelling", "died in Russian artillery shelling" (a gerund the parser made a clause), "killed
    three fighters in a drone strike"."""
    tok = match.token
    # "killed in the shelling", "killed in shelling by RSF fighters" (a gerund), "died following an
    # ambush by militants" (events/violence_forms.py)
    toll = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else toll_setting(tok)
    if toll is None:
        return []
    # "were killed and ten more wounded in a clash": the first toll verb's victims too (battle_settings)
    first = first_toll(toll, lex.word_list("toll_verbs"))
    if first is not None:
        return _hit(toll, lex) + _hit(first, lex)
    return _hit(toll, lex) if fr.has_lemma(toll, lex.word_list("toll_verbs")) else []


def _hit(toll: Token, lex: Lexicon) -> list[Token]:
    """Whom one toll verb names as its dead or wounded."""
    if fr.is_passive(toll) or toll.dep_ == "acl":
        return fr.objects(toll)
    if fr.has_lemma(toll, lex.word_list("death_verbs")):
        found = fr.subject(toll)
        return conjuncts(found) if found is not None else []
    # "the army killed a commander in an airstrike": the active toll verb's object was hit
    return [t for o in fr.objects(toll) for t in conjuncts(o)]


def consequence(match: Match, attacks: set[int]) -> bool:
    """"stormed a hotel, killing four", "a missile strike killed two": the deaths are the toll of an
    attack coded already, not an event of their own."""
    if match.pattern.id not in CONSEQUENCE_PATTERNS:
        return False
    tok = match.token
    # "..., freeing the hostages and killing the guerrillas": the first participle of a chain counts too
    if any(t.dep_ in ("advcl", "conj") and t.tag_ == "VBG" and t.head.i in attacks
           for t in (tok, participle_anchor(tok))):
        return True
    # "were killed in the shelling", "died in Israeli tank shelling": the toll of that attack
    causes = fr.prep_objects(tok, set(TOLL_SETTING_PREPS)) + [c for c in tok.children if c.dep_ == "advcl"
                                                               and not _other_toll(tok, c)]
    if any(c.i in attacks for c in causes):
        return True
    doer = fr.subject(tok)
    return doer is not None and doer.i in attacks
