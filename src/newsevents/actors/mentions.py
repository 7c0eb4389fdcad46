"""Find actor mentions in a parsed ``Doc``: persons with their titles, organisations, groups,
countries and seats of government that act.

Evidence comes from spaCy's entities and parse plus the dictionary matches. A person's mention
takes in the title words before the name ("Chinese ambassador to Minsk Xie Xiaoyong") and an
appositive after it ("Li Zhanshu, head of the country's top legislature"); place names the
entity recogniser glued to the front of a name are cut off. A capital is an actor only where
it acts (subject, object, possessor), never as a plain location ("talks in Beijing").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.actors.coding import SPONSOR_WORDS, Coded, code_evidence, code_person, gather
from newsevents.actors.coordination import split_coordinated
from newsevents.actors.lexicon import COUNTRY_KINDS, Entry, Match, lexicon, norm
from newsevents.actors.persons import Person, PersonTable, name_key
from newsevents.places import town_country

# Words allowed between the title words before a name ("Chinese ambassador to Minsk Xie").
TITLE_GLUE = frozenset({"'s", "'", "of", "to", "for", "the", "deputy", "vice", "acting", "chief", "senior",
                        "top", "-", "interim", "current", "new", "outgoing", "incoming", "special", "foreign",
                        "then", "first", "general", "high", "state", "national"})
LEADING_JUNK = frozenset({"the", "a", "an", "to", "of", "for", "'s", "'", "-"})
# Prepositions whose object is where something happens, not who acts.
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout", "around", "outside",
                         "into", "over", "along", "via", "through", "beyond", "onto", "towards",
                         "toward", "to", "from", "off", "between", "until", "since", "during"})
# Prepositions whose object is an actor even when it is a capital ("talks with Beijing").
ACTOR_PREPS = frozenset({"with", "by", "against", "on", "among", "for", "of"})
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative", "appos", "attr", "iobj"})
CLAUSE_END = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”", "–", "—", "!", "?"})
PERSON_LABELS = frozenset({"PERSON"})
# Entity labels inside which a country name is part of something else's name.
# Verbs whose object is a place even when it is a capital ("visited Beijing").
PLACE_VERBS = frozenset({"visit", "leave", "reach", "enter", "tour", "bomb", "attack", "shell"})
# Verbs whose object is often a town ("shelled Kharkiv", "captured Bakhmut").
TOWN_VERBS = PLACE_VERBS | {"hit", "strike", "capture", "seize", "retake", "recapture", "liberate", "besiege",
                            "encircle", "storm", "evacuate", "occupy", "bombard", "raid"}
# Nouns whose "to X" is a destination ("his trip to China").
TRIP_NOUNS = frozenset({"trip", "visit", "way", "road", "flight", "journey", "return"})
PLACE_KINDS = frozenset({"country", "capital", "people", "adjective"})
NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "PERSON"})
# Prepositions whose object is a place, so a bare name after them is not a person ("in Washington").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout", "around", "outside",
                            "into", "along", "via", "through", "onto"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."})
# Second halves of "<country>-led", "<country>-backed" before a role.
HYPHEN_PARTS = SPONSOR_WORDS | {"led", "run", "controlled", "dominated", "based"}
# Sectors of the state bodies a leader's name can stand before ("the Biden administration").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Words before a role that count the people in it and are not part of its name ("25 activists").
QUANTIFIERS = frozenset({"several", "some", "many", "few", "dozens", "hundreds", "thousands", "scores",
                         "numerous", "more", "fewer", "about", "around", "nearly", "almost", "least", "at",
                         "over", "dozen", "hundred", "thousand", "million", "all", "both"})


@dataclass(slots=True)
class Found:
    """A mention before coreference: its tokens, name and code, and how sure we are of it."""

    start: int
    end: int
    name: str
    coded: Coded
    priority: int
    anaphor: bool = False
    person_key: str = ""
    titles: tuple[str, ...] = ()


def match_index(doc: Doc) -> tuple[list[Match], list[Match | None]]:
    """The dictionary matches over ``doc`` and, per token, the match covering it."""
    matches = list(lexicon().matches([t.text for t in doc]))
    at: list[Match | None] = [None] * len(doc)
    for m in matches:
        for i in range(m.start, m.end):
            at[i] = m
    return matches, at


def span_matches(at: list[Match | None], start: int, end: int) -> list[Match]:
    """The matches wholly inside ``start``..``end``, with offsets made relative to ``start``."""
    out: list[Match] = []
    seen: set[int] = set()
    for i in range(start, end):
        m = at[i]
        if m is not None and id(m) not in seen and m.start >= start and m.end <= end:
            seen.add(id(m))
            out.append(Match(m.start - start, m.end - start, m.entries))
    return out


def _is_role(m: Match | None) -> bool:
    return m is not None and m.first("title", "group", "body", "former") is not None


def _is_place(m: Match | None) -> bool:
    return m is not None and m.entries[0].kind in COUNTRY_KINDS


def _is_institution(m: Match) -> bool:
    """Whether a match names a state body: a role of kind body or group, or a state organisation."""
    return m.first("body", "group", "metonym", "state") is not None and m.first("title") is None


def _institution_sector(m: Match) -> str:
    entry = m.first("body", "group", "metonym", "state")
    if entry is None:
        return ""
    return entry.code[3:6] if entry.kind in {"metonym", "state"} else entry.code


def _name_forms(full: str, known: Person | None) -> set[str]:
    """The forms a person may be called by later: the full name, the surname, known aliases."""
    words = [w for w in full.split() if norm(w) not in {"'s", "'"}]
    forms = {full}
    if len(words) > 1 and norm(words[-1]) not in {"jr", "jr.", "sr", "sr.", "ii", "iii"}:
        forms.add(words[-1])
    if known is not None:
        forms.add(known.name)
        forms.update(known.aliases)
    return forms


class Finder:
    """Finds the mentions of one document (one instance per ``Doc``)."""

    def __init__(self, doc: Doc, day: dt.date | None, persons: PersonTable) -> None:
        self.doc = doc
        self.day = day
        self.persons = persons
        self.matches, self.at = match_index(doc)
        self.found: list[Found] = []
        self.taken = [False] * len(doc)

    # -- persons -----------------------------------------------------------------------------
    def person_names(self) -> list[tuple[int, int, str]]:
        """Token spans of person names, each with the fuller name it repeats (or ``""``).

        The names are PERSON entities (cleaned), capitalised words after a title, and later
        repetitions of a surname or full name already found, whatever the entity recogniser said.
        """
        names: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            if ent.label_ in PERSON_LABELS and self._town(ent):
                continue
            if ent.label_ in PERSON_LABELS or (ent.label_ in {"GPE", "ORG", "NORP"} and self._known(ent)
                                               and not self._locative(ent[-1])):
                span = self._clean_name(ent)
                if span is not None:
                    names.append(span)
        covered = {i for s, e in names for i in range(s, e)}
        for m in self.matches:
            if m.first("title") is None or m.end >= len(self.doc):
                continue
            first = self._skip_posting(m.end)
            j = first
            while j < len(self.doc) and self._name_token(self.doc[j]) and j not in covered:
                j += 1
            if j > first:
                names.append((first, j))
        names += self._leaders_before_bodies({i for s, e in names for i in range(s, e)})
        named = sorted(names)
        return sorted([(s, e, "") for s, e in named] + self._repeated_names(named))

    def _leaders_before_bodies(self, covered: set[int]) -> list[tuple[int, int]]:
        """Known persons' names right before a state body, which NER often misses ("the Modi government")."""
        out: list[tuple[int, int]] = []
        for m in self.matches:
            if not _is_institution(m) or m.start == 0:
                continue
            e = m.start - 1 if norm(self.doc[m.start - 1].text) in {"'s", "'"} else m.start
            s = e
            while s > 0 and s - 1 not in covered and self._bare_name_token(self.doc[s - 1]) and e - s < 4:
                s -= 1
            if s < e and self.persons.find(self.doc[s:e].text, self.day) is not None:
                out.append((s, e))
        return out

    def _repeated_names(self, names: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Runs of capitalised words equal to a surname or full name found earlier ("Ruto told ...")."""
        if not names:
            return []
        forms: dict[str, tuple[int, str]] = {}
        for s, e in names:
            full = self.doc[s:e].text
            known = self.persons.find(full, self.day)
            for form in _name_forms(self.doc[s:e].text, known):
                forms.setdefault(name_key(form), (s, known.name if known else full))
        covered = {i for s, e in names for i in range(s, e)}
        out: list[tuple[int, int, str]] = []
        i, n = 0, len(self.doc)
        while i < n:
            j = i
            while j < n and j not in covered and (self._bare_name_token(self.doc[j]) or (
                    j > i and self._inner_hyphen(j))):
                j += 1
            if j == i:
                i += 1
                continue
            start = i
            while start < j - 1 and norm(self.doc[start].text) in HONORIFICS:
                start += 1
            hit = forms.get(name_key(self.doc[start:j].text))
            if hit is not None and hit[0] < start and not self._locative(self.doc[j - 1]):
                out.append((start, j, hit[1]))
            i = j
        return out

    def _bare_name_token(self, tok: Token) -> bool:
        m = self.at[tok.i]
        return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)
                and (m is None or m.entries[0].kind == "city"))

    def _inner_hyphen(self, j: int) -> bool:
        """A hyphen joining two parts of one name ("Akufo-Addo")."""
        doc = self.doc
        return (doc[j].text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc)
                and not doc[j].whitespace_ and self._bare_name_token(doc[j + 1]))

    def _town(self, ent: Span) -> bool:
        """A town the recogniser took for a person ("shelled Kharkiv", "fighting in Kherson"): a
        name the gazetteer knows, where a place stands, and not a known person's."""
        root = ent.root
        where = self._locative(root) or (root.dep_ == "dobj" and root.head.lemma_ in TOWN_VERBS)
        return where and len(ent) <= 2 and not self._known(ent) and town_country(ent.text) is not None

    @staticmethod
    def _locative(tok: Token) -> bool:
        """Whether ``tok`` is the object of a place preposition ("talks in Washington")."""
        while tok.dep_ in {"compound", "conj"} and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "pobj" and norm(tok.head.text) in LOCATIVE_PREPS

    def _skip_posting(self, i: int) -> int:
        """Past a posting after a title ("ambassador to Hanoi ..."), where a name may follow."""
        doc = self.doc
        if i < len(doc) and norm(doc[i].text) in {"to", "of", "in"}:
            k = i + 1
            if k < len(doc) and norm(doc[k].text) == "the":
                k += 1
            m = self.at[k] if k < len(doc) else None
            if m is not None and m.start == k and (_is_place(m) or m.first("igo") is not None):
                return m.end
        return i

    def _known(self, ent: Span) -> bool:
        return self.persons.find(ent.text) is not None

    def _name_token(self, tok: Token) -> bool:
        return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and self.at[tok.i] is None
                and tok.ent_type_ in {"", "PERSON", "ORG", "GPE", "NORP"})

    def _clean_name(self, ent: Span) -> tuple[int, int] | None:
        s, e = ent.start, ent.end
        while e > s and norm(self.doc[e - 1].text) in {"'s", "'"}:
            e -= 1
        while s < e and self.at[s] is not None:
            m = self.at[s]
            glued_place = _is_place(m) and e - m.end >= 2  # type: ignore[union-attr]
            if not (_is_role(m) or glued_place) or m.end >= e:  # type: ignore[union-attr]
                break
            s = m.end  # type: ignore[union-attr]
        last = self.at[e - 1] if e > s else None
        while last is not None and last.start > s and _is_institution(last):
            e = last.start  # "Trump White House": the name ends before the body
            last = self.at[e - 1]
        if s >= e or (self.at[s] is not None and self.at[s].end >= e):  # type: ignore[union-attr]
            return None
        return s, e

    def prefix_start(self, s: int) -> int:
        """Where the title words before the name at ``s`` begin (``s`` if there are none)."""
        j = s - 1
        while j >= 0 and s - j <= 12 and not self.doc[j + 1].is_sent_start:
            tok = self.doc[j]
            if self.at[j] is not None or norm(tok.text) in TITLE_GLUE:
                j -= 1
                continue
            break
        start = j + 1
        while start < s and (norm(self.doc[start].text) in LEADING_JUNK or self.doc[start].is_punct):
            start += 1
        if not any(self.at[i] is not None for i in range(start, s)):
            return s
        return start

    def appositive(self, e: int) -> tuple[int, int] | None:
        """The appositive after a name ending at ``e`` (", head of the country's legislature,")."""
        doc = self.doc
        if e >= len(doc) - 1 or doc[e].text != ",":
            return None
        j = e + 1
        if doc[j].ent_type_ == "PERSON":
            return None
        while j < len(doc) and j - e <= 10 and doc[j].text not in CLAUSE_END \
                and doc[j].pos_ not in {"VERB", "AUX"}:
            j += 1
        if j - e > 10 or j >= len(doc) or doc[j].text not in CLAUSE_END:
            return None
        if not any(self.at[i] is not None and self.at[i].first("title", "body") is not None  # type: ignore[union-attr]
                   for i in range(e + 1, j)):
            return None
        return e + 1, j

    def add_persons(self) -> None:
        for s, e, antecedent in self.person_names():
            if any(self.taken[s:e]):
                continue
            start = self.prefix_start(s)
            texts = [t.text for t in self.doc[start:e]]
            matches = span_matches(self.at, start, s)
            appos = self.appositive(e)
            if appos is not None:
                offset = len(texts)
                texts += [t.text for t in self.doc[appos[0]:appos[1]]]
                matches += [Match(m.start + offset, m.end + offset, m.entries)
                            for m in span_matches(self.at, appos[0], appos[1])]
            name = self.doc[s:e].text
            known = self.persons.find(antecedent or name, self.day)
            ev = gather(texts, matches)
            coded = code_person(ev, known, self.day)
            if appos is None and self._add_leader_body(start, e, known, coded):
                continue
            honorific = norm(self.doc[s - 1].text).rstrip(".") if s > 0 else ""
            titles = tuple(ev.titles) + ((honorific,) if honorific in {"mr", "mrs", "ms", "miss"} else ())
            if known is not None and coded.role:
                titles += (coded.role.lower(),)
            self._take(Found(start, e, known.name if known else name, coded, 0,
                             person_key=known.name if known else "", titles=titles))
            if appos is not None:
                for i in range(appos[0], appos[1]):
                    self.taken[i] = True

    def _add_leader_body(self, start: int, e: int, known: Person | None, coded: Coded) -> bool:
        """A leader's name before a state body ("the Biden administration", "Erdogan's government")
        is one mention of that body, coded with the leader's country. Returns whether one was added."""
        doc = self.doc
        k = e + 1 if e < len(doc) and norm(doc[e].text) in {"'s", "'"} else e
        m = self.at[k] if k < len(doc) else None
        country = coded.country or (known.nationality if known else None)
        if m is None or m.start != k or not country or not _is_institution(m):
            return False
        if doc[e - 1].head.i not in range(m.start, m.end):
            return False
        sector = _institution_sector(m)
        if sector not in STATE_SECTORS:
            return False
        if start > 0 and norm(doc[start - 1].text) == "the":
            start -= 1
        name = doc[start + 1 if norm(doc[start].text) == "the" else start:m.end].text
        self._take(Found(start, m.end, name, Coded(country + sector, country, sector, "organization", "possessor"), 1))
        return True

    # -- organisations, groups, countries --------------------------------------------------
    def add_orgs(self) -> None:
        for m in self.matches:
            org = m.entries[0]
            if not m.first("igo", "ngo", "state", "metonym", "party", "armed", "media", "company", "edu",
                           "territory"):
                continue
            if org.kind in COUNTRY_KINDS or org.kind in {"title", "group", "body", "former"}:
                continue
            if any(self.taken[m.start:m.end]) or self._inside_foreign_name(m):
                continue
            if (org.kind in {"metonym", "territory"} or (len(m.entries) > 1 and m.entries[1].kind == "capital")) \
                    and not self._acts(self.doc[m.end - 1]):
                continue
            start, end = self._extend_left(m.start), m.end
            nxt = self.at[end] if end < len(self.doc) else None
            if nxt is not None and nxt.first("group", "title") is not None and nxt.start == end:
                end = nxt.end
            coded = self._code_span(start, end)
            if coded is not None:
                self._take(Found(start, end, org.name, coded, 1))

    def add_groups(self) -> None:
        for m in self.matches:
            role = m.first("title", "group", "body")
            if role is None or any(self.taken[m.start:m.end]):
                continue
            head = self.doc[m.end - 1]
            if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ == "amod":
                continue
            if head.dep_ in {"compound", "nmod"} and head.head.i > head.i:
                # a modifier: of a role noun, which takes it in ("opposition activists"), or of
                # some other noun, which is no actor ("opposition rally")
                continue
            if role.kind == "title" and self._counted_anaphor(m.start):
                continue
            start, end = self._extend_left(m.start), self._extend_right(m.end)
            coded = self._code_span(start, end)
            if coded is None:
                continue
            definite = start < m.start and norm(self.doc[start].text) in {"the"}
            anaphor = role.kind == "title" and definite and head.tag_ in {"NN", "NNP"}
            first = start + 1 if norm(self.doc[start].text) in {"the", "a", "an"} else start
            self._take(Found(start, end, self.doc[first:end].text, coded, 2, anaphor=anaphor,
                             titles=(role.name,)))

    def add_countries(self) -> None:
        for m in self.matches:
            entry = m.entries[0]
            if entry.kind not in PLACE_KINDS or any(self.taken[m.start:m.end]):
                continue
            if self._inside_foreign_name(m):
                continue
            tok = self.doc[m.end - 1]
            if entry.kind == "adjective" and not (tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in ACTOR_DEPS):
                continue
            if entry.kind == "capital" and (tok.ent_type_ not in {"GPE", ""} or not self._acts(tok)):
                continue
            if entry.kind in {"country", "people"} and not self._country_acts(tok):
                continue
            coded = self._code_place(entry)
            start = m.start - 1 if m.start > 0 and norm(self.doc[m.start - 1].text) == "the" else m.start
            name = entry.name if entry.kind == "country" else self.doc[m.start:m.end].text
            self._take(Found(start, m.end, name, coded, 3))

    def _code_span(self, start: int, end: int) -> Coded | None:
        texts = [t.text for t in self.doc[start:end]]
        return code_evidence(gather(texts, span_matches(self.at, start, end)))

    @staticmethod
    def _code_place(entry: Entry) -> Coded:
        if entry.kind == "capital":
            return Coded(entry.code + "GOV", entry.code, "GOV", "country", "metonym")
        kind = "group" if entry.kind in {"people", "adjective"} else "country"
        return Coded(entry.code, entry.code, None, kind, "demonym" if kind == "group" else "country")

    def _inside_foreign_name(self, m: Match) -> bool:
        """Whether the match is a piece of a longer name ("Bank of China", "Beijing Guoan")."""
        for i in (m.start - 1, m.end):
            if 0 <= i < len(self.doc) and self.at[i] is None and not self.taken[i]:
                near = self.doc[i]
                if near.pos_ == "PROPN" and near.text[:1].isupper() and near.ent_type_ != "DATE":
                    return True
        tok = self.doc[m.start]
        if tok.ent_type_ not in NAME_LABELS:
            return False
        for ent in self.doc.ents:
            if ent.start <= m.start < ent.end:
                inner = [t for t in ent if norm(t.text) not in {"the"}]
                return not (inner and inner[0].i >= m.start and inner[-1].i < m.end)
        return False

    def _acts(self, tok: Token) -> bool:
        """Whether a seat of government or a building is used as an actor where it stands."""
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ in {"nsubj", "nsubjpass", "poss", "agent", "dative"}:
            return True
        if tok.dep_ == "dobj":
            return tok.head.lemma_ not in PLACE_VERBS
        if tok.dep_ == "pobj":
            prep = norm(tok.head.text)
            if prep == "from":
                return tok.head.head.pos_ == "NOUN"
            return prep in {"with", "by", "against", "on", "among", "between"}
        return False

    def _country_acts(self, tok: Token) -> bool:
        """Whether a country name is an actor here (not a location, not part of a compound)."""
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ == "pobj":
            return norm(tok.head.text) not in PLACE_PREPS or (norm(tok.head.text) in {"to", "from"} and \
                tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_ not in TRIP_NOUNS)
        return tok.dep_ in ACTOR_DEPS or tok.dep_ == "ROOT"

    def _extend_left(self, start: int) -> int:
        j = start
        while j > 0 and start - j < 8:
            tok = self.doc[j - 1]
            if tok.text in CLAUSE_END or tok.is_sent_end:
                break
            if self._modifier(tok, start):
                j -= 1
                continue
            break
        while j < start and (norm(self.doc[j].text) in {"'s", "'", "-"} or self._counts(self.doc[j])
                             or (j > 0 and self.doc[j - 1].text == "-" and norm(self.doc[j].text) in HYPHEN_PARTS)
                             or (self.doc[j].pos_ == "DET" and norm(self.doc[j].text) not in {"the", "a", "an"})):
            j += 1
        return j

    def _counted_anaphor(self, start: int) -> bool:
        """Whether titles at ``start`` are counted back to people named before ("the two leaders",
        "both ministers"): several actors at once, which no one code fits."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        if norm(before.text) == "both":
            return True
        return before.like_num and start >= 2 and norm(self.doc[start - 2].text) == "the"

    def _counts(self, tok: Token) -> bool:
        """Whether ``tok`` counts the members of a group rather than naming it ("25", "several")."""
        return self.at[tok.i] is None and (tok.like_num or tok.pos_ == "NUM" or norm(tok.text) in QUANTIFIERS)

    def _modifier(self, tok: Token, start: int) -> bool:
        """Whether ``tok`` belongs to the noun phrase of a role or name starting at ``start``."""
        if self.at[tok.i] is not None and not self.taken[tok.i]:
            return True
        if norm(tok.text) in {"'s", "'", "the", "-"}:
            return True
        if norm(tok.text) in HYPHEN_PARTS and tok.i > 0 and self.doc[tok.i - 1].text == "-":
            return True  # "Saudi-led", "Iran-backed": the country before is read by the coder
        attached = tok.head.i >= start
        compound = tok.dep_ == "compound" and not self.taken[tok.i]
        return attached and (tok.pos_ in {"ADJ", "NUM", "DET"} or compound)

    def _extend_right(self, end: int) -> int:
        doc = self.doc
        if end + 1 < len(doc) and norm(doc[end].text) in {"in", "of", "from"}:
            k = end + 1
            if norm(doc[k].text) == "the" and k + 1 < len(doc):
                k += 1
            m = self.at[k]
            if m is not None and m.start == k and m.entries[0].kind in COUNTRY_KINDS:
                return m.end
        return end

    def _take(self, found: Found) -> None:
        if any(self.taken[found.start:found.end]):
            return
        for i in range(found.start, found.end):
            self.taken[i] = True
        self.found.append(found)

    def run(self) -> list[Found]:
        """Every mention, in text order, without overlaps (persons first, then orgs, groups, places)."""
        self.add_persons()
        self.add_orgs()
        self.add_groups()
        split_coordinated(self)
        self.add_countries()
        return sorted(self.found, key=lambda f: f.start)
