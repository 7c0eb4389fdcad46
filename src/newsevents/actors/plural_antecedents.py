"""What a plural or neuter pronoun may not stand for: one side of a pair, or a lone country when a
plural doer goes on (session 28).

A census of fresh news found plural and neuter pronouns the largest group of wrong-country actors:
"They" after "the EU envoy and the U.S. envoy met Kurti in Kosovo's capital" took Kosovo; "their
meeting" after "American envoys and South Korean officials discussed ..." took one of the pair;
"they" after "in tandem with the US and the UK" took the UK; "it" in "Uganda helped the M23
militia as it fought the army" took Uganda. Each pronoun names either both sides or a doer other
than the country the resolver took. The resolver cannot give a pronoun two actors, so these checks
leave it without one: an event without its doer is dropped, never given the wrong country.

- :func:`split_pair`: a candidate that is one of two or more mentions of different countries or
  bodies named together ("India and China ... their troops") is no antecedent of a "their" that owns
  one side's thing: "X and Y" gives both or none. A subject "they" and the owner of a joint act
  ("their meeting") keep the member (:func:`joint_owner`): the event coder gives each act to the
  members named together, so the pair's acts get both sides.
- :func:`plural_subject`: the plural doer a "they"/"their" goes on from: the main subject of its
  own sentence before it, else of the previous sentence ("Lawmakers in Poland criticized Germany's
  policy. They said ...": the lawmakers, not Germany).
- :func:`mixed_sides`: whether that subject joins sides of different countries ("American envoys
  and South Korean officials", "Iraqi and Kurdish forces").
- :func:`breaks_subject_chain` and :func:`continued_plural` read a candidate against that subject.
- :func:`object_in_reach`: whether a subject "it" of an adverbial clause could as well be its
  governing verb's object ("Egypt helped Sudan as it faced famine").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.nlp.sentences import sentence_of

if TYPE_CHECKING:
    from newsevents.actors.pronouns import PronounResolver

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How a people's adjective hangs on its noun ("Kenyan and Ugandan officials": amod or nmod).
MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})
# What may stand right before a "they" that begins a coordinated clause: "..., but they", "..., however, they".
LINK_POS = frozenset({"CCONJ", "PUNCT"})
LINK_ADVERBS = frozenset({"however", "yet", "also", "then", "later"})

# Acts that take two sides: "their meeting" after a pair is the pair's one act, which the event
# coder gives both sides (as it gives a subject "they" the pair's other member).
JOINT_ACT_NOUNS = frozenset({"meeting", "talk", "talks", "summit", "negotiation", "discussion", "dialogue",
                             "agreement", "deal", "accord", "pact", "treaty", "ceasefire", "truce", "relation", "tie"})

# The key that tells two sides apart: an actor's country, or its code when it has none (an IGO).
Sides = Callable[[Token], str | None]


def conjuncts(head: Token) -> list[Token]:
    """The words coordinated with ``head`` ("India" in "India and China"), itself excluded: its own
    conjuncts, and the first conjunct's others when ``head`` is a later one."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out = [first, *_conj_chain(first)]
    return [t for t in out if t.i != head.i]


def _conj_chain(tok: Token) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "conj":
            out += [child, *_conj_chain(child)]
    return out


def split_pair(head: Token, side_of: Sides) -> bool:
    """Whether the mention headed by ``head`` is one of two or more named together whose sides
    (``side_of``: country or code, ``None`` for no actor) differ: "the US and the UK"."""
    own = side_of(head)
    return any((side := side_of(other)) is not None and side != own for other in conjuncts(head))


def joint_owner(pronoun: Token) -> bool:
    """Whether a pronoun may stand for a whole pair through one of its members: a subject or object
    "they"/"them" (the event coder gives the act to each member named together) or the owner of a
    joint act ("their meeting"); not the owner of anything else ("their troops": one side's)."""
    if pronoun.dep_ != "poss":
        return True
    return pronoun.head.lemma_.lower() in JOINT_ACT_NOUNS


def mixed_sides(subject: Token, side_of: Sides) -> bool:
    """Whether a noun joins sides of different countries: coordinated nouns ("American envoys and
    South Korean officials") or coordinated names of peoples before one noun ("Iraqi and Kurdish
    forces", "Kenyan and Ugandan officials"; "senior and junior officials" are one side)."""
    if split_pair(subject, side_of):
        return True
    return any(c.dep_ in MODIFIER_DEPS and c.is_title
               and any(g.dep_ == "conj" and g.is_title for g in c.children) for c in subject.children)


def is_plural(subject: Token) -> bool:
    """Whether a subject names several: a plural noun or coordinated words."""
    return subject.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in subject.children)


def plural_subject(pronoun: Token) -> Token | None:
    """The plural main-clause subject of the previous sentence that a "they"/"their" goes on from
    when its own sentence names no subject before it ("Lawmakers in Poland criticized Germany's
    policy. They said ..."); ``None`` when that subject is no plural noun or pair (or is itself a
    pronoun). A subject of the pronoun's own sentence is read by :func:`joined_subject` only."""
    sent = sentence_of(pronoun)
    own = _main_subject(sent.root)
    if sent.start == 0 or (own is not None and own.i < pronoun.i):
        return None
    subject = _main_subject(sentence_of(pronoun.doc[sent.start - 1]).root)
    if subject is None or subject.pos_ == "PRON" or not is_plural(subject):
        return None
    return subject


def joined_subject(pronoun: Token) -> Token | None:
    """The plural subject of the verb a subject "they" begins a coordinated clause of, after a
    conjunction or a comma ("The leaders said ..., but they also urged ..."); ``None`` else. A
    "they" right after another verb ("rebels announcing they have seized") is that verb's
    complement, whatever the parse says."""
    verb = pronoun.head
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or before is None \
            or not (before.pos_ in LINK_POS or before.lower_ in LINK_ADVERBS):
        return None
    subject = _main_subject(verb.head)
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON" or not is_plural(subject):
        return None
    return subject


def _main_subject(root: Token) -> Token | None:
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)


def object_in_reach(pronoun: Token, is_body: Callable[[Token], bool]) -> bool:
    """Whether a subject "it" of an adverbial clause ("as it fought", "because it faced") hangs from
    a verb whose direct object is a country or body (``is_body``), which the clause may speak of as
    well as the verb's subject: "Uganda helped the M23 militia as it fought the army"."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.head.i > pronoun.i:
        return False
    return any(c.dep_ == "dobj" and is_body(c) for c in verb.head.children)


def continued_plural(resolver: PronounResolver, pronoun: Token) -> int | None:
    """The entity of the plural subject whose verb a subject "they" begins a coordinated clause of
    (:func:`joined_subject`: "The leaders said ..., but they also urged ..."): the subject goes on.
    ``None`` for a subject of mixed sides or one no code names."""
    subject = joined_subject(pronoun)
    if subject is None or mixed_sides(subject, resolver._side_at):
        return None
    found = resolver._mention_at(subject)
    if found is None or not (resolver._plural_fits(found) or resolver._plural_people(found)):
        return None
    return resolver.mentions[found].entity


def breaks_subject_chain(resolver: PronounResolver, pronoun: Token, subject: Token, n: int) -> bool:
    """Whether candidate mention ``n`` for a "they"/"their" goes against the plural ``subject`` of
    the previous sentence that the pronoun goes on from (:func:`plural_subject`).

    A subject of mixed sides ("American envoys and South Korean officials ... their meeting") is
    both or none, save that a subject "they" may take a member of the subject itself (the event
    coder gives each act to every member named together). A lone country or body outside the
    subject is not the plural doer ("Lawmakers in Poland criticized Germany's policy. They said":
    not Germany). The subject itself is not taken instead: a plural doer may go on as another act
    of one protest wave, which the gold codes once ("Opponents fought police. They were protesting")."""
    doc = resolver.doc
    head = doc[resolver.heads[n]]
    inside = subject.left_edge.i <= head.i <= subject.right_edge.i
    if mixed_sides(subject, resolver._side_at):
        return not inside or pronoun.dep_ == "poss"
    own = resolver._mention_at(subject)
    if inside or (own is not None and resolver.mentions[own].entity == resolver.mentions[n].entity):
        return False  # the subject's own phrase: "two bloggers and an activist ... They"
    return head.tag_ not in PLURAL_TAGS and resolver.entities[resolver.mentions[n].entity].kind != "group"
