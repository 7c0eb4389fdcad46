"""A meeting held abroad with no partner named is a visit to the country it is held in.

"The Kenyan foreign minister held talks in Moscow", "the envoy met in Damascus on Monday": the
coder found no partner, so the consultation (root 04) coded nothing (``partnerless.py``). The
real-news gold codes a meeting in the partner's country as a visit (042) to it, as it codes a stay
abroad for talks (``consult.stay``): the sentence names one side and the foreign town it met in.

:func:`meeting_place` gives that country as the target, with the visit code for a meeting that
took place (an intent keeps its 036). It reads only the "in"/"at" phrases of the trigger and its
verb ("held talks in Moscow"), never the story's setting, and a place in the meeter's own country
is no visit ("met in Nairobi" by Kenyan officials). Mediation and hosting are left out: a
mediator's place is not its partner, and a host is at home.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

from spacy.tokens import Doc, Token

from newsevents.actors.coding import IGO
from newsevents.events import codebook
from newsevents.events.attributes import place_actor
from newsevents.events.matching import Match
from newsevents.events.meeting_words import meeting_verbs, talk_forms
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.roles import MentionIndex



class _Found(Protocol):
    """A coded act before it becomes an event (the coder's record)."""

    match: Match
    cameo: str
    source: ActorMention | None
    target: ActorMention | None
    suffix: str


F = TypeVar("F", bound=_Found)

VISIT = "042"
# Codes of consultations that took place whose partner may be told by the place alone: a meeting,
# talks, negotiations. Visits have their own destination readers; hosting and mediation none.
MET_CODES = frozenset({"040", "046"})
INTENT_TO_MEET = "036"
PLACE_PREPS = frozenset({"in", "at"})
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# "a news conference", "a press briefing": the words that make a meeting noun speech to reporters
SPEECH_MODIFIERS = frozenset({"news", "press", "media"})
# "on the sidelines of the U.N. General Assembly": a meeting held at a gathering of a body
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
# Verbs that hold a meeting named by their object ("held talks in Moscow"); a trip verb's place
# ("arrived in Maputo for talks") is the trip's, which the trip pattern codes.
HOLDING_VERBS = frozenset({"hold", "have", "conduct", "begin", "open", "start", "resume", "continue", "meet",
                           "negotiate", "confer"})


def meeting_place(match: Match, code: str, sources: list[ActorMention],
                  index: MentionIndex) -> tuple[str, ActorMention] | None:
    """The visit code and the host country of a consultation with one side and no partner, held
    in a named foreign town or country ("held talks in Moscow" -> 042, Russia); None otherwise."""
    if code not in MET_CODES and not (code == INTENT_TO_MEET and codebook.root_of(match.pattern.cameo) == 4):
        return None
    if codebook.root_of(match.pattern.cameo) != 4 or match.pattern.cameo in ("043", "045"):
        return None
    tok = match.token
    # Triggers of a meeting (events/meeting_words.py): "met in Moscow", "held talks in Moscow"; not
    # "speaking in Moscow", which is where a speaker spoke from.
    if tok.lemma_.lower() not in (talk_forms() if tok.pos_ in ("NOUN", "PROPN") else meeting_verbs()):
        return None
    if len(sources) != 1 or not sources[0].code or not sources[0].country or _news_conference(tok):
        return None
    words = {match.token.i: match.token}
    if match.verb is not None and match.verb.lemma_.lower() in HOLDING_VERBS:
        words[match.verb.i] = match.verb
    if any(_body_gathering(w, index) for w in words.values()):
        return None
    tokens = [o.i for w in words.values() for p in w.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
              for o in p.subtree]
    host = place_actor(match.token.doc, tokens, index) if tokens else None
    if host is None or host.country == sources[0].country:
        return None
    return (VISIT if code in MET_CODES else code), host




def _news_conference(tok: Token) -> bool:
    """"said at a news conference in Seoul", "told a press briefing in Kyiv": speech to reporters
    in a town is no meeting with its country, nor a visit to it (fp32b); a joint one "with" a
    partner is coded with that partner, not here."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in SPEECH_MODIFIERS for c in tok.children)


def _body_gathering(word: Token, index: MentionIndex) -> bool:
    """Whether ``word`` (the meeting's trigger or verb) is held "on the sidelines of" a gathering
    of an international body ("met in New York on the sidelines of the U.N. General Assembly"):
    the body convenes it (CONVENTIONS 3.5), so the town's country hosted no visit. A gathering
    named without its body ("on the sidelines of a regional summit") leaves the town's country."""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for side in prep.children:
            if side.dep_ == "pobj" and side.lemma_.lower() in SIDELINES:
                return any(found is not None and (found.code or "").startswith(IGO)
                           for of in side.children if of.dep_ == "prep" and of.lower_ == "of"
                           for t in of.subtree if (found := index.at(t)) is not None)
    return False


def hosted_visit(code: str, kind: str, source: ActorMention | None, target: ActorMention | None, doc: Doc) -> bool:
    """Whether a visit that took place ("visited Kenya", "arrived in Nairobi for talks", "held talks
    in Moscow") is also its host's act: the visited country receives the visitor (043). The
    real-news gold codes 14 of its 15 dev visits both ways; the coder told only the visitor's side
    (a reception, "was welcomed by Erdogan", already gives both). Only for two known, different
    countries, when the visit's target is the country itself ("visited with 11 detained officials"
    names guests of no host), and not for an intended visit."""
    return code == VISIT and kind == "fact" and source is not None and target is not None \
        and bool(source.country) and bool(target.country) and source.country != target.country \
        and bool(source.code) and _place(target, doc)


# A move ("arrived in Kampala", "flew to Tokyo", "left Tokyo for Washington") tells the visitor's
# trip, not its reception: the host's side (043) is coded only where the text tells the host
# receiving, meeting or welcoming the visitor (CONVENTIONS 3.4), which the readers of those verbs
# code on their own. A visit ("visited Kenya", "a state visit to China") and a stay for talks ("is
# in Ethiopia for talks") keep it: the gold codes them both ways. Sending a delegation or an envoy
# ("dispatched a delegation to Kyiv") is a move of the sender's.
MOVE_PATTERNS = frozenset({"consult.travel", "consult.depart", "consult.send_delegation"})


def received_visit(pattern_id: str, code: str, kind: str, source: ActorMention | None,
                   target: ActorMention | None, doc: Doc) -> bool:
    """Whether the host's side (043) of a visit is told with it (:func:`hosted_visit`): a visit or
    a stay, not a bare move ("arrived in Kampala" is the visitor's 042 only)."""
    return pattern_id not in MOVE_PATTERNS and hosted_visit(code, kind, source, target, doc)


def _place(target: ActorMention, doc: Doc) -> bool:
    """Whether a visit's target is the place visited: a country ("visited Kenya") or a town
    ("arrived in Nairobi", coded as its government), not people ("visited with officials")."""
    if target.code == target.country:
        return True
    return target.end > target.start and doc[target.start].ent_type_ in PLACE_ENTITIES


HOST_SUFFIX = "+host"


def without_redundant_hosts(found: list[F]) -> list[F]:
    """``found`` without a host's side of a visit (:func:`hosted_visit`) that its sentence already
    tells as a consultation of the host with the visitor: "held talks with President Suleiman
    during a visit to Beirut" has Lebanon's side in the talks, and a second act of the host would
    be the same meeting twice."""
    if not any(f.suffix.endswith(HOST_SUFFIX) for f in found):
        return found
    met = {(f.match.token.sent.start, _country(f.source), _country(f.target)) for f in found
           if not f.suffix.endswith(HOST_SUFFIX) and codebook.root_of(f.cameo) == 4}
    return [f for f in found if not f.suffix.endswith(HOST_SUFFIX)
            or (f.match.token.sent.start, _country(f.source), _country(f.target)) not in met]


def _country(actor: ActorMention | None) -> str | None:
    return actor.country if actor is not None else None
