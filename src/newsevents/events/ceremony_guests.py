"""Foreign leaders named as a ceremony's guests visit its host country.

"Heads of state in attendance included the Afghan president and the Russian prime minister",
"Attending the ceremony were the presidents of Ghana and Sierra Leone", "the Ukrainian president
was also present", "Cuba's Castro and Brazil's Lula were among the heads of state who attended the
inauguration": news of an inauguration or a funeral lists its foreign guests in these inverted or
copular forms, which no trigger pattern reads (``consult.attend`` needs "X attended Y"). The
real-news gold codes each guest as a visit to the host (042) and the host's reception (043), as
for any visit (rn-f-008, rn-h-007; the form recurs in inauguration reports of every year).

:func:`ceremony_guests` reads five forms, each from its own trigger word (one lemma lookup per
token): "in attendance", "present" (with "at" a ceremony, or right after a guest list), an inverted
"attending the ceremony were", "the heads of state attending include", "among the Ns who
attended/participated in" a ceremony, and "among those attending the summit are" (session 17: a
summit, conference or forum lists its foreign guests as a ceremony does). The host is the place of the ceremony
("the funeral in Lima") or the story's one country; a guest of the host's own country, or of
none, is no visit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.events import frames as fr
from newsevents.events.attributes import place_actor
from newsevents.events.clause_marks import negated
from newsevents.events.coordination import conjuncts
from newsevents.events.emit import Found
from newsevents.events.matching import Match
from newsevents.events.roles import actors_of
from newsevents.events.targets import story_place
from newsevents.events.trips import no_visit
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import sentence_of
from newsevents.places import town_country
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.patterns import Lexicon
    from newsevents.events.roles import MentionIndex

GUEST_PATTERN = "_guest"
VISIT, HOST = "042", "043"
SUFFIX, HOST_SUFFIX = "", "+host"
CONFIDENCE = 0.6
# The words each form starts from (a lemma lookup: no other token is read).
ATTEND = frozenset({"attend", "attending"})  # "attending" read as a noun keeps its form as lemma
TRIGGERS = frozenset({"attendance", "present", "participate"}) | ATTEND
CEREMONY_NOUNS = frozenset({"ceremony", "inauguration", "funeral", "investiture", "swearing", "swearing-in",
                            "coronation", "enthronement", "celebration", "commemoration", "parade", "wedding",
                            "memorial", "burial", "occasion", "festivities", "jubilee"}) | frozenset({
    # a summit's guests are listed the same way ("among those attending the summit are ...", session 17)
    "summit", "conference", "meeting", "forum"})
COPULA, INCLUDE = "be", "include"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAMED_DEPS = frozenset({"nsubj", "attr", "dobj"})
PLACE_PREPS = frozenset({"in", "at"})
SETTLEMENT_NOUNS = frozenset({"capital", "city", "town"})
# Guests who stand for their state ("the presidents of Chad and Niger" is coded as the country alone);
# journalists, businessmen or supporters at a ceremony visit no one.
STATE_SECTORS = frozenset({"GOV", "ELI", "MIL", "LEG", None})


def ceremony_guests(doc: Doc, index: MentionIndex, lex: Lexicon) -> list[Found]:
    """The visits (042) of the foreign guests a ceremony's report lists, and their host's side (043)."""
    patterns = lex.for_token("verb", GUEST_PATTERN)
    if not patterns:
        return []
    out: list[Found] = []
    # the trigger lemmas read from the Doc's view: a Token is made only for the few words that pass
    for i, lemma in enumerate(doc_view(doc).lemmas):
        if lemma.lower() not in TRIGGERS:
            continue
        tok = doc[i]
        if negated(tok) or negated(tok.head):  # "was not present"
            continue
        guests = _guests(tok)
        if not guests:
            continue
        match = Match(tok, patterns[0])
        sources = [m for m in actors_of(guests, index, set()) if m.code and m.country and m.sector in STATE_SECTORS]
        host = _host(match, tok, sources, index)
        if host is None:
            continue
        for source in sources:
            # a resident ambassador or a unit at the ceremony made no trip (events/trips.py)
            if source.country != host.country and not no_visit(tok, source):
                out.append(Found(match, VISIT, source, host, None, CONFIDENCE, [], SUFFIX))
                out.append(Found(match, HOST, host, source, None, CONFIDENCE, [], HOST_SUFFIX))
    return out


def _guests(tok: Token) -> list[Token]:
    """The guests a trigger word lists, with their conjuncts; [] when it lists none."""
    lemma = tok.lemma_.lower()
    if lemma == "attendance":
        heads = _in_attendance(tok)
    elif lemma == "present":
        heads = _present(tok)
    elif tok.dep_ == "relcl":
        heads = _among_attendees(tok)
    else:
        heads = _inverted_attending(tok) or _attending_include(tok) or _among_those_attending(tok)
    # "Castro of Cuba, Chavez of Venezuela and Lula of Brazil": a list the parser hung as an apposition
    listed = [a for h in heads for a in h.children if a.dep_ == "appos"]
    return [c for h in [*heads, *listed] for c in conjuncts(h)]


def _in_attendance(tok: Token) -> list[Token]:
    """"Heads of state in attendance included X", "in attendance were X", "also in attendance was X"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return []
    holder = tok.head.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in SUBJECT_DEPS:
        verb = holder.head
        if verb.lemma_ == INCLUDE:
            return fr.objects(verb)
        return _named(verb, holder) if verb.lemma_ == COPULA else []
    return _named(holder, tok.head) if holder.lemma_ == COPULA else []


def _present(tok: Token) -> list[Token]:
    """"Present at the ceremony were X", "X was also present": only at a ceremony, or told right
    after a sentence of attendance."""
    copula = tok.head
    if tok.dep_ != "acomp" or copula.lemma_ != COPULA or any(c.dep_ == "expl" for c in copula.children):
        return []
    at_ceremony = any(fr.has_lemma(o, CEREMONY_NOUNS) for o in fr.prep_objects(tok, {"at"}))
    if not at_ceremony and not _after_attendance(tok):
        return []
    return _named(copula, tok)


def _after_attendance(tok: Token) -> bool:
    """Whether the sentence before ``tok``'s names guests "in attendance" or "attending"."""
    sent = sentence_of(tok)
    if sent.start == 0:
        return False
    before = sentence_of(tok.doc[sent.start - 1])
    # a guest list ("in attendance", "attended the inauguration"), not any attendance ("attended the rally")
    return any(t.lemma_.lower() == "attendance" or (t.lemma_.lower() in ATTEND and _at_ceremony(t)) for t in before)


def _among_attendees(tok: Token) -> list[Token]:
    """"X and Y were among the heads of state who attended the inauguration"."""
    if tok.lemma_.lower() not in ("attend", "participate") or not _at_ceremony(tok):
        return []
    noun = tok.head
    among = noun.head
    if noun.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != COPULA:
        return []
    subject = fr.subject(among.head)
    return [subject] if subject is not None else []


def _among_those_attending(tok: Token) -> list[Token]:
    """"Among those attending the summit are X and Y": the names of the copula whose "among"
    phrase holds the participle."""
    if tok.lemma_.lower() not in ATTEND or tok.dep_ != "acl" or not _at_ceremony(tok):
        return []
    among = tok.head.head
    if tok.head.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != COPULA:
        return []
    return _named(among.head, among)


def _attending_include(tok: Token) -> list[Token]:
    """"Heads of state attending include X and Y" (however the parser hangs the participle), at a
    ceremony named by it or told in its sentence or the one before."""
    if tok.lemma_.lower() not in ATTEND or not (_at_ceremony(tok) or _ceremony_told(tok)):
        return []
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = fr.subject(verb) if verb is not None and verb.lemma_ == INCLUDE else None
    if verb is None or subject is None or tok.i not in {t.i for t in subject.subtree}:
        return []
    return fr.objects(verb)


def _ceremony_told(tok: Token) -> bool:
    """Whether ``tok``'s sentence or the one before names a ceremony."""
    sent = sentence_of(tok)
    start = sentence_of(tok.doc[sent.start - 1]).start if sent.start > 0 else 0
    return any(fr.has_lemma(t, CEREMONY_NOUNS) for t in tok.doc[start:sent.end])


def _inverted_attending(tok: Token) -> list[Token]:
    """"Attending the ceremony were X and Y": the names after the inverted copula."""
    if tok.lemma_.lower() != "attend" or tok.tag_ != "VBG" or not _at_ceremony(tok):
        return []
    copula = next((c for c in tok.children if c.lemma_ == COPULA and c.i > tok.i), None)
    if copula is not None:
        return [c for c in tok.children if c.dep_ in NAMED_DEPS and c.i > copula.i]
    if tok.dep_ == "csubj" and tok.head.lemma_ == COPULA and tok.head.i > tok.i:
        # the parser's other reading: the participle clause is the copula's subject, the guests
        # its complement ("Attending the funeral in Accra were the presidents of Togo and Niger")
        return [c for c in tok.head.children if c.dep_ in NAMED_DEPS and c.i > tok.i]
    return []


def _at_ceremony(verb: Token) -> bool:
    """Whether a verb of attending takes a ceremony ("attended the funeral", "participated in the inauguration")."""
    return any(fr.has_lemma(o, CEREMONY_NOUNS) for o in [*fr.objects(verb), *fr.prep_objects(verb, {"in"})])


def _named(copula: Token, besides: Token) -> list[Token]:
    """The subject or complement a copula names, other than ``besides`` (the trigger's own phrase)."""
    return [c for c in copula.children if c.dep_ in NAMED_DEPS and c.i != besides.i]


def _host(match: Match, tok: Token, sources: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The ceremony's country: the town or country of the "in"/"at" phrase of the latest ceremony
    told up to the guests' sentence ("sworn in at a ceremony in Accra"), else the story's one country."""
    doc = tok.doc
    for ceremony in reversed([t for t in doc[:sentence_of(tok).end] if fr.has_lemma(t, CEREMONY_NOUNS)]):
        # "the funeral in Accra", "the funeral of the former president in Accra", or as the parser
        # hangs it, "attending the funeral ... in Accra"
        preps = [p for p in ceremony.subtree if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]
        if ceremony.dep_ == "dobj":
            preps += [p for p in ceremony.head.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]
        places = [o.i for p in preps for o in p.subtree]
        host = (place_actor(doc, places, index) or _capital_named(doc, places)) if places else None
        if host is not None:
            return host
    return story_place(match, frozenset(s.country for s in sources if s.country))


def _capital_named(doc: Doc, tokens: list[int]) -> ActorMention | None:
    """"In the capital, Ashgabat", "in the Ghanaian capital Accra": the country of a town the
    gazetteer knows, named in apposition to a settlement noun."""
    for i in tokens:
        tok = doc[i]
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or not fr.has_lemma(tok.head, SETTLEMENT_NOUNS):
            continue
        iso3 = town_country(tok.text)
        if iso3 is not None:
            return ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.text, tok.text, iso3, iso3,
                                None, "place", "events-place")
    return None
