"""Denials of a charge that was only reported: whom "denied these charges" answers when the charge
was told by a verb of saying, not coded as an accusation of its own.

"Budapest claims Bratislava is targeting the minority. Slovakia's government has denied these
charges", "opposition parties say the commission skewed the vote - an accusation denied by
commission officials", "the ministry claimed the group was in the hospital, although this was
denied by the group": the denial answers whoever made the claim. A denial whose object is a charge
noun or a pronoun standing for one ("these charges", "the allegation", "this"), or that hangs on a
charge noun ("an accusation denied by ..."), is aimed at the coded subject of the nearest claiming
verb before it (this sentence or the one before, in the same paragraph) whose reported clause names an actor of the
denier's country: that clause is the charge. Nothing fitting
leaves the denial with no target, as before; a denial of an act ("denied its troops crossed the border") is read by
:func:`~newsevents.events.statements.denied_party`, and one of a coded accusation by
:mod:`~newsevents.events.anaphora`.

Two more ways of telling the charge (session 22, from a census of fresh stories): an attribution
phrase, "... were killed by Indian forces, *according to Indian officials*, but Pakistan refuted those
claims" (the officials are the claimant, the clause the phrase hangs on the charge); and a denial of
the act itself when the denied act names no other party, "..., Indian officials said. Pakistan denied
*initiating the firing*": the act is the charge the claim before it told, so the denial answers the
claimant as "denied these charges" would.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.coref import STATE_SECTORS
from newsevents.events.aimless import ORGANISATION_PREFIXES
from newsevents.events.answered_charges import CHARGE_NOUNS, apposed_charge, told_clause
from newsevents.events.arguments import same_actor
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.nlp.sentences import sentence_of
from newsevents.quotes.speech import according_to
from newsevents.records import ActorMention

# Words that stand for a charge told before ("denied this", "denied it").
CHARGE_PRONOUNS = frozenset({"this", "that", "it", "these", "those"})
# Verbs that make a charge by telling it ("claims X is ...", "says X skewed the vote"). Not
# criticism_forms.CLAIMING_VERBS: those judge ("criticised", "condemned") and are coded accusations
# of their own, which anaphora answers; these only tell what the charge says.
CHARGE_TELLING_VERBS = frozenset({"claim", "allege", "say", "insist", "assert", "contend", "maintain", "argue",
                                  "charge", "report"})
# Verbs of plain telling: what they tell is a charge only when the denial names it as one
# ("denied the allegation"), not "denied it" (which may deny anything told, the speaker's own words too).
PLAIN_TELLING = frozenset({"say", "report"})
DENIED_DEPS = frozenset({"dobj", "nsubjpass"})
# How a denied act hangs on the denial: "denied initiating the firing", "denied (that) its troops fired".
DENIED_ACTS = frozenset({"xcomp", "ccomp"})
# The attribution phrase that tells a charge as a claimant's: "..., according to Indian officials".
ATTRIBUTION = "according"
# How many sentences before the denial's own a claim is looked for in (within its paragraph).
CLAIM_REACH = 1
PARAGRAPH_BREAK = "\n\n"


def claim_maker(match: Match, source: ActorMention, index: MentionIndex) -> ActorMention | None:
    """The maker of the reported charge a denial with no target answers (see the module doc), or
    ``None``."""
    apposed = apposed_charge(match.token)
    told = told_clause(apposed) if apposed is not None else None
    if told is not None and told.dep_ == "ccomp" and (teller := _claimant(told.head, source, index)) is not None:
        return teller  # "DR Congo is adamant that ..., a charge Kigali rejected": whoever told the charge
    charge = _denied_charge(match.token)
    if charge is None:
        return None
    verb = match.token
    doc = verb.doc
    start = sentence_of(verb).start
    for _ in range(CLAIM_REACH):
        if start == 0:
            break
        before = sentence_of(doc[start - 1]).start
        if PARAGRAPH_BREAK in doc.text[doc[before].idx:_first_word(doc, start).idx]:
            break  # a claim in another paragraph is no charge this denial answers
        start = before
    first = min(verb.i, charge.i)
    denial = set(verb.subtree)
    for i in range(first - 1, start - 1, -1):
        claim = verb.doc[i]
        if claim.lower_ == ATTRIBUTION:
            maker = _attributor(claim, denial, source, index)
            if maker is not None:
                return maker
            continue
        if claim.pos_ != "VERB" or claim.lemma_.lower() not in CHARGE_TELLING_VERBS \
                or (claim.lemma_.lower() in PLAIN_TELLING and charge.lower_ in CHARGE_PRONOUNS):
            continue
        maker = _claimant(claim, source, index)
        if maker is not None:
            return maker
    return None


def _first_word(doc: Doc, start: int) -> Token:
    """The first token from ``start`` on that is not white space (a paragraph break may open a sentence)."""
    return next((t for t in doc[start:] if not t.is_space), doc[start])


def _denied_charge(verb: Token) -> Token | None:
    """The charge a denial denies: its object (or passive subject) when that is a charge noun or a
    pronoun, the charge noun the denial hangs on ("an accusation denied by ..."), or the act it
    denies ("denied initiating the firing", "denied that its troops fired first"), else ``None``."""
    for child in verb.children:
        if child.dep_ in DENIED_DEPS and (child.lemma_.lower() in CHARGE_NOUNS or child.lower_ in CHARGE_PRONOUNS):
            return child
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in CHARGE_NOUNS:
        return verb.head
    return next((c for c in verb.children if c.dep_ in DENIED_ACTS and c.pos_ in ("VERB", "AUX")), None)


def _claimant(claim: Token, source: ActorMention, index: MentionIndex) -> ActorMention | None:
    """The coded subject of a claiming verb whose reported clause names an actor of ``source``'s
    country other than the claimant (the accused), when the claimant is not ``source``'s own state
    ("Uganda said it would ... Ugandan officials denied it" answers no one); else ``None``."""
    clauses = [c for c in claim.children if c.dep_ == "ccomp"]
    subjects = [c for c in claim.children if c.dep_ == "nsubj"]
    if not clauses:
        return None
    maker = _maker(subjects, source, index)
    if maker is None:
        return None
    told = [t for c in clauses for t in c.subtree]
    return maker if _accuses(told, maker, source, index) else None


def _attributor(according: Token, denial: set[Token], source: ActorMention,
                index: MentionIndex) -> ActorMention | None:
    """The claimant an attribution phrase names ("according to Indian officials") when the clause it
    hangs on, outside the denial, names an actor of ``source``'s country other than the claimant,
    and the claimant is not ``source``'s own state; else ``None``."""
    named = according_to(according)
    maker = _maker([named] if named is not None else [], source, index)
    if maker is None:
        return None
    phrase = set(according.subtree)
    told = [t for t in according.head.subtree if t not in phrase and t not in denial]
    return maker if _accuses(told, maker, source, index) else None


def _maker(words: list[Token], source: ActorMention, index: MentionIndex) -> ActorMention | None:
    """The one coded actor with a country (or an organisation) ``words`` name as a claim's maker,
    when it is neither ``source`` nor ``source``'s own state; else ``None``."""
    if not words or not source.country:
        return None
    makers = [m for m in actors_of(words, index, set())
              if m.code and (m.country or m.code.startswith(ORGANISATION_PREFIXES))]
    if len(makers) != 1 or same_actor(makers[0], source) or _one_state(makers[0], source):
        return None
    return makers[0]


def _accuses(told: list[Token], maker: ActorMention, source: ActorMention, index: MentionIndex) -> bool:
    """Whether the words of a claim ``told`` name an actor of ``source``'s country other than ``maker``."""
    return any(m is not None and m.code and m.country == source.country and not same_actor(m, maker)
               for m in map(index.at, told))


def _one_state(a: ActorMention, b: ActorMention) -> bool:
    """Whether ``a`` and ``b`` both stand for one country's state ("Uganda" and "Ugandan officials"):
    a denial does not answer its own state's words. An opposition's claim denied by the government
    of its country is answered."""
    return a.country == b.country and all(m.sector is None or m.sector in STATE_SECTORS for m in (a, b))
