"""From argument tokens to actor mentions: which actor fills a source or target slot.

The head of the argument may itself be a mention ("Beijing", "he"); otherwise the closest
mention in the argument's noun phrase fills it ("the government *of Iraq*", "*US* diplomats",
"*China's* initiative"), searched through modifiers only, never into relative clauses or other
prepositions ("the man who met Putin" is not Putin).
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsevents.actors.coding import SPONSOR_WORDS
from newsevents.actors.lexicon import COUNTRY_KINDS
from newsevents.actors.lexicon import lexicon as actor_lexicon
from newsevents.actors.named_acronyms import is_acronym
from newsevents.events import groups
from newsevents.events.accus_opponents import opponents_at_home, opposed_modifier
from newsevents.events.blasts import blast_places
from newsevents.events.coordination import conjuncts
from newsevents.events.counterparts import counterpart_office
from newsevents.events.crowd_places import crowd_places
from newsevents.events.groups import LOCATIVE_PREPS
from newsevents.events.hyphen_pairs import hyphen_partner
from newsevents.events.issuers import statement_issuer
from newsevents.events.named_towns import settlement_name
from newsevents.events.place_lists import role_in_listed_place
from newsevents.events.quoted import quoted_speakers
from newsevents.nlp.docview import DocView, doc_view
from newsevents.nlp.sentences import sentence_of
from newsevents.nlp.typed_spacy import token_conjuncts
from newsevents.places import country_code, geocode, town_country
from newsevents.records import Actor, ActorMention

MODIFIER_DEPS = {"compound", "poss", "amod", "nmod", "appos", "flat", "npadvmod", "nummod"}
NOUN_PREPS = {"of", "from", "in"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
# Named entities the actor step left alone (a place after "to", say) are coded on their own.
FALLBACK_LABELS = {"GPE", "NORP", "ORG"}
# Entity labels a town's name is sometimes given by mistake.
TOWN_LABELS = {"PERSON", "ORG", "FAC", "LOC"}
# Prepositions that list a plural's members ("leaders including X and Y"; "such as" apart).
MEMBER_PREPS = {"including", "like", "among"}
# People named by whom they follow or oppose: they are of the leader's country, never the leader.
ADHERENT_NOUNS = frozenset({"supporter", "follower", "loyalist", "backer", "sympathizer", "sympathiser",
                            "partisan", "devotee", "admirer"})
# What opens an apposition that lists a plural's members.
APPOSITION_MARKS = frozenset({",", "-", "--", "\u2014", "\u2013", ":"})

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import Knowledge


class MentionIndex:
    """The document's actor mentions, indexed by token."""

    def __init__(self, doc: Doc, knowledge: Knowledge | None = None) -> None:
        self.doc = doc
        self.knowledge = knowledge  # the dictionaries entities are coded with (default: built-in)
        self.by_token: dict[int, ActorMention] = {}
        found = list(doc._.ne_mentions or [])
        found += quoted_speakers(doc, found)  # '"We condemn it," the army said': "we" is the army
        for mention in found:
            for i in range(mention.start, mention.end):
                self.by_token.setdefault(i, mention)
        self.mentions: list[ActorMention] = sorted(found, key=lambda m: m.start)
        self.doc_actors: list[Actor] = list(doc._.ne_actors or [])  # mentions' ``entity`` indexes these
        self.entities: dict[int, Span] = {i: ent for ent in doc_view(doc).ents if ent.label_ in FALLBACK_LABELS
                                          for i in range(ent.start, ent.end)}
        article = doc._.ne_article
        self.date = article.date if article is not None else None

    def at(self, token: Token) -> ActorMention | None:
        """The mention covering ``token``, or one coded from the named entity there."""
        found = self.by_token.get(token.i)
        if found is None and (found := statement_issuer(token, self.actor)) is not None:
            self.by_token[token.i] = found  # "The statement also accused Britain": its issuer
        if (found is None or not found.code) and token.i in self.entities:
            found = self._code_entity(self.entities[token.i]) or found
        # an uncoded name in "the city of Gao" (read as a person) is the town too
        unknown = found is None or (not found.code and settlement_name(token))
        if unknown and doc_view(token.doc).pos[token.i] == "PROPN":
            found = self._country_name(token) or self._town(token) or found
        return found

    def role(self, token: Token) -> ActorMention | None:
        """A role word modifying a noun trigger ("an *opposition* rally", "*student* protests"):
        the actor it names, with the story's one principal country when its sentence names no
        other country (as a bare agent takes it); ``None`` when the word names no role."""
        from newsevents.actors import code_phrase
        from newsevents.story.named_countries import sentence_text_countries

        found = self.at(token)
        if found is not None:
            return found
        ref = code_phrase(token.text, self.date, knowledge=self.knowledge)
        if ref is None or not ref.code or ref.country or not ref.sector:
            return None
        story = token.doc._.ne_story
        country = story.countries[0] if story is not None and len(story.countries) == 1 else None
        if country is not None and not sentence_text_countries(sentence_of(token)) <= {country}:
            country = None
        code = (country or "") + ref.code
        mention = ActorMention(token.i, token.i + 1, token.idx, token.idx + len(token.text), token.text, ref.name,
                               code, country, ref.sector, "group", "events-role" + ("+story" if country else ""))
        self.by_token.setdefault(token.i, mention)
        return mention

    def _town(self, token: Token) -> ActorMention | None:
        """A town the recogniser took for a person, or missed ("hit Kherson"), stands for its country."""
        ent = doc_view(token.doc).entity_at(token.i)
        named = settlement_name(token)  # "seized the city of Timbuktu" (events/named_towns.py)
        if ent is None and (named or token.dep_ in ("dobj", "nsubjpass")) and token.n_lefts + token.n_rights == 0:
            ent = token.doc[token.i:token.i + 1]  # "shelled Kharkiv": a town the recogniser missed
        if ent is None or (ent.label_ not in TOWN_LABELS and ent.label_ and not named) or len(ent) > 2:
            return None
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
            return None  # "fighting in Kherson": where it happens (the place-target convention's)
        if is_acronym(ent.text) and not sentence_of(token).text.isupper():
            return None  # "asked the UTO": an acronym, not the town the gazetteer spells "Uto"
        iso3 = town_country(ent.text)
        if iso3 is None:
            return None
        mention = ActorMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, ent.text, iso3, iso3,
                               None, "place", "events-place")
        for i in range(ent.start, ent.end):
            self.by_token.setdefault(i, mention)
        return mention

    def _country_name(self, token: Token) -> ActorMention | None:
        """A country's name the parser did not take for a place ("aid to Niger") is that country; not
        one that begins a longer proper name ("the Niger Delta", "the Congo Basin")."""
        if token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "PROPN":
            return None
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
        start, end = min(w.i for w in words), token.i + 1
        span = token.doc[start:end]
        iso3 = country_code(span.text)
        if iso3 is None:
            return None
        mention = ActorMention(start, end, span.start_char, span.end_char, span.text, span.text, iso3, iso3,
                               None, "place", "events-country")
        for i in range(start, end):
            self.by_token.setdefault(i, mention)
        return mention

    def _code_entity(self, ent: Span) -> ActorMention | None:
        from newsevents.actors import code_phrase

        doc = ent.doc
        # "a Hamas-allied group": the name is the group's patron, not the group (as in actors.mentions)
        sponsor = ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in SPONSOR_WORDS
        ref = None if sponsor else code_phrase(ent.text, self.date, knowledge=self.knowledge)
        mention = None
        if ref is not None and ref.code:
            mention = ActorMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, ref.name,
                                   ref.code, ref.country, ref.sector, "entity", "events-entity")
        elif not sponsor and ent.label_ == "GPE" and (place := geocode(ent.text)) is not None and place.country:
            # A town the actor dictionaries lack ("withdrew from Kherson") stands for its country.
            mention = ActorMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, place.name,
                                   place.country, place.country, None, "place", "events-place")
        for i in range(ent.start, ent.end):
            self.entities.pop(i, None)
            if mention is not None:
                self.by_token[i] = mention
        return mention

    def actor(self, head: Token) -> ActorMention | None:
        """The mention that fills the argument headed by ``head``: itself, else the closest coded
        mention among its modifiers, else an uncoded mention at the head."""
        followers = self._adherents(head)
        if followers is not None:
            return followers
        own = self.at(head)
        if own is not None and own.code:
            return own
        doc, parse = head.doc, doc_view(head.doc)
        # "a bomb blast in Kabul killed eight": where a blast went off is no doer of it
        # "lifted a ban on demonstrations in Nairobi": where a crowd gathers is no party to it (crowd_places.py)
        seen = {head.i, *blast_places(parse, head.i), *crowd_places(parse, head.i)}
        queue: deque[tuple[int, int, bool]] = deque([(head.i, 0, False)])
        best: tuple[int, ActorMention] | None = None
        while queue:
            i, depth, placed = queue.popleft()
            followers = self._adherents(doc[i]) if depth else None
            found = followers or (self.at(doc[i]) if depth else own)
            if depth and found is not None and found.code:
                # A bare sector ("government-held") yields to a nearby country or organisation.
                score = depth + (0 if found.country or len(found.code) > 3 else 2)
                # "his Turkish counterpart" is Turkish: a possessive pronoun names the possessor.
                score += 2 if parse.deps[i] == "poss" and parse.pos[i] == "PRON" else 0
                # "the deployment of US missiles in Japan": where a thing is yields to whose it is
                score += 2 if placed else 0
                if best is None or score < best[0]:
                    best = (score, found)
            if depth >= 4 or followers is not None:
                continue  # not into "(supporters) of Odinga": they are not Odinga
            for child in parse.children(i):
                if child in seen or opposed_modifier(parse, i, child):
                    continue  # "Mugabe's opponent" is not Mugabe (events/accus_opponents.py)
                dep = parse.deps[child]
                if dep in MODIFIER_DEPS or (dep == "prep" and parse.lower[child] in NOUN_PREPS) \
                        or (dep == "pobj" and parse.deps[i] == "prep") or _misread_owner(parse, i, child):
                    seen.add(child)
                    queue.append((child, depth + 1, placed or (dep == "prep" and parse.lower[child] == "in")))
        if best is None and (own is None or not own.code):
            # "the president's leading opponent": the ruler's country's opposition (events/accus_opponents.py)
            return opponents_at_home(head, self.actor) or own
        # "his Uzbek counterpart" holds the office of the one he is a counterpart of (events/counterparts.py)
        return counterpart_office(self, head, best[1]) if best is not None else own

    def _adherents(self, head: Token) -> ActorMention | None:
        """"supporters of Odinga", "the governor's followers": people of the leader's country, not the
        leader; the opposition (``OPP``) for followers of an opposition figure, civilians (``CVL``)
        for followers of anyone else. ("Opponents of the Senate" are left to the actor step, which
        codes them as benchmark coders do, by what they oppose.)"""
        lemma = head.lemma_.lower()
        if lemma not in ADHERENT_NOUNS:
            return None
        leaders = [c for c in head.children if c.dep_ == "poss"] + [
            o for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children if o.dep_ == "pobj"]
        leader = next((m for m in (self.actor(t) for t in leaders) if m is not None and m.country), None)
        if leader is None or leader.country is None:
            return None
        sector = "OPP" if leader.sector in ("OPP", "PTY") else "CVL"
        return ActorMention(head.i, head.i + 1, head.idx, head.idx + len(head.text), head.text,
                            f"{head.text} of {leader.name}", leader.country + sector, leader.country, sector,
                            "group", "events-adherents")

    def antecedent_partners(self, mention: ActorMention, doc: Doc) -> list[ActorMention]:
        """"Chile and Peru said they ...": the actors coordinated with a plural pronoun's
        antecedent, which the pronoun stands for too."""
        if not mention.rule.startswith("coref-pronoun") or mention.text.lower() not in PLURAL_PRONOUNS:
            return []
        earlier = [m for m in self.mentions if m.entity == mention.entity and m.start < mention.start
                   and not m.rule.startswith("coref-pronoun")]
        if not earlier:
            return []
        head = doc[earlier[-1].end - 1]
        out = []
        for conj in token_conjuncts(head):
            other = self.at(conj)
            if other is not None and other.code and other.entity != mention.entity and other not in out:
                out.append(other)
        return out

    def group(self, head: Token) -> list[ActorMention]:
        """The actors a counted plural ("the two leaders", "both countries") refers back to (see
        :func:`newsevents.events.groups.group`)."""
        return groups.group(self, head)

    def counterpart(self, head: Token) -> list[ActorMention] | None:
        """"Ethiopia accused *its neighbour*": the other of a pair (see
        :func:`newsevents.events.groups.counterpart`)."""
        return groups.counterpart(self, head)


def coordinated(mention: ActorMention, head: Token, index: MentionIndex) -> list[ActorMention]:
    """"US and British aircraft": a modifier's coordinated modifiers name actors of their own."""
    doc, parse = head.doc, doc_view(head.doc)
    out = [mention, *index.antecedent_partners(mention, doc)]
    # "officials from both Sudan and Chad": the places the head comes from, outside the mention too
    origins = [o for p in parse.children(head.i) if parse.deps[p] == "prep" and parse.lower[p] in ("from", "of")
               for o in parse.children(p) if parse.deps[o] == "pobj" and not mention.start <= o < mention.end]
    for i in [*range(mention.start, mention.end), *origins]:
        if i == head.i:
            continue  # the argument's own conjuncts are separate arguments already
        for conj in parse.conjuncts(i):
            # "the military and rebel forces": a role word coordinated with the mention's own
            other = _elided_country(doc, conj, i, mention) or _coordinated_demonym(doc, conj, mention) \
                or index.at(doc[conj]) \
                or (index.role(doc[conj]) if parse.pos[conj] in ("NOUN", "ADJ") else None)
            # "workers in Greece and Portugal": Portuguese workers, not Portugal (events/place_lists.py)
            other = role_in_listed_place(doc, i, mention, other) or other
            if other is not None and other.code and other.start != mention.start:
                out.append(other)
    if len(out) > 1:
        # "US, Russian and Chinese diplomats", parsed with "US" a loose modifier of the noun: a
        # modifier followed by the comma of a list the noun's own modifiers make is one more item
        for child in parse.children(head.i):
            comma = "," in (parse.lower[child + 1], parse.lower[doc[child].right_edge.i + 1])
            loose = parse.deps[child] in ("nmod", "compound", "amod") and child < mention.start and comma
            other = index.at(doc[child]) if loose else None
            if other is not None and other.code and all(o.start != other.start for o in out):
                out.append(other)
    # "by EU envoy X and US envoy Y", parsed with X a modifier of Y: an actor that ends just
    # before the "and" that opens this one's phrase is coordinated with it
    if mention.start >= 2 and parse.lower[mention.start - 1] == "and":
        for child in parse.children(head.i):
            other = index.at(doc[child]) if parse.deps[child] in ("nmod", "compound") else None
            if other is not None and other.code and other.end == mention.start - 1 and other not in out:
                out.append(other)
    # "the Iran-US talks", "a Saudi-UAE air raid": the other country of a hyphened pair (events/hyphen_pairs.py)
    partner = hyphen_partner(doc, mention, head)
    if partner is not None and all(o.country != partner.country for o in out):
        out.append(partner)
    return out


def _coordinated_demonym(doc: Doc, conj: int, mention: ActorMention) -> ActorMention | None:
    """"the *Ugandan* and Tanzanian presidents": a nationality coordinated with the one that opens
    a role's mention, before it, names the same role of another country."""
    if conj >= mention.start or not mention.sector or not mention.country:
        return None
    tok = doc[conj]
    if tok.pos_ not in ("ADJ", "PROPN") or tok.dep_ not in ("amod", "nmod", "compound", "conj"):
        return None
    entry = next((m.first(*COUNTRY_KINDS) for m in actor_lexicon().matches([tok.text])), None)
    iso3 = entry.code[:3] if entry is not None else None
    if iso3 is None or iso3 == mention.country:
        return None
    return ActorMention(conj, conj + 1, tok.idx, tok.idx + len(tok.text), tok.text, tok.text, iso3 + mention.sector,
                        iso3, mention.sector, mention.kind, "events-elided-demonym")


def _elided_country(doc: Doc, conj: int, i: int, mention: ActorMention) -> ActorMention | None:
    """"*North* and South Korea": a word coordinated with the first word of a country's name,
    which names another country with the rest of that name ("North Korea")."""
    if i != mention.start or conj >= i or mention.end - i < 2:
        return None
    rest = doc[i + 1:mention.end].text
    iso3 = country_code(f"{doc[conj].text} {rest}")
    if iso3 is None or iso3 == mention.country:
        return None
    tok = doc[conj]
    return ActorMention(conj, conj + 1, tok.idx, tok.idx + len(tok.text), tok.text, f"{tok.text} {rest}", iso3,
                        iso3, None, "place", "events-elided-country")


def listed_members(head: Token, index: MentionIndex) -> list[Token]:
    """"Leaders including X and Y", "countries such as X and Y", "governments, among them X and
    Y": a plural that lists its members, each of which acts; ``[]`` when none is listed, or
    when the plural names its own country ("European leaders including ...")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    own = index.by_token.get(head.i)
    if own is not None and own.country:
        return []
    # "such as": "as" hangs under the plural, or under a "such" that does
    preps = [*head.children, *(g for c in head.children if c.lower_ == "such" for g in c.children)]
    if head.dep_ in ("dobj", "nsubjpass"):
        # "freed 24 hostages on Friday, including 13 Israelis": the list hangs under the verb
        preps += [c for c in head.head.children if c.i > head.i and c.lower_ in MEMBER_PREPS]
    named = appositive_members(head)
    if len(named) > 1 and sum(1 for t in named if (m := index.actor(t)) is not None and m.code) > 1:
        return named
    for prep in preps:
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in (*prep.children, *head.children))
        if prep.dep_ == "prep" and (prep.lower_ in MEMBER_PREPS or such_as):
            members = [t for pobj in prep.children if pobj.dep_ == "pobj" for t in conjuncts(pobj)]
            if any((m := index.actor(t)) is not None and m.code for t in members):
                return members
    return []


def appositive_members(head: Token) -> list[Token]:
    """"The mediators -- Smith of the US, Keller of the EU and Petrov of Russia -- met": the
    members a plural lists in an apposition (parsed as a chain of appositions and conjuncts)."""
    out: list[Token] = []
    node = head
    for _ in range(4):
        nxt = next((c for c in node.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")
                    and c.i > node.i and c.doc[c.left_edge.i - 1].lower_ in APPOSITION_MARKS), None)
        if nxt is None:
            break
        out += [nxt, *(t for t in conjuncts(nxt) if t.i != nxt.i)]
        # "Diallo of the AU and Nasser of Qatar", parsed with Nasser coordinated with the AU: a
        # person coordinated inside an item's phrase is the next item
        out += [t for t in nxt.subtree if t.dep_ == "conj" and t.ent_type_ == "PERSON" and t not in out]
        node = nxt
    # a list needs a conjunction: "the mediators, Smith and Keller"; one apposition is one name
    return out if any(t.dep_ == "conj" for t in out) else []


def counted_owners(head: Token, index: MentionIndex) -> list[ActorMention]:
    """"The foreign ministers of the two countries", "the three nations' envoys": a noun owned by
    a counted group stands for each of the group's members (``[]`` when it names no such owner)."""
    owners = [c for c in head.children if c.dep_ == "poss"] + [
        o for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children if o.dep_ == "pobj"]
    for owner in owners:
        found = index.group(owner)
        if found:
            return found
    return []


def _misread_owner(parse: DocView, head: int, child: int) -> bool:
    """"The U.S. move to seize ...": a name before a noun that the parser made the noun's subject, as
    if the noun were a verb, is the noun's owner (a noun has no subject of its own)."""
    return parse.deps[child] == "nsubj" and child < head and parse.pos[head] == "NOUN" \
        and parse.pos[child] == "PROPN"


def actors_of(tokens: list[Token], index: MentionIndex, exclude: set[int]) -> list[ActorMention]:
    """The actors the argument heads ``tokens`` stand for, skipping mentions starting at ``exclude``."""
    out: list[ActorMention] = []
    for tok in [m for t in tokens for m in listed_members(t, index) or [t]]:
        other = index.counterpart(tok)
        if other is not None:
            out += [m for m in other if m.start not in exclude and all(o.start != m.start for o in out)]
            continue
        mention = index.actor(tok)
        # "the leaders agreed": a title with no country of its own may be a pair pointing back, even
        # when coreference gave it the country of one ("the leaders of Greece and Turkey ...")
        pointing = mention is None or not mention.country or groups.definite_pair(tok) or groups.counted_people(tok)
        owners = counted_owners(tok, index) or index.group(tok) if pointing else []
        for one in owners or (coordinated(mention, tok, index) if mention is not None else index.group(tok)):
            if one.start not in exclude and all(m.start != one.start for m in out):
                out.append(one)
    return out
