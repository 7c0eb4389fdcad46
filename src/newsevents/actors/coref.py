"""Within-document coreference: later names, role anaphors and pronouns reuse a resolved actor.

- a shorter name ("Lukashenko", "Li") joins the most recent person whose full name holds it;
- a definite role ("the premier", "the Belarusian leader") joins the most recent person with a
  matching title (and country, if the phrase names one), else the holder of that office on the
  article's date from the persons table, if that office's country is in the text;
- "he"/"she"/"his"/"her" join the most recent person, a recent subject first when the pronoun
  is a subject, with gender respected once known, and no one when a named person no dictionary
  codes (a witness, an organiser) comes in between; "its"/"itself" join the most recent country
  or organisation, and "it" only when the previous subject was one; "they"/"their" join the
  subject that reports them ("the rebels said they ..."), else the most recent plural group,
  coordinated pair, country or organisation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsevents.actors.coding import Coded, _split
from newsevents.actors.person_names import Found
from newsevents.actors.persons import PersonTable
from newsevents.nlp.docview import DocView, doc_view, norm
from newsevents.nlp.sentences import sentence_of
from newsevents.records import Actor, ActorMention

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"its", "itself", "it"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
PRONOUNS = MALE | FEMALE | NEUTER | PLURAL
# Heads of a group's mention that "its" can stand for: a singular body ("the army") or a proper
# name ("the Defence Forces"), never a common plural ("the soldiers").
BODY_TAGS = frozenset({"NN", "NNP", "NNPS"})
# Actors "they" can stand for: groups of people, countries and organisations (not one person).
PLURAL_KINDS = frozenset({"group", "country", "organization", "igo"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Clauses a role noun's own subject may govern it through ("called for the president to resign").
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp"})
# Where the walk up from a role noun stops: a new main or coordinated clause starts there.
CLAUSE_ENDS = frozenset({"ROOT", "conj", "relcl", "parataxis"})
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "happen", "take", "matter", "remain"})
# "it was ready to talk", "it remains committed to the talks": an actor's stated readiness, never expletive
READY_COMPLEMENTS = frozenset({"ready", "willing", "prepared", "committed", "determined", "eager", "keen", "open"})
# "it will take countermeasures", "it would take action": "take" with an act is no "it takes two hours"
TAKEN_ACTS = frozenset({"measure", "countermeasure", "action", "step", "part", "control", "responsibility"})
# Kinds of bare bodies a definite repetition of the head noun points back at ("the soldiers", "the delegation").
REPEATED_KINDS = frozenset({"group", "organization"})
# Rank of the evidence behind a code: an actor takes the code of its best-ranked mention.
RULE_RANK = {"title": 0, "persons-table": 1, "org": 2, "metonym": 3, "role": 4, "demonym": 5, "country": 6,
             "persons-table-former": 7, "ner": 9}
# Sectors of the bodies that belong to whoever possesses them ("his government", "its army").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Nouns that, after "the", stand for the country the text is about ("the country's military").
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic", "island", "emirate"})
LEADER_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
                           "sultan", "supreme leader", "leader", "head of state", "head of government",
                           "crown prince", "dictator", "strongman"})


@dataclass(slots=True)
class Entity:
    """A document-level actor being built."""

    kind: str
    key: str
    name: str
    coded: Coded
    titles: set[str] = field(default_factory=set)
    gender: str = ""
    mentions: list[int] = field(default_factory=list)


class Resolver:
    """Links the mentions of one document into entities and adds pronoun/anaphor mentions."""

    def __init__(self, doc: Doc, day: dt.date | None, persons: PersonTable,
                 tokens: DocView | None = None) -> None:
        self.doc = doc
        self.day = day
        self.persons = persons
        self.tokens = tokens or doc_view(doc)
        self.entities: list[Entity] = []
        self.mentions: list[ActorMention] = []
        self.heads: list[int] = []  # head token of each mention
        # Named people no dictionary codes ("Jane Doe, a protest organizer"): never actors, but a
        # "she" after one is more likely hers than an earlier coded leader's.
        self.strangers: list[tuple[int, int]] = []  # (first token, head token)

    def _new(self, kind: str, key: str, name: str, coded: Coded) -> int:
        self.entities.append(Entity(kind, key, name, coded))
        return len(self.entities) - 1

    def _emit(self, start: int, end: int, name: str, coded: Coded, entity: int, rule: str) -> None:
        tokens = self.tokens  # offsets and text as doc[start:end] gives them, without a Span
        self.mentions.append(ActorMention(start, end, tokens.idx[start], tokens.end_char(end),
                                          tokens.span_text(start, end), name, coded.code, coded.country,
                                          coded.sector, coded.kind, rule, entity))
        self.entities[entity].mentions.append(len(self.mentions) - 1)
        self.heads.append(end - 1)

    # -- named and nominal mentions --------------------------------------------------------
    def _person_entity(self, found: Found) -> tuple[int, bool]:
        words = set(norm(found.name).split())
        if found.person_key:
            for idx in range(len(self.entities) - 1, -1, -1):
                if self.entities[idx].key == found.person_key:
                    return idx, True
        for m in reversed(self.mentions):
            ent = self.entities[m.entity]
            if ent.kind != "person" or not words:
                continue
            other = set(norm(ent.name).split())
            if words <= other or other <= words:
                return m.entity, True
        return self._new("person", found.person_key or norm(found.name), found.name, found.coded), False

    def _anaphor_entity(self, found: Found) -> int | None:
        title = found.titles[0] if found.titles else ""
        country = found.coded.country
        head = self.doc[found.end - 1]
        # "the opposition leader called for the president to resign": not the clause's own subject
        barred = self._clause_subject_entities(head)
        fitting = []
        for n in range(len(self.mentions) - 1, -1, -1):
            ent = self.entities[self.mentions[n].entity]
            if ent.kind != "person" or ent.coded.code is None or self.mentions[n].entity in barred:
                continue
            if country and ent.coded.country != country:
                continue
            if _title_fits(title, ent.titles, ent.coded.sector):
                fitting.append(n)
        if not fitting:
            idx = self._from_table(title, country)
            return None if idx in barred else idx
        if head.dep_ in SUBJECT_DEPS:
            # "Ruto met Hassan ... The president later said": a subject continues the subject.
            continued = self._continued_subject(head, fitting)
            if continued is not None:
                return continued
        return self.mentions[fitting[0]].entity

    def _clause_subject_entities(self, head: Token) -> set[int]:
        """The entities of the subjects of the verbs that govern a role noun in an object or a
        complement, up through complement clauses: "X criticized the president", "X called for
        the president to resign", "X said the president must go", "X, who praised the
        president". A role noun there names someone else than that subject; a subject role noun
        of a main or coordinated clause may continue a subject ("Ruto arrived and the president
        met Hassan"), so nothing is barred for it."""
        if head.dep_ in SUBJECT_DEPS and head.head.dep_ not in COMPLEMENT_DEPS:
            return set()
        subjects: set[int] = set()
        verb = head.head
        for _ in range(8):  # a bounded walk up the governing verbs
            subjects.update(c.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != head.i)
            if verb.dep_ == "relcl":
                subjects.add(verb.head.i)
            if verb.dep_ in CLAUSE_ENDS or verb.head is verb:
                break
            verb = verb.head
        if not subjects:
            return set()
        return {self.mentions[n].entity for n in range(len(self.mentions)) if self.heads[n] in subjects}

    def _from_table(self, title: str, country: str | None) -> int | None:
        countries = {country} if country else {m.country for m in self.mentions if m.country}
        # holders(.., countries) drops only people who never held an office of these countries
        for person, role in self.persons.holders(self.day, countries):
            role_country = _split(role.code)[0]
            if role_country in countries and _title_fits(title, {norm(role.title)}):
                for idx, ent in enumerate(self.entities):
                    if ent.key == person.name:
                        return idx
                country_code, sector = _split(role.code)
                coded = Coded(role.code, country_code, sector, "person", "persons-table", role.title)
                idx = self._new("person", person.name, person.name, coded)
                self.entities[idx].titles.add(norm(role.title))
                return idx
        return None

    def add(self, found: Found) -> None:
        """Place one found mention into an entity (new or earlier) and emit it."""
        found.coded = self._possessed(found)
        coded = found.coded
        if coded.kind == "person" and found.anaphor:
            idx = self._anaphor_entity(found)
            if idx is not None:
                ent = self.entities[idx]
                self._emit(found.start, found.end, ent.name, ent.coded, idx, "coref-title")
                return
        if coded.kind == "person" and not found.anaphor:
            idx, seen = self._person_entity(found)
            ent = self.entities[idx]
            ent.titles.update(t for t in found.titles)
            if len(found.name) > len(ent.name):
                ent.name = found.name
            if RULE_RANK.get(coded.rule, 8) < RULE_RANK.get(ent.coded.rule, 8):
                ent.coded = coded
            if found.titles and {"mr"} & set(found.titles):
                ent.gender = "m"
            if {"mrs", "ms", "miss"} & set(found.titles):
                ent.gender = "f"
            self._emit(found.start, found.end, found.name, coded, idx, "coref-name" if seen else coded.rule)
            return
        idx = self._repeated_group(found)
        if idx is not None:
            ent = self.entities[idx]
            self._emit(found.start, found.end, found.name, ent.coded, idx, "coref-group")
            return
        key = f"{coded.kind}:{coded.code}:{norm(found.name) if coded.code is None else ''}"
        for idx, ent in enumerate(self.entities):
            if ent.key == key:
                self._emit(found.start, found.end, found.name, coded, idx, coded.rule)
                return
        idx = self._new(coded.kind, key, found.name, coded)
        self.entities[idx].titles.update(found.titles)
        self._emit(found.start, found.end, found.name, coded, idx, coded.rule)

    def _repeated_group(self, found: Found) -> int | None:
        """"Ethiopian troops clashed with Eritrean soldiers ... *The soldiers* withdrew": a definite
        plural group with no country of its own (or only its sentence's, a guess) repeats the head
        noun of the one recent group (last three sentences) that has a country; ``None`` when none
        does, or groups of several countries do."""
        coded, head = found.coded, self.doc[found.end - 1]
        guessed = coded.country is None or coded.rule == "context-country"  # a sentence's country is a guess
        # singular bodies too: "A Chinese delegation arrived ... *The delegation* met Kenyatta"
        if coded.kind not in REPEATED_KINDS or not guessed or not coded.sector or head.tag_ not in ("NNS", "NN"):
            return None
        if found.start == 0 or norm(self.doc[found.start].text) != "the":
            return None
        lemma = head.lemma_.lower()
        earlier = {self.mentions[n].entity for n in self._recent(head)
                   if self.mentions[n].country and self.mentions[n].kind == coded.kind
                   and self.doc[self.heads[n]].lemma_.lower() == lemma}
        countries = {self.entities[e].coded.country for e in earlier}
        return next(iter(earlier)) if len(earlier) == 1 and len(countries) == 1 else None

    def _possessed(self, found: Found) -> Coded:
        """A state body without a country takes its possessor's ("his government", "the country's army")."""
        coded = found.coded
        if coded.country is not None or coded.sector not in STATE_SECTORS or found.person_key:
            return coded
        if coded.kind == "person" and coded.code != coded.sector:
            return coded  # a named person: only a bare title ("Orban's spokesman") takes a possessor
        if coded.sector == "JUD" and coded.kind != "organization":
            return coded  # "their lawyers" are not the country's judiciary
        head = self.doc[found.end - 1]
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i < found.start), None)
        country = self._owner_country(owner) if owner is not None else None
        if country is None:
            return coded
        return Coded(country + coded.sector, country, coded.sector, coded.kind, "possessor", coded.role)

    def _owner_country(self, owner: Token) -> str | None:
        """The country of a possessor: a resolved mention, "their" or "the country" (the latest country)."""
        for m in reversed(self.mentions):
            if m.start <= owner.i < m.end:
                return m.country
        word = norm(owner.text)
        the = owner.i > 0 and norm(self.doc[owner.i - 1].text) == "the"
        if word not in {"their"} and not (the and owner.lemma_.lower() in COUNTRY_NOUNS):
            return None
        recent = self._recent(owner, sentences=2 if word == "their" else 3)
        if word != "their":
            countries = [n for n in recent if self.entities[self.mentions[n].entity].kind == "country"]
            recent = countries or recent
        for n in recent:
            if self.mentions[n].country:
                return self.mentions[n].country
        return None

    # -- pronouns --------------------------------------------------------------------------
    def pronoun(self, tok: Token) -> None:
        """Resolve one pronoun token against the mentions before it."""
        word = norm(tok.text)
        if word in PLURAL:
            idx = self._plural(tok)
        elif word in NEUTER:
            idx = self._neuter(tok)
        else:
            idx = self._personal(tok, "m" if word in MALE else "f")
        if idx is None:
            return
        ent = self.entities[idx]
        if word in MALE | FEMALE and not ent.gender:
            ent.gender = "m" if word in MALE else "f"
        self._emit(tok.i, tok.i + 1, ent.name, ent.coded, idx, "coref-pronoun")

    def _recent(self, tok: Token, sentences: int = 3) -> list[int]:
        """Mentions before ``tok`` within the last few sentences, most recent first."""
        first_sent = sentence_of(tok).start
        sents = 1
        out: list[int] = []
        for n in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[n]
            if m.end > tok.i:
                continue
            if m.start < first_sent:
                prev = sentence_of(self.doc[m.start]).start
                if prev < first_sent:
                    sents += 1
                    first_sent = prev
                if sents > sentences:
                    break
            out.append(n)
        return out

    def _personal(self, tok: Token, gender: str) -> int | None:
        candidates = [n for n in self._recent(tok)
                      if self.entities[self.mentions[n].entity].kind == "person"
                      and self.entities[self.mentions[n].entity].gender in {"", gender}]
        if norm(tok.text) in {"him", "her", "himself", "herself"}:
            candidates = self._bound(tok, candidates)
        if not candidates:
            return None
        if tok.dep_ in SUBJECT_DEPS:
            continued = self._continued_subject(tok, candidates)
            if continued is not None:
                mention = next(n for n in candidates if self.mentions[n].entity == continued)
                return None if self._stranger_between(mention, tok, subjects_only=True) else continued
        if self._stranger_between(candidates[0], tok, subjects_only=False):
            return None  # the pronoun more likely stands for the uncoded person named since
        return self.mentions[candidates[0]].entity

    def _stranger_between(self, mention: int, tok: Token, subjects_only: bool) -> bool:
        """Whether an uncoded named person comes between mention ``mention`` and pronoun ``tok``
        (only one that is a subject, when ``subjects_only``: a continued subject holds against
        a person named in passing)."""
        end = self.mentions[mention].end
        return any(end <= start < tok.i and (not subjects_only or self.doc[head].dep_ in SUBJECT_DEPS)
                   for start, head in self.strangers)

    def _continued_subject(self, tok: Token, candidates: list[int]) -> int | None:
        """The entity a subject pronoun or role noun continues: the subject of its own sentence's
        governing clause before it ("Ruto told Hassan that he ..."), else the main-clause subject
        of the previous sentence ("Ruto met Hassan. He later ..."), a pronoun there included;
        ``None`` when neither is among ``candidates`` (the most recent then wins)."""
        sent_start = sentence_of(tok).start
        prev_start = sentence_of(self.doc[sent_start - 1]).start if sent_start > 0 else sent_start
        subjects = [n for n in candidates if self.mentions[n].start >= prev_start
                    and self.doc[self.heads[n]].dep_ in SUBJECT_DEPS]
        # Most recent first: a subject in the pronoun's own sentence, then the previous sentence's
        # subjects, main clause (the sentence root's) before subordinate ones.
        own = [n for n in subjects if self.mentions[n].start >= sent_start]
        if own:
            return self.mentions[own[0]].entity
        main = [n for n in subjects if self._main_subject(self.heads[n])]
        found = main or subjects
        return self.mentions[found[-1] if main else found[0]].entity if found else None

    def _main_subject(self, head: int) -> bool:
        """Whether token ``head`` is the subject of its sentence's root (or of a verb conjoined to it)."""
        verb = self.doc[head].head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _bound(self, tok: Token, candidates: list[int]) -> list[int]:
        """Drop the subject of the pronoun's own clause for "him"/"her" ("Lind, who praised him"),
        and keep only that subject for "himself"/"herself"."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
        if verb.dep_ == "relcl":
            subjects.add(verb.head.i)
        local = [n for n in candidates if any(i in subjects for i in range(self.mentions[n].start,
                                                                          self.mentions[n].end))]
        if norm(tok.text).endswith("self"):
            return local or candidates
        return [n for n in candidates if n not in local]

    def _neuter(self, tok: Token) -> int | None:
        word = norm(tok.text)
        if word == "it":
            if tok.dep_ not in SUBJECT_DEPS or (tok.head.lemma_ in EXPLETIVE_HEADS and not any(
                    (c.dep_ == "acomp" and c.lower_ in READY_COMPLEMENTS)
                    or (c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_ACTS) for c in tok.head.children)):
                return None
            return self._previous_subject_entity(tok)
        for n in self._recent(tok, sentences=2):
            ent = self.entities[self.mentions[n].entity]
            if ent.kind in {"country", "organization", "igo"} and ent.coded.code:
                return self.mentions[n].entity
            if ent.kind == "group" and ent.coded.country and self.doc[self.heads[n]].tag_ in BODY_TAGS:
                return self.mentions[n].entity  # "the Kenya Defence Forces said its troops ...": one body
        return None

    def _plural(self, tok: Token) -> int | None:
        """"they"/"their": the subject of the clause that reports it ("the rebels said they ..."),
        else the most recent plural group, coordinated pair, country or organisation."""
        if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ccomp":
            governor = tok.head.head
            subj = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)
            found = self._mention_at(subj) if subj is not None else None
            if found is not None and self._plural_fits(found):
                return self.mentions[found].entity
        # An object ("expelled them") is rarely a whole country: only groups of people count.
        people = norm(tok.text) in {"them", "themselves"}
        nearer = self._plain_plural_before(tok)
        # "troops fired tear gas to push them back": "them" is never its own clause's doer
        local = self._clause_subjects(tok) if norm(tok.text) == "them" else set()
        for n in self._recent(tok, sentences=2):
            if nearer is not None and self.mentions[n].end <= nearer:
                return None  # "donors ... the relief they had promised": a nearer plural that is no actor
            if any(self.mentions[n].start <= i < self.mentions[n].end for i in local):
                continue
            if self._plural_fits(n) and not (people and self.entities[self.mentions[n].entity].kind != "group"):
                return self.mentions[n].entity
        return None

    @staticmethod
    def _clause_subjects(tok: Token) -> set[int]:
        """The subjects of the clause an object pronoun is in, with the subject a subjectless
        complement or purpose clause inherits from the verb it hangs from."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        out: set[int] = set()
        for _ in range(4):
            own = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
            out |= own
            if own or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head is verb:
                break
            verb = verb.head
        return out

    def _plain_plural_before(self, tok: Token) -> int | None:
        """The nearest plural noun before ``tok`` in its sentence that is no actor mention."""
        for i in range(tok.i - 1, sentence_of(tok).start - 1, -1):
            cand = self.doc[i]
            if cand.tag_ == "NNS" and cand.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
                    and self._mention_at(cand) is None:
                return i
        return None

    def _mention_at(self, tok: Token) -> int | None:
        for n in range(len(self.mentions) - 1, -1, -1):
            if self.mentions[n].start <= tok.i < self.mentions[n].end:
                return n
        return None

    def _plural_fits(self, n: int) -> bool:
        m = self.mentions[n]
        ent = self.entities[m.entity]
        if not ent.coded.code or (m.rule.startswith("coref-pronoun") and norm(m.text) not in PLURAL):
            return False
        head = self.doc[self.heads[n]]
        coordinated = any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj"
        return coordinated or (ent.kind in PLURAL_KINDS and (ent.kind != "group" or head.tag_ in ("NNS", "NNPS")))

    def _previous_subject_entity(self, tok: Token) -> int | None:
        own = sentence_of(tok).start
        start = sentence_of(self.doc[own - 1]).start if own > 0 else own
        subjects = [i for i in range(tok.i - 1, start - 1, -1) if self.doc[i].dep_ in SUBJECT_DEPS]
        # the nearest subject of a main clause first: "Russia said that Ukraine had broken the
        # truce. It accused ...": Russia; "The AU, which has mediated ..., met. It urged ...": the AU
        main = [i for i in subjects if self._main_subject(i)]
        found = self._body_at(main[0]) if main else None
        if found is not None or not subjects or subjects[0] < own:
            return found
        # "The minister said Iran would ... and it ...": in its own sentence, a reported subject
        # that is a country is the one left when the main subject is a person
        return self._body_at(subjects[0])

    def _body_at(self, i: int) -> int | None:
        """The entity of the country or organisation mentioned at token ``i`` (``None``: none is)."""
        for m in self.mentions:
            if m.start <= i < m.end:
                ent = self.entities[m.entity]
                return m.entity if ent.kind in {"country", "organization", "igo"} else None
        return None

    # -- output ----------------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        """One :class:`Actor` per entity, with every mention's span; person mentions share its code."""
        out: list[Actor] = []
        for ent in self.entities:
            own = [self.mentions[n] for n in ent.mentions if not self.mentions[n].rule.startswith("coref")]
            first = own[0] if own else self.mentions[ent.mentions[0]]
            coded = ent.coded
            if ent.kind == "person":
                for n in ent.mentions:
                    m = self.mentions[n]
                    m.code, m.country, m.sector = coded.code, coded.country, coded.sector
            spans = [(self.mentions[n].start_char, self.mentions[n].end_char) for n in ent.mentions]
            out.append(Actor(ent.name, first.text, coded.code, coded.country, coded.sector, ent.kind,
                             (first.start_char, first.end_char), coded.rule, coded.role, spans))
        return out


def _title_fits(title: str, titles: set[str], sector: str | None = "GOV") -> bool:
    """Whether an anaphor's title ("the leader", "the premier") fits a person's known titles.

    Another leader's title fits ("the president" for a prime minister's "the leader") only for a
    person of the state (``sector`` GOV): "the president" is not the opposition or rebel leader."""
    if not title:
        return False
    if any(title == t or title in t.split() or title in t for t in titles):
        return True
    return title in LEADER_TITLES and sector == "GOV" and \
        any(t in LEADER_TITLES or any(w in t for w in LEADER_TITLES) for t in titles)


def resolve(doc: Doc, found: list[Found], day: dt.date | None, persons: PersonTable,
            tokens: DocView | None = None) -> tuple[list[ActorMention], list[Actor]]:
    """Mentions (found ones plus resolved pronouns and anaphors) in text order, and the actors.

    ``tokens``: the document's :class:`DocView`, if the caller has it already.
    """
    tokens = tokens or doc_view(doc)
    resolver = Resolver(doc, day, persons, tokens)
    taken = {i for f in found for i in range(f.start, f.end)}
    # Pronoun words are found in the token table; a Token is built only for them.
    pronouns = [doc[i] for i, word in enumerate(tokens.normed) if word in PRONOUNS and i not in taken]
    pronouns = [t for t in pronouns if t.pos_ == "PRON"]
    resolver.strangers = _strangers(doc, tokens, taken)
    items: list[tuple[int, Found | Token]] = [(f.start, f) for f in found] + [(t.i, t) for t in pronouns]
    for _, item in sorted(items, key=lambda pair: pair[0]):
        if isinstance(item, Found):
            resolver.add(item)
        else:
            resolver.pronoun(item)
    actors = resolver.actors()
    order = sorted(range(len(resolver.mentions)), key=lambda n: resolver.mentions[n].start)
    return [resolver.mentions[n] for n in order], actors


def _strangers(doc: Doc, tokens: DocView, taken: set[int]) -> list[tuple[int, int]]:
    """Named people no mention covers, as (first token, head token): the recogniser's untaken
    PERSON names, and proper-noun subjects it got wrong ("Natalia Pelevine, a protest
    organizer, said" tagged as a place and a company)."""
    found = {(ent.start, ent.root.i) for ent in doc.ents
             if ent.label_ == "PERSON" and not any(i in taken for i in range(ent.start, ent.end))}
    for i, pos in enumerate(tokens.pos):
        if pos == "PROPN" and i not in taken and doc[i].dep_ in SUBJECT_DEPS:
            found.add((doc[i].left_edge.i, i))
    return sorted(found)
