"""Small tests coreference applies to what it is given: which titles fit a known person, which
named people no mention covers, and which roles are said of someone else rather than being people.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.person_names import Found
from newsevents.actors.pronouns import SUBJECT_DEPS
from newsevents.nlp.docview import DocView

LEADER_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
                           "sultan", "supreme leader", "leader", "head of state", "head of government",
                           "crown prince", "dictator", "strongman"})


def title_fits(title: str, titles: set[str], sector: str | None = "GOV") -> bool:
    """Whether an anaphor's title ("the leader", "the premier") fits a person's known titles.

    Another leader's title fits ("the president" for a prime minister's "the leader") only for a
    person of the state (``sector`` GOV): "the president" is not the opposition or rebel leader."""
    if not title:
        return False
    if title_named(title, titles):
        return True
    return title in LEADER_TITLES and sector == "GOV" and \
        any(t in LEADER_TITLES or any(w in t for w in LEADER_TITLES) for t in titles)


def title_named(title: str, titles: set[str]) -> bool:
    """Whether an anaphor's title is one of a person's own titles ("the president" for a
    president), not only another leader's that :func:`title_fits` lets stand in."""
    title = _spaced(title)  # "secretary-general" and "secretary general" are one title
    return bool(title) and any(title == t or title in t.split() or title in t for t in map(_spaced, titles))


def _spaced(title: str) -> str:
    """A title with its hyphens as spaces."""
    return title.replace("-", " ")


def strangers(doc: Doc, tokens: DocView, taken: set[int]) -> list[tuple[int, int]]:
    """Named people no mention covers, as (first token, head token): the recogniser's untaken
    PERSON names, and proper-noun subjects it got wrong ("Natalia Pelevine, a protest
    organizer, said" tagged as a place and a company)."""
    found = {(ent.start, ent.root.i) for ent in tokens.ents  # doc.ents, built once
             if ent.label_ == "PERSON" and not any(i in taken for i in range(ent.start, ent.end))}
    for i, pos in enumerate(tokens.pos):
        if pos == "PROPN" and i not in taken and doc[i].dep_ in SUBJECT_DEPS:
            found.add((doc[i].left_edge.i, i))
    return sorted(found)


def predicative_role(doc: Doc, found: Found) -> bool:
    """"elected Putin *as president*", "his term *as prime minister*", "sworn in *as the new
    speaker*": a role said of someone named beside it, not a person of its own (a later "he"
    would otherwise join it, without its holder's country)."""
    if found.coded.kind != "person" or found.person_key:
        return False
    head = doc[found.end - 1]
    return head.dep_ == "pobj" and head.head.lower_ == "as" \
        and not any(doc[i].pos_ == "PROPN" for i in range(found.start, found.end))
