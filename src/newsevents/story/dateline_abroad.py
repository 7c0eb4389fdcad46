"""A dateline abroad: a story filed from a city its text never names again.

"OSLO — Negotiators for the government and the rebels will meet again next month, the
government's chief negotiator said", in a story whose body names Colombia's president twice and
Norway never: the reporter, or the talks, are in Norway; the story, its government and its rebels
are Colombia's. Talks, summits, trials and exiles are often
abroad (Doha, Geneva, Oslo, Jeddah, Havana), and the dateline then names the venue, not
the sides' country.

The dateline's country is set aside when it is the only evidence of the story's country (the
headline and the lead name it nowhere), the text never names it or its city again, and the
actors the text names with a country of their own (a name, a demonym; not a country guessed from
a place) are of one other country, named at least twice. That country is then the story's. A
story truly of the dateline's country names it again ("police in Phnom Penh", "Cambodian
officials"), or names no one else's; a one-off foreigner is no story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsevents.records import ActorMention, Span
from newsevents.story.named_countries import text_countries
from newsevents.story.structure import Story

# Mentions whose country says nothing of the story: guessed from a place, or a pronoun or a
# repeated description of someone named before.
UNNAMED_RULES = frozenset({"role-place", "context-country", "coref-group"})
# How often the other country's actors must be named for the story to be theirs.
MIN_NAMED = 2


def abroad_dateline(story: Story, text: str, evidence: Iterable[tuple[Span, list[str]]],
                    mentions: Iterable[ActorMention]) -> str | None:
    """The country a story filed from abroad is about, when its dateline's country is named only
    in the dateline (see the module's docstring); else ``None``. ``text`` is the document's text
    with the venues of meetings and signings (and persons' names) blanked ("the deal, signed in
    Gabon's capital"): a venue names where the sides met, not whose they are."""
    home, dateline = story.country, story.dateline_span
    if home is None or dateline is None or story.place is None:
        return None
    if any(home in countries for span, countries in evidence if span != dateline):
        return None  # the headline or the lead names it too
    body = text[dateline[1]:]
    if story.place.lower() in body.lower() or home in text_countries(body) or \
            (story.headline and home in text_countries(story.headline)):
        return None
    named = Counter(m.country for m in mentions if m.country and m.country != "---"
                    and m.start_char >= dateline[1]
                    and (m.kind == "person" or text[m.start_char:m.end_char].strip())  # not at a venue
                    and m.rule not in UNNAMED_RULES
                    and not m.rule.startswith("coref") and m.sector != "MED")
    if home in named or len(named) != 1:
        return None
    other, count = named.most_common(1)[0]
    return other if count >= MIN_NAMED else None
