"""The participants of talks whose host is told only as their venue, often a sentence before.

"The announcement came after a meeting at the Foreign Ministry in Tokyo. The talks included
officials from France, Canada and Brazil. Representatives of the UN and the World Bank also
attended the meetings." A report of a donors' or a regional meeting names its venue first and its
participants after, with the meeting taken up again by a definite noun ("the talks", "the
meetings"). No trigger pattern pairs them: the talks noun names no partner ("with", "between"),
and its attendees are not each other's partners (:mod:`newsevents.events.multilateral`). The
real-news conventions (rule 3.5) pair each participant with the host, both ways (040); the host of
a meeting told only by its place is the place's government (rn-t-012: a meeting at the State
Department in Washington, USAGOV).

:func:`venue_talks` reads three forms of a definite meeting noun ("the", "these", "this"):

- its subject use with "include": "the talks included officials from A, B and C";
- its object use with "attend" or "join": "representatives of A and B (also) attended the meetings";
- its passive subject use with "attend": "the meeting was (also) attended by officials of A and B".

The host is the government named in the venue ("at the Foreign Ministry"), else the country of the
venue's town or country, read from the noun's own "in"/"at" phrase or from a meeting told in the
sentence before ("a meeting at ... in Tokyo", "leaders gathered in Addis Ababa"). A participant of
the host's own country, or of no country, is not paired; nor is a meeting that is planned or negated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsevents.events import frames as fr
from newsevents.events.attributes import place_actor
from newsevents.events.ceremony_guests import STATE_SECTORS  # who stands for a state, as at a ceremony
from newsevents.events.clause_marks import negated, negation
from newsevents.events.coordination import conjuncts
from newsevents.events.emit import Found
from newsevents.events.matching import Match
from newsevents.events.meetings_abroad import SPEECH_MODIFIERS
from newsevents.events.roles import actors_of
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.patterns import Lexicon
    from newsevents.events.roles import MentionIndex

VENUE_PATTERN = "_venue_guest"
ATTEND_PATTERN = "consult.attend"
MEET = "040"
SUFFIX = "+venue-host"
CONFIDENCE = 0.6
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "meetings", "summit", "conference", "consultation",
                           "consultations", "session", "negotiation", "negotiations", "discussion", "discussions"})
# How many sentences back the venue may be told: "a meeting at X. The talks included A. B also attended
# the meetings" (rn-t-012).
LOOK_BACK = 2
DEFINITE = frozenset({"the", "these", "this", "those"})
INCLUDE = "include"
ATTEND_VERBS = frozenset({"attend", "join"})
# Verbs of a meeting told with its venue in the sentence before ("leaders gathered in Addis Ababa").
GATHER_VERBS = frozenset({"meet", "gather", "convene", "assemble", "confer"})
# A body's own words for who came: "officials from France", "representatives of the UN".
MEMBER_PREPS = frozenset({"from", "of"})
PLACE_PREPS = frozenset({"in", "at"})
PARTY_PREPS = frozenset({"with", "between"})
UNREAL_AUX = frozenset({"will", "would", "may", "might", "could", "should", "shall", "must"})
GOVERNMENT = "GOV"
IGO = "IGO"


def venue_talks(doc: Doc, index: MentionIndex, lex: Lexicon) -> list[Found]:
    """The meetings (040, both ways) of each participant of a definite meeting noun with the host
    of its venue (see the module)."""
    patterns = lex.for_token("verb", VENUE_PATTERN)
    if not patterns:
        return []
    out: list[Found] = []
    for i, lemma in enumerate(doc_view(doc).lemmas):
        if lemma.lower() not in MEETING_NOUNS:
            continue
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or not _definite(tok) or _told_with_partners(tok):
            continue
        guests = _guests(tok)
        # "the talks did not include ...", "none of the ministers attended the summit"
        if not guests or negated(tok.head) or negation(tok, tok.head, lex) or _unreal(tok.head):
            continue
        host = _host(tok, index)
        if host is None or not host.country:
            continue
        match = Match(tok, patterns[0])
        for guest in actors_of(guests, index, set()):
            if guest.code and guest.country != host.country and _stands_for_state(guest):
                out.append(Found(match, MEET, guest, host, None, CONFIDENCE, [], SUFFIX))
                out.append(Found(match, MEET, host, guest, None, CONFIDENCE, [], SUFFIX))
    return out


def _definite(noun: Token) -> bool:
    """"the talks", "these consultations": a meeting taken up again, not "a meeting"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _told_with_partners(noun: Token) -> bool:
    """Whether the noun names its own sides ("the talks with Iran") or is a news conference."""
    return any((c.dep_ == "prep" and c.lower_ in PARTY_PREPS)
               or (c.dep_ in ("compound", "amod") and c.lower_ in SPEECH_MODIFIERS) for c in noun.children)


def _unreal(verb: Token) -> bool:
    """Whether the verb is planned or possible ("will include", "would attend")."""
    return any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in verb.children)


def _guests(noun: Token) -> list[Token]:
    """The participants the noun's verb names: the objects of "include", the subject of "attend",
    the "by" agent of "attended"; a body's members stand for the body ("officials from France")."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubj" and lemma == INCLUDE:
        heads = fr.objects(verb)
    elif noun.dep_ == "dobj" and lemma in ATTEND_VERBS:
        heads = [s for s in verb.children if s.dep_ == "nsubj"]
    elif noun.dep_ == "nsubjpass" and lemma == "attend":
        heads = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        return []
    out: list[Token] = []
    for head in (c for h in heads for c in conjuncts(h)):
        members = [c for p in head.children if p.dep_ == "prep" and p.lower_ in MEMBER_PREPS
                   for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)]
        out += members or [head]
    return out


def _host(noun: Token, index: MentionIndex) -> ActorMention | None:
    """The host of the meeting: by the noun's own venue, else by the venue of a meeting told in
    one of the :data:`LOOK_BACK` sentences before."""
    own = _venue(noun)
    if own:
        return _venue_host(noun.doc, own, index)
    sent = sentence_of(noun)
    for _ in range(LOOK_BACK):
        if sent.start == 0:
            return None
        sent = sentence_of(noun.doc[sent.start - 1])
        if (host := _told_venue_host(sent, index)) is not None:
            return host
    return None


def _told_venue_host(sent: Span, index: MentionIndex) -> ActorMention | None:
    """The host of the first meeting ``sent`` tells with its venue."""
    for tok in sent:
        if not _told_meeting(tok):
            continue
        places = _venue(tok)
        if places and (host := _venue_host(sent.doc, places, index)) is not None:
            return host
    return None


def _told_meeting(tok: Token) -> bool:
    """Whether ``tok`` tells a meeting whose venue may host the talks taken up after: a meeting
    noun with no partners of its own ("a meeting at the State Department"), or a verb of
    gathering ("leaders gathered in Addis Ababa")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        return lemma in MEETING_NOUNS and not _told_with_partners(tok)
    return tok.pos_ == "VERB" and lemma in GATHER_VERBS


def _venue(word: Token) -> list[int]:
    """The tokens of the "in"/"at" phrases on ``word`` and of those nested in them ("at the
    State Department in Washington")."""
    return [t.i for p in word.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS for t in p.subtree]


def _venue_host(doc: Doc, places: list[int], index: MentionIndex) -> ActorMention | None:
    """A government named in the venue ("the Foreign Ministry"), else the venue's country."""
    for i in places:
        mention = index.actor(doc[i])
        if mention is not None and mention.country and mention.sector == GOVERNMENT:
            return mention
    return place_actor(doc, places, index)


def _stands_for_state(guest: ActorMention) -> bool:
    """Whether the participant is a state's side (not its businesses or crowds) or an
    international body's."""
    return (guest.code or "").startswith(IGO) or (guest.country is not None and guest.sector in STATE_SECTORS)


def without_attended_visits(found: list[Found]) -> list[Found]:
    """``found`` without the visit (042) of a participant to the host's country read from the same
    "attended the meetings" that :func:`venue_talks` paired with the host: the meeting both ways is
    how the conventions code it (rule 3.5), and the visit would count the dyad twice."""
    paired = [f for f in found if f.match.pattern.lemma == VENUE_PATTERN and f.source is not None
              and f.target is not None]
    return [f for f in found if not (
        f.match.pattern.id == ATTEND_PATTERN and f.source is not None and f.target is not None
        and any(p.match.token.head.i == f.match.token.i and p.target is not None
                and p.target.country == f.target.country and p.source is not None
                and (p.source.same_entity_or_span(f.source) or p.source.code == f.source.code) for p in paired))]
