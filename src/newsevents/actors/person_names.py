"""Person mentions: names with the title words before them and an appositive after them.

A person's mention takes in the title words before the name ("Japanese ambassador to Hanoi
Kenji Morimoto") and an appositive after it ("Maria Olsen, speaker of the national assembly");
place names the entity recogniser glued to the front of a name are cut off. ``PersonFinder``
holds one document's matches and mentions; ``newsevents.actors.mentions.Finder`` builds on it
with organisations, groups and countries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.actors.appositive_names import appositive_names
from newsevents.actors.coding import Coded, code_person, gather
from newsevents.actors.known_names import untagged_known_names
from newsevents.actors.lexicon import Lexicon, Match
from newsevents.actors.lexicon_matches import (
    institution_sector,
    match_index,
    names_institution,
    names_place,
    names_role,
    span_matches,
)
from newsevents.actors.name_edges import leading_hedges
from newsevents.actors.person_posts import appositive, prefix_start
from newsevents.actors.persons import Person, PersonTable, name_key
from newsevents.nlp.docview import doc_view, norm
from newsevents.places import town_country

PERSON_LABELS = frozenset({"PERSON"})
# How many words a known person's name may reach past what the recogniser tagged, each way.
NAME_REACH = 2
# Lower-case words inside names ("José Eduardo dos Santos", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"dos", "da", "de", "do", "das", "del", "van", "von", "der", "bin", "al", "el", "ibn", "wa"})
# Verbs whose object is a place even when it is a capital ("visited Beijing").
PLACE_VERBS = frozenset({"visit", "leave", "reach", "enter", "tour", "bomb", "attack", "shell"})
# Verbs whose object is often a town ("shelled Kharkiv", "captured Bakhmut").
TOWN_VERBS = PLACE_VERBS | {"hit", "strike", "capture", "seize", "retake", "recapture", "liberate", "besiege",
                            "encircle", "storm", "evacuate", "occupy", "bombard", "raid"}
# Prepositions whose object is a place, so a bare name after them is not a person ("in Washington").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout", "around", "outside",
                            "into", "along", "via", "through", "onto"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."})
# Sectors of the state bodies a leader's name can stand before ("the Biden administration").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


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


def _first_name(full: str) -> str | None:
    """The first word of a name of several words, the form a surname-first name is repeated by."""
    words = full.split()
    if len(words) < 2 or len(words[0]) < 2 or words[0].endswith("."):
        return None
    return words[0]


class PersonFinder:
    """The mention finder's state for one ``Doc`` and its person-finding half."""

    def __init__(self, doc: Doc, day: dt.date | None, persons: PersonTable, lex: Lexicon | None = None) -> None:
        self.doc = doc
        self.day = day
        self.persons = persons
        self.tokens = doc_view(doc)
        self.matches, self.at = match_index(doc, self.tokens, lex)
        self.found: list[Found] = []
        self.taken = [False] * len(doc)

    def _take(self, found: Found) -> None:
        if any(self.taken[found.start:found.end]):
            return
        for i in range(found.start, found.end):
            self.taken[i] = True
        self.found.append(found)

    # -- persons -----------------------------------------------------------------------------
    def person_names(self) -> list[tuple[int, int, str]]:
        """Token spans of person names, each with the fuller name it repeats (or ``""``).

        The names are PERSON entities (cleaned), capitalised words after a title, untagged names
        of known office holders (``newsevents.actors.known_names``), names between commas after a
        title that opens a sentence (``newsevents.actors.appositive_names``), and later
        repetitions of a surname or full name already found, whatever the entity recogniser said.
        """
        names: list[tuple[int, int]] = []
        for ent in self.tokens.ents:
            if ent.label_ in PERSON_LABELS and self._town(ent):
                continue
            if ent.label_ in PERSON_LABELS or (ent.label_ in {"GPE", "ORG", "NORP"} and self._known(ent)
                                               and not self._locative(ent[-1])):
                span = self._clean_name(ent)
                if span is not None:
                    names.append(self._known_whole(*span))
        covered = {i for s, e in names for i in range(s, e)}
        for m in self.matches:
            if m.first("title") is None or m.end >= len(self.doc):
                continue
            first = self._skip_posting(m.end)
            j = first
            while j < len(self.doc) and self._name_token(self.doc[j]) and j not in covered:
                j += 1
            if j > first:
                # "Secretary-General Anders Fogh Rasmussen" with only "Fogh Rasmussen" tagged: the
                # name after the title runs on into the tagged name, one person, not two
                rest = next(((s, e) for s, e in names if s == j), None)
                if rest is not None:
                    names.remove(rest)
                    j = rest[1]
                names.append((first, j))
        covered = {i for s, e in names for i in range(s, e)}
        # a lone surname repeats a fuller name found in the text ("Peter Kenyatta ... Kenyatta said")
        # rather than naming a leader (see _repeated_names)
        surnames = {self.tokens.texts[e - 1] for s, e in names if e - s > 1}
        names += [(s, e) for s, e in untagged_known_names(self.tokens, self.at, self.persons, self.day, covered)
                  if e - s > 1 or self.tokens.texts[s] not in surnames or self.persons.find(self.tokens.texts[s])]
        names += self._leaders_before_bodies({i for s, e in names for i in range(s, e)})
        # "The city's governor, Pa Socheatvong, said": a name the recogniser took for a place
        names += appositive_names(self.doc, self.tokens, self.at, {i for s, e in names for i in range(s, e)})
        named = sorted(names)
        return sorted([(s, e, "") for s, e in named] + self._repeated_names(named))

    def _leaders_before_bodies(self, covered: set[int]) -> list[tuple[int, int]]:
        """Known persons' names right before a state body, which NER often misses ("the Modi government")."""
        out: list[tuple[int, int]] = []
        for m in self.matches:
            if not names_institution(m) or m.start == 0:
                continue
            e = m.start - 1 if self.tokens.normed[m.start - 1] in {"'s", "'"} else m.start
            s = e
            while s > 0 and s - 1 not in covered and self._bare_name_token(self.doc[s - 1]) and e - s < 4:
                s -= 1
            if s < e and self.persons.find(self.tokens.span_text(s, e), self.day) is not None:
                out.append((s, e))
        return out

    def _repeated_names(self, names: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Runs of capitalised words equal to a surname or full name found earlier ("Ruto told ...")."""
        if not names:
            return []
        forms: dict[str, tuple[int, str]] = {}
        firsts_only: dict[str, tuple[int, str]] = {}
        for s, e in names:
            full = self.tokens.span_text(s, e)
            known = self.persons.find(full, self.day)
            for form in _name_forms(full, known):
                forms.setdefault(name_key(form), (s, known.name if known else full))
            first = _first_name(full)
            if first is not None:
                firsts_only.setdefault(name_key(first), (s, known.name if known else full))
        # Surname first in Chinese, Korean, Vietnamese or Hungarian names ("Wang Yi ... Wang said"):
        # a name's first word repeats it too, but only as a proper noun ("Hope" opens sentences).
        proper = {**firsts_only, **forms}
        covered = {i for s, e in names for i in range(s, e)}
        out: list[tuple[int, int, str]] = []
        n = len(self.doc)
        # A run starts at a bare name token; finding those in one pass over the token table is
        # cheaper than walking every token (and building a Token for each).
        firsts = [i for i, propn in enumerate(self.tokens.propn)
                  if i not in covered and (self._bare_name_at(i) if propn else self._tagged_surname(i, forms))]
        resume = 0
        for i in firsts:
            if i < resume:
                continue  # inside the previous run
            j = i + 1
            while j < n and j not in covered and (self._bare_name_at(j) or self._inner_hyphen(j)):
                j += 1
            resume = j
            start = i
            while start < j - 1 and self.tokens.normed[start] in HONORIFICS:
                start += 1
            hit = (proper if self.tokens.propn[start] else forms).get(name_key(self.tokens.span_text(start, j)))
            if hit is not None and hit[0] < start and not self._locative(self.doc[j - 1]):
                out.append((start, j, hit[1]))
        return out

    def _tagged_surname(self, i: int, forms: dict[str, tuple[int, str]]) -> bool:
        """A capitalised word the tagger took for a common noun that repeats a surname found
        earlier ("Santos thanked Peru", after "Foreign Minister Pedro Santos")."""
        text, m = self.tokens.texts[i], self.at[i]
        return (text[:1].isupper() and text[1:].islower() and (m is None or m.entries[0].kind == "city")
                and name_key(text) in forms)

    def _bare_name_token(self, tok: Token) -> bool:
        return self._bare_name_at(tok.i)

    def _bare_name_at(self, i: int) -> bool:
        """Whether token ``i`` is a capitalised proper noun no dictionary entry but a city claims."""
        text, m = self.tokens.texts[i], self.at[i]
        return (self.tokens.propn[i] and text[:1].isupper() and any(c.isalpha() for c in text)
                and (m is None or m.entries[0].kind == "city"))

    def _inner_hyphen(self, j: int) -> bool:
        """A hyphen joining two parts of one name ("Akufo-Addo")."""
        tokens = self.tokens
        return (tokens.texts[j] == "-" and not tokens.spaces[j - 1] and j + 1 < len(tokens.texts)
                and not tokens.spaces[j] and self._bare_name_at(j + 1))

    def _town(self, ent: Span) -> bool:
        """A town the recogniser took for a person ("shelled Kharkiv", "fighting in Kherson"): a
        name the gazetteer knows, where a place stands, and not a known person's."""
        root = ent.root
        where = self._locative(root) or (root.dep_ == "dobj" and root.head.lemma_ in TOWN_VERBS)
        if not (where and len(ent) <= 2) or self._known(ent):
            return False
        return town_country(self.tokens.span_text(ent.start, ent.end)) is not None

    @staticmethod
    def _locative(tok: Token) -> bool:
        """Whether ``tok`` is the object of a place preposition ("talks in Washington")."""
        while tok.dep_ in {"compound", "conj"} and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and norm(tok.head.text) in LOCATIVE_PREPS

    def _skip_posting(self, i: int) -> int:
        """Past a posting after a title ("ambassador to Hanoi ..."), where a name may follow."""
        doc = self.doc
        if i < len(doc) and self.tokens.normed[i] in {"to", "of", "in"}:
            k = i + 1
            if k < len(doc) and self.tokens.normed[k] == "the":
                k += 1
            m = self.at[k] if k < len(doc) else None
            if m is not None and m.start == k and (names_place(m) or m.first("igo") is not None):
                return m.end
        return i

    def _known_whole(self, s: int, e: int) -> tuple[int, int]:
        """The name at ``s:e`` with the words the recogniser cut off it, when the persons table
        knows the whole: "Pushpa Kamal Dahal" tagged as "Kamal Dahal", "Jose Eduardo dos Santos"
        as "Jose Eduardo". Only a known name is extended: a stranger's name is left as tagged."""
        doc, best = self.doc, (s, e)
        for left in range(0, NAME_REACH + 1):
            a = s - left
            if a < 0 or (left and not self._name_part(doc[a], first=True)):
                break
            for right in range(0, NAME_REACH + 1):
                b = e + right
                if b > len(doc) or (right and not self._name_part(doc[b - 1], first=False)):
                    break
                if (left or right) and self.persons.find(self.tokens.span_text(a, b)) is not None:
                    best = (a, b)
        return best

    def _name_part(self, tok: Token, *, first: bool) -> bool:
        """A word that may belong to a person's name: a capitalised word (the tagger may call a
        surname a noun), or (not first) a lower-case particle ("dos Santos", "bin Salman"). The
        persons table has the last word."""
        return (tok.is_alpha and tok.text[:1].isupper()) or (not first and tok.lower_ in NAME_PARTICLES)

    def _known(self, ent: Span) -> bool:
        return self.persons.find(self.tokens.span_text(ent.start, ent.end)) is not None

    def _name_token(self, tok: Token) -> bool:
        """A word of a name after a title: a capitalised proper noun no dictionary entry claims,
        or one only a city's name claims, not used as a place ("President Santos", "Governor Lagos")."""
        m = self.at[tok.i]
        city = m is not None and m.entries[0].kind == "city" and m.end == tok.i + 1 and not self._locative(tok)
        return (tok.pos_ in ("PROPN", "NOUN") if city else tok.pos_ == "PROPN") and tok.text[:1].isupper() \
            and (m is None or city) and tok.ent_type_ in {"", "PERSON", "ORG", "GPE", "NORP"}

    def _clean_name(self, ent: Span) -> tuple[int, int] | None:
        s, e = ent.start, ent.end
        while e > s and self.tokens.normed[e - 1] in {"'s", "'"}:
            e -= 1
        while s < e and self.tokens.normed[s] == "the":
            s += 1  # no name starts with "the": "The Tigray People's Liberation Front" is a body's name
        s = leading_hedges(self.tokens.normed, s, e)  # "Suspected al-Shabab": no person's name
        while s < e and self.at[s] is not None:
            m = self.at[s]
            glued_place = names_place(m) and e - m.end >= 2  # type: ignore[union-attr]
            if not (names_role(m) or glued_place) or m.end >= e:  # type: ignore[union-attr]
                break
            s = m.end  # type: ignore[union-attr]
        last = self.at[e - 1] if e > s else None
        while last is not None and last.start > s and names_institution(last):
            e = last.start  # "Trump White House": the name ends before the body
            last = self.at[e - 1]
        if last is not None and last.start > s and last.end == e and self._people_noun(last):
            e = last.start  # "reporter Peter Clottey Madagascans do not want": the clause's subject
        if s >= e or (self.at[s] is not None and self.at[s].end >= e):  # type: ignore[union-attr]
            return None
        return s, e

    def _people_noun(self, m: Match) -> bool:
        """Whether a match is a plural noun for a country's people ("Madagascans", "Kenyans"): no
        name ends in one, so the entity recogniser glued the next clause's subject to the name."""
        return m.first("people") is not None and self.tokens.texts[m.end - 1].endswith("s")

    def add_persons(self) -> None:
        found = self.person_names()
        # surnames of fuller names in the text: a lone one repeats that name, not a leader's
        surnames = {self.tokens.texts[e - 1] for s, e, _ in found if e - s > 1}
        for s, e, antecedent in found:
            if any(self.taken[s:e]):
                continue
            start = prefix_start(self.doc, self.tokens, self.at, s)
            texts = self.tokens.texts[start:e]
            matches = span_matches(self.at, start, s)
            appos = appositive(self.doc, self.tokens, self.at, e)
            party_body = False  # "X, leader of the National Democratic Congress": a party's, not the state's
            if appos is not None:
                offset = len(texts)
                texts += self.tokens.texts[appos[0]:appos[1]]
                in_appos = span_matches(self.at, appos[0], appos[1])
                kept = [m for m in in_appos if not self._tail_of_unknown_name(appos[0] + m.start, m)]
                party_body = len(kept) < len(in_appos)
                matches += [Match(m.start + offset, m.end + offset, m.entries) for m in kept]
            name = self.tokens.span_text(s, e)
            known = self.persons.find(antecedent or name, self.day)
            if known is None and not antecedent and e - s == 1 and self.doc[s].ent_type_ in ("PERSON", "") \
                    and name not in surnames:
                known = self.persons.by_surname(name, self.day)  # "Kenyatta said": the one leader so named
            ev = gather(texts, matches)
            coded = code_person(ev, known, self.day)
            if coded.rule == "title" and coded.sector in STATE_SECTORS \
                    and (party_body or self._unknown_body_before(start)):
                # "Movement for Democratic Change President X": the president of that body, which
                # no dictionary codes; not the state's
                coded = Coded(None, None, None, coded.kind, coded.rule, coded.role)
            if appos is None and self._add_leader_body(start, e, known, coded):
                continue
            honorific = self.tokens.normed[s - 1].rstrip(".") if s > 0 else ""
            titles = tuple(ev.titles) + ((honorific,) if honorific in {"mr", "mrs", "ms", "miss"} else ())
            if known is not None and coded.role:
                titles += (coded.role.lower(),)
            self._take(Found(start, e, known.name if known else name, coded, 0,
                             person_key=known.name if known else "", titles=titles))
            if appos is not None:
                for i in range(appos[0], appos[1]):
                    self.taken[i] = True

    def _tail_of_unknown_name(self, start: int, m: Match) -> bool:
        """Whether the "Congress" matched at ``start`` ends a longer name no dictionary knows: the
        "Congress" of "the National Democratic Congress" (a Zambian or Ghanaian party) is not the
        US Congress. Only a capitalised word before it counts ("the Congress", "Honduras's
        Congress" stay), and only "Congress", the body whose name parties abroad take."""
        if self.tokens.normed[start:start + m.end - m.start] != ["congress"] or start == 0 \
                or self.at[start - 1] is not None:
            return False
        before = self.doc[start - 1]
        return before.text[:1].isupper() and before.is_alpha and before.lower_ != "the"

    def _unknown_body_before(self, start: int) -> bool:
        """Whether a title at ``start`` follows an organisation's name that no dictionary codes."""
        if start == 0 or self.doc[start - 1].ent_type_ != "ORG" or self.at[start - 1] is not None:
            return False
        return not self.doc[start - 1].is_punct and not self.doc[start].is_sent_start

    def _add_leader_body(self, start: int, e: int, known: Person | None, coded: Coded) -> bool:
        """A leader's name before a state body ("the Biden administration", "Erdogan's government")
        is one mention of that body, coded with the leader's country. Returns whether one was added."""
        doc = self.doc
        k = e + 1 if e < len(doc) and self.tokens.normed[e] in {"'s", "'"} else e
        m = self.at[k] if k < len(doc) else None
        country = coded.country or (known.country_on(self.day) if known else None)
        if m is None or m.start != k or not country or not names_institution(m):
            return False
        if doc[e - 1].head.i not in range(m.start, m.end):
            return False
        sector = institution_sector(m)
        if sector not in STATE_SECTORS:
            return False
        if start > 0 and self.tokens.normed[start - 1] == "the":
            start -= 1
        name = self.tokens.span_text(start + 1 if self.tokens.normed[start] == "the" else start, m.end)
        self._take(Found(start, m.end, name, Coded(country + sector, country, sector, "organization", "possessor"), 1))
        return True
