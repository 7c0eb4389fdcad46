"""What a call asks for decides the act, as the real-news gold codes calls and protests.

Three conventions of the gold (tests/data/realnews, dev records), each general to news reports:

- **A call for political change is a demand** (10, not 02): "the opposition called for a change
  of government", "renewed their calls for the premier's resignation", "called for new
  elections", "for the reinstatement of the ousted government" are coded as the gold codes
  "called on him to step down" (1041) and "calls for elections" (104): see :func:`demanded_changes`.
- **A call for talks with someone is an offer to talk** (036, not 026): "the crown prince called
  for dialogue with the parties" is made by a side of the talks it asks for; a call for talks
  between others stays an appeal to them: see :func:`offered_talks`.
- **One protest, one event**, second part: a demonstration by crowds the coder made up
  (``+implied-civilians``: "protests in Bahrain", "the demonstrations") is the same protest as
  another of that day and city whose doers the text names, of the same country and against the same
  country; kept once: see :func:`drop_vague_protests`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.arguments import slot_tokens
from newsevents.events.attributes import place_actor
from newsevents.events.gates import NOUNS, Gate, gated
from newsevents.events.home_actors import home_country
from newsevents.events.implied import CROWD_SECTORS
from newsevents.events.matching import Match
from newsevents.events.meeting_words import talk_forms
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex
from newsevents.events.vote_words import BALLOT_NOUNS, ELECTION_NOUNS
from newsevents.nlp.sentences import trigger_token
from newsevents.records import ActorMention, ActorRef, Event

APPEAL_ROOT = "02"
LEADERSHIP_CHANGE = "1041"
POLITICAL_REFORM = "104"
INSTITUTIONAL_CHANGE = "1044"
OFFER_TALKS = "036"
DEMONSTRATION = "141"
IMPLIED_CROWD = "+implied-civilians"

LEADER_GOING_NOUNS = frozenset({"resignation", "ouster", "removal", "departure", "impeachment", "abdication",
                                "overthrow", "dismissal", "step-down"})
"""A leader's going asked for ("the president's resignation")."""
CHANGED_RULERS = frozenset({"government", "leadership", "regime", "president", "premier", "cabinet", "administration",
                            "leader", "ruler"})
"""Rulers whose change is asked for ("a change of government", "a new leadership")."""
CHANGE_NOUNS = frozenset({"change", "replacement", "transition"})
RESTORING_NOUNS = frozenset({"reinstatement", "restoration", "reinstallation"})
"""A ruler's return to office asked for ("the reinstatement of the ousted government"): a change of
leader (1041), as the gold codes such a call toward the government in office."""
NEW_WORDS = frozenset({"new", "different", "transitional", "interim", "caretaker"})
REFORM_NOUNS = frozenset({"election", "elections", "referendum", "reform", "reforms", "democracy",
                          "democratization", "democratisation", "constitution"})
"""Political reform asked for ("new elections", "electoral reform", "democracy"); not "a vote", which is
as often one on a resolution ("called for a vote in the Security Council")."""
UNDOING_NOUNS = frozenset({"annulment", "cancellation", "invalidation", "nullification", "rerun", "re-run",
                           "recount", "repeat"})
"""An election's undoing or redoing asked for ("the annulment of the elections", "a recount of the vote"):
political reform (104), as a call for new elections is."""
REDONE_NOUNS = frozenset({"recount", "rerun", "re-run"})
"""Undoings that name the election's redoing by themselves ("a recount", "a re-run")."""
ELECTION_OR_RESULT = ELECTION_NOUNS | {"result"}
"""What is undone or redone: an election or its outcome. A vote or ballot (``vote_words.BALLOT_NOUNS``) is
an election's only with an electoral word ("the presidential vote"): "the cancellation of the vote on
the budget bill" is a chamber's vote (as ``REFORM_NOUNS`` leaves out "a vote")."""
ELECTORAL_WORDS = frozenset({"presidential", "parliamentary", "legislative", "general", "local", "municipal",
                             "regional", "national", "election", "electoral", "disputed", "runoff"})
SELF_RULE_NOUNS = frozenset({"independence", "autonomy", "secession", "self-determination", "self-rule",
                             "federalism"})
"""A change of the state itself asked for ("full independence"): 1044, as the gold codes a demand for it."""


def asks_change(tok: Token) -> bool:
    """Whether the call ``tok`` asks for a political change the gold codes as a demand ("called for
    a recount", "for new elections", "for the premier's resignation"): see :func:`demanded_changes`."""
    return any(_change_code(t) for t in asked_things(tok))


def asked_things(tok: Token) -> list[Token]:
    """What the call ``tok`` asks for: the objects of its "for" ("called for X", "calls for X"), or
    for a noun those of a "for" right after it that the parser hung on its verb ("renewed their
    calls for his resignation")."""
    found = fr.prep_objects(tok, {"for"})
    if found or tok.pos_ not in ("NOUN", "PROPN") or tok.head.i == tok.i:
        return found
    after = tok.right_edge.i + 1
    return [o for p in tok.head.children if p.i == after and p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]


def _change_code(thing: Token) -> str | None:
    """The demand code of a political change named by ``thing``, or None when it names none."""
    lemma = thing.lemma_.lower()
    words = {c.lemma_.lower() for c in thing.children if c.dep_ in ("amod", "compound")}
    # The tokenizer splits "re-run", "step-down" and "self-rule" at the hyphen: the word's forms
    # (fr.has_lemma) hold the whole word on its last part.
    if fr.has_lemma(thing, LEADER_GOING_NOUNS):
        return LEADERSHIP_CHANGE
    if lemma in CHANGE_NOUNS and any(o.lemma_.lower() in CHANGED_RULERS for o in fr.prep_objects(thing, {"of", "in"})):
        return LEADERSHIP_CHANGE
    if lemma in RESTORING_NOUNS and any(o.lemma_.lower() in CHANGED_RULERS for o in fr.prep_objects(thing, {"of"})):
        return LEADERSHIP_CHANGE
    if lemma in CHANGED_RULERS and words & NEW_WORDS:
        return LEADERSHIP_CHANGE
    if fr.has_lemma(thing, UNDOING_NOUNS) and (fr.has_lemma(thing, REDONE_NOUNS) or any(
            _election(o) for o in fr.prep_objects(thing, {"of"}))):
        return POLITICAL_REFORM
    if fr.has_lemma(thing, SELF_RULE_NOUNS):
        return INSTITUTIONAL_CHANGE
    if lemma in REFORM_NOUNS or thing.lower_ in REFORM_NOUNS:
        return POLITICAL_REFORM
    return None


def _election(thing: Token) -> bool:
    """Whether ``thing`` is an election or its outcome (a vote only with an electoral word)."""
    if fr.has_lemma(thing, ELECTION_OR_RESULT):
        return True
    return thing.lemma_.lower() in BALLOT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ELECTORAL_WORDS for c in thing.children)


def demanded_changes(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with an appeal (02) for a political change recoded as the demand the gold codes it
    (1041 for a leader's going or a change of government, 1044 for independence or autonomy, 104
    for elections, reform or democracy), rule suffix ``+change-demand``. The appeal's target stays."""
    out = []
    for e in events:
        tok = trigger_token(doc, e) if e.cameo.startswith(APPEAL_ROOT) else None
        codes = [c for c in map(_change_code, asked_things(tok)) if c] if tok is not None else []
        out.append(_recoded(e, codes[0], "+change-demand") if codes else e)
    return out


def offered_talks(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with a call for talks "with" someone ("called for dialogue with the opposition")
    recoded as an offer to talk (036, rule suffix ``+offer``) aimed at them: the caller is a side of
    the talks asked for. An appeal with no target takes the first actor named in the "with" phrase
    ("with all of the political parties"). Talks "between" others stay an appeal to them (026)."""
    out = []
    for e in events:
        tok = trigger_token(doc, e) if e.cameo.startswith(APPEAL_ROOT) else None
        sides = _talks_sides(tok) if tok is not None else []
        if e.target is not None and e.target.span is not None:
            span = e.target.span
            if any(span[0] <= t.idx < span[1] for side in sides for t in side.subtree):
                e = _recoded(e, OFFER_TALKS, "+offer")
        elif e.target is None and (other := _side_named(doc, sides, e)) is not None:
            e = dataclasses.replace(_recoded(e, OFFER_TALKS, "+offer"), target=other)
        out.append(e)
    return out


def _talks_sides(tok: Token) -> list[Token]:
    """The "with" objects of the talks the call ``tok`` asks for ("talks with the rebels"), also
    where the parser hung the "with" on the call after the talks ("called for dialogue with ...")."""
    nouns = talk_forms()
    talks = [t for t in asked_things(tok) if t.lemma_.lower() in nouns or t.lower_ in nouns]
    sides = [side for thing in talks for side in fr.prep_objects(thing, {"with"})]
    if talks and not sides:
        sides = [side for side in fr.prep_objects(tok, {"with"}) if side.i > talks[0].i]
    return sides


def _side_named(doc: Doc, sides: list[Token], e: Event) -> ActorRef | None:
    """The first coded actor named within ``sides`` that is not the event's source."""
    if not sides:
        return None
    tokens = {t.i for side in sides for t in side.subtree}
    for mention in doc._.ne_mentions or []:
        if mention.code and mention.start in tokens and (e.source is None or mention.code != e.source.code):
            ref: ActorRef = mention.ref()
            return ref
    return None


def _recoded(e: Event, code: str, suffix: str) -> Event:
    """``e`` with the CAMEO code ``code`` (and its codebook fields) and ``suffix`` on its rule."""
    entry = codebook.lookup(code)
    return dataclasses.replace(e, cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein,
                               quad_class=entry.quad_class, plover_mode=entry.plover_mode,
                               plover_context=entry.plover_context, rule=e.rule + suffix)


def drop_vague_protests(events: list[Event]) -> list[Event]:
    """``events`` less each demonstration (141) by crowds the coder made up (``+implied-civilians``)
    that another demonstration of the article tells with its doers named, of the same country and
    against the same country, on the same day and not in another city ("protests in Bahrain ...
    protesters massed at the roundabout"). The better telling is kept wherever it stands."""
    protests = [e for e in events if e.cameo.startswith(DEMONSTRATION) and e.source is not None
                and e.target is not None and e.source.country and e.target.country]
    dropped: set[int] = set()
    for e in protests:
        if any(o is not e and id(o) not in dropped and _tells_better(o, e) for o in protests):
            dropped.add(id(e))
    return [e for e in events if id(e) not in dropped]


CITY_GEO_TYPES = frozenset({3, 4})
"""GDELT geographic resolutions of a city or landmark (a country or a division may hold the other)."""


def _city(e: Event) -> str | None:
    """The city or landmark where ``e`` happened, if the coder placed it there."""
    loc = e.location
    return loc.name if loc is not None and loc.geo_type in CITY_GEO_TYPES else None


def _tells_better(other: Event, vague: Event) -> bool:
    """Whether the demonstration ``other`` tells the protest ``vague`` tells without its doers."""
    src, tgt, o_src, o_tgt = vague.source, vague.target, other.source, other.target
    if src is None or tgt is None or o_src is None or o_tgt is None or o_tgt.country != tgt.country:
        return False
    if vague.date and other.date and vague.date != other.date:
        return False  # protests of two days are two protests
    if _city(vague) and _city(other) and _city(vague) != _city(other):
        return False  # protests in two cities are two protests
    # Only a made-up doer: "protests in Bahrain ... protesters massed at the ministry" by one named
    # crowd against the state and a bare country can be two protests of one day (measured, session 13).
    return IMPLIED_CROWD in vague.rule and IMPLIED_CROWD not in other.rule and o_src.country == src.country


MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery"})
"""A foreign state's mission abroad: a crowd outside it is of the country it stands in."""
PROTEST_ROOT = "14"


def embassy_crowd(code: str, source: ActorMention | None, target: ActorMention | None,
                  doc: Doc) -> ActorMention | None:
    """The country-less crowd of a protest at a foreign mission as of the country the mission stands
    in ("protesters gathered outside the Chinese embassy in Hanoi": Vietnamese, not Chinese, as the
    guess from the foe's country would make them), or None where no mission's place is named."""
    if not code.startswith(PROTEST_ROOT) or source is None or source.country or source.sector not in CROWD_SECTORS \
            or target is None or not target.country or not 0 <= target.start < target.end <= len(doc):
        return None
    span = doc[target.start:target.end]
    missions = [t for t in (*span, span.root.head) if t.lemma_.lower() in MISSION_NOUNS]
    if not missions:
        return None
    places = [p.i for p in fr.prep_objects(missions[0], {"in"})]
    host = place_actor(doc, places, MentionIndex(doc)) if places else None
    if host is None or not host.country or host.country == target.country:
        return None
    return dataclasses.replace(source, code=host.country + (source.sector or ""), country=host.country,
                               rule="embassy-host")


BLOCKADE = "144"
RESTRICT_MOVEMENT = "191"
STATE_ARMS = frozenset({"COP", "MIL"})
BLOCKING_VERBS = frozenset({"block", "blockade", "barricade", "seal", "cordon"})
"""Verbs of a blockade: the state's forces that block a road restrict movement (191); an occupation
("troops occupied the building") is another act and keeps its reading."""


def state_blockade(code: str, match: Match, source: ActorMention | None) -> str | None:
    """191 (impose a blockade, restrict movement) for a blockade by the police or the army ("police
    blocked the route of the march"): a crowd's blockade is its protest (144), the forces' the state's
    restriction, as the gold codes "police sealed off key roads" (191). None when no rule here applies."""
    if not code.startswith(BLOCKADE) or source is None or source.sector not in STATE_ARMS:
        return None
    return RESTRICT_MOVEMENT if match.token.lemma_.lower() in BLOCKING_VERBS else None


def home_cordon_target(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country on which the police or army of a country restrict movement where no target is
    named ("police sealed off key roads as crowds formed"): their own, as for their other
    restrictions at home (see :mod:`newsevents.events.home_coercion`). None otherwise."""
    if code != RESTRICT_MOVEMENT or source is None or source.sector not in STATE_ARMS or not source.country:
        return None
    return home_country(source)


NATION_NOUNS = frozenset({"country", "nation", "public", "population", "citizen", "citizenry", "countryman",
                          "compatriot", "populace"})
"""The people of a country addressed as a whole ("called on the nation to unite")."""
CIVILIANS = "CVL"


def nation_addressed(match: Match, code: str, source: ActorMention | None) -> ActorMention | None:
    """The people an appeal by an actor of a country makes of "the country", "the nation", "the
    public" or "citizens" ("the president called on the nation to stay calm", "the opposition urged
    the public to join the strike"): that country's civilians, as "appealed to the people" is
    coded. None where the appeal names no such addressee or the word is another's ("Ukraine's
    citizens")."""
    if not code.startswith(APPEAL_ROOT) or source is None or not source.country:
        return None
    for slot in match.pattern.target:
        for tok in slot_tokens(match, slot):
            if tok.lemma_.lower() in NATION_NOUNS and not any(c.dep_ in ("poss", "compound", "amod")
                                                                for c in tok.children):
                code_ = source.country + CIVILIANS
                return ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, code_,
                                    code_, source.country, CIVILIANS, "group", "events-nation-addressed")
    return None


DEMAND_NOUN_PATTERN = "_demand_noun"
STATING_VERBS = frozenset({"be", "include", "remain"})
"""Verbs that state what a demand is ("their main demand is ...", "their demands include ...")."""
OWNER_DEPS = frozenset({"poss", "compound"})
OWNER_PREPS = frozenset({"of", "from", "by"})
"""Prepositions that name a demand's owner ("the demands of the protesters", "demands from students")."""


@gated(Gate(NOUNS, frozenset({"nsubj"}), words=frozenset({"demand"})))
def stated_demand(tok: Token, lex: Lexicon) -> Match | None:
    """"The protesters' main demand is the resignation of the prime minister", "the opposition's
    demands include electoral reform", "demands from the students included ...": a demand its owner
    (the noun's possessor or modifier, or its "of", "from" or "by" object) makes,
    stated by a copula or "include" (the ``_demand_noun`` pattern; made of the owner's own government
    where the owner is one of the governed; a negated statement or a demand with no owner codes nothing)."""
    if tok.pos_ not in NOUNS or tok.dep_ != "nsubj" or tok.lemma_.lower() != "demand":
        return None
    verb = tok.head
    if verb.lemma_.lower() not in STATING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS) for c in tok.children):
        return None
    if not any(c.dep_ in ("attr", "dobj") for c in verb.children):
        return None
    patterns = lex.for_token("verb", DEMAND_NOUN_PATTERN)
    # no theme: the owner slots are then the noun's own ("the protesters' demand"), not the thing demanded's
    return Match(tok, patterns[0]) if patterns else None
