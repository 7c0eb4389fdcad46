"""Who the sides of a meeting are when the sentence names them only by reference.

Real reports of meetings rarely repeat both names in every sentence. Three constructions of
English news name a side by pointing elsewhere, and the frame's slots alone get them wrong:

- a plural pronoun or a bare plural of office as the subject of a two-sided act ("X welcomed Y
  to Delhi. *They* held talks", "... before *the leaders* held talks"): it stands for the pair
  just named, as "the two leaders" does
  (:func:`newsevents.events.groups.group`);
- a possessive pronoun in a fronted setting ("During *his* visit to Hanoi, the Japanese prime
  minister met ..."): it points forward to the clause's subject, not back to the last man named;
- a relative pronoun as the partner ("the Chilean president, *with whom* he held talks"): it is
  the noun its clause qualifies;
- "his counterpart" with no country of its own: the office holder of the one other country just
  named (:mod:`newsevents.events.counterparts`);
- the partner of an agreement to act ("Egypt *agreed with Sudan* to share intelligence"): the
  partner of the act agreed on, when that act names none;
- a group named by who leads it ("a delegation *led by* the Turkish foreign minister"): the
  group is its leader's country's.

:func:`meeting_sides` applies them to a consultation's (or cooperation's) sources and targets.
Each is taken only when the text names exactly what it needs; otherwise the slots stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.coordination import conjuncts
from newsevents.events.counterparts import CONSULT, counterpart
from newsevents.events.groups import LOCATIVE_PREPS, OFFICE_NOUNS
from newsevents.events.hosted_talks import HOST_VERBS
from newsevents.events.partnerless import body_officers, complement_partner
from newsevents.events.place_lists import listed_place
from newsevents.events.roles import actors_of
from newsevents.events.visits import placed
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.matching import Match
    from newsevents.events.roles import MentionIndex

# Acts two sides do together, which a plural pronoun as subject makes the pair's: consult (040),
# a phone call (041), negotiations (046), a signed agreement (057).
PAIR_CODES = frozenset({"040", "041", "046", "057"})
PLURAL_SUBJECTS = frozenset({"they"})
INTENT_TO_MEET = "036"
# A host receives guests (043): a place named with them ("a dinner for donors in Gaborone") is no guest.
HOST_CODE = "043"
# Actors that can be a side of talks: people in office, countries, their governments.
SIDE_KINDS = frozenset({"person", "country", "organization"})
# How many sentences back (this one included) the pair a plural pronoun stands for may be named.
PAIR_SENTENCES = 2
# Roots whose doer a fronted possessive names: consult (04), cooperation (03, 05, 06).
SETTING_ROOTS = ("03", "04", "05", "06")
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# Bodies of people sent abroad, named by who leads them, and the participles that name the leader.
PARTY_NOUNS = frozenset({"delegation", "team", "mission", "entourage"})
LEAD_VERBS = frozenset({"lead", "head"})
SENDER_PREPS = {"from", "of"}
# Modifiers of a delegation that name who sent it ("a United Nations delegation", "the EU mission").
SENDER_DEPS = frozenset({"compound", "nmod", "poss"})
# Rules by which a mention got only the country of its setting (a place in its clause, the story):
# a sender named in the phrase itself outranks them.
SETTING_RULES = frozenset({"context-country", "role"})
# Prepositions that name the sides of a joint act ("talks between", "a deal among").
SIDES_PREPS = {"between", "among", "amongst"}
# Prepositions whose relative pronoun object is the partner of an act ("with whom he met").
PARTNER_PREPS = frozenset({"with", "to"})
# Verbs of agreeing whose "with" names the partner of the act agreed on ("agreed with Sudan to ...").
AGREE_VERBS = frozenset({"agree", "consent", "concur"})


def meeting_sides(match: Match, code: str, sources: list[ActorMention], targets: list[ActorMention],
                  index: MentionIndex) -> tuple[list[ActorMention], list[ActorMention]]:
    """``sources`` and ``targets`` of a trigger with the sides named by reference read (see the
    module); unchanged when none of the constructions applies."""
    if not code.startswith(SETTING_ROOTS):
        return sources, targets
    if code == INTENT_TO_MEET and match.token.dep_ == "dobj" and match.token.head.lemma_.lower() in HOST_VERBS:
        # "Egypt offered to host talks between Israel and Hamas": the host's offer, not the sides' intent
        return [], []
    if not targets and match.pattern.mutual and fr.prep_objects(match.token, SIDES_PREPS):
        # "talks between Sudan's warring generals": the sides named are one actor to us, and
        # one side of talks is no dyad; the subject is the host, not a side (left to the coder)
        return [], []
    if code in PAIR_CODES and _one_party_by(match, [*sources, *targets], index):
        # "talks undertaken by diplomats from Russia, Germany and the United States": one party
        # that holds the talks (a troika), not three sides of them
        return [], []
    if not targets and not any(m.country for m in sources) and code in PAIR_CODES:
        pair = _pronoun_pair(match, index)
        if pair:
            return pair, []
    ahead = _forward_owner(match, sources, index)
    if ahead:
        sources = ahead
    if not any(t.country for t in targets) and (partners := _relative_partner(match, sources, index)):
        targets = partners
    if not targets and (partners := _agreed_with(match, sources, index)):
        targets = partners
    if not targets and (partners := complement_partner(match, code, sources, index)):
        targets = partners  # "offered to initiate talks with Riyadh" (events/partnerless.py)
    if code[:2] == CONSULT and (partner := counterpart(match, sources, targets, index)) is not None:
        targets = [partner]
    sources, targets = [_led_by(m, index) for m in sources], [_led_by(m, index) for m in targets]
    sources, targets = [body_officers(m, index) for m in sources], [body_officers(m, index) for m in targets]
    # "met with the two delegations in Geneva": the city the talks are in is no side of them,
    # and a meeting whose only partner named was its venue names no dyad
    if code not in PAIR_CODES and code != HOST_CODE:
        return sources, targets  # a visit's destination is a place ("is in Namibia for a visit")
    kept = [m for m in targets if not _venue(m, index)]
    if targets and not kept:
        return [], []
    return [m for m in sources if not _venue(m, index)], kept


def _one_party_by(match: Match, sides: list[ActorMention], index: MentionIndex) -> bool:
    """Whether all ``sides`` of a passive joint act are named in one plural agent "from" several
    places ("talks are undertaken *by diplomats from X, Y and Z*"): a party that holds them."""
    noun = match.token
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head  # "four months of talks are being undertaken by ...", "a round of talks"
    if noun.dep_ != "nsubjpass" or len(sides) < 2:
        return False
    agent = next((c for c in noun.head.children if c.dep_ == "agent"), None)
    group = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if group is None or group.tag_ not in ("NNS", "NNPS") \
            or not any(c.dep_ == "prep" and c.lower_ in SENDER_PREPS for c in group.children):
        return False
    first, last = group.left_edge.i, group.right_edge.i
    return all(first <= index.doc[m.start:m.end].root.i <= last for m in sides)


def _venue(mention: ActorMention, index: MentionIndex) -> bool:
    """Whether a mention is a place named as where something happens ("in Geneva", "at the
    Kremlin" is not: it is a body), not a party."""
    if listed_place(mention):
        return False  # "leaders in Moscow and Tbilisi": Georgian leaders (events/place_lists.py)
    root = index.doc[mention.start:mention.end].root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head  # "in Geneva, Switzerland"
    return root.ent_type_ in ("GPE", "LOC") \
        and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _pronoun_pair(match: Match, index: MentionIndex) -> list[ActorMention]:
    """"X welcomed Y. They held talks": the two actors of different countries a plural pronoun
    subject stands for, named in its sentence before it or the one before; [] unless exactly two."""
    verb = match.verb or match.token
    subject = fr.subject(verb) if match.pattern.pos == "noun" else fr.subject(match.token)
    if subject is None or not (subject.lower_ in PLURAL_SUBJECTS or _bare_office_plural(subject)) \
            or conjuncts(subject)[1:]:
        return []
    sent = sentence_of(subject)
    start = sent.start
    for _ in range(PAIR_SENTENCES - 1):
        if start > 0:
            start = sentence_of(index.doc[start - 1]).start
    named: dict[str, ActorMention] = {}
    for mention in reversed(index.mentions):  # the nearest mention of each country names its side
        if start <= mention.start < subject.i and mention.code and mention.country \
                and mention.kind in SIDE_KINDS and mention.sector in (None, "GOV") \
                and not mention.rule.startswith("coref-pronoun"):
            named.setdefault(mention.country, mention)
    pair = sorted(named.values(), key=lambda m: m.start)
    if len(pair) != 2:
        return []  # "they" may be anyone when more or fewer countries are named
    return pair


def _bare_office_plural(noun: Token) -> bool:
    """"The leaders", "the ministers": a definite plural of people in office with nothing that
    says whose they are (no owner, modifier, count or phrase), which stands for those just named."""
    children = list(noun.children)
    return noun.tag_ == "NNS" and noun.lemma_.lower() in OFFICE_NOUNS \
        and [c.lower_ for c in children] == ["the"]


def _forward_owner(match: Match, sources: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """"During his visit to Hanoi, the Japanese prime minister met ...": the actors of the clause
    subject a possessive pronoun in a setting before it points forward to; [] when none."""
    owner = next((c for c in match.token.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in POSSESSIVE_PRONOUNS or match.pattern.pos != "noun":
        return []
    if not sources or not all(m.rule.startswith("coref-pronoun") for m in sources):
        return []  # the possessor is a name, or was read as something else: leave it
    prep = match.token.head
    clause = prep.head
    if match.token.dep_ != "pobj" or prep.dep_ != "prep" or clause.pos_ not in ("VERB", "AUX"):
        return []
    subject = fr.subject(clause)
    if subject is None or subject.i < prep.i or subject.pos_ == "PRON":
        return []  # the setting must come first, and the subject must be named
    found = actors_of(conjuncts(subject), index, set())
    if len(found) != 1 or not found[0].code:
        return []
    return found


def _relative_partner(match: Match, sources: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """"..., the Chilean president, with whom he held talks": the actors a relative pronoun
    that is the act's object or partner stands for, i.e. the noun its clause qualifies."""
    clause = match.verb or match.token
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return []
    hosts = [clause] + ([match.token] if match.token.i != clause.i else [])
    relatives = [c for c in clause.children if c.dep_ == "dobj" and c.tag_ == "WP"] + [
        o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in PARTNER_PREPS
        for o in p.children if o.dep_ == "pobj" and o.tag_ == "WP"]
    if not relatives:
        return []
    found = actors_of(conjuncts(clause.head), index, set())
    return [m for m in found if m.country and not any(m.entity >= 0 and m.entity == s.entity for s in sources)]


def _agreed_with(match: Match, sources: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """"Egypt agreed with Sudan to share intelligence": the partner an agreement is made with is the
    partner of the act agreed on, when that act names none of its own."""
    verb = match.verb or match.token
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.lemma_.lower() not in AGREE_VERBS:
        return []
    found = actors_of(fr.prep_objects(governor, {"with"}), index, {m.start for m in sources})
    return [m for m in found if placed(m) and not any(m.entity >= 0 and m.entity == s.entity for s in sources)]


def _led_by(mention: ActorMention, index: MentionIndex) -> ActorMention:
    """"A delegation led by the Turkish foreign minister", "a delegation from ECOWAS", "a United
    Nations delegation", "a mission of the African Union": the sender's (or leader's) actor stands
    for a delegation; the mention itself otherwise. A sender named in the phrase outranks a country
    the delegation was only given by its setting ("a UN delegation in Kigali" is no Rwandan one)."""
    if mention.country and mention.rule not in SETTING_RULES:
        return mention
    head = index.doc[mention.start:mention.end].root
    if head.lemma_.lower() not in PARTY_NOUNS:
        return mention
    if any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in head.children):
        return mention  # "a Kenyan delegation": its own modifier says whose it is
    # the body that sent it first ("a UN delegation", "a delegation from ECOWAS"), then its leader
    senders = [c for c in head.children if c.dep_ in SENDER_DEPS and c.pos_ == "PROPN"] \
        + fr.prep_objects(head, SENDER_PREPS)
    if any(mention.start <= s.i < mention.end for s in senders):
        return mention  # "delegations from Russia and Ukraine": the mention names its own sender
    leader = next((_agent(c) for c in head.children
                   if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LEAD_VERBS), None)
    for tokens in (senders, [leader] if leader is not None else []):
        found = [m for m in actors_of(tokens, index, set()) if not _same_span(m, mention) and m.kind != "place"]
        if len(found) == 1 and placed(found[0]):
            return found[0]
    return mention


def _same_span(a: ActorMention, b: ActorMention) -> bool:
    return a.start == b.start and a.end == b.end


def _agent(participle: Token) -> Token | None:
    """The object of the "by" that names a passive participle's agent."""
    by = next((c for c in participle.children if c.dep_ == "agent" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
