"""Two titles of one person: "the president and commander-in-chief Kwame Asante".

A bare title coordinated with a titled name, with nothing of its own between ("the president and
commander-in-chief X", "Egyptian journalist and blogger X", "the party's founder and leader X"),
describes the named person twice; the finder found the title and the name as two actors, and
every event of the person was coded twice (once for "the president", once for X). Here the two
are joined into one mention over both, with the name's country and the first sector found.

Two persons are told apart by their own words: "President X and Prime Minister Y" (the first has
a name), "the president and the prime minister" (the second has its own determiner), "the
president and Prime Minister Y" (a capitalised title before a name is a formal title of its own,
more often a second person's). Those are left alone. So are titles of two different sectors ("the
president and opposition leader X": GOV and OPP), a head of state beside a minister ("the president
and foreign minister X"), and a pair that is the subject of a plural or reciprocal verb ("... were
arrested", "... met on Tuesday"): the verb counts two persons.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.coding import Coded
from newsevents.actors.person_names import Found

# Words between "and" and the second person's span that may still describe the first: a lowercase
# title of a few words ("commander-in-chief", "presidential candidate").
MAX_BETWEEN = 5
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
# Heads of state: "the president and foreign minister X" is two persons (a head of state is not
# also a minister), unlike "the deputy prime minister and foreign minister X".
HEADS_OF_STATE = frozenset({"president", "king", "queen", "emir", "sultan", "monarch"})
CABINET_WORDS = frozenset({"minister", "secretary"})
# Verbs whose subject, with no object, is two parties: "X and Y met on Tuesday".
RECIPROCAL_VERBS = frozenset({"meet", "talk", "negotiate", "agree", "clash", "embrace", "shake"})
PLURAL_WORDS = frozenset({"were", "are", "have", "'re"})


def _bare_title(doc: Doc, found: Found) -> bool:
    """Whether ``found`` is a person known by a title alone: no proper name in its words."""
    if found.coded.kind != "person" or not found.coded.sector or doc[found.end - 1].pos_ != "NOUN":
        return False  # "Kenyan and EU diplomats": a country's word, split from a shared noun, is no title
    return not any(tok.pos_ == "PROPN" and not tok.is_sent_start for tok in doc[found.start:found.end])


def _named_person(doc: Doc, found: Found) -> bool:
    """Whether ``found`` is a person with a name of its own."""
    return found.coded.kind == "person" and doc[found.end - 1].pos_ == "PROPN"


def _describing(words: list[Token]) -> bool:
    """Whether ``words`` (between "and" and the named person) can only be a lowercase description:
    no determiner, no capitalised formal title, no punctuation but hyphens."""
    if len(words) > MAX_BETWEEN:
        return False
    for tok in words:
        if tok.lower_ in DETERMINERS or (tok.is_punct and tok.text != "-") or tok.is_title or tok.like_num:
            return False
    return True


def one_person(doc: Doc, title: Found, named: Found) -> bool:
    """Whether the bare ``title`` and the titled ``named`` person after it are one person."""
    if not (_bare_title(doc, title) and _named_person(doc, named)) or named.start <= title.end:
        return False
    if doc[title.end].lower_ != "and":
        return False
    first = doc[named.start]
    words = doc[named.start:named.end].text
    if first.lower_ in DETERMINERS or (first.is_title and not words.startswith(named.name)):
        return False  # "... and the prime minister X", "... and Prime Minister X"
    return _describing(list(doc[title.end + 1:named.start])) and not _two_persons(doc, title, named)


def _two_persons(doc: Doc, title: Found, named: Found) -> bool:
    """Whether the two titles, or the verb they are the subject of, tell two persons apart."""
    ts, ns = title.coded.sector, named.coded.sector
    if ts and ns and ts != ns:
        return True  # "the president and opposition leader X"
    if doc[title.end - 1].lower_ in HEADS_OF_STATE and any(
            t.lower_ in CABINET_WORDS for t in doc[title.end + 1:named.end]):
        return True  # "the president and foreign minister X"
    return _plural_subject(doc[title.end - 1])


def _plural_subject(head: Token) -> bool:
    """Whether ``head`` (the first title) is the subject of a plural verb ("were", "are") or of a
    reciprocal verb without an object ("met on Tuesday")."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PLURAL_WORDS for c in verb.children):
        return True
    return verb.lemma_ in RECIPROCAL_VERBS and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)


def _joined(title: Found, named: Found) -> Found:
    c, t = named.coded, title.coded
    country = c.country or t.country
    sector = c.sector or t.sector
    rule = c.rule if c.sector else t.rule  # the title that gave the sector is the evidence the story reads
    coded = Coded((country or "") + (sector or "") or None, country, sector, c.kind, rule, c.role or t.role)
    return Found(title.start, named.end, named.name, coded, max(title.priority, named.priority),
                 named.anaphor, named.person_key, title.titles + named.titles)


def join_title_pairs(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each bare title and the titled name it describes joined; a
    title the finder found between them ("commander" of "commander-in-chief") goes into the join."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        title = found[i]
        j = i + 1
        while j < len(found) and j - i <= 2 and _bare_title(doc, found[j]) and not _named_person(doc, found[j]):
            j += 1  # a title inside the description
        if j < len(found) and _bare_title(doc, title) and one_person(doc, title, found[j]):
            out.append(_joined(title, found[j]))
            i = j + 1
            continue
        out.append(title)
        i += 1
    return out
