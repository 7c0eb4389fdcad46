"""The state's charge against a crowd: "the government says police acted in self-defense after
*protesters threw rocks*", "the commander said his troops only responded after protesters began
throwing rocks at them", "the ministry complained that mobs of demonstrators were looting".

A government, its army or its police that justifies its own act by a crowd's violence (a riot,
stones thrown, an assault) told in an adverbial clause of what it did ("after", "when", "because"),
or that complains of that violence, accuses the crowd (CAMEO 112, the ``_crowd_charge`` pattern):
this is how the state tells its side of a clash, and how coders code it. A plain report of the
crowd's act beside the state's ("police say protesters pelted officers with stones and officers
responded") is the police's news of the clash, coded as told. The reported act is still coded as
usual, as with a watchdog's report (:mod:`newsevents.events.appraisals`), which covers the other
direction ("the opposition said police beat protesters"). Only a crowd counts as the accused (protesters, rioters,
a mob, students, opposition supporters ...) of the speaker's own country: a police report of a
crime by a lone man, of rebels' acts (``allegations.victim_report``) or of acts abroad is news or
another rule's. An attribution told after the act ("protesters threw stones, police said") sources
the news; a forecast or a wish ("said protesters might riot") charges no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.allegations import STATE_SIDE, alleged_acts
from newsevents.events.appraisals import COMPLAINING, UNREAL_MOODS, WATCHDOG_VERBS
from newsevents.events.coordination import conjuncts
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, best_match
from newsevents.events.modality import mood
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

CROWD_PATTERN = "_crowd_charge"
# Sectors a crowd is coded with: civilians, the opposition's supporters, workers, students.
CHARGED_CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU"})
# Head words of a crowd (a named party or a lone man is no crowd: "the opposition party", "a gunman").
CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher", "youth",
                         "student", "supporter", "activist", "striker", "looter", "hooligan", "vandal", "agitator",
                         "demonstration", "protest", "gang", "thug"})
# Codes of crowd violence: a violent protest (145) and assault, fighting, mass violence (18-20).
VIOLENT_PROTEST = "145"
# Prepositions of a gerund the state's act answered ("fired after being attacked by the crowd").
ANSWERING_PREPS = frozenset({"after", "following"})
ASSAULT_ROOT = 18


def _violent(act: Token, lex: Lexicon) -> bool:
    """Whether ``act`` names crowd violence: a violent protest or an assault (root 18-20)."""
    if act.pos_ not in VERB_POS | NOUN_POS:
        return False
    found = best_match(act, lex)
    if found is None or not found.pattern.cameo[:2].isdigit():
        return False
    code = found.pattern.cameo
    return code.startswith(VIOLENT_PROTEST) or codebook.root_of(code) >= ASSAULT_ROOT


def _crowd(doer: Token, mentions: list[ActorMention], country: str) -> list[ActorMention]:
    """The crowd mentions of ``doer`` (a subject whose head word is a crowd's) of ``country``."""
    if doer.lemma_.lower() not in CROWD_WORDS:
        return []
    return [m for m in mentions if m.sector in CHARGED_CROWD_SECTORS and m.country == country]


def _answered(report: Token, act: Token) -> bool:
    """Whether ``act`` is told as what the state's own act answered: it sits in an adverbial clause of
    the reported clause ("police acted in self-defense *after protesters threw rocks*", "troops fired
    *when rioters stormed* the building"), not beside it ("protesters pelted police and officers
    responded" is the police's news of the clash, whose acts are coded as told)."""
    tok = act
    while tok.head.i != tok.i and tok.i != report.i:  # Token objects are made anew: compare indices
        if tok.dep_ == "advcl" or (tok.dep_ == "pcomp" and tok.head.lower_ in ANSWERING_PREPS):
            return True
        tok = tok.head
    return False


def charged_crowd(report: Token, act: Token, lex: Lexicon, index: MentionIndex, country: str) -> list[ActorMention]:
    """The crowd of ``country`` that ``act``, reported by ``report``, tells doing violence, else nothing."""
    complaint = report.lemma_.lower() in COMPLAINING
    if act.i < report.i or not (complaint or _answered(report, act)) or not _violent(act, lex):
        return []
    verb = act if act.pos_ in VERB_POS else fr.clause_verb(act)
    doer = fr.subject(verb) if verb is not None else None
    if doer is None or mood(act, verb, lex).kind in UNREAL_MOODS:
        return []
    return _crowd(doer, actors_of(conjuncts(doer), index, set()), country)


def state_speakers(report: Token, index: MentionIndex) -> list[ActorMention]:
    """The speakers of ``report`` when they are all one country's government, army or police."""
    speaker = fr.subject(report)
    speakers = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
    if not speakers or not all(m.sector in STATE_SIDE and m.country for m in speakers):
        return []
    return speakers if len({m.country for m in speakers}) == 1 else []


@gated(Gate(VERBS, words=COMPLAINING | WATCHDOG_VERBS))
def crowd_charge(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """The ``_crowd_charge`` match of a state speaker's report of a crowd's violence, theme the first
    violent act (see the module docstring); else ``None``."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in COMPLAINING | WATCHDOG_VERBS \
            or not any(c.dep_ == "ccomp" for c in tok.children) or any(c.dep_ == "neg" for c in tok.children):
        return None
    acts = alleged_acts(tok, lex)  # most reports tell no violence: asked first, worked out once per verb
    if not acts:
        return None
    speakers = state_speakers(tok, index)
    pattern = lex.construction(CROWD_PATTERN) if speakers else None
    if pattern is None or speakers[0].country is None:
        return None
    for act in acts:
        if charged_crowd(tok, act, lex, index, speakers[0].country):
            return Match(tok, pattern, act)
    return None


def code_crowd_charge(match: Match, index: MentionIndex, lex: Lexicon
                      ) -> list[tuple[str, ActorMention, ActorMention | None]]:
    """The (code, source, target) triples of a ``_crowd_charge`` match: each state speaker accuses
    each crowd its report tells doing violence (112)."""
    speakers = state_speakers(match.token, index)
    if not speakers or speakers[0].country is None:
        return []
    country = speakers[0].country
    crowds: dict[int, ActorMention] = {}
    for act in alleged_acts(match.token, lex):
        for mention in charged_crowd(match.token, act, lex, index, country):
            crowds.setdefault(mention.start, mention)
    code = match.pattern.cameo
    return [(code, source, crowd) for source in speakers for crowd in crowds.values()]
