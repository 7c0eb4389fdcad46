"""Whom an appeal or a demand is aimed at when its frame names no addressee.

Three conventions of news English and of CAMEO coding:

- **The one whose act is asked for.** "The EU called for the withdrawal of Russian troops",
  "Amnesty called for an inquiry into the killings by Ethiopian police", "urged Russia's withdrawal":
  an appeal or a demand for another's act, with no one named as addressed, is aimed at whoever is
  to do that act: the "of" or "by" object or the possessor of the act asked for, or of the act
  that an inquiry asked for looks into (:func:`asked_doers`). Only an actor of a country other than
  the appealer's counts: "called for the release of its citizens" names no one else to act.
- **The governed ask their government.** "Protesters called for an end to police brutality", "the
  opposition called for a new vote": an appeal by crowds, the opposition, parties or rebels that
  names no one it is made of is made of their own country's government (``+domestic-target``),
  as their demands are (:func:`domestic_appeal_target`).
- **Outsiders ask the country of the story.** "The OAS recommended a new election", "the envoy
  urged restraint", in a story about one country only and in a sentence naming no other: an
  appeal by a named actor of another country, or by an organisation, with no addressee named is
  made to that country (:func:`addressed_appeal`, ``+story-place``). A wish ("wants a new vote")
  is made to no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.arguments import slot_tokens
from newsevents.events.home_actors import government_of
from newsevents.events.implied import own_government
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

APPEAL_ROOT = "02"
DEMONYM_RULE = "demonym"
# Words that count a people as a crowd: "thousands of Serbians", "crowds of Bolivians".
CROWD_COUNTS = frozenset({"thousand", "hundred", "dozen", "million", "crowd", "scores", "score", "ten"})
ASKED_ROOTS = frozenset({"02", "10"})
"""Appeals and demands: both are aimed at whoever is to do what they ask for."""
TIME_LABELS = frozenset({"DATE", "TIME"})
# What an appeal for aid asks for ("appealed for five million dollars in aid for Chad", "called for
# food and medicines"): it is made to donors, whom the story's country is not (session 19). The
# pattern file's word classes ``aid_things`` and ``relief_goods``, and these, which are no gift elsewhere.
AID_CLASSES = ("aid_things", "relief_goods")
AID_ASKED = frozenset({"dollar", "water", "tent", "blanket"})
"""Entity labels of a time: "on Monday" names no one called on."""
# An act asked for names its doer with "of" ("the withdrawal of Russian troops") or "by"; an
# inquiry asked for names the act it looks into with "into", "of" or "on".
DOER_PREPS = {"of", "by"}
INQUIRY_PREPS = {"into", "of", "on"}
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe", "review", "audit", "examination"})
# Themes that name no act of another: "called for calm", "called for aid for Syrian refugees"
# ask for a state or a gift, whose "of" or "for" objects are its beneficiaries, not its doers.
NO_DOER_THEMES = frozenset({"calm", "restraint", "aid", "help", "assistance", "support", "protection", "justice",
                            "solidarity", "respect", "unity", "peace", "donation", "relief", "funding", "prayer"})


def asked_doers(match: Match) -> list[Token]:
    """The tokens naming who is to do the act an appeal or demand asks for: the "of" or "by"
    objects and the possessor of its theme ("the withdrawal *of Russian troops*"); for an inquiry,
    also the doer of the act it looks into ("an inquiry into the killings *by the police*"), never
    that act's "of" object, its victim ("into the killing *of a journalist*")."""
    theme = match.theme
    if theme is None or theme.lemma_.lower() in NO_DOER_THEMES or theme.pos_ not in ("NOUN", "PROPN"):
        return []
    out = _doers(theme, DOER_PREPS)
    if theme.lemma_.lower() in INQUIRY_NOUNS:
        out += [d for act in fr.prep_objects(theme, INQUIRY_PREPS) for d in _doers(act, {"by"})]
    return out


def _doers(act: Token, preps: set[str]) -> list[Token]:
    """The possessor and the objects of ``preps`` of a noun naming an act."""
    return [c for c in act.children if c.dep_ == "poss"] + fr.prep_objects(act, preps)


def asked_party(match: Match, code: str, sources: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The actor an untargeted appeal or demand is aimed at by :func:`asked_doers`: the first one
    with a country other than every source's (``None`` without one)."""
    if code[:2] not in ASKED_ROOTS:
        return None
    tokens = asked_doers(match)
    if not tokens:
        return None
    countries = {s.country for s in sources}
    for mention in actors_of(tokens, index, {m.start for m in sources}):
        if mention.code and mention.country and mention.country not in countries:
            return mention
    return None


def domestic_appeal_target(match: Match, code: str, source: ActorMention | None) -> ActorMention | None:
    """The government an untargeted appeal by the governed is made of: their own country's; none
    when the frame names an addressee it could not code ("called on their supporters to march")."""
    if not code.startswith(APPEAL_ROOT) or _addressed(match):
        return None
    if source is not None and source.country and _counted_people(match, source):
        return government_of(source)  # "thousands of Serbians marched, calling for free media"
    return own_government(source)


def _counted_people(match: Match, source: ActorMention) -> bool:
    """A people named by its demonym and counted as a crowd ("thousands of Serbians", "hundreds of
    Bolivians"): a crowd like any other. "The Russians called for talks" may name a state's side."""
    if source.kind != "group" or source.sector is not None or source.rule != DEMONYM_RULE:
        return False
    doc = match.token.doc
    if not 0 <= source.start < len(doc):
        return False
    head = doc[source.end - 1].head
    counter = head.head if head.dep_ == "prep" and head.lower_ == "of" else None
    return counter is not None and (counter.pos_ == "NUM" or counter.lemma_.lower() in CROWD_COUNTS)


def _addressed(match: Match) -> bool:
    """Whether the appeal's frame names an addressee, coded or not: a word in a target slot that is
    no time ("called for a strike on Monday") and no part of what is asked for ("an end to police
    brutality"), or the object of a phrasal verb whose particle names it ("called on their supporters")."""
    theme = match.theme
    asked = {t.i for t in theme.subtree} if theme is not None else set()
    if any(t.ent_type_ not in TIME_LABELS and t.i not in asked
           for slot in match.pattern.target for t in slot_tokens(match, slot)):
        return True
    return theme is not None and (theme.head.lower_ in match.pattern.target or theme.head.i == match.token.i)


WISH_PATTERN = "_want"
"""A wish ("wants new elections") is addressed to no one: only appeals proper take the story's country."""



def addressed_appeal(match: Match, code: str, sources: list[ActorMention], lex: Lexicon) -> bool:
    """Whether an untargeted event is an appeal made to someone unnamed, by a named source ("the
    OAS recommended a new election", "urged restraint"), whom the story's one country is taken to
    be (see ``targets.story_place``); not a wish, and not an appeal for aid, which donors are asked
    for ("the agency appealed for five million dollars in aid for Chad": made to no one named). Called only
    when no slot named a coded target."""
    return code.startswith(APPEAL_ROOT) and bool(sources) and match.pattern.lemma != WISH_PATTERN \
        and not _asks_for_aid(match, lex)


def _asks_for_aid(match: Match, lex: Lexicon) -> bool:
    """Whether the appeal's theme is aid: an aid noun, or a sum "in aid" ("five million dollars in aid")."""
    theme = match.theme
    if theme is None:
        return False
    words = [theme, *(o for p in theme.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj")]
    return any(w.lemma_.lower() in AID_ASKED
               or any(w.lemma_.lower() in lex.classes.get(name, frozenset()) for name in AID_CLASSES) for w in words)


CALL_NOUN = "call"
APPEAL_NOUN_ID = "appeal.appeal_noun"
# What a "call" asks for: "a call for a truce", "a call on Israel to halt", "a call that he resign".
ASKING_PREPS = frozenset({"for", "on", "upon"})
CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl", "xcomp"})


def bare_call(tok: Token) -> bool:
    """Whether the noun "call" asks for nothing: with no "for", "on" or clause of what is asked,
    on itself or right after its phrase on its verb ("made a call to Zelensky", "the call between
    the two presidents"), it is a telephone call, no appeal ("renewed its call to Israel to halt
    the offensive" keeps the infinitive the parser hung on "renewed")."""
    if tok.lemma_.lower() != CALL_NOUN or tok.pos_ != "NOUN":
        return False
    if any(_asks(c) for c in tok.children):
        return False
    verb = tok.head
    return verb.i == tok.i or not any(_asks(c) and c.i > tok.right_edge.i for c in verb.children)


def _asks(child: Token) -> bool:
    """A "for"/"on" phrase or a clause (an infinitive or a that-clause) naming what is asked for."""
    if child.dep_ == "prep":  # "on Tuesday" is a time, no one called on
        return child.lower_ in ASKING_PREPS and not any(
            o.dep_ == "pobj" and o.ent_type_ in TIME_LABELS for o in child.children)
    return child.dep_ in CLAUSE_DEPS and (child.tag_ == "VB" or any(
        m.dep_ == "mark" and m.lower_ == "that" for m in child.children))
