"""Targets the text gives only by reference: a pronoun for an act, a step taken against the
reacting side, or "the country" for the country named just before.

"North Korea fired two missiles. Japan condemned *it* as a provocation": the pronoun stands for
the act just told, and the criticism is aimed at its doer. "The Security Council imposed
sanctions on Iran. Tehran rejected *the move*": a rejection of a step named by a definite noun
(or a pronoun) is aimed at whoever took the latest step against the rejecting side. Both look
back over the reaction's sentence and the one before it only, and leave the target empty when
nothing there fits (see :mod:`~newsevents.events.anaphora` for the wider reactions to acts
named by a noun of their kind). "Mali's junta seized power. The United States suspended aid to
*the country*": a definite country noun in a target slot is the country last named before it.
"""

from __future__ import annotations

import functools
from typing import Protocol, TypeVar

from spacy.tokens import Token

from newsevents.actors.coding import IGO
from newsevents.events import frames as fr
from newsevents.events.arguments import same_actor, slot_tokens
from newsevents.events.clause_marks import DEFINITE_DETERMINERS
from newsevents.events.matching import Match
from newsevents.events.meeting_words import talk_nouns
from newsevents.events.patterns import Lexicon
from newsevents.events.praised_steps import DEMONSTRATIVES
from newsevents.events.roles import MentionIndex
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

# Pronouns that stand for an act told just before ("condemned it", "welcomed this").
ACT_PRONOUNS = frozenset({"it", "this", "that"})
# Reactions: judging an act is no act for a later reaction to be aimed at the judge of.
REACTION_ROOTS = frozenset({"01", "05", "11", "12"})
# What a criticism by pronoun may stand for: force, coercion, sanctions, and trials (as in anaphora).
CRITICISED_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
CRITICISED_CODES = frozenset({"115", "116"})
# What a welcome by pronoun may stand for: a pledge, cooperation, aid or a concession.
WELCOMED_ROOTS = frozenset({"03", "04", "06", "07", "08"})
# Step nouns a criticism may name the act just told by ("condemned the move", "the decision was regrettable").
CRITICISED_STEPS = frozenset({"move", "decision", "step", "action", "measure"})
REJECTED_ROOT = "12"
# Appeals and demands: what a bare refusal ("but she refused") answers.
ASKING_ROOTS = frozenset({"02", "10"})
CONCESSION_ROOT = "08"
# A policy given up ("withdrew the bill") yields to those who protested against it, as to those
# who asked ("after protesters stormed parliament"): protests count as asking for these codes.
POLICY_CONCESSIONS = frozenset({"0832"})
# A truce (087x) an international body called for is no truce with that body: it is aimed at the
# doer's foe (events/agreement_parties.py), whoever urged it ("the UN called for both sides to cease
# hostilities ... the rebels declared a truce").
TRUCE = "087"
PROTEST_ROOT = "14"
# A court that suspends or strikes down a law rules on it; it yields to no one who protested.
RULING_SECTORS = frozenset({"JUD"})
# Offers and proposals: what "rejected the offer" answers, besides requests.
OFFERING_ROOTS = frozenset({"03"})
# Nouns that, after "the" and alone, stand for a country named before ("aid to the country").
COUNTRY_NOUNS = frozenset({"country", "nation"})
# Prepositions on an act's object noun that say whom the act is aimed at ("halted its air
# strikes *on Gaza*", "lifted the siege *of Sarajevo*" is a place, not this).
AIMING_PREPS = {"on", "against", "at", "toward", "towards"}
# Object nouns whose "of" names who made them ("met the demands *of the unions*").
MADE_BY_OF = frozenset({"demand", "request", "call", "proposal", "offer", "plan", "condition", "term", "ultimatum"})
# Gatherings whose "on" names their subject, not a target: "attended a summit *on Somalia* in Addis
# Ababa", "hosted a conference on Syria" (session 17: the host or the venue is the partner).
# Beside the pattern file's meeting nouns (class ``talks``, meeting_words.talk_nouns):
GATHERING_NOUNS = frozenset({"forum", "session", "seminar", "workshop", "debate"})


@functools.cache
def topic_nouns() -> frozenset[str]:
    """The gathering nouns whose "on" names their subject (see above)."""
    return talk_nouns() | GATHERING_NOUNS
# Roots whose object is another's act, judged or asked for, not the act done ("condemned the
# attack on X", "demanded an end to strikes on X"): its phrase names the act's target, not theirs.
JUDGED_OBJECT_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})
# Sanctions, whose object's phrase may name goods and where they come from.
SANCTION_ROOT = "16"


class Found(Protocol):
    """A coded act before it becomes an event (the coder's record)."""

    match: Match
    cameo: str
    source: ActorMention | None
    target: ActorMention | None
    suffix: str


F = TypeVar("F", bound=Found)


def aim_by_pronoun(f: Found, earlier: list[F]) -> None:
    """A criticism or welcome whose theme is a pronoun for an act ("condemned it", "welcomed
    this") is aimed at the doer of the latest act of the kind it judges, told in its sentence or
    the one before, by another side. So is a criticism of a bare step noun ("condemned the move",
    "said the decision was regrettable"): a step names no act of its own kind, as "the raid" does."""
    theme = f.match.theme
    root = f.cameo[:2]
    if f.target is not None or f.source is None or not (
            _act_pronoun(theme) or (root == "11" and _criticised_step(theme))):
        return
    if root == "11":
        kinds = [g for g in _recent(f, earlier) if g.cameo[:2] in CRITICISED_ROOTS or g.cameo[:3] in CRITICISED_CODES]
    elif root == "05":
        kinds = [g for g in _recent(f, earlier) if g.cameo[:2] in WELCOMED_ROOTS]
    else:
        return
    if kinds:
        f.target, f.suffix = kinds[-1].source, f.suffix + "+pronoun-act"


def aim_rejection(f: Found, earlier: list[F], lex: Lexicon) -> None:
    """A rejection of a step named by a definite noun or a pronoun ("rejected the move",
    "rejected it") is aimed at the doer of the latest act told against the rejecting side in its
    sentence or the one before ("imposed sanctions on Iran ... Tehran rejected the move"); a
    refusal with no object ("but she refused") at whoever just asked or demanded it of her
    ("urged Tymoshenko to quit, but she refused")."""
    theme = f.match.theme
    if f.target is not None or f.source is None or f.cameo[:2] != REJECTED_ROOT:
        return
    if theme is None and not _has_object(f.match.token):
        asked = ASKING_ROOTS
    elif theme is not None and fr.has_lemma(theme, MADE_BY_OF) and _bare_definite(theme):
        asked = ASKING_ROOTS | OFFERING_ROOTS  # "rejected the call", "rejected the offer"
    elif theme is not None and (_act_pronoun(theme) or (
            fr.has_lemma(theme, lex.word_list("step_nouns") | lex.word_list("act_nouns")) and _bare_definite(theme))):
        asked = None
    else:
        return
    source = f.source
    # what was asked of the refuser may be asked at home ("the opposition demanded ... He refused")
    against = [g for g in _recent(f, earlier, domestic=asked is not None)
               if g.target is not None and _same_side(g.target, source) and (asked is None or g.cameo[:2] in asked)]
    if against:
        f.target, f.suffix = against[-1].source, f.suffix + "+rejected-step"


def aim_concession(f: Found, found: list[F]) -> None:
    """A concession with no target ("announced he would step aside", "agreed to a fresh ballot")
    yields to whoever asked or demanded it of the yielding side in its sentence, before or after
    it ("quit a day after the generals urged him to go"), or in the sentence
    before (`+yielded-to`); a policy given up ("withdrew the bill after protesters stormed
    parliament") also to whoever protested against that side. Nothing is guessed when no one asked."""
    source = f.source
    if f.target is not None or source is None or f.cameo[:2] != CONCESSION_ROOT:
        return
    if f.cameo in POLICY_CONCESSIONS and source.sector in RULING_SECTORS:
        return
    asking = ASKING_ROOTS | {PROTEST_ROOT} if f.cameo in POLICY_CONCESSIONS else ASKING_ROOTS
    tok = f.match.token
    sent = sentence_of(tok)
    start = sentence_of(tok.doc[sent.start - 1]).start if sent.start > 0 else 0
    askers = [g for g in found if g is not f and g.cameo[:2] in asking and g.source is not None
              and g.target is not None and start <= g.match.token.i < sent.end
              and _same_side(g.target, source) and not _same_body(g.source, source)
              and not (f.cameo.startswith(TRUCE) and g.source.sector == IGO)]
    if askers:
        f.target, f.suffix = askers[-1].source, f.suffix + "+yielded-to"


def _has_object(verb: Token) -> bool:
    """Whether a verb has an object or complement of its own ("refused *to leave*", "refused *the offer*")."""
    return any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr") for c in verb.children)


def _recent(f: Found, earlier: list[F], domestic: bool = False) -> list[F]:
    """The acts told before ``f`` in its sentence or the one before, by a doer with a code that
    is not ``f``'s side (with ``domestic``, another body of the same country may be), that are
    no reactions themselves."""
    source = f.source
    assert source is not None
    tok = f.match.token
    start = sentence_of(tok).start
    start = sentence_of(tok.doc[start - 1]).start if start > 0 else 0
    return [g for g in earlier if g.source is not None and g.source.code and start <= g.match.token.i < tok.i
            and g.cameo[:2] not in REACTION_ROOTS
            and not (_same_body(g.source, source) if domestic else _same_side(g.source, source))]


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """The same actor, or actors of one country ("Iran" and "Tehran", "the Iranian government")."""
    return same_actor(a, b) or (a.country is not None and a.country == b.country)


def _same_body(a: ActorMention, b: ActorMention) -> bool:
    """The same actor, or one country's body of one sector ("the Kenyan government", "Nairobi")."""
    return same_actor(a, b) or (a.country is not None and a.country == b.country and a.sector == b.sector)


def _act_pronoun(theme: Token | None) -> bool:
    """A pronoun object standing for an act ("condemned it"), not a demonstrative before a noun; or
    a demonstrative a reported verdict judges ("said this was a positive step", events/praised_steps.py)."""
    return theme is not None and theme.lower_ in ACT_PRONOUNS and theme.pos_ in ("PRON", "DET") and (
        theme.dep_ in ("dobj", "nsubjpass") or (theme.dep_ == "nsubj" and theme.lower_ in DEMONSTRATIVES))


def _criticised_step(theme: Token | None) -> bool:
    """"the move", "this decision": a bare step noun a criticism may stand on for the act just told
    ("the military action" says whose act it is, and is left to events/force_adjectives.py)."""
    return theme is not None and theme.pos_ == "NOUN" and theme.lemma_.lower() in CRITICISED_STEPS \
        and _bare_definite(theme) and not any(c.dep_ == "amod" for c in theme.children)


def _bare_definite(noun: Token) -> bool:
    """"the move", "this decision": a definite noun with no owner or qualifier of its own (a
    possessor or a prepositional phrase would name whose step it is, or which one)."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children) \
        and not any(c.dep_ in ("poss", "acl", "relcl", "compound")
                    or (c.dep_ == "prep" and not _when(c) and not _charge(c))
                    for c in children) \
        and not any(c.dep_ == "amod" and c.ent_type_ in ("GPE", "NORP", "ORG") for c in children)


def _when(prep: Token) -> bool:
    """A prepositional phrase of time ("the move *on Tuesday*"), which names no other step."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def _charge(prep: Token) -> bool:
    """"accused *the country of backing* terrorists": an "of" whose object is a clause (a gerund)
    is the charge of the verb the noun is the object of, hung on the noun by the parser; it says
    what the country did, not which country is meant ("the country of origin" has a noun)."""
    return prep.lower_ == "of" and any(c.dep_ == "pcomp" for c in prep.children) \
        and not any(c.dep_ == "pobj" for c in prep.children)


def country_referent(match: Match, sources: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """"suspended aid to *the country*", "expelled the nation from the bloc": a bare "the
    country" in a target slot is the country named last before it, in its sentence or the one
    before (else the story's one principal country), when that is not the doer's own; ``None``
    (no guess) when two countries were named there."""
    homes = {s.country for s in sources if s.country}
    for slot in match.pattern.target:
        for tok in slot_tokens(match, slot):
            if tok.lemma_.lower() in COUNTRY_NOUNS and _bare_definite(tok) and tok.dep_ != "poss":
                country = _named_before(tok, index, homes)
                country = _story_country(tok) if country == "" else country
                if country is not None and country not in homes:
                    return ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, country,
                                        country, country, None, "place", "events-country-noun")
                return None
    return None


def _named_before(tok: Token, index: MentionIndex, homes: set[str]) -> str | None:
    """The one country other than the doer's ``homes`` that actors named before ``tok`` in its
    sentence or the one before belong to (``None`` with none, or with two: "Russia invaded
    Ukraine ... sanctions on the country" is left empty rather than guessed)."""
    start = sentence_of(tok).start
    start = sentence_of(tok.doc[start - 1]).start if start > 0 else 0
    found = {m.country for m in index.mentions if start <= m.start < tok.i and m.country and m.country not in homes}
    if not found:
        return ""  # none named: the story's country may be meant
    return found.pop() if len(found) == 1 else None


def _story_country(tok: Token) -> str | None:
    story = tok.doc._.ne_story
    return story.countries[0] if story is not None and len(story.countries) == 1 else None


def _goods_origins(verb: Token, obj: Token, aimed: list[Token]) -> list[Token]:
    """Where the goods a sanction falls on come from: "tariffs on steel *from China*" (also with
    the phrases hung on the verb, or on "tariffs of 25 percent on imports from X")."""
    goods = aimed + fr.prep_objects(verb, {"on"})
    goods += [g for measure in fr.prep_objects(obj, {"of"}) for g in fr.prep_objects(measure, {"on"})]
    origins = [o for t in goods for o in fr.prep_objects(t, {"from"})]
    if goods and not origins:
        origins = fr.prep_objects(verb, {"from"})
    return origins


def object_phrase_targets(match: Match, code: str, sources: list[ActorMention],
                          index: MentionIndex) -> list[ActorMention]:
    """Whom a verb's act is aimed at when its object noun says so, further from the verb than
    its frame reads: "halted its air strikes *on Gaza*", "stepped up raids *against the rebels*",
    "met the demands *of the unions*", "imposed tariffs on steel *from China*". Never for acts
    that judge or ask for another's act (:data:`JUDGED_OBJECT_ROOTS`), and never one of the doers."""
    from newsevents.events.roles import actors_of

    if match.pattern.pos != "verb" or code[:2] in JUDGED_OBJECT_ROOTS:
        return []
    tokens: list[Token] = []
    for obj in dict.fromkeys([*fr.objects(match.token), *([match.theme] if match.theme is not None else [])]):
        aimed = fr.prep_objects(obj, AIMING_PREPS - {"on"} if fr.has_lemma(obj, topic_nouns()) else AIMING_PREPS)
        tokens += aimed
        if code[:2] == SANCTION_ROOT:
            tokens += _goods_origins(match.token, obj, aimed)
        if fr.has_lemma(obj, MADE_BY_OF):
            tokens += fr.prep_objects(obj, {"of"})
    found = actors_of(tokens, index, {m.start for m in sources})
    return [m for m in found if m.code and not any(same_actor(m, s) for s in sources)]
