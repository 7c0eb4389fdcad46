"""Whom an appeal is aimed at when its frame names no addressee with "on" or "to".

Three constructions of news English name the addressee elsewhere:

- "called for the Egyptian courts to free him": the parser hangs the infinitive on the verb as an
  open complement (``xcomp``) and "the courts" on "for"; the one asked to act is the object of
  "for" (the ``for_subject`` slot).
- "called for the release of two Canadians held in China", "renewed its call for the release of
  the aid worker held by Iran": an appeal for a release is aimed at whoever holds the captives,
  the agent of "held by" (none for "held in China": a place is not who holds them); with no
  such participle, at the captives' own country, as a demand for their release is (the ``freed`` slot).
- "expressed condolences over the death of the Nepali king", "offered sympathy on the loss of
  the Thai sailors": condolences are aimed at whose death or loss is mourned (the ``mourned`` slot).
- "called for an end to the fighting between Israel and Hezbollah", "urged a truce between the army
  and the RSF": an appeal to stop a fight is aimed at both its sides, the "between" objects of the
  theme or of the fight it asks to end (the ``warring`` slot).
- "called for calm in Bolivia", "appealed for calm and restraint in Turkey": an appeal for
  something in a place is aimed at the place's country; the parser often hangs "in Bolivia" on
  the verb rather than on "calm", or on the last of coordinated themes (:func:`appeal_spots`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.call_clauses import noun_for_clauses
from newsevents.events.coordination import conjuncts
from newsevents.events.matching import Match
from newsevents.events.particles import for_objects
from newsevents.nlp.hyphenated import lemma_in

# Nouns naming a captive's release ("the release of", "the freedom of").
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing", "liberation", "return", "repatriation"})
# Nouns of a death or loss mourned: condolences "over the death of X" go to X.
LOSS_NOUNS = frozenset({"death", "loss", "passing", "killing", "demise", "murder", "assassination", "victim",
                        "family", "families"})
MOURNING_PREPS = {"over", "on", "at", "for"}
# Participles whose agent holds the captives ("held by", "detained in").
HOLDING_PARTICIPLES = frozenset({"hold", "detain", "jail", "imprison", "abduct", "kidnap", "seize", "capture",
                                 "arrest", "keep", "take"})


def for_subject(match: Match) -> list[Token]:
    """"called for Turkey's courts to resume work": the object of "for" right before an
    infinitive the parser made an open complement of the verb (the one asked to act)."""
    tok = match.token
    if tok.pos_ in ("NOUN", "PROPN"):
        return _noun_for_subject(tok)
    infinitives = [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not infinitives:
        return []
    return [o for o in for_objects(tok) if o.i < infinitives[0].i]


def _noun_for_subject(noun: Token) -> list[Token]:
    """"renewed its call for Israel to halt the offensive": the X of a "for X to act" right after an
    appeal noun, parsed as the noun's "for" object or as a "for" clause of the noun's verb."""
    return for_objects(noun) + [s for c in noun_for_clauses(noun) for s in c.children if s.dep_ == "nsubj"]


def _released(match: Match) -> list[Token]:
    """The captives an appeal asks to be freed: the "of" objects of a release noun that is its
    theme or the object of its "for" ("called for the release of X", "a call for the release of X")."""
    tok, theme = match.token, match.theme
    hosts = ([theme] if theme is not None else []) + fr.prep_objects(tok, {"for"})
    nouns = [h for h in dict.fromkeys(hosts) if h.lemma_.lower() in RELEASE_NOUNS]
    return [o for noun in nouns for o in fr.prep_objects(noun, {"of"})]


def freed(match: Match) -> list[Token]:
    """Who is asked to free the captives of an appeal for their release: the agent of the
    participle on them ("held by Iran"), else, with no such participle, the captives themselves
    (whose country is the target, as for a demand for a release)."""
    captives = _released(match)
    held = [acl for noun in captives for acl in noun.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and fr.has_lemma(acl, HOLDING_PARTICIPLES)]
    if held:  # "two Canadians held in China" are not held by Canada: the agent or nothing
        return [t for acl in held for t in fr.prep_objects(acl, {"by"})]
    return captives


def appeal_spots(match: Match) -> list[int]:
    """The token indices of the place an appeal's theme is asked for: the "in" phrase of the theme
    or of a theme coordinated with it ("a truce in Khartoum", "calm and restraint in Turkey"), or
    one on the verb right after the theme ("called for calm in Bolivia"); a place named before
    the theme ("called on Tuesday in Geneva for a truce") is where the appeal was made."""
    theme = match.theme
    if theme is None:
        return []
    objects = [o for t in conjuncts(theme) for o in fr.prep_objects(t, {"in"})]
    after = theme.right_edge.i + 1
    objects += [o for o in fr.prep_objects(match.token, {"in"}) if o.i > theme.i and o.head.i == after]
    return [t.i for o in objects for t in o.subtree]


def mourned(match: Match) -> list[Token]:
    """Whose loss condolences are offered over: the "of" object of a death or loss noun the
    trigger or its theme takes with "over", "on", "at" or "for" ("over the death of the king")."""
    hosts = [match.token] + ([match.theme] if match.theme is not None else [])
    losses = [o for host in hosts for o in fr.prep_objects(host, MOURNING_PREPS) if o.lemma_.lower() in LOSS_NOUNS]
    return [o for loss in losses for o in fr.prep_objects(loss, {"of"})]


# "an end to", "a halt to", "the cessation of" the fighting: the fight asked to end is the object.
ENDING_PREPS = {"to", "of"}


def warring(match: Match) -> list[Token]:
    """Both sides of the fight an appeal asks to end: the "between" objects of the theme ("a
    ceasefire between X and Y") or of the fight its theme ends ("an end to the fighting between
    X and Y"); with no sides named, the fight's doer ("an end to the shelling by X", "to X's war")."""
    theme = match.theme
    if theme is None:
        return []
    hosts = [theme, *fr.prep_objects(theme, ENDING_PREPS)]
    sides = [o for host in hosts for o in fr.prep_objects(host, {"between"})]
    if sides or not ends_fighting(theme):
        return sides
    # "an end to the shelling of Donetsk by Ukrainian forces", "an end to Russia's aggression": its doer
    fights = [o for o in hosts[1:] if o.lemma_.lower() in FIGHT_NOUNS]
    return [d for f in fights for d in fr.prep_objects(f, {"by"}) + [c for c in f.children if c.dep_ == "poss"]]


# What an appeal to end a fight names as ended: "an end to", "a halt to", "the cessation of".
ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation", "suspension", "de-escalation"})
# Fights whose end is a de-escalation (a labour "strike" is no fight; killings may be crime).
FIGHT_NOUNS = frozenset({"fighting", "hostility", "violence", "bloodshed", "war", "clash", "attack", "shelling",
                         "bombing", "bombardment", "offensive", "airstrike", "combat", "conflict", "warfare",
                         "aggression", "escalation"})
TRUCE = "0871"


def ends_fighting(theme: Token | None) -> bool:
    """"(called for) an end to the fighting", "a halt to hostilities", "de-escalation": an appeal
    or demand whose theme ends a fight asks for a truce (coded as one asked for: 0256, 1056)."""
    if theme is None:
        return False
    if lemma_in(theme, {"de-escalation"}):
        return True
    return lemma_in(theme, ENDING_NOUNS) and any(
        o.lemma_.lower() in FIGHT_NOUNS for o in fr.prep_objects(theme, ENDING_PREPS))
