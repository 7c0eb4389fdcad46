"""Disapproval carried by reports: a watchdog's report or a complaint, a marred vote, a disputed claim,
backing for an armed group, a judged actor, and the criticism of a state's act.

- "Human Rights Watch said Ethiopian soldiers tortured detainees", "the opposition said police beat its
  supporters", "Amnesty reported that troops shot protesters": those who watch over others' conduct (rights
  groups, international bodies, the opposition, prosecutors) accuse whoever they report doing violence or
  coercion (CAMEO 112 and its subcodes by the act, the ``_watchdog`` pattern); so does anyone who
  *complains* or *protests* that another did it ("the union complained that police had beaten its
  members"). The reported act is not coded as a fact beside the charge (``events/reported_attacks.py``),
  unless the watchdog is an international body.
  A report of one's own side's act, of an act with no named side ("gunmen killed five") or by a neutral
  reporter ("Reuters said", "witnesses said") is no accusation.
- "The opposition said the election was marred by fraud", "monitors said the vote was tainted by
  irregularities": a vote reported as spoiled by a wrong accuses whoever held it (CAMEO 112, the
  ``_irregularities`` pattern of :mod:`~newsevents.events.wrongdoing`, theme the vote); so does a wrong
  found in a vote ("observers found widespread fraud in the Kenyan election").
- "Mexico rejected the White House's claim that her government had ties to cartels", "Kyiv denied Moscow's
  suggestion that its forces were hiding in the plant": a claim about the very actor who disputes it
  was an accusation by whoever made it, whatever it claims (the ``_claim`` pattern of
  :mod:`~newsevents.events.blame`, theme the claimed clause); the denial itself is coded as usual (016).
- "Kinshasa said Kigali was backing the M23 rebels", "said Tehran arms the militias", "said the governor had
  ties to the insurgents": a report that a named actor backs an armed group, or is tied to one, accuses it
  (CAMEO 112, the ``_backing`` pattern, theme the reported clause, whose subject is the one accused); the
  backing itself is left unproven, as with other reported wrongs.
- "The opposition said the government was corrupt", "said the police were brutal": a reported judgement
  (``matching.verdict_parts``) whose judged thing is itself a coded actor of known country criticises that
  actor (CAMEO 111, the ``_judged_actor`` pattern, theme the actor); a judged thing that only belongs to an
  actor ("said the tariffs were unjustified") is ``accuse.verdict_bad``'s.
- "Opposition leaders said the charges against them were politically motivated", "called the arrest illegal",
  "said the curfew was unjust": a criticism of a state's act (an arrest, a charge, a ban, a law) whose doer is
  not named, by a domestic actor that is not the government, is aimed at its own government
  (:func:`state_act_target`), as the criticism of a vote is aimed at whoever held it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.attackers import ARMED_GROUPS
from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.agentless_reports import WATCHDOG_PATTERN, implied_arresters
from newsevents.events.allegations import (
    LONE_DOERS,
    REBEL_SIDE,
    STATE_SIDE,
    act_doers,
    act_root,
    act_targets,
    alleged_acts,
)
from newsevents.events.blame import CLAIM_PATTERN, claim_clause, disputed
from newsevents.events.constructions import wrongful_act
from newsevents.events.coordination import conjuncts
from newsevents.events.disapproval import GOVERNING, VOTE_OR_TALLY_NOUNS
from newsevents.events.gates import NOUNS, VERBS, Gate, first_of, gated
from newsevents.events.home_actors import government_of
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, _judgement, verdict_parts
from newsevents.events.modality import HYPOTHETICAL, INTENT, OBLIGED, REQUESTED, THREAT, mood
from newsevents.events.patterns import Lexicon
from newsevents.events.regarded_wrongs import REGARD_VERBS, regarded_copula, regards
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.wrongdoing import IRREGULARITIES, IRREGULARITIES_PATTERN
from newsevents.nlp.hyphenated import lemma_in
from newsevents.records import ActorMention

# Sectors of speakers whose report of another's violence is a charge against it, not news.
WATCHDOG_SECTORS = frozenset({"NGO", "OPP", "JUD"})
# Verbs that make any speaker's report of another's violence a charge ("complained that police beat ...").
COMPLAINING = frozenset({"complain", "protest", "lament", "decry"})
# Words by which a reported act names the group that reports it as its victim ("said police beat *them*",
# "said soldiers arrested *its* leader", "said troops burned *our* homes"): such a speaker is the act's victim,
# and its report is its charge (CONVENTIONS 4.3). Singular "him", "her", "his" are left out: they as often
# name another person ("the minister said police arrested him").
VICTIM_WORDS = frozenset({"them", "us", "their", "its", "our"})
# Speakers that are no victim's voice: a state's own bodies report others' acts as news.
STATE_SPEAKERS = STATE_SIDE | {"SPY"}
# Verbs a watchdog reports with, beyond the report verbs ("documented that", "found that").
WATCHDOG_VERBS = frozenset({"report", "document", "find", "conclude", "say", "state", "tell", "add", "write"})
# The lowest CAMEO root of a reported act that makes a watchdog's report a charge: 17 coerce .. 20.
CHARGED_ROOT = 17
# Doers whose violence a watchdog charges: a state's forces or an armed group (a country itself too).
CHARGED_SECTORS = STATE_SIDE | REBEL_SIDE | {"UAF", "SPY"}
# Participles that say a vote was spoiled by what they take ("marred by fraud", "tainted by irregularities").
SPOILING = frozenset({"mar", "taint", "plague", "riddle", "blight", "tarnish", "mark", "characterize",
                      "characterise", "overshadow", "undermine", "compromise", "vitiate"})
# Wrongs in a vote beyond ``IRREGULARITIES`` that spoil it when named as its blemish.
VOTE_WRONGS = IRREGULARITIES | {"intimidation", "vote-buying", "coercion", "violation", "violations"}
# Moods of a reported act that is not told as done: forecast, intended, threatened, asked for, owed.
UNREAL_MOODS = frozenset({HYPOTHETICAL, INTENT, THREAT, REQUESTED, OBLIGED})
# Verbs of backing an armed group ("was arming the rebels") and nouns of ties to one ("had links to").
BACKING = frozenset({"support", "back", "arm", "fund", "finance", "sponsor", "harbour", "harbor", "shelter",
                     "train", "supply", "equip", "aid", "assist", "help", "bankroll", "protect", "shield"})
TIES = frozenset({"tie", "link", "connection", "relation", "relationship", "alliance", "contact"})
ARMED_SECTORS = REBEL_SIDE | {"UAF", "CRM"}
# A state's forces, and the armed men whose killing by them is fighting rather than abuse.
FORCES = frozenset({"MIL", "COP", "SPY"})
FIGHTERS = REBEL_SIDE | FORCES | {"SEP", "UAF"}
BACKING_PATTERN = "_backing"
JUDGED_PATTERN = "_judged_actor"
# Acts only a state does, whose criticism with no doer named is aimed at the critic's government.
STATE_ACTS = frozenset({"arrest", "detention", "charge", "prosecution", "indictment", "ban", "crackdown", "law",
                        "decree", "curfew", "deportation", "eviction", "censorship", "budget", "tax", "conscription",
                        "emergency"})
STATE_ACT_ROOTS = frozenset({11})
# Owners that name the state as a whole, no actor of its own ("state brutality", "state repression").
STATE_OWNERS = frozenset({"state"})
# Steps taken to do a state's act ("the attempt to arrest him", "the decision to ban the party").
STEPS = frozenset({"attempt", "effort", "bid", "decision", "move", "order", "plan"})
STATE_ACT_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "charge", "prosecute", "ban", "deport", "expel",
                             "evict", "censor", "dissolve", "outlaw"})
# Verbs of finding a wrong ("found fraud in the vote", "documented irregularities").
FINDING = frozenset({"find", "detect", "uncover", "discover", "document", "observe", "record", "identify"})
# Pronouns and possessives a disputed claim names its disputer by ("that *her* government", "that *it*").
SELF_WORDS = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "my"})


def _watchdog(mention: ActorMention) -> bool:
    """Whether ``mention`` watches over others' conduct: a rights group, an international body,
    the opposition, a court or prosecutor."""
    code = mention.code or ""
    return mention.sector in WATCHDOG_SECTORS or code.startswith(("IGO", "NGO")) or code[3:6] == "NGO"


def _charged(doer: ActorMention) -> bool:
    """Whether a doer is a side a charge can be aimed at: a state's forces, an armed group, a country."""
    if not doer.code or any(w in LONE_DOERS for w in doer.text.lower().split()[-1:]):
        return False
    return doer.sector in CHARGED_SECTORS or (doer.sector is None and doer.kind == "country")


@gated(Gate(VERBS, words=COMPLAINING | WATCHDOG_VERBS))
def watchdog_report(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """A watchdog's report or anyone's complaint whose clause tells of another side's violence or
    coercion: the ``_watchdog`` pattern, with the first such act as theme (see the module docstring)."""
    if tok.pos_ not in VERB_POS or not any(c.dep_ == "ccomp" for c in tok.children) \
            or any(c.dep_ == "neg" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    complaint = lemma in COMPLAINING
    if not complaint and lemma not in WATCHDOG_VERBS:
        return None
    # "X killed Y, HRW said": an attribution after the act sources the news, it charges no one
    acts = [act for act in alleged_acts(tok, lex) if (act_root(act, lex) or 0) >= CHARGED_ROOT and act.i >= tok.i]
    if not acts:
        return None  # most reports tell no such act: asked first, as it is worked out once per verb
    speaker = fr.subject(tok)
    speakers = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
    if not speakers or not (complaint or all(_watchdog(m) for m in speakers)
                            or any(_victims_speak(act, speakers) for act in acts)):
        return None
    pattern = lex.construction(WATCHDOG_PATTERN)
    if pattern is None or wrongful_act(tok, lex) is not None:
        return None  # "said soldiers had wrongfully detained its spokesman": the wrongful act's charge
    for act in acts:
        if mood(act, act if act.pos_ in VERB_POS else fr.clause_verb(act), lex).kind in UNREAL_MOODS:
            continue  # "said he thinks the government will arrest him": a forecast charges no one
        doers = act_doers(act, index) or implied_arresters(act, speakers, index, lex)  # "had been seized"
        if doers and all(_charged(d) for d in doers) \
                and not any(s.same_entity_or_code(d) for s in speakers for d in doers) \
                and not _war_news(act, doers, index):
            return Match(tok, pattern, act)
    return None


def _victims_speak(act: Token, speakers: list[ActorMention]) -> bool:
    """"Protesters said police beat them", "the union said security forces detained its leader": a
    reported act aimed at the speakers themselves (a plural pronoun, or what their possessive names),
    by speakers that are no state body."""
    if any(m.sector is None or m.sector in STATE_SPEAKERS for m in speakers):
        return False
    return any(t.lower_ in VICTIM_WORDS or any(c.dep_ == "poss" and c.lower_ in VICTIM_WORDS for c in t.children)
               for t in act_targets(act))


def _war_news(act: Token, doers: list[ActorMention], index: MentionIndex) -> bool:
    """Whether the act is the state's forces fighting armed men ("troops killed six rebels"):
    news of the war, which charges no one."""
    if not all(d.sector in FORCES for d in doers):
        return False
    return any(v.sector in FIGHTERS for v in actors_of(act_targets(act), index, set()))


@gated(Gate(VERBS, lists=("report_verbs", "finding_verbs")))
def marred_vote(tok: Token, lex: Lexicon) -> Match | None:
    """"said the election was marred by fraud": the vote of a reported clause, spoiled by a wrong,
    is the theme (its holder is the target, see :func:`~newsevents.events.disapproval.vote_target`)."""
    if tok.pos_ not in VERB_POS or not (fr.has_lemma(tok, lex.word_list("report_verbs"))
                                        or fr.has_lemma(tok, lex.word_list("finding_verbs"))) \
            or any(c.dep_ == "neg" for c in tok.children):
        return None
    pattern = lex.construction(IRREGULARITIES_PATTERN)
    for clause in reported_clauses(tok):
        if clause.lemma_.lower() not in SPOILING or any(c.dep_ == "neg" for c in clause.children):
            continue
        votes = [c for c in clause.children
                 if c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in VOTE_OR_TALLY_NOUNS]
        agents = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        agents += fr.prep_objects(clause, {"by", "with"})
        wrongs = [a for w in agents for a in conjuncts(w) if lemma_in(a, VOTE_WRONGS) or a.lower_ in VOTE_WRONGS]
        if votes and wrongs and pattern is not None:
            return Match(tok, pattern, votes[0])
    return None


@gated(Gate(VERBS, words=FINDING))
def found_wrongs(tok: Token, lex: Lexicon) -> Match | None:
    """"monitors found widespread fraud in the vote", "its audit had found clear manipulation of the
    election": a wrong found in a vote accuses whoever held it; the vote is the theme."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in FINDING or any(c.dep_ == "neg" for c in tok.children):
        return None
    pattern = lex.construction(IRREGULARITIES_PATTERN)
    for wrong in fr.objects(tok):
        if not lemma_in(wrong, VOTE_WRONGS) or any(d.lower_ in ("no", "little") for d in wrong.children):
            continue
        places = fr.prep_objects(wrong, {"in", "of", "during", "with"}) + fr.prep_objects(tok, {"in", "during"})
        votes = [v for v in places if v.lemma_.lower() in VOTE_OR_TALLY_NOUNS]
        if votes and pattern is not None:
            return Match(tok, pattern, votes[0])
    return None


def _about_disputer(clause: Token, disputer: Token | None, index: MentionIndex) -> bool:
    """Whether a claimed clause is about the one who disputes the claim: its subject is a pronoun
    or owned by one ("that *her* government had ties") and stands for an actor of the disputer's
    country (a pronoun resolved to the claimant would turn the charge round)."""
    subject = fr.subject(clause)
    if subject is None or disputer is None:
        return False
    if subject.lower_ not in SELF_WORDS and not any(c.dep_ == "poss" and c.lower_ in SELF_WORDS
                                                    for c in subject.children):
        return False
    own = {m.country for m in actors_of(conjuncts(disputer), index, set())}
    meant = {m.country for m in actors_of(conjuncts(subject), index, set())}
    return bool(meant) and None not in own and meant <= own


@gated(Gate(NOUNS, lists=("claim_nouns",)))
def disputed_claim(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """"rejected the White House's claim that her government had ties to cartels": a claim noun
    whose clause is about its disputer; the ``_claim`` pattern with the clause as theme."""
    if tok.pos_ not in NOUN_POS or not fr.has_lemma(tok, lex.word_list("claim_nouns")):
        return None
    clause = claim_clause(tok)
    if clause is None or not disputed(tok, lex):
        return None
    verb = tok.head if tok.dep_ == "dobj" else next((c for c in tok.children if c.dep_ == "relcl"), None)
    if verb is None or not _about_disputer(clause, fr.subject(verb), index):
        return None
    if not any(c.dep_ in ("poss", "prep", "compound") for c in tok.children):
        return None  # "denied claims that it ...": no claimant named, no accusation to code
    patterns = lex.for_token("verb", CLAIM_PATTERN)
    return Match(tok, patterns[0], clause) if patterns else None


def armed(group: Token, index: MentionIndex) -> bool:
    """Whether ``group`` names an armed group: by its actor's sector or by its common noun."""
    if group.lemma_.lower() in ARMED_GROUPS or any(c.lemma_.lower() in ARMED_GROUPS for c in group.children
                                                   if c.dep_ in ("compound", "amod")):
        return True
    return any(m.sector in ARMED_SECTORS for m in actors_of([group], index, set()))


def _backed(clause: Token, index: MentionIndex) -> list[Token]:
    """The armed groups a reported clause says its subject backs ("was arming *the rebels*") or is
    tied to ("had links to *the insurgents*")."""
    lemma = clause.lemma_.lower()
    if lemma in BACKING:
        groups = fr.objects(clause)
    elif lemma == "have":
        groups = [g for o in fr.objects(clause) if o.lemma_.lower() in TIES
                  for g in fr.prep_objects(o, {"to", "with"})]
    else:
        return []
    return [m for g in groups for m in conjuncts(g) if armed(m, index)]


@gated(Gate(VERBS, lists=("report_verbs",)))
def armed_backing(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """"said Kigali was backing the M23 rebels": a report verb whose clause says a named actor (a
    noun, never a pronoun) backs or is tied to an armed group; the clause is the theme."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("report_verbs")) \
            or any(c.dep_ == "neg" for c in tok.children):
        return None
    pattern = lex.construction(BACKING_PATTERN)
    speakers: list[ActorMention] | None = None  # found only for a clause that tells of backing
    for clause in reported_clauses(tok):
        doer = fr.subject(clause)
        if doer is None or doer.pos_ not in NOUN_POS or fr.is_passive(clause) \
                or any(c.dep_ == "neg" for c in clause.children) or not _backed(clause, index):
            continue
        if speakers is None:
            speaker = fr.subject(tok)
            speakers = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
        backers = actors_of(conjuncts(doer), index, set())
        if backers and pattern is not None and not any(s.same_entity_or_code(b) for s in speakers for b in backers) \
                and not any(b.sector in ARMED_SECTORS for b in backers):
            return Match(tok, pattern, clause)
    return None


@gated(Gate(VERBS, lists=("report_verbs", REGARD_VERBS)))
def judged_actor(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """"said the government was corrupt", "considers the president a dictator" (a verb of regarding,
    events/regarded_wrongs.py): the judged actor is the theme (and the target)."""
    if tok.pos_ not in VERB_POS:
        return None
    if regards(tok, lex):
        named, predicates = regarded_copula(tok)
    elif fr.has_lemma(tok, lex.word_list("report_verbs")):
        named, predicates = verdict_parts(tok, lex)
    else:
        return None
    if not named or _judgement(predicates, lex) != "_call_bad":
        return None
    mention = index.at(named[0])
    pattern = lex.construction(JUDGED_PATTERN)
    if mention is None or not mention.code or not mention.country or pattern is None:
        return None
    return Match(tok, pattern, named[0])


appraisal = first_of(watchdog_report, marred_vote, found_wrongs, disputed_claim, armed_backing, judged_actor,
                     name="appraisal", doc="The first frame of this module that a token triggers, else ``None``.")


def _state_act(theme: Token) -> bool:
    """Whether ``theme`` names a state's act with no doer of its own: "the charges", "the new law",
    "the attempt to arrest him" (a step whose complement is such an act)."""
    owners = [c for c in theme.children if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.pos_ == "PROPN")]
    if owners:
        # "Uganda's ban", "the police raid": an owner is named, the usual slots find it; but "state
        # brutality" names the state itself, no actor (session 20)
        return all(c.lower_ in STATE_OWNERS for c in owners)
    if theme.lemma_.lower() in STATE_ACTS:
        return True
    steps = [c for c in theme.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"]
    return theme.lemma_.lower() in STEPS and any(c.lemma_.lower() in STATE_ACT_VERBS for c in steps)


def state_act_target(code: str, theme: Token | None, source: ActorMention | None) -> ActorMention | None:
    """The government a domestic actor's criticism of a state's act with no doer named is aimed at
    ("the opposition said the charges were politically motivated"); ``None`` unless all of that holds."""
    if codebook.root_of(code) not in STATE_ACT_ROOTS or theme is None or source is None or not source.country:
        return None
    if source.sector is None or source.sector in GOVERNING or len(source.code or "") != 6:
        return None
    return government_of(source) if _state_act(theme) else None
