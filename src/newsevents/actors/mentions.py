"""Find actor mentions in a parsed ``Doc``: persons with their titles, organisations, groups,
countries and seats of government that act.

Evidence comes from spaCy's entities and parse plus the dictionary matches. A person's mention
takes in the title words before the name ("Japanese ambassador to Hanoi Kenji Morimoto") and an
appositive after it ("Maria Olsen, speaker of the national assembly"); place names the
entity recogniser glued to the front of a name are cut off. A capital is an actor only where
it acts (subject, object, possessor), never as a plain location ("talks in Beijing").
The person half lives in ``newsevents.actors.person_names``; this module adds the rest.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.coding import SERVING_BODIES, SPONSOR_WORDS, STANCE_GROUPS, Coded, code_evidence, gather
from newsevents.actors.companionship import companionship
from newsevents.actors.coordination import split_coordinated
from newsevents.actors.crowds import counted
from newsevents.actors.lexicon import COUNTRY_KINDS, Entry, Match
from newsevents.actors.lexicon_matches import span_matches
from newsevents.actors.member_nouns import member_noun, negated
from newsevents.actors.named_orgs import add_named_orgs
from newsevents.actors.person_names import PLACE_VERBS, Found, PersonFinder
from newsevents.actors.person_posts import CLAUSE_END
from newsevents.nlp.docview import norm

# Prepositions whose object is where something happens, not who acts.
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout", "around", "outside",
                         "into", "over", "along", "via", "through", "beyond", "onto", "towards",
                         "toward", "to", "from", "off", "between", "until", "since", "during"})
# Prepositions whose object is an actor even when it is a capital ("talks with Beijing").
# Words that make a role a visitor's ("the visiting minister"): a definite role, never the host's.
GUEST_WORDS = frozenset({"visiting"})
ACTOR_PREPS = frozenset({"with", "by", "against", "on", "among", "for", "of"})
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative", "appos", "attr", "iobj"})
# Nouns whose "between X and Y" is a stretch of space or a comparison, not two sides.
SPACE_NOUNS = frozenset({"border", "frontier", "boundary", "line", "road", "highway", "railway", "route", "corridor",
                         "area", "zone", "region", "territory", "strait", "sea", "river", "flight", "flights",
                         "distance", "gap", "difference", "trade", "pipeline", "bridge", "tunnel", "way"})
# Nouns whose "to X" is a destination ("his trip to China").
TRIP_NOUNS = frozenset({"trip", "visit", "way", "road", "flight", "journey", "return"})
PLACE_KINDS = frozenset({"country", "capital", "people", "adjective"})
# Determiners of a kind, not a name: "every Islamic party", "an Islamic movement".
ANY_DETS = frozenset({"a", "an", "every", "any", "each", "another", "no", "some", "several", "many"})
# Entity labels inside which a country name is part of something else's name.
NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "PERSON"})
# Role nouns that also name a stance, which is no actor when it says to what ("opposition to X").
STANCE_NOUNS = frozenset({"opposition", "resistance"})
# Nouns of a change whose bare "of" object names its kind, not an actor: "an unconstitutional change of
# government" is a coup, aimed at no government ("rejects all changes of government", "condemned the change
# of regime").
CHANGE_NOUNS = frozenset({"change", "transfer", "seizure"})
# Second halves of "<country>-led", "<country>-backed" before a role.
HYPHEN_PARTS = SPONSOR_WORDS | {"led", "run", "controlled", "dominated", "based"}
# Words before a role that count the people in it and are not part of its name ("25 activists").
QUANTIFIERS = frozenset({"several", "some", "many", "few", "dozens", "hundreds", "thousands", "scores",
                         "numerous", "more", "fewer", "about", "around", "nearly", "almost", "least", "at",
                         "over", "dozen", "hundred", "thousand", "million", "all", "both"})


class Finder(PersonFinder):
    """Finds the mentions of one document (one instance per ``Doc``)."""

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
            if self._sponsor_of(m.end):
                continue  # "the al-Qaida-linked group", "a Hamas-allied faction": another group
            if org.kind in {"party", "armed"} and m.start > 0 and self.tokens.normed[m.start - 1] in ANY_DETS:
                continue  # "every Islamic party", "an Islamic movement": a kind of group, not its name
            if (org.kind in {"metonym", "territory"} or (len(m.entries) > 1 and m.entries[1].kind == "capital")) \
                    and not self._acts(self.doc[m.end - 1]):
                continue
            start, end = self._extend_left(m.start), m.end
            nxt = self.at[end] if end < len(self.doc) else None
            if nxt is not None and nxt.start == end and (nxt.first("group", "title") is not None or _delegation(nxt)):
                end = nxt.end  # "Taliban negotiators", "the Houthi delegation": the group's own people
            coded = self._code_span(start, end)
            if coded is not None:
                self._take(Found(start, end, org.name, coded, 1))

    def add_groups(self) -> None:
        for m in self.matches:
            role = m.first("title", "group", "body")
            if role is None or any(self.taken[m.start:m.end]):
                continue
            if m.first("state", "party") is not None and self._inside_foreign_name(m):
                continue  # "the National Democratic Congress" (Ghana's party) is not the US Congress
            head = self.doc[m.end - 1]
            members = None if negated(self.doc, m.start) else member_noun(self.doc, head, role.code, self.at)
            if members is not None:  # "opposition groups", "the rebel leadership": the role's members
                self._add_members(m.start, members.i + 1, role.name)
                continue
            if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ == "amod":
                continue
            if head.dep_ in {"compound", "nmod"} and head.head.i > head.i:
                # a modifier: of a role noun, which takes it in ("opposition activists"), or of
                # some other noun, which is no actor ("opposition rally")
                continue
            if head.lemma_.lower() in STANCE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "to"
                                                           for c in head.children):
                continue  # "voiced their opposition to the coup": a stance, not the opposition
            if _kind_of_change(head):
                continue  # "rejects all unconstitutional change of government": a kind of event
            if companionship(head):
                continue  # "the ministers in his company": who was with whom (actors/companionship.py)
            # "the two leaders", "both delegations": counted back to actors named before (the coder's)
            if (role.kind == "title" or role.code == "GOV") and self._counted_anaphor(m.start):
                continue
            start, end = self._extend_left(m.start), self._extend_right(m.end)
            coded = self._code_span(start, end)
            if coded is None:
                continue
            definite = start < m.start and self.tokens.normed[start] in {"the"}
            anaphor = role.kind == "title" and definite and head.tag_ in {"NN", "NNP"}
            first = start + 1 if self.tokens.normed[start] in {"the", "a", "an"} else start
            self._take(Found(start, end, self.tokens.span_text(first, end), coded, 2, anaphor=anaphor,
                             titles=(role.name,)))

    def _add_members(self, start: int, end: int, role: str) -> None:
        """A group named by a role word and a collective noun after it (``member_nouns``)."""
        if any(self.taken[start:end]):
            return
        start, end = self._extend_left(start), self._extend_right(end)
        coded = self._code_span(start, end)
        if coded is None:
            return
        first = start + 1 if self.tokens.normed[start] in {"the", "a", "an"} else start
        self._take(Found(start, end, self.tokens.span_text(first, end), coded, 2, titles=(role,)))

    def add_countries(self) -> None:
        for m in self.matches:
            entry = m.entries[0]
            if entry.kind not in PLACE_KINDS or any(self.taken[m.start:m.end]):
                continue
            if self._inside_foreign_name(m):
                continue
            tok = self.doc[m.end - 1]
            crowd = entry.kind in {"adjective", "people"} and tok.pos_ in {"NOUN", "PROPN"} and counted(tok)
            if entry.kind == "adjective" and not (tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in ACTOR_DEPS) \
                    and not crowd:  # "thousands of Sudanese" act as a crowd
                continue
            if entry.kind == "capital" and (tok.ent_type_ not in {"GPE", ""} or not self._acts(tok)):
                continue
            if entry.kind in {"country", "people"} and not self._country_acts(tok) and not crowd:
                continue
            coded = self._code_place(entry)
            start = m.start - 1 if m.start > 0 and self.tokens.normed[m.start - 1] == "the" else m.start
            name = entry.name if entry.kind == "country" else self.tokens.span_text(m.start, m.end)
            self._take(Found(start, m.end, name, coded, 3))

    def _code_span(self, start: int, end: int) -> Coded | None:
        texts = self.tokens.texts[start:end]
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
                if near.pos_ == "PROPN" and near.text[:1].isupper() and near.ent_type_ != "DATE" \
                        and not (i < m.start and near.like_num):  # "Eleven Palestinians": a count
                    return True
        tok = self.doc[m.start]
        if tok.ent_type_ not in NAME_LABELS:
            return False
        for ent in self.tokens.ents:
            if ent.start <= m.start < ent.end:
                # the entity recogniser may take in the article and a possessive ending ("al-Shabab's")
                inner = [t for t in ent if norm(t.text) not in {"the", "'s", "'"}]
                return not (inner and inner[0].i >= m.start and inner[-1].i < m.end)
        return False

    def _acts(self, tok: Token) -> bool:
        """Whether a seat of government or a building is used as an actor where it stands."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
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
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "pobj":
            prep = norm(tok.head.text)
            if prep == "between":
                # "talks between Israel and Jordan" name sides; "the border between them" places
                return tok.head.head.lemma_.lower() not in SPACE_NOUNS
            return prep not in PLACE_PREPS or (prep in {"to", "from"} and \
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
        while j < start and (self.tokens.normed[j] in {"'s", "'", "-"} or self._counts(self.doc[j])
                             or (j > 0 and self.tokens.texts[j - 1] == "-" and self.tokens.normed[j] in HYPHEN_PARTS)
                             or (self.doc[j].pos_ == "DET" and self.tokens.normed[j] not in {"the", "a", "an"})):
            j += 1
        return j

    def _sponsor_of(self, end: int) -> bool:
        """Whether the name ending at ``end`` qualifies a group after it by a tie ("-linked",
        "-backed"): the name is that group's patron or ally, not the group."""
        normed = self.tokens.normed
        return end + 1 < len(normed) and self.tokens.texts[end] == "-" and normed[end + 1] in SPONSOR_WORDS

    def _counted_anaphor(self, start: int) -> bool:
        """Whether titles at ``start`` are counted back to people named before ("the two leaders",
        "both ministers"): several actors at once, which no one code fits."""
        if start == 0:
            return False
        before = self.doc[start - 1]
        if norm(before.text) == "both":
            return True
        return before.like_num and start >= 2 and self.tokens.normed[start - 2] == "the"

    def _counts(self, tok: Token) -> bool:
        """Whether ``tok`` counts the members of a group rather than naming it ("25", "several")."""
        return self.at[tok.i] is None and (tok.like_num or tok.pos_ == "NUM" or norm(tok.text) in QUANTIFIERS)

    def _modifier(self, tok: Token, start: int) -> bool:
        """Whether ``tok`` belongs to the noun phrase of a role or name starting at ``start``."""
        if self.at[tok.i] is not None and not self.taken[tok.i]:
            return True
        if norm(tok.text) in {"'s", "'", "the", "-"}:
            return True
        if norm(tok.text) in HYPHEN_PARTS and tok.i > 0 and self.tokens.texts[tok.i - 1] == "-":
            return True  # "Saudi-led", "Iran-backed": the country before is read by the coder
        attached = tok.head.i >= start
        compound = tok.dep_ == "compound" and not self.taken[tok.i]
        guest = norm(tok.text) in GUEST_WORDS  # "the visiting minister": a definite role, a guest's
        return attached and (tok.pos_ in {"ADJ", "NUM", "DET"} or compound or guest)

    def _extend_right(self, end: int) -> int:
        doc = self.doc
        if self.tokens.normed[end - 1] in STANCE_GROUPS and self.tokens.normed[end] == "of":
            return end  # "critics of the Kenyan government": whom they oppose is not whose they are
        if end + 1 < len(doc) and self.tokens.normed[end] in {"in", "of", "from"}:
            k = end + 1
            if self.tokens.normed[k] == "the" and k + 1 < len(doc):
                k += 1
            elif self.tokens.normed[k] == "both" and k + 1 < len(doc):
                k += 1  # "the ministers from both India and Pakistan": each country's, as without "both"
            m = self.at[k]
            if m is not None and m.start == k and m.entries[0].kind in COUNTRY_KINDS:
                return m.end
        return end

    def run(self) -> list[Found]:
        """Every mention, in text order, without overlaps (persons first, then orgs, groups, places)."""
        self.add_persons()
        self.add_orgs()
        add_named_orgs(self)  # parties and civic bodies the dictionaries lack ("the Fidesz Party")
        self.add_groups()
        split_coordinated(self)
        self.add_countries()
        return sorted(self.found, key=lambda f: f.start)


def _kind_of_change(head: Token) -> bool:
    """"change of government", "changes of regime": a bare role noun (no article, owner or modifier) in
    the "of" phrase of a change noun names the kind of change."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in CHANGE_NOUNS \
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children)


def _delegation(match: Match) -> bool:
    """Whether a role match is a delegation (``actors/coding.SERVING_BODIES``), which an organisation's name
    before it makes that organisation's own."""
    body = match.first("body")
    return body is not None and body.name.lower() in SERVING_BODIES
