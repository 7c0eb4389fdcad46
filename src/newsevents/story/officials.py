"""An official whose country nothing says continues the side the sentence before was about.

News quotes one side's officials in a row: "Russia's chief negotiator, Vladimir Medinsky, said
Moscow would study the proposals. *Deputy Defence Minister Alexander Fomin* said the pullback
was meant to build trust." The second official's title names no country, and in a story of
several countries the story rules (:mod:`newsevents.story.context`) leave him without one. The
sentence before, in the same paragraph, has a state official of one country as its subject:
he is of that country too (``country_rule`` ``nearby``).

Only one official continues (not "the leaders", "officials", who may be both sides), and only
state offices (government, army, police, courts, parliament) do: a rebel or an
opposition spokesman after a minister is the other side as often as not. No guess is made when
the sentence before has subjects of several countries, or none, or when the official's own
sentence names another country.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsevents.actors.pronouns import SUBJECT_DEPS
from newsevents.nlp.sentences import doc_text, sentence_of, span_text
from newsevents.records import Actor, ActorMention
from newsevents.story.context import _ENVOY_TITLE
from newsevents.story.named_countries import acted_on_countries, sentence_text_countries

# Sectors of the state offices that continue the side of the official before them.
STATE_OFFICES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
RULE = "nearby"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def continue_officials(doc: Doc, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Give each state official left without a country the country of the one state official
    who is the subject of the sentence before (see the module doc)."""
    for index, actor in enumerate(actors):
        if actor.country is not None or actor.kind != "person" or actor.sector not in STATE_OFFICES \
                or _ENVOY_TITLE.search(actor.role or actor.text):
            continue  # an envoy serves abroad: the side before may be his host
        own = [m for m in mentions if m.entity == index]
        if not own or own[0].end > len(doc) or doc[own[0].end - 1].tag_ in PLURAL_TAGS:
            continue  # "the leaders", "officials": as likely both sides as one
        sent = sentence_of(doc[own[0].start])
        named = sentence_text_countries(sent)  # a person's name is no country ("Chad Smith")
        country = _previous_subject_country(doc, sent, mentions)
        if country is None or not named <= {country} or country in acted_on_countries(doc, own[0], mentions):
            continue  # "X's minister visited Uganda. The president thanked Kenya": not Kenya's
        actor.country, actor.code, actor.country_rule = country, country + (actor.sector or ""), RULE
        for m in own:
            if m.country is None:
                m.country, m.code = country, country + (m.sector or actor.sector or "")


def _previous_subject_country(doc: Doc, sent: SpacySpan, mentions: list[ActorMention]) -> str | None:
    """The one country of the state officials who are subjects of the sentence before ``sent``,
    with no paragraph break between; ``None`` when there are none or several."""
    if sent.start == 0:
        return None
    before = sentence_of(doc[sent.start - 1])
    text = doc_text(doc)
    if "\n\n" in text[before.end_char:sent.start_char] or "\n\n" in span_text(before).strip():
        return None
    countries = {m.country for m in mentions
                 if before.start <= m.start and m.end <= before.end and m.kind == "person"
                 and m.country and m.sector in STATE_OFFICES and _is_subject(doc, m)}
    return countries.pop() if len(countries) == 1 else None


def _is_subject(doc: Doc, mention: ActorMention) -> bool:
    """Whether the mention's phrase is a subject, or the name set beside one ("X's negotiator,
    Jane Doe, said")."""
    root = doc[mention.start:mention.end].root
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
