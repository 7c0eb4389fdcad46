"""Pronoun resolution: "he", "its" and "they" join an actor already named before them.

- "he"/"she"/"his"/"her" join the most recent person, a recent subject first when the pronoun
  is a subject, with gender respected once known, and no one when a named person no dictionary
  codes (a witness, an organiser) comes in between; the speaker pronoun of a quote ('"...," he
  said') never joins a person the quote names (:mod:`newsevents.actors.quoted_speakers`), and
  "him" none of its clause subject's mentions;
- "its"/"itself" join the most recent country or organisation (none when that is one of a pair:
  "Russia and Belarus ... its"), and "it" only when the previous subject was one, or the possessor
  of the noun whose "that" clause it is in ("Seoul's claim that it ...");
- "they"/"their" join the subject that reports them ("the rebels said they ..."), else the most
  recent plural group, coordinated pair, country or organisation, never a news outlet: the agency
  a witness "told" or that "quoted" a resident ("AFP quoted a resident: 'They fired ...'") reports
  the act, it never does it; and never a country that owns a plural no actor names ("North
  Korea's neighbours ... they").

It stands apart from names and roles (:mod:`newsevents.actors.coref`) because it reads only the
mentions resolved so far and the parse around the pronoun, never the dictionaries or the persons
table. :class:`PronounResolver` is the base of that module's ``Resolver``, which also uses its
sentence walks (``_recent``, ``_continued_subject``) for role anaphors and possessors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.actors.coding import Coded
from newsevents.actors.oblique_antecedents import chained_they, oblique_only
from newsevents.actors.plural_antecedents import (
    breaks_subject_chain,
    continued_plural,
    joint_owner,
    mixed_sides,
    object_in_reach,
    plural_subject,
    split_pair,
)
from newsevents.actors.plural_roles import plural_role_noun
from newsevents.actors.pronoun_objects import other_country_candidates
from newsevents.actors.quoted_speakers import spoken_quote
from newsevents.nlp.docview import doc_view, norm
from newsevents.nlp.hyphenated import lemma_in
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.actors.coref import Entity

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"its", "itself", "it"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
PRONOUNS = MALE | FEMALE | NEUTER | PLURAL
# Titles of the one person who heads a body named after "of", or speaks for it ("the leader of the
# Democratic Party", "the spokesman of the army"): "he" then speaks for the body.
VOICE_TITLES = frozenset({"leader", "head", "chief", "chairman", "chairwoman", "chairperson", "president",
                          "founder", "spokesman", "spokeswoman", "spokesperson", "secretary-general"})
# Heads of a group's mention that "its" can stand for: a singular body ("the army") or a proper
# name ("the Defence Forces"), never a common plural ("the soldiers").
BODY_TAGS = frozenset({"NN", "NNP", "NNPS"})
# Actors "they" can stand for: groups of people, countries and organisations (not one person).
PLURAL_KINDS = frozenset({"group", "country", "organization", "igo"})
# The sector of news outlets, which report acts and are never "they" who did them.
OUTLET_SECTOR = "MED"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "happen", "take", "matter", "remain"})
# "it was ready to talk", "it remains committed to the talks": an actor's stated readiness, never expletive
READY_COMPLEMENTS = frozenset({"ready", "willing", "prepared", "committed", "determined", "eager", "keen", "open",
                               # "it was optimistic that ...", "it was concerned about ...": a speaker's
                               # own attitude (an expletive "it" takes "clear", "likely", "worrying")
                               "optimistic", "confident", "hopeful", "pessimistic", "skeptical", "sceptical",
                               "doubtful", "concerned", "worried", "alarmed", "disappointed", "pleased",
                               "grateful", "saddened", "satisfied"})
# "it will take countermeasures", "it would take action": "take" with an act is no "it takes two hours"
TAKEN_ACTS = frozenset({"measure", "countermeasure", "action", "step", "part", "control", "responsibility"})


class PronounResolver:
    """Pronoun resolution over the mentions and entities a resolver has built so far.

    The subclass (``coref.Resolver``) owns this state and how a mention is recorded (``_emit``).
    """

    doc: Doc
    entities: list[Entity]
    mentions: list[ActorMention]
    heads: list[int]  # head token of each mention
    strangers: list[tuple[int, int]]  # uncoded named people: (first token, head token)

    def _emit(self, start: int, end: int, name: str, coded: Coded, entity: int, rule: str) -> None:
        raise NotImplementedError  # the subclass records mentions

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
                      if (self.entities[self.mentions[n].entity].kind == "person" or self._headed_body(n, tok))
                      and self.entities[self.mentions[n].entity].gender in {"", gender}]
        if norm(tok.text) in {"him", "her", "himself", "herself"}:
            candidates = self._bound(tok, candidates)
        quoted = spoken_quote(tok, doc_view(self.doc).quoted_spans())
        if quoted is not None:  # '"... the Prime Minister ...," he said': not whom the quote names
            candidates = [n for n in candidates if not quoted[0] <= self.mentions[n].start_char < quoted[1]]
        if not candidates:
            return None
        # "Ruto spoke with Hassan. She thanked Kenya": not Kenya's own leader (actors/pronoun_objects.py)
        candidates = other_country_candidates(
            candidates, [self.entities[self.mentions[n].entity].coded.country for n in candidates], tok)
        if tok.dep_ in SUBJECT_DEPS:
            continued = self._continued_subject(tok, candidates)
            if continued is not None:
                mention = next(n for n in candidates if self.mentions[n].entity == continued)
                return None if self._stranger_between(mention, tok, subjects_only=True) else continued
        if self._stranger_between(candidates[0], tok, subjects_only=False):
            return None  # the pronoun more likely stands for the uncoded person named since
        return self.mentions[candidates[0]].entity

    def _headed_body(self, n: int, tok: Token) -> bool:
        """Whether mention ``n`` is a body named as the one a person heads, and that person speaks
        of himself with ``tok``: "the leader of the Democratic Party said he ..." (the body is the
        mention, the title none), "Democratic Party leader Bat says his party ..." (one mention, a
        name at its end). Only a subject or possessive pronoun in the clause the titled subject
        governs ("the head of the army called on him to quit": "him" is someone else)."""
        if tok.dep_ not in SUBJECT_DEPS and tok.dep_ != "poss":
            return False
        head = self.doc[self.heads[n]]
        if head.ent_type_ == "PERSON" and self.doc[self.mentions[n].end - 1].ent_type_ == "PERSON":
            title = head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.tag_ == "NN" \
                and lemma_in(head.head.head, VOICE_TITLES):
            title = head.head.head
        else:
            return False
        clause = title.head
        return title.dep_ in SUBJECT_DEPS and title.i < tok.i and clause.left_edge.i <= tok.i <= clause.right_edge.i

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
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _bound(self, tok: Token, candidates: list[int]) -> list[int]:
        """Drop the subject of the pronoun's own clause for "him"/"her" ("Lind, who praised him"),
        and keep only that subject for "himself"/"herself"."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
        if verb.dep_ == "relcl":
            subjects.add(verb.head.i)
        # each member of a coordinated subject is bound too: "the AU, France and the UN chief Ban
        # called on him to step down" (session 30: "him" had been the last member, Ban)
        subjects |= {c.i for i in list(subjects) for c in self.doc[i].subtree
                     if c.dep_ == "conj" and _conjunct_of(c, i)}
        local = [n for n in candidates if any(i in subjects for i in range(self.mentions[n].start,
                                                                          self.mentions[n].end))]
        if norm(tok.text).endswith("self"):
            return local or candidates
        # "Assad thanked him": neither that mention of Assad nor his earlier ones
        bound = {self.mentions[n].entity for n in local}
        return [n for n in candidates if self.mentions[n].entity not in bound]

    def _neuter(self, tok: Token) -> int | None:
        word = norm(tok.text)
        if word == "it":
            if tok.dep_ not in SUBJECT_DEPS or (tok.head.lemma_ in EXPLETIVE_HEADS and not any(
                    (c.dep_ == "acomp" and c.lower_ in READY_COMPLEMENTS)
                    or (c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_ACTS) for c in tok.head.children)):
                return None
            owner = self._claim_owner(tok)
            if owner is not None:
                return owner
            if object_in_reach(tok, lambda obj: self._side_at(obj) is not None):
                return None  # "Egypt helped Sudan as it faced famine": either may be meant
            return self._previous_subject_entity(tok)
        for n in self._recent(tok, sentences=2):
            ent = self.entities[self.mentions[n].entity]
            if ent.kind in {"country", "organization", "igo"} and ent.coded.code:
                if self._paired_country(n):
                    return None  # "Russia and Belarus ... its army": one "its" is not either of a pair
                return self.mentions[n].entity
            if ent.kind == "group" and ent.coded.country and self.doc[self.heads[n]].tag_ in BODY_TAGS:
                return self.mentions[n].entity  # "the Kenya Defence Forces said its troops ...": one body
        return None

    def _claim_owner(self, tok: Token) -> int | None:
        """The country or body whose claim, pledge or position a subject "it" speaks in: "Japan
        rejected *Seoul's* claim that it had honoured the deal" (the clause after "that" completes
        a noun whose possessor is the body); ``None`` for any other "it"."""
        verb = tok.head
        noun = verb.head
        if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.i > tok.i \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return self._body_at(owner.i) if owner is not None else None

    def _paired_country(self, n: int) -> bool:
        """Whether mention ``n`` is one of two or more countries or bodies named together ("Russia
        and Belarus")."""
        head = self.doc[self.heads[n]]
        sides = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
        return any(self._body_at(side.i) is not None for side in sides)

    def _plural(self, tok: Token) -> int | None:
        """"they"/"their": the subject of the clause that reports it ("the rebels said they ...",
        "officials said their troops ..."), else the most recent plural group, coordinated pair,
        country or organisation, unless that is one of a pair or a lone country while a plural
        doer goes on (:mod:`newsevents.actors.plural_antecedents`)."""
        reported = self._reporting_subject(tok)
        if reported is not None:
            return reported
        first = chained_they(tok) if tok.dep_ in SUBJECT_DEPS else None
        if first is not None:  # "they asked us ..., they asked us ...": one doer (actors/oblique_antecedents.py)
            found = self._mention_at(first)
            return self.mentions[found].entity if found is not None else None
        if self._uncoded_subject_continued(tok):
            return None  # "The envoys arrived. They met UN officials.": the envoys, whom no code names
        continued = continued_plural(self, tok)
        if continued is not None:
            return continued
        subject = plural_subject(tok) if norm(tok.text) in {"they", "their"} else None
        n = self._nearest_plural(tok)
        if n is None:
            return None
        if mixed_sides(self.doc[self.heads[n]], self._side_at) and not joint_owner(tok):
            return None  # "India and China ... their troops": both or none, never the nearer
        if subject is not None and breaks_subject_chain(self, tok, subject, n):
            return None
        return self.mentions[n].entity

    def _reporting_subject(self, tok: Token) -> int | None:
        """The entity of the subject that reports a subject "they" or the subject that "their"
        owns ("the rebels said they ...", "officials said their troops ..."); for "their", not a
        subject of mixed sides ("Hungarian and Romanian officials agreed that their countries ...":
        both or none)."""
        clause_subject = tok if tok.dep_ in SUBJECT_DEPS else tok.head if tok.dep_ == "poss" else None
        if clause_subject is None or clause_subject.dep_ not in SUBJECT_DEPS or clause_subject.head.dep_ != "ccomp":
            return None
        governor = clause_subject.head.head
        subj = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and tok.dep_ == "poss" and mixed_sides(subj, self._side_at):
            return None
        found = self._mention_at(subj) if subj is not None else None
        if found is not None and (self._plural_fits(found) or self._plural_people(found)):
            return self.mentions[found].entity
        return None

    def _nearest_plural(self, tok: Token) -> int | None:
        """The most recent mention a "they" can stand for (see :meth:`_plural`), or ``None``."""
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
            owned = self.doc[self.heads[n]].head
            if self.doc[self.heads[n]].dep_ == "poss" and owned.tag_ in ("NNS", "NNPS") \
                    and self._mention_at(owned) is None:
                return None  # "North Korea's neighbours condemned ... They said": the neighbours
            if self._plural_fits(n) and not (people and self.entities[self.mentions[n].entity].kind != "group"):
                if tok.dep_ in SUBJECT_DEPS and oblique_only(self.doc[self.heads[n]], tok):
                    return None  # "the review for reporters ... they agreed": not the reporters
                return n
        return None

    def _side_at(self, tok: Token) -> str | None:
        """The country (or, for an international body, the code) of the actor mentioned at ``tok``."""
        found = self._mention_at(tok)
        if found is None:
            return None
        coded = self.entities[self.mentions[found].entity].coded
        return coded.country or coded.code

    def _uncoded_subject_continued(self, tok: Token) -> bool:
        """Whether "they", the subject of its sentence's main clause, continues the previous sentence's
        main subject "they", which no code names ("Three envoys came from Belgrade. Here they held talks
        with Albanian leaders. They also met UN officials."): the subject chain goes on, and the most
        recent plural (the leaders they met) is not what "they" stands for, so it stays uncoded."""
        if norm(tok.text) != "they" or tok.dep_ not in SUBJECT_DEPS or not self._main_subject(tok.i):
            return False
        own = sentence_of(tok).start
        if own == 0:
            return False
        root = sentence_of(self.doc[own - 1]).root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or norm(subject.text) != "they":
            return False  # a noun subject ("the protests started") may be no one "they" goes on from
        found = self._mention_at(subject)
        return found is None or not self.entities[self.mentions[found].entity].coded.code

    @staticmethod
    def _clause_subjects(tok: Token) -> set[int]:
        """The subjects of the clause an object pronoun is in, with the subject a subjectless
        complement or purpose clause inherits from the verb it hangs from."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        out: set[int] = set()
        for _ in range(4):
            own = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
            out |= own
            if own or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
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
        if ent.coded.sector == OUTLET_SECTOR and ent.kind == "organization":
            return False  # "told Reuters": the outlet reports the act ("They killed ...") it quotes
        head = self.doc[self.heads[n]]
        if head.tag_ not in ("NNS", "NNPS") and ent.kind == "group":
            # "protesters in Nairobi": the phrase's last word is its place; its root is the group,
            # or its first plural noun when the parser hung the place on a word outside the phrase
            # ("thousands of demonstrators in Bamako": "in" is then as near the root as the noun)
            head = plural_role_noun(self.doc[m.start:m.end])
        coordinated = any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj"
        return coordinated or (ent.kind in PLURAL_KINDS and (ent.kind != "group" or head.tag_ in ("NNS", "NNPS")))

    def _plural_people(self, n: int) -> bool:
        """Whether mention ``n`` names several people by a plural role ("U.S. officials", "the
        ministers"): coded as persons, one at a time they are no group, but a reporting clause's
        "they" ("officials said they would ...") is they."""
        m = self.mentions[n]
        if not self.entities[m.entity].coded.code or m.rule.startswith("coref-pronoun"):
            return False
        return self.doc[self.heads[n]].tag_ in ("NNS", "NNPS")

    def _previous_subject_entity(self, tok: Token) -> int | None:
        own = sentence_of(tok).start
        start = sentence_of(self.doc[own - 1]).start if own > 0 else own
        subjects = [i for i in range(tok.i - 1, start - 1, -1) if self.doc[i].dep_ in SUBJECT_DEPS]
        # the nearest subject of a main clause first: "Russia said that Ukraine had broken the
        # truce. It accused ...": Russia; "The AU, which has mediated ..., met. It urged ...": the AU
        main = [i for i in subjects if self._main_subject(i)]
        if main and split_pair(self.doc[main[0]], self._side_at):
            return None  # "NATO and the EU condemned the coup. It called ...": both or none
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


def _conjunct_of(tok: Token, head: int) -> bool:
    """Whether ``tok`` is a conjunct of token ``head``, directly or down a chain of conjuncts
    ("A, B and C": C hangs on B, B on A)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == head:
            return True
    return False
