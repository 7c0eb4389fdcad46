"""A government another state acts on is another country's: "France criticized *the junta*".

"Soldiers seized power in Mali ... France criticized *the junta*", "the United States urged *the
authorities* to release them", "Britain condemned *the regime's* crackdown": a state (a country,
or a government office) that criticises, urges, sanctions or praises "the government", "the
authorities", "the junta" or "the regime" acts on another country's government, not its own. Such
a bare body took the story's country even when that country was the doer's own ("the junta"
coded French in a story of France's relations with Mali), or no country at all in a story of
several countries.

The acting states are the subjects of the verb the body (or a noun it possesses, "the junta's
decision") is the object of, when they are countries or government offices with a country. In a
story of several principal countries, the one principal country that is not an acting state's
is the body's; with none or several left, the story's other rules decide. Only a bare
government (``GOV``: "the government", "the authorities", "the junta", "the regime") is read
so: a state acts on its own army, police and offices ("the president ordered the army to ...",
"thanked the electoral commission").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.place_clues import SPEAKING_WORDS, acting_subjects
from newsevents.nlp.text_sentences import article_sentence_count
from newsevents.records import ActorMention

BODY_SECTORS = frozenset({"GOV"})
"""Sectors of the bare bodies read so: governments, authorities, juntas, regimes."""
STATE_DOER_SECTORS = frozenset({None, "GOV"})
"""Sectors of the doers that are states: a country (no sector) or a government office."""
BODY_KINDS = frozenset({"group", "organization"})
"""Kinds of a bare body ("the authorities", "the government"); not a person ("the president")."""
BODY_NOUNS = frozenset({"government", "authorities", "authority", "junta", "regime", "administration",
                        "leadership", "rulers"})
"""Head nouns of a bare government: a state's own offices (an electoral commission, a ministry) are
named so by foreign states rarely, and are often what its own president acts on."""


def acting_states(doc: Doc, mention: ActorMention, mentions: list[ActorMention]) -> set[str]:
    """The countries of the states whose act is aimed at the bare government ``mention`` names
    (see the module doc); empty when it is no bare government, or no state acts on it."""
    if mention.sector not in BODY_SECTORS or mention.kind not in BODY_KINDS or mention.end > len(doc):
        return set()
    head = doc[mention.start:mention.end].root
    if head.lemma_.lower() not in BODY_NOUNS and head.lower_ not in BODY_NOUNS:
        return set()
    out: set[str] = set()
    for subj in acting_subjects(head):
        doer = next((m for m in mentions if m.start <= subj.i < m.end), None)
        if doer is not None and doer.country and doer.sector in STATE_DOER_SECTORS:
            out.add(doer.country)
    return out


def other_country(principal: list[str], doers: set[str]) -> str | None:
    """The one principal country of the story that is no acting state's, or ``None`` (also when no
    state acts on the body: the story's other rules decide then)."""
    if not doers:
        return None
    others = [c for c in principal if c not in doers]
    return others[0] if len(others) == 1 else None


def several_sentences(doc: Doc) -> bool:
    """Whether ``doc`` is a story of several sentences, not one sentence. In a story whose one
    principal country only the lead names (no headline or dateline naming it apart), a bare agent
    of the lead sentence ("Somali officials say a suicide bomber killed ...") is of that country as
    much as the agents of later sentences are, when that sentence names the country itself (not
    only as where someone speaks, :func:`speaker_place`); in a text of one sentence the sentence
    rules alone decide (story/context.py).

    Counted in the article's text (:func:`~newsevents.nlp.text_sentences.article_sentence_count`),
    not in the parse: the pre-filter leaves sentences with no cue out of the parse, and the parser
    at times cuts one sentence in two inside a quotation."""
    return article_sentence_count(doc) > 1


def speaker_place(place: Token) -> bool:
    """Whether ``place`` is where someone speaks ("the secretary, *speaking in Washington*,
    described the militants"): no evidence of whose the bodies spoken of are."""
    return place.dep_ == "pobj" and place.head.head.lemma_.lower() in SPEAKING_WORDS
