"""An acronym of a named body is that body: "the United Tajik Opposition (UTO) ... asked the UTO".

The dictionaries know the acronyms of the bodies they list ("UNITA", "ECOWAS"), but not those of
the many bodies a story names by a full name the lexicon codes through its words ("the United
Tajik Opposition": TJKREB by "Tajik" and "Opposition"). A later bare "UTO" was then no actor, and
the event reader took it for a town the gazetteer knows (Uto, Japan: JPN).

An acronym is tied to a coded body when the story defines it in brackets right after the body's
name ("the Coordination of Azawad Movements (CMA)") or when its letters are the initials of the
body's capitalised name words ("United Tajik Opposition": UTO). Every other bare occurrence of
the acronym that no mention covers becomes a mention of that body. An acronym tied to two bodies
of different codes is left alone. Persons and countries are not read: their short forms are
names, not initials. Called once per article after the actors are resolved.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view
from newsevents.records import Actor, ActorMention

RULE = "acronym"
# Kinds of actors whose names have acronyms.
BODY_KINDS = frozenset({"organization", "group", "igo"})
# Lower-case words a name's initials skip ("Movement for Democratic Change": MDC).
NAME_LINKS = frozenset({"of", "for", "and", "the", "in", "on", "de", "del", "la", "le", "des", "du", "&"})
# Shortest acronym read: two letters are too often a state's or a unit's ("UN", "US").
MIN_LETTERS = 3


def is_acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym: capital letters only, at least :data:`MIN_LETTERS`."""
    return len(word) >= MIN_LETTERS and word.isalpha() and word.isupper()


def initials(name: str) -> str:
    """The initials of a name's capitalised words, the linking words skipped ("United Tajik
    Opposition" -> "UTO"); empty when a word of the name is neither capitalised nor a link."""
    letters = []
    for word in name.replace("-", " ").split():
        if word.lower() in NAME_LINKS:
            continue
        if not word[:1].isupper():
            return ""
        letters.append(word[0])
    return "".join(letters) if len(letters) >= MIN_LETTERS else ""


def _defined(doc: Doc, mentions: list[ActorMention]) -> dict[str, set[int]]:
    """Acronyms tied to the bodies of ``mentions``, by brackets or initials, with their mentions' indexes."""
    tied: dict[str, set[int]] = {}
    for n, mention in enumerate(mentions):
        if mention.kind not in BODY_KINDS or not mention.code or mention.rule == RULE:
            continue
        end = mention.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and is_acronym(doc[end + 1].text):
            tied.setdefault(doc[end + 1].text, set()).add(n)
        words = [t.text for t in doc[mention.start:mention.end] if t.is_alpha or t.text == "-"]
        while words and words[0].lower() in NAME_LINKS:
            words.pop(0)
        if is_acronym(short := initials(" ".join(words))):
            tied.setdefault(short, set()).add(n)
    return tied


def add_acronym_mentions(doc: Doc, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Make every uncovered bare acronym of a coded body a mention of it (in place; see the module doc)."""
    # the view's words, not a Token per word: most articles have no acronym at all
    view = doc_view(doc)
    texts = view.texts
    if not any(is_acronym(t) for t in texts):
        return
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for acronym, found in _defined(doc, mentions).items():
        if len({mentions[n].code for n in found}) != 1:
            continue  # two bodies of one acronym: which one is meant is not told
        body = mentions[min(found)]
        for i, text in enumerate(texts):
            if text != acronym or i in covered or view.ent_types[i] in ("GPE", "PERSON"):
                continue
            start = view.idx[i]
            mentions.append(ActorMention(i, i + 1, start, start + len(text), text, body.name, body.code,
                                         body.country, body.sector, body.kind, RULE, body.entity))
            if 0 <= body.entity < len(actors):
                actors[body.entity].mentions.append((start, start + len(text)))
            covered.add(i)
