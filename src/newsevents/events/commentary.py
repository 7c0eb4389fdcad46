"""Restraints for features, blog posts and commentary (session 15).

Roundups and blog posts (a Global Voices page, a weekly "netizen report") string together short
items about several countries. The coder's fallback for a doer the text leaves implicit, "the
story's one principal country", then hands one item's country to the next item's police, crowds
or authorities: "a group of Tunisian students staged a sit-in" in a page mostly about Egypt is
not coded as Egyptian civilians protesting. The restraint here is the one
:meth:`~newsevents.events.roles.MentionIndex.role` already applies to role words: the story's
country stands in only when the sentence names no other country.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention
from newsevents.story.named_countries import sentence_text_countries


def story_country_fits(tok: Token, country: str, held: Collection[str] = ()) -> bool:
    """Whether the story's principal ``country`` may stand for the implied doer of the act at
    ``tok``: only when the act's sentence names no country but that one ("three weeks of protests",
    "protests in Lima" keep it; "Tunisian students held a sit-in" in a story about Egypt does not).
    A sentence that names another country is about that country or both, and which one's police
    or crowd acted the text does not say: no guess (the event is left out). The countries of
    those ``held`` (the act's targets) do not count: "a British tourist was arrested" in a story
    about Thailand is held in Thailand."""
    return sentence_text_countries(sentence_of(tok)) <= {country, *held}


# Conversations (pattern ids): "spoke with", "talked to", and (session 16) their meeting forms,
# verb and noun: "met with reporters", "in a talk / meeting / conversation with journalists". With a
# journalist or an outlet on one side they are an interview or a briefing ("the minister spoke to
# Global Voices", "talked with a blogger"), which the press reports, not a consultation between
# two political actors.
CONVERSATION_PATTERNS = frozenset({"consult.talk", "consult.talk_mutual", "consult.meet", "consult.talks_noun"})
PRESS_SECTORS = frozenset({"MED"})
# Assurances (pattern ids) given to the press or the public ("assured journalists that the vote
# would be peaceful", "assured residents that ..."): a statement made through them, not a promise to
# a party that could hold the speaker to it (review 18c).
ASSURANCE_PATTERNS = frozenset({"intent.assure"})
AUDIENCE_SECTORS = PRESS_SECTORS | {"CVL"}
# Recognition (054) is of states, governments and those who claim to govern. Journalists, writers,
# artists, firms and charities are "recognized" by awards and juries: praise of their work, no
# diplomatic act ("the prize recognizes reporters who ...").
RECOGNITION_PATTERNS = frozenset({"support.recognize_actor"})
PRIVATE_SECTORS = frozenset({"MED", "CVL", "EDU", "HLH", "BUS", "NGO", "HRI", "REL", "LAB", "AGR", "REF"})


def interview(pattern_id: str, source: ActorMention | None, target: ActorMention | None) -> bool:
    """Whether a conversation ("spoke with", "talked to") has the press on one side: an interview;
    or an assurance is given to the press or the public."""
    if pattern_id in ASSURANCE_PATTERNS:
        return target is not None and target.sector in AUDIENCE_SECTORS
    return pattern_id in CONVERSATION_PATTERNS and any(
        side is not None and side.sector in PRESS_SECTORS for side in (source, target))


def honoured(pattern_id: str, source: ActorMention | None, target: ActorMention | None, doc: Doc) -> bool:
    """Whether "recognized X" honours a private person or body (a journalist, a writer, a charity,
    a person who holds no office) rather than recognising a state, a government or a claimant to
    power. A bare demonym ("recognized Egyptian blogger X") stands for the person it modifies: a
    state is recognised by its name ("recognized Kosovo"), not by an adjective. Nor do private
    bodies recognise anyone diplomatically: "Amnesty recognized him as a prisoner of conscience",
    "the press group recognized Pakistan as the deadliest country" describe or honour."""
    if pattern_id not in RECOGNITION_PATTERNS or target is None:
        return False
    if source is not None and source.sector in PRIVATE_SECTORS:
        return True
    demonym = target.end - target.start == 1 and not target.sector and doc[target.start].dep_ == "amod"
    if demonym or target.sector in PRIVATE_SECTORS:
        return True
    return not target.sector and target.kind != "country"  # a person or body of no office
