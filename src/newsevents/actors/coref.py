"""Within-document coreference: later names, role anaphors and pronouns reuse a resolved actor.

- a shorter name ("Lukashenko", "Li") joins the most recent person whose full name holds it;
- a definite role ("the premier", "the Belarusian leader") joins the most recent person with a
  matching title (and country, if the phrase names one), else the holder of that office on the
  article's date from the persons table, if that office's country is in the text;
- a definite repetition of a group's head noun ("the soldiers") joins the one recent group of
  that noun with a country;
- pronouns ("he", "its", "they") are resolved by :mod:`newsevents.actors.pronouns`, whose
  :class:`~newsevents.actors.pronouns.PronounResolver` the :class:`Resolver` here extends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsevents.actors.armed_descriptions import armed_description, described_armed_group
from newsevents.actors.coding import Coded, _split
from newsevents.actors.coref_rules import LEADER_TITLES, predicative_role, strangers, title_fits, title_named
from newsevents.actors.described_orgs import described_org, description_start, descriptions
from newsevents.actors.group_coref import described_company
from newsevents.actors.group_identity import distinct_groups
from newsevents.actors.igo_titles import other_homes
from newsevents.actors.loyalty import faction_key
from newsevents.actors.mentions import GUEST_WORDS
from newsevents.actors.named_parties import party_key
from newsevents.actors.owned_roles import owned_role
from newsevents.actors.person_names import Found
from newsevents.actors.persons import PersonTable
from newsevents.actors.place_clues import venue_place
from newsevents.actors.plural_roles import plural_role_noun
from newsevents.actors.pronouns import PRONOUNS, SUBJECT_DEPS, PronounResolver
from newsevents.actors.repeated_nouns import repeated_group, repetitions
from newsevents.nlp.docview import DocView, doc_view, norm
from newsevents.nlp.sentences import sentence_of
from newsevents.records import Actor, ActorMention

# Clauses a role noun's own subject may govern it through ("called for the president to resign").
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp"})
# Where the walk up from a role noun stops: a new main or coordinated clause starts there.
CLAUSE_ENDS = frozenset({"ROOT", "conj", "relcl", "parataxis"})
# Kinds of bare bodies a definite repetition of the head noun points back at ("the soldiers", "the delegation").
REPEATED_KINDS = frozenset({"group", "organization"})
# Rank of the evidence behind a code: an actor takes the code of its best-ranked mention.
# "igo-holder": a title that names an international body's office (actors/igo_holders.py), as sure as a title.
RULE_RANK = {"title": 0, "igo-holder": 0, "persons-table": 1, "org": 2, "metonym": 3, "role": 4, "demonym": 5,
             "country": 6, "persons-table-former": 7, "ner": 9}
# Sectors of the bodies that belong to whoever possesses them ("his government", "its army").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Sectors of the non-state bodies a title serves ("the leader of the opposition party": OPP, by
# served_body): such a title is that body's officer, never a state office holder from the table.
SERVED_BODY_SECTORS = frozenset({"OPP", "REB", "INS", "LAB", "PTY", "SEP"})
INDEFINITE = frozenset({"a", "an", "another"})
# The bodies an international organisation has too ("its troops", "its spokesman").
IGO_SERVING = frozenset({"GOV", "MIL"})
# Nouns that, after "the", stand for the country the text is about ("the country's military").
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic", "island", "emirate"})

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


class Resolver(PronounResolver):
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
        if not found.person_key and found.name == found.name.lower() \
                and norm(self.doc[found.start].text) in INDEFINITE:
            # "a spokesman ... A spokesman for the rebels": an indefinite title brings in someone new
            return self._new("person", norm(found.name), found.name, found.coded), False
        if found.person_key:
            for idx in range(len(self.entities) - 1, -1, -1):
                if self.entities[idx].key == found.person_key:
                    return idx, True
        # a title with no name and a country of its own ("Philippine officials") is not the same
        # holders as a bare title told before ("officials said"), whose country is unknown
        titled_by_country = not found.person_key and found.coded.country is not None \
            and self.doc[found.end - 1].pos_ == "NOUN"
        for m in reversed(self.mentions):
            ent = self.entities[m.entity]
            if ent.kind != "person" or not words:
                continue
            if titled_by_country and ent.coded.country is None:
                continue  # "officials said ... Philippine officials met": the bare title is no one's yet
            other = set(norm(ent.name).split())
            if (words <= other or other <= words) and not other_homes(found.coded, ent.coded):
                return m.entity, True  # an IGO's officials and a state's are two (actors/igo_titles.py)
        return self._new("person", found.person_key or norm(found.name), found.name, found.coded), False

    def _anaphor_entity(self, found: Found) -> int | None:
        title = found.titles[0] if found.titles else ""
        country = found.coded.country
        head = self.doc[found.end - 1]
        # "the opposition leader called for the president to resign": not the clause's own subject
        barred = self._clause_subject_entities(head)
        hosts = self._hosts(found, barred)
        served = found.coded.sector in SERVED_BODY_SECTORS
        fitting = []
        for n in range(len(self.mentions) - 1, -1, -1):
            ent = self.entities[self.mentions[n].entity]
            if ent.kind != "person" or ent.coded.code is None or self.mentions[n].entity in barred:
                continue
            if (country and ent.coded.country != country) or ent.coded.country in hosts:
                continue
            if served and ent.coded.sector != found.coded.sector:
                continue
            if title_fits(title, self._titles_of(n), ent.coded.sector):
                fitting.append(n)
        if not fitting:
            idx = None if served else self._from_table(title, country)
            return None if idx in barred else idx
        # "Obama met Prime Minister Netanyahu ... the President asked the Prime Minister": a person
        # with the title itself goes before a more recent leader whose other title only stands in
        named = [n for n in fitting if title_named(title, self._titles_of(n))]
        fitting = named or fitting
        if head.dep_ in SUBJECT_DEPS:
            # "Ruto met Hassan ... The president later said": a subject continues the subject.
            continued = self._continued_subject(head, fitting)
            if continued is not None:
                return continued
        return self.mentions[fitting[0]].entity

    def _titles_of(self, n: int) -> set[str]:
        """The titles of mention ``n``'s person, with its own words when they spell one that the
        name finder kept in no title ("German Chancellor Olaf Scholz": "chancellor")."""
        m = self.mentions[n]
        words = [self.tokens.normed[i] for i in range(m.start, m.end)]
        own = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, min(a + 3, len(words)) + 1)}
        return self.entities[m.entity].titles | (own & LEADER_TITLES)

    def _hosts(self, found: Found, barred: set[int]) -> set[str | None]:
        """The countries a guest ("the visiting minister") is not from: those of the clause's
        subject ("Lula welcomed the visiting president") and of the people named before it in its
        sentence. Empty for any other role."""
        if not any(self.tokens.normed[i] in GUEST_WORDS for i in range(found.start, found.end)):
            return set()
        sent = sentence_of(self.doc[found.start])
        hosts = {self.entities[e].coded.country for e in barred}
        hosts.update(m.country for m in self.mentions if m.kind == "person" and sent.start <= m.start < found.start)
        return hosts - {None}

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
            if verb.dep_ in CLAUSE_ENDS or verb.head.i == verb.i:
                break
            verb = verb.head
        if not subjects:
            return set()
        # a subject's phrase may end past its head ("Russia's president Vladimir Putin met ...")
        return {m.entity for m in self.mentions if any(m.start <= i < m.end for i in subjects)}

    def _from_table(self, title: str, country: str | None) -> int | None:
        if self.day is None:
            return None  # an undated story: who held the office is not known (not today's holder)
        countries = {country} if country else {m.country for m in self.mentions if m.country}
        # holders(.., countries) drops only people who never held an office of these countries
        fitting = [(person, role) for person, role in self.persons.holders(self.day, countries)
                   if _split(role.code)[0] in countries and title_fits(title, {norm(role.title)})]
        if country is None and len({_split(role.code)[0] for _, role in fitting}) > 1:
            return None  # "the minister" in a story of two countries: whose is not for the table to say
        if not fitting:
            return None
        person, role = fitting[0]
        for idx, ent in enumerate(self.entities):
            if ent.key == person.name:
                return idx
        country_code, sector = _split(role.code)
        coded = Coded(role.code, country_code, sector, "person", "persons-table", role.title)
        idx = self._new("person", person.name, person.name, coded)
        self.entities[idx].titles.add(norm(role.title))
        return idx

    def add(self, found: Found) -> None:
        """Place one found mention into an entity (new or earlier) and emit it."""
        if self._owned(found):  # "its leader", "the rebels' spokesman": the owner's, a new actor
            return
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
        company = described_company(self, found)  # "the company" after "A Shell spokesman"
        if company is not None:
            coded = found.coded = company
        idx = self._repeated_group(found)
        if idx is None:
            idx = described_armed_group(self, found)  # "Boko Haram ... the militant group"
        if idx is not None:
            ent = self.entities[idx]
            self._emit(found.start, found.end, found.name, ent.coded, idx, "coref-group")
            return
        key = f"{coded.kind}:{coded.code}:{norm(found.name) if coded.code is None else ''}"
        key += party_key(coded, found.name)  # "Republicans accused Democrats": two parties, one code
        key += faction_key(found.name)  # "soldiers loyal to Kiir clashed with troops backing Machar"
        text = self.tokens.span_text(found.start, found.end)
        taken = 0
        for idx, ent in enumerate(self.entities):
            if ent.key.split("#")[0] != key:
                continue
            taken += 1
            # "Fulani herders attacked Christian farmers": one code, two groups
            if coded.kind == "group" and self._other_group(idx, text):
                continue
            self._emit(found.start, found.end, found.name, coded, idx, coded.rule)
            return
        idx = self._new(coded.kind, key + (f"#{taken}" if taken else ""), found.name, coded)
        self.entities[idx].titles.update(found.titles)
        self._emit(found.start, found.end, found.name, coded, idx, coded.rule)

    def _owned(self, found: Found) -> bool:
        """Emit a role a non-state body owns as an actor of its own with the owner's code
        (:mod:`newsevents.actors.owned_roles`); whether it was one."""
        owned = owned_role(self, found)
        if owned is None:
            return False
        found.coded = owned
        self._emit(found.start, found.end, found.name, owned,
                   self._new(owned.kind, f"owned:{found.start}", found.name, owned), owned.rule)
        return True

    def described(self, noun: Token) -> None:
        """A bare "the group", "the bloc": the one named organisation it repeats, if any
        (:mod:`newsevents.actors.described_orgs`)."""
        idx = described_org(self, noun)
        if idx is None:  # "The M23 rebel movement ... the group": the armed group named nearest
            idx = armed_description(self, description_start(self.doc, noun), noun)
        if idx is not None:
            ent = self.entities[idx]
            self._emit(description_start(self.doc, noun), noun.i + 1, ent.name, ent.coded, idx, "coref-group")

    def repeated(self, noun: Token) -> None:
        """"The officers" after "Kenyan police officers" (:mod:`newsevents.actors.repeated_nouns`)."""
        idx = repeated_group(self, noun)
        if idx is not None:
            ent = self.entities[idx]
            self._emit(noun.i - 1, noun.i + 1, ent.name, ent.coded, idx, "coref-group")

    def _other_group(self, idx: int, text: str) -> bool:
        """Whether a group phrase names another group than entity ``idx``'s own (not
        coreferent) mentions do (see :mod:`newsevents.actors.group_identity`)."""
        own = [self.mentions[n].text for n in self.entities[idx].mentions
               if not self.mentions[n].rule.startswith("coref")]
        return bool(own) and all(distinct_groups(text, other) for other in own)

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
        same = [n for n in self._recent(head) if self.mentions[n].kind == coded.kind and self._head_lemma(n) == lemma]
        earlier = {self.mentions[n].entity for n in same if self.mentions[n].country}
        countries = {self.entities[e].coded.country for e in earlier}
        if not same or earlier:
            return next(iter(earlier)) if len(earlier) == 1 and len(countries) == 1 else None
        # "Rebels seized Sibut ... Talks between the rebels and the government will open in Gabon": the
        # one group of that noun named before has no country yet (the story's comes later), and a
        # sentence's place of a country no actor before has is no better guess: the repetition joins
        # it (session 28). A place of a country already named stands ("police officers were held
        # in Andijan. Uzbek troops ... freed the officers").
        if coded.country is not None and any(m.country == coded.country for m in self.mentions):
            return None
        plain = {self.mentions[n].entity for n in same}
        return next(iter(plain)) if len(plain) == 1 else None

    def _head_lemma(self, n: int) -> str:
        """The lemma of mention ``n``'s head: its last word, but a group's own noun when a place
        follows it ("Syrian refugees in Lebanon ... the refugees": refugees, not Lebanon; "Rebels in
        the Central African Republic ... the rebels", session 28)."""
        m = self.mentions[n]
        if (m.sector != "REF" and m.kind != "group") or m.end - m.start == 1 or m.end > len(self.doc):
            return self.doc[self.heads[n]].lemma_.lower()
        span = self.doc[m.start:m.end]
        return (span.root if m.sector == "REF" else plural_role_noun(span)).lemma_.lower()

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
            igo = self._owner_igo(owner) if owner is not None and coded.sector in IGO_SERVING else None
            if igo is not None:  # "the AU said its troops ...": the troops are the AU's
                return Coded(igo, None, "IGO", coded.kind, "possessor", coded.role)
            return coded
        return Coded(country + coded.sector, country, coded.sector, coded.kind, "possessor", coded.role)

    def _owner_igo(self, owner: Token) -> str | None:
        """The code of an international body a possessor names or stands for ("its" after the UN)."""
        for m in reversed(self.mentions):
            if m.start <= owner.i < m.end:
                return m.code if m.country is None and (m.code or "").startswith("IGO") else None
        return None

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
            # "signed in Gabon's capital ... the country's assembly": a venue is not the country told of
            recent = [n for n in recent if not venue_place(self.doc[self.mentions[n].start])]
            countries = [n for n in recent if self.entities[self.mentions[n].entity].kind == "country"]
            if not countries and len({self.mentions[n].country for n in recent if self.mentions[n].country}) > 1:
                # "Moldova's ministry expelled Russian diplomats ... the country's president": no
                # country named as one, and the bodies around are of several: no guess
                return None
            recent = countries or recent
        for n in recent:
            if self.mentions[n].country:
                return self.mentions[n].country
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


def resolve(doc: Doc, found: list[Found], day: dt.date | None, persons: PersonTable,
            tokens: DocView | None = None) -> tuple[list[ActorMention], list[Actor]]:
    """Mentions (found ones plus resolved pronouns and anaphors) in text order, and the actors.

    ``tokens``: the document's :class:`DocView`, if the caller has it already.
    """
    tokens = tokens or doc_view(doc)
    found = [f for f in found if not predicative_role(doc, f)]
    resolver = Resolver(doc, day, persons, tokens)
    taken = {i for f in found for i in range(f.start, f.end)}
    # Pronoun words are found in the token table; a Token is built only for them.
    pronouns = [doc[i] for i, word in enumerate(tokens.normed) if word in PRONOUNS and i not in taken]
    pronouns = [t for t in pronouns if t.pos_ == "PRON"]
    resolver.strangers = strangers(doc, tokens, taken)
    described = descriptions(doc, tokens, taken)  # "the group" after "Amnesty International"
    repeated = repetitions(doc, tokens, taken)  # "the officers" after "Kenyan police officers"
    items: list[tuple[int, Found | Token]] = [(f.start, f) for f in found] + [
        (t.i, t) for t in pronouns + described + repeated]
    plurals = {t.i for t in repeated}
    for _, item in sorted(items, key=lambda pair: pair[0]):
        if isinstance(item, Found):
            resolver.add(item)
        elif item.pos_ == "PRON":
            resolver.pronoun(item)
        elif item.i in plurals:
            resolver.repeated(item)
        else:
            resolver.described(item)
    actors = resolver.actors()
    order = sorted(range(len(resolver.mentions)), key=lambda n: resolver.mentions[n].start)
    return [resolver.mentions[n] for n in order], actors
