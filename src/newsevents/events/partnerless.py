"""Consultations, visits and intents told with no partner: who met whom is the event.

A meeting, talks, a visit or a mediation (CAMEO root 04) is an act between two sides. When the
coder finds only one of them ("negotiators are due to meet in the coming days", "the rebels plan
to hold a conference", "X refused to negotiate"), the event has no dyad to report: a coder of
news leaves it out, and so the real-news gold never codes a consultation without a target. This
holds for the consultation's other moods too: an intent to meet (036) or a refusal to talk (125)
coded from a consultation pattern needs the partner as much as the meeting itself.

:func:`needs_partner` says whether a pattern's events need a target for that reason; the coder
then drops those without one, as it does for a pattern marked ``needs_target``.

A visit noun names its partner as a place ("paid a visit to Kyiv"): :func:`visit_destination`
reads the host country from the noun's own destination, as a visit verb's place target does.

A stay abroad told with a copula ("is in Ethiopia for talks", "was in Accra to discuss the
crisis") is a visit when its purpose is to meet: :func:`stay_visit` matches it on the copula.

An intent whose complement is a meeting ("offered to initiate talks with Riyadh") is aimed at
the meeting's partner: :func:`complement_partner` finds it for the meeting sides step, and
:func:`body_officers` makes "ministers of the Arab League" the League's side.

Some meetings are no consultation: with the public (:func:`public_side`: "met the families of
the victims"), a passive "met with" (:func:`met_with_means`: "were met with tear gas") or a meeting
in a contest's round (:func:`met_in_final`: "met in the final").

A withdrawal is told with a town, not a partner ("pulled out of Kherson"): :func:`withdrawn_place`
takes the town's country as the side yielded to, as a visit's destination does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.gates import Gate, gated
from newsevents.events.match_context import MEDIATE
from newsevents.events.matching import Match
from newsevents.events.meeting_words import meeting_words
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import actors_of
from newsevents.events.veiled_threats import PROVOKED_PATTERN
from newsevents.places import town_country
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.roles import MentionIndex

CONSULT_ROOT = 4
"""CAMEO root of consultations: meetings, talks, visits, hosting, mediation."""


def needs_partner(pattern_cameo: str) -> bool:
    """Whether events of a pattern coding ``pattern_cameo`` need a target: consultations (root 04)
    do, in every mood (the pattern's code, not the event's: an intent to meet is 036), except
    mediation, which finds its parties later ("the talks were brokered by Z": the talks' sides, in
    events/anaphora.py)."""
    return pattern_cameo[:1].isdigit() and codebook.root_of(pattern_cameo) == CONSULT_ROOT \
        and not pattern_cameo.startswith(MEDIATE)


def no_partner(pattern_cameo: str, code: str, target: ActorMention | None) -> bool:
    """Whether an event lacks the partner it needs: a consultation with no target, or one with no
    code ("talked with reporters"); or the intent to do an act of support or yielding ("vowed to
    resign", "will welcome the deal") aimed at no one, which the real-news gold never codes."""
    if needs_partner(pattern_cameo) and (target is None or not target.code):
        return True
    # "will recognise the new government", "vowed to resign": an act's intent, aimed at no one
    return code.startswith(INTENT_ROOT) and pattern_cameo.startswith(UNAIMED_INTENT_ROOTS) and target is None


# Roots of acts whose intent is coded only with a target: support (05) and yielding (08). An
# intent to give aid ("is willing to send observers", 0334) stands alone in CAMEO.
UNAIMED_INTENT_ROOTS = ("05", "08")


VISIT = "042"
# Prepositions of a visit noun that name where it goes ("paid a visit to Kyiv", "a trip in Asia").
DESTINATION_PREPS = {"to", "in"}


def visit_destination(match: Match, code: str, sources: list[ActorMention]) -> ActorMention | None:
    """"Paid a visit to Kyiv", "made a two-day trip to Hanoi": the country of the town a visit noun
    goes to, as its host; ``None`` when the noun names no such place, or a place of the visitor's
    own country (a tour at home is no visit). Only the noun's own "to"/"in" phrase counts: the
    story's setting is no destination."""
    if code != VISIT or match.pattern.pos != "noun":
        return None
    host = _town(fr.prep_objects(match.token, DESTINATION_PREPS))
    if host is None or any(host.country == s.country for s in sources):
        return None
    return host


STAY_PATTERN = "_stay"
STAY_ID = "consult.stay"
COPULA = "be"
# Nouns of a trip, which code a stay themselves ("is in Namibia for a visit": events/visits.py).
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "stopover"})
# Entity labels of a place one can be in on a visit ("is in Ethiopia", "was in Kyiv").
PLACE_LABELS = frozenset({"GPE", "LOC"})


@gated(Gate(deps=frozenset({"pobj", "advcl", "xcomp"}), lists=("meeting_words",)))
def stay_visit(tok: Token, lex: Lexicon) -> Match | None:
    """"Is in Ethiopia for talks", "was in Accra on Monday to discuss the crisis": a stay abroad
    whose purpose is to meet or talk is a visit (042) by the copula's subject to the place's
    country (the ``_stay`` pattern, matched on the copula). ``tok`` is the purpose word; a bare
    "was in Paris" says nothing of a visit and codes nothing."""
    if not fr.has_lemma(tok, lex.word_list("meeting_words")) or fr.has_lemma(tok, TRIP_NOUNS):
        return None  # "is in Namibia for a visit": the visit noun codes it (visits.on_trip)
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        copula = tok.head.head
    elif tok.dep_ in ("advcl", "xcomp") and tok.pos_ == "VERB" and any(c.lower_ == "to" for c in tok.children):
        copula = tok.head
    else:
        return None
    if copula.lemma_.lower() != COPULA or copula.pos_ not in ("AUX", "VERB") \
            or any(c.dep_ == "expl" for c in copula.children) or fr.subject(copula) is None:
        return None  # "there were talks in Doha": the talks' own frame
    if not any(o.ent_type_ in PLACE_LABELS for o in fr.prep_objects(copula, {"in"})):
        return None
    patterns = lex.for_token("verb", STAY_PATTERN)
    return Match(copula, patterns[0]) if patterns else None


def unknown_visitor(pattern_id: str, source: ActorMention | None) -> bool:
    """Whether a stay abroad names no visitor of a known country: "is in South Africa for talks"
    said of someone the coder could not place tells no dyad (a visit from nowhere)."""
    return pattern_id == STAY_ID and (source is None or not source.country)


INTENT_ROOT = "03"
# Preposition of the partner of talks ("talks with the rebels"), and the relations of an
# infinitive's object to it ("offered to *initiate talks* with").
PARTNER_PREPS = {"with"}
COMPLEMENT_DEPS = ("xcomp", "ccomp")


def complement_partner(match: Match, code: str, sources: list[ActorMention],
                       index: MentionIndex) -> list[ActorMention]:
    """"Offered to initiate talks with the Saudi coalition", "proposed to hold a meeting with
    Kyiv": the partner of the meeting an intent is about is the intent's target; [] when the
    complement is no meeting or names no partner of another actor."""
    if not code.startswith(INTENT_ROOT) or match.pattern.pos != "verb":
        return []
    verb = match.verb or match.token
    talks = [t for c in verb.children if c.dep_ in COMPLEMENT_DEPS
             for t in [c, *fr.objects(c)] if fr.has_lemma(t, meeting_words())]  # "to hold talks", "to meet"
    taken = {m.start for m in sources}
    found = [m for m in actors_of([o for t in talks for o in fr.prep_objects(t, PARTNER_PREPS)], index, taken)
             if m.code]
    return [m for m in found if not any(m.entity >= 0 and m.entity == s.entity for s in sources)]


# Offices held in a body of states ("ministers of the African Union", "envoys of the Arab League").
MEMBER_OFFICES = frozenset({"minister", "leader", "envoy", "official", "diplomat", "representative", "delegate",
                            "negotiator", "mediator", "head"})
WORLD_BODY = "IGO"


def body_officers(mention: ActorMention, index: MentionIndex) -> ActorMention:
    """"Ministers of the Southern African Development Community", "envoys of the Arab League": an
    office with no country of its own, held in an international body, is that body's side of a
    meeting; ``mention`` unchanged otherwise."""
    if mention.country:
        return mention
    head = index.doc[mention.start:mention.end].root
    if head.lemma_.lower() not in MEMBER_OFFICES:
        return mention
    bodies = [m for m in actors_of(fr.prep_objects(head, {"of"}), index, set())
              if (m.code or "").startswith(WORLD_BODY) and (m.start, m.end) != (mention.start, mention.end)]
    return bodies[0] if len(bodies) == 1 else mention


# Sectors of the public, never a side of a consultation in the gold: civilians, farmers,
# refugees, patients, criminals ("met the families of the victims", "met with farmers").
PUBLIC_SECTORS = frozenset({"CVL", "AGR", "REF", "HLH", "CRM"})


def public_side(pattern_cameo: str, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether a consultation's side is the public ("the president met the families of the
    victims", "the opposition leader met with supporters"): a leader's meeting with people is no
    dealing between two political actors, and codes nothing."""
    return needs_partner(pattern_cameo) and any(
        side is not None and side.sector in PUBLIC_SECTORS for side in (source, target))


MEET = "meet"


def met_with_means(match: Match) -> bool:
    """"Protesters were met with tear gas", "the plan was met with criticism": a passive "met
    with" tells how someone was received, not a meeting (the receiver's act, if any, is coded by
    its own words). "Any attack would be met with a crushing response" is a threat
    (``veiled_threats.provoked_response``), which keeps its pattern."""
    verb = match.token
    return match.pattern.pos == "verb" and match.pattern.lemma != PROVOKED_PATTERN \
        and verb.lemma_.lower() == MEET and fr.is_passive(verb) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


# A round of a contest: "met in the final", "meet in the semi-finals"; two sides that meet in one play a match.
CONTEST_ROUNDS = frozenset({"final", "finals", "semifinal", "semifinals", "semi-final", "semi-finals",
                            "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals"})


def met_in_final(match: Match) -> bool:
    """"Kenya and Uganda met in the final", "the two will meet in the semi-finals": a meeting in a
    round of a contest is a match played, not a consultation, with no sport word in the sentence."""
    verb = match.token
    return match.pattern.pos == "verb" and verb.lemma_.lower() == MEET and any(
        o.lower_ in CONTEST_ROUNDS for o in fr.prep_objects(verb, {"in"}))


RETREAT = "0874"
# Prepositions of the place a force withdraws from ("withdrew from Gori"; "pulled out of Kherson"
# has its "of" on the particle).
LEFT_PLACE_PREPS = {"from"}


def withdrawn_place(match: Match, code: str, sources: list[ActorMention]) -> ActorMention | None:
    """"Armenian forces withdrew from Gori", "Russian troops pulled out of Kherson": a military
    withdrawal from a town another country holds is aimed at that country (as a visit to a town
    goes to its country); ``None`` for a town of the force's own country (whose other side the
    place does not tell) or with no town named."""
    if code != RETREAT or match.pattern.pos != "verb":
        return None
    outs = [p for p in match.token.children if p.dep_ in ("prep", "prt") and p.lower_ == "out"]
    host = _town(fr.prep_objects(match.token, LEFT_PLACE_PREPS) + [o for p in outs for o in fr.prep_objects(p, {"of"})])
    if host is None or not sources or any(not s.country or host.country == s.country for s in sources):
        return None
    return host


# Common nouns a town is named after ("the town of Gori", "the city of Kherson").
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "capital", "district", "region", "province"})


def _town(objects: list[Token]) -> ActorMention | None:
    """The country of a town the gazetteer knows, named by one of ``objects`` ("Kherson", "the
    town of Gori"), as a place actor; ``None`` when none is a known town."""
    for obj in objects:
        names = fr.prep_objects(obj, {"of"}) if obj.lemma_.lower() in SETTLEMENT_NOUNS else [obj]
        for name in names:
            if name.pos_ != "PROPN":
                continue
            ent = name.doc[name.i:name.i + 1] if name.ent_iob_ == "O" else next(
                (e for e in name.doc.ents if e.start <= name.i < e.end), name.doc[name.i:name.i + 1])
            iso3 = town_country(ent.text)
            if iso3 is not None:
                return ActorMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, ent.text, iso3, iso3,
                                    None, "place", "events-place")
    return None
