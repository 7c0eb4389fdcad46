"""Restraint: no political event from weather, disasters, animals, diseases, markets, sport,
entertainment or ordinary crime, whatever verb the story uses ("storms killed", "wasps
attacked", "stocks plunged", "the visitors crushed the hosts").

Two general rules, on word classes rather than on any story's wording:

- **Subject class.** An event with no political source whose act is done by a hazard, an
  animal, a disease, a market or a currency, or an athlete ("the typhoon's onslaught", "hornets
  attacked hikers", "the South African rand hit a low", "Kenyan runner X beat his rival") is
  dropped, whatever country a demonym on the doer names.
- **Story class.** A story whose headline and lead are about sport, markets, weather and
  disasters, health and science, entertainment or crime (two distinct cue words of one class and
  no political actor in the lead, or three and one) is not a political story: only events
  whose source is a political actor (a government, its forces, courts, parties, armed groups,
  international organisations) are kept. A team or an athlete named by a country or a demonym
  ("Brazil", "the Russian") is not such an actor there; in a disaster or health story, a country
  named alone is its state ("Japan offered two million dollars in aid"). There, too, an appeal
  of the state to its own public ("the prime minister asked residents of the stricken region to
  stay calm and help one another") is advice in an emergency, not a political event; appeals to
  other states or bodies ("Japan asked the United Nations for tents") stay (session 22).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import doc_text, trigger_token
from newsevents.records import ActorMention, ActorRef, Event
from newsevents.story.context import lead_sentences
from newsevents.story.structure import Story


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


HAZARDS = _set("""storm typhoon hurricane cyclone tornado twister flood flooding flashflood earthquake quake
tremor aftershock tsunami landslide mudslide avalanche wildfire bushfire blaze fire inferno drought heatwave
blizzard rain rainfall downpour deluge eruption volcano lava monsoon wind gust hail snow snowstorm sandstorm
lightning surge weather""")
ANIMALS = _set("""animal wasp bee hornet shark dog bear lion tiger leopard elephant snake crocodile alligator
wolf bird insect mosquito locust rat monkey cattle cow bull horse jellyfish spider whale dolphin hippo
hippopotamus buffalo boar fox cat ape gorilla chimpanzee scorpion swarm pack herd""")
DISEASES = _set("""virus disease outbreak epidemic pandemic infection cholera ebola malaria flu influenza
measles covid coronavirus cancer tumour tumor bacteria strain pathogen illness fever""")
MARKETS = _set("""stock share index indices market bourse bond yield currency dollar yen euro peso rupee
crude oil brent gold commodity equity futures nasdaq dow ftse nikkei dax sensex price economy inflation
rand naira shilling cedi kwacha pound sterling ruble rouble yuan renminbi lira ringgit baht dinar rial riyal
dirham hryvnia zloty forint krona krone franc""")
# Sportsmen: "Kenyan runner X beat his Ethiopian rival" is a race, not an assault.
# ("defender", "player", "champion" have political senses: "rights defenders", "a key player".)
ATHLETES = _set("""athlete runner sprinter marathoner striker midfielder goalkeeper footballer boxer wrestler
swimmer cyclist golfer skier jockey gymnast batsman bowler cricketer""")
SUBJECT_CLASSES = HAZARDS | ANIMALS | DISEASES | MARKETS | ATHLETES

# Cue words of non-political stories, by class (lemmas, lower case).
STORY_CUES: dict[str, frozenset[str]] = {
    # Words with a common political sense ("league", "penalty", "race", "goal", "squad") are left out.
    "sport": _set("""match striker midfielder defender goalkeeper coach cup championship
        tournament semifinal semi-final quarterfinal quarter-final medal olympic olympics lap stadium
        innings wicket batsman bowler referee halftime half-time playoff boxer bout
        heavyweight lightweight middleweight welterweight featherweight knockout sprinter marathon athlete
        hat-trick fifa uefa nba nfl nhl atp wta prix"""),
    "market": _set("""stock index indices investor trader bourse nasdaq dow ftse nikkei dax
        sensex bond currency crude brent futures commodity equity sell-off selloff earnings"""),
    "hazard": HAZARDS - {"fire", "wind", "surge", "weather", "rain", "snow"} | {"landfall", "magnitude",
                                                                               "meteorological", "evacuate"},
    "health": _set("""patient therapy remission clinical researcher scientist
        vaccine disease virus outbreak cancer tumour tumor gene"""),
    "entertainment": _set("""singer actor actress concert tour album film movie festival premiere celebrity
        rapper band pop grammy oscar fan song"""),
    "crime": _set("""robbery robber rob theft thief burglar burglary heist loot looter stolen steal
        shoplifting carjacking cash smuggler"""),
}
# Sectors of political actors: an event with such a source stays in any story.
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "PTY", "SPY", "UAF",
                               "ELI", "SEP"})
ORG_PREFIXES = ("IGO", "NGO")
# Story classes in which a country named alone is its state ("Japan has offered two million dollars
# in aid" in a flood story, session 19): there is no team or index that a country name stands for.
STATE_STORIES = frozenset({"hazard", "health"})
# Appeals to these sectors of the source's own country are advice to the public in a hazard or
# health story.
APPEAL_ROOT = "02"
PUBLIC_SECTORS = frozenset({"CVL"})
# How an actor named by a country name or a demonym alone is coded (a team, an athlete in sport).
TEAM_RULES = frozenset({"country", "demonym", "adjective", "people"})
COUNTRY_RULE = "country"
LEAD = 3
SPEECH_VERBS = frozenset({"say", "tell", "report", "add", "confirm", "announce", "state", "estimate"})
_SCORELINE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")


def _political(ref: ActorRef | None, kind: str | None = None) -> bool:
    """Whether ``ref`` is a political actor; in a crime story unidentified gunmen are not."""
    if ref is None:
        return False
    if ref.sector in POLITICAL_SECTORS:
        return not (kind == "crime" and ref.sector == "UAF")
    return bool(ref.code and ref.code.upper().startswith(ORG_PREFIXES))


def _state(doc: Doc, ref: ActorRef | None) -> bool:
    """Whether ``ref`` is a country named by its name ("Australia"), not by a demonym or a role."""
    if ref is None or ref.span is None or ref.sector is not None:
        return False
    return any(m.rule == COUNTRY_RULE and (m.start_char, m.end_char) == tuple(ref.span)
               for m in doc._.ne_mentions or [])


def _words(texts: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for text in texts:
        for w in _WORDS.findall(text.lower()):
            out.add(w)
            if w.endswith("s") and len(w) > 3:
                out.add(w[:-1])  # a plain plural: "storms", "stocks"
    return out


def story_class(doc: Doc, story: Story | None) -> str | None:
    """The non-political class of the story (``sport``, ``market``, ...), or ``None``.

    Read from the headline and the first sentences; a lead with two or more political actors is
    a political story whatever its words.
    """
    start = story.body_start if story else 0
    lead = lead_sentences(doc, start, LEAD)
    text = doc_text(doc)
    parts = [text[s:e] for s, e in lead]
    if story and story.headline and not story.headline_span:
        parts.append(story.headline)
    words = _words(parts)
    end = lead[-1][1] if lead else 0
    for s, e in lead:  # lemmas too: "stole" is "steal"
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            words.update(lemma.lower() for lemma in doc_view(doc).lemmas[span.start:span.end])
    scores = {name: len(words & cues) for name, cues in STORY_CUES.items()}
    if any(_SCORELINE.search(p) for p in parts):
        scores["sport"] += 1
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        return None
    political = [m for m in doc._.ne_mentions or [] if m.start_char < end and m.sector in POLITICAL_SECTORS
                 and not (best == "crime" and m.sector == "UAF") and not _only_source(doc, m)]
    # A political actor in the lead makes it a political story unless the cues are many.
    allowed = 0 if scores[best] < 3 else 1
    return best if len(political) <= allowed else None


def _only_source(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention only reports ("police said", "officials told reporters"): a source of
    news is not a political actor of the story."""
    head = doc[mention.end - 1] if mention.end <= len(doc) else None
    return head is not None and head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_VERBS


def _subject_class(tok: Token) -> bool:
    """Whether the doer of the act at ``tok`` is a hazard, an animal, a disease or a market."""
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "poss", "agent", "compound")]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
    if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
        doers += [c for c in tok.head.children if c.dep_ == "nsubj"]
    # "Hurricane Lena": the class word may be the name's compound.
    doers += [c for d in doers for c in d.children if c.dep_ == "compound"]
    return any(d.lemma_.lower() in SUBJECT_CLASSES or d.lower_ in SUBJECT_CLASSES for d in doers)


def drop_team_countries(doc: Doc) -> None:
    """In a sport story a country or demonym names a team or an athlete, not a state: those actors
    and their mentions lose their country ("Spain crushed Italy", "the Russian won")."""
    actors = doc._.ne_actors or []
    for index, actor in enumerate(actors):
        if actor.sector is None and actor.rule in TEAM_RULES and actor.country is not None:
            actor.code = actor.country = actor.country_rule = None
            for m in doc._.ne_mentions or []:
                if m.entity == index:
                    m.code = m.country = None


def _advice_to_own_public(event: Event) -> bool:
    """Whether ``event`` is an appeal (root 02) to the public ("CVL") of its source's own country."""
    source, target = event.source, event.target
    return (event.cameo.startswith(APPEAL_ROOT) and source is not None and target is not None
            and source.country is not None and target.country == source.country and target.sector in PUBLIC_SECTORS)


def restrain(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` without those a non-political subject or a non-political story gives."""
    kind = story_class(doc, doc._.ne_story)
    if kind == "sport":
        drop_team_countries(doc)
    if not events:
        return events
    kept = []
    for event in events:
        if kind in STATE_STORIES and _advice_to_own_public(event):
            continue
        if _political(event.source, kind) or (kind in STATE_STORIES and _state(doc, event.source)):
            kept.append(event)
            continue
        if kind is not None:
            continue
        tok = trigger_token(doc, event)
        # no political source: a doer of a non-political class ("the South African rand hit a
        # low", "Kenyan runner X beat his rival") makes no event, whatever country it is named by
        if tok is not None and _subject_class(tok):
            continue
        kept.append(event)
    return kept
