"""An act told again in a speaker's own words is the act already coded.

Wire copy tells an attack in the lead, then lets a witness tell it again in a quote: "Rebels
attacked a military base, killing ten soldiers, officials said. ... 'Al Shabaab attacked our
forces at 3 a.m.,' an officer told Reuters"; "Israeli airstrikes targeted Hamas ... 'The army
has struck Hamas with the hardest blow,' Netanyahu warned". The quote is the lead's act in other
words, and a trained coder codes the act once. The quoted telling often differs from the lead in
code (190 and 195), date ("on Saturday" against the day of the quote) or pattern, so the
article-wide repeat filter (``story.structure.drop_repeated_events``) and the next-sentence twins
(``emit``) leave it.

The first rule was narrow: only violence (CAMEO roots 18-20), only inside quotation marks, only when an
earlier sentence of the article holds an act of the same root between the same two sides
(country and sector, ``events.dyads``), and not when the quote marks a new act ("attacked us
again", "another attack") or names another town than the first telling. Census (session 21):
two fresh stories and one `dev` article (rn-d-018, "'As I speak the Russian tanks are attacking
the town of Gori'") had such a retelling, each false; no `dev` event of these roots in a quote
repeats an earlier key and is right.

Session 23 widened the rule to the other ways a speaker retells the lead's attack (five fresh
stories of the pooled censuses, each telling false; design.md "Acts told again, by shape"):

- *Reported speech*: the act in the clause of a verb of saying ("Three security sources told
  Reuters that scores of militants stormed the military base", "the spokesman said air force
  sorties had struck about 40 Hamas targets", "claimed responsibility ... and said its fighters had
  killed 20 police officers"). A clause the speaker tells is the speaker's telling as much as a
  quote is.
- *Another violent root*: a fight (19) told again as killings (18), or the reverse; the roots of
  violence are one family here, since a witness tells the lead's attack by its toll. Taking ground
  (192) told after another act is not the act told again: "residents say al-Shabab has taken
  control of the town" after the attack is right on `dev` twice (a first version dropped both).
  The reverse stays a retelling: "tanks rolled into the city and seized a base" then "'the tanks
  are attacking the town'" (rn-d-018, the session-21 case).
- *The armed group named two ways*: "Rebels from the Islamist al Shabaab group" (``REB``) then
  "Al Shabaab" (``INS``) in the quote: the armed non-state sectors (rebels, insurgents,
  unidentified gunmen) are one side when the country is the same.
- *No doer named*: "air force sorties had struck ..." leaves the source empty; the target then
  decides.

Session 25 widened it from violence to acts done (``DONE_ROOTS``: meetings and calls, aid,
protests, sanctions, coercion). "Police arrested eleven activists on Tuesday ... The ministry said
the eleven activists were arrested for organising a rally", a readout's "the two ministers spoke by
telephone" after the call, a minister's "We are sanctioning the men who gave the
orders" after the sanctions: four fresh stories of the pooled census (fp21b s08, s10, s16; fp22b
s2) and one `dev` article (rn-n-002) had such a telling, each false, none right. A retelling has
the first telling's code (and, for coercion, its pattern: an arrest and the charge after it are
both 173), its target (a bare country stands for any sector), a doer of the same country or none,
no word of more acts ("three more activists") and no date of its own that differs. Acts of speech
(appeals, demands, criticism) and pledges said again are left: a speaker's words are a statement
of their own, which `dev` codes (rn-k-011's quoted demand beside the rally's).

The guards stay: a later sentence than the first telling, no word of a further act (now also
"also" and "separate"), no other town. The speaker comes first ("X said / told Reuters that ..."):
the wire's tag after the act ("Air force jets bombed and rocketed rebel positions near the port,
the air force said") is how wire copy tells each new act, and the parser hangs such an act on
the verb of saying too. A first version counted tags and took two right events off a fresh
gold story (the air strikes after the troops' advance, ``/tmp/fr22c``) for one false event
removed. An act in a relative or adverbial clause inside the said clause ("the soldiers who
stormed the camp") is not told either.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events.dyads import Side, side
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import trigger_token
from newsevents.quotes.marks import QuotedSpan
from newsevents.records import Event
from newsevents.story.structure import town_of

NEW_ACT_WORDS = frozenset({"again", "another", "new", "fresh", "second", "renewed", "also", "separate",
                           "separately"})
"""Words of the quote's sentence (the quote and its attribution) that tell a further act, not the
one already coded ("they attacked us again")."""
OCCUPATION = "192"
"""Taking ground: "residents say the militants have taken control of the town" after the attack is
a further act (the attack's outcome), never the attack told again."""
SAYING_VERBS = frozenset({"say", "tell", "report", "claim", "add", "confirm", "state", "announce"})
"""Verbs whose clause (``ccomp``) is what the speaker tells: the act in it is the speaker's telling."""
DONE_ROOTS = frozenset({4, 6, 7, 8, 9, 14, 15, 16, 17})
"""Roots of acts done rather than said: meetings and calls, aid, protests, sanctions, arrests. A
speaker who tells one again reports the act; an appeal, a demand or a criticism said again in a quote
is the speaker's own statement, which the gold codes ("said the marchers walked to the palace 'to
demand new elections'")."""
MOOD_MARK = "["
"""What opens a pattern's mood in a rule ("yield.keep_ceasefire[intent]"): a pledge told again is a
new pledge."""
MORE_WORDS = frozenset({"more", "further", "other", "others"})
"""Words that tell more acts of a kind done ("three more activists were arrested", "two other
people"): the act told is not the one already coded."""
DATE_LABELS = frozenset({"DATE"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "UAF"})
"""Sectors of one armed non-state group named two ways ("rebels of al Shabaab", "Al Shabaab")."""


def without_quoted_retellings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less each act of violence, or act done, told inside a quote or in the clause of a
    verb of saying, that an earlier sentence of the article already told between the same two sides
    (see the module docstring)."""
    quotes = doc_view(doc).quoted_spans()
    kept: list[Event] = []
    for event in events:
        if not any(_retells(doc, event, earlier) for earlier in kept) or not _told(doc, event, quotes):
            kept.append(event)
    return kept


def _retells(doc: Doc, event: Event, earlier: Event) -> bool:
    """Whether ``event`` may be ``earlier`` told again: the same act between the same sides, from a
    later sentence, with no word of a further act and no other town."""
    if earlier.span[0] >= event.span[0] or not _same_act(doc, event, earlier):
        return False
    town, first_town = town_of(event), town_of(earlier)
    return not _words(event) & NEW_ACT_WORDS and (town is None or first_town is None or town == first_town)


def _same_act(doc: Doc, event: Event, earlier: Event) -> bool:
    """Whether the two events may tell one act: violence after violence between the same two sides
    (not ground taken after another act), or one act done told again (``_same_done_act``)."""
    if codebook.is_violence(event.cameo) and codebook.is_violence(earlier.cameo):
        if event.cameo == OCCUPATION and earlier.cameo != OCCUPATION:
            return False
        return _same_side(side(event.target), side(earlier.target)) and _same_doer(event, earlier)
    return _same_done_act(doc, event, earlier)


def _same_done_act(doc: Doc, event: Event, earlier: Event) -> bool:
    """Whether ``event`` tells ``earlier``, an act done (a call, sanctions, an arrest), again: the
    same code, the same target (a bare country stands for any of its sectors), a doer of the same
    country or none, no word of more such acts and no date of its own that differs. A code of
    coercion lumps the steps of one crackdown (an arrest and the charge that follows are both 173,
    breaking up a crowd and firing on it both 175), which the gold codes apart, so there the coder's
    pattern must be the same too."""
    if not (_done_act(event) and event.cameo == earlier.cameo):
        return False
    if codebook.root_of(event.cameo) == codebook.COERCE and event.rule_pattern() != earlier.rule_pattern():
        return False
    doer, first_doer = side(event.source), side(earlier.source)
    if doer is not None and (first_doer is None or doer[0] != first_doer[0]):
        return False
    return (_same_side(side(event.target), side(earlier.target)) and not _words(event) & MORE_WORDS
            and not _dated_apart(doc, event, earlier))


def _words(event: Event) -> set[str]:
    """The lower-cased words of ``event``'s sentence."""
    return {w.strip(".,;:!?\"'“”‘’").lower() for w in event.sentence.split()}


def _dated_apart(doc: Doc, event: Event, earlier: Event) -> bool:
    """Whether ``event``'s clause names a date of its own ("were arrested on Thursday") and the
    events' dates differ."""
    tok = trigger_token(doc, event) if doc.has_annotation("DEP") else None
    if tok is None or event.date == earlier.date:
        return False
    clause = tok if tok.pos_ in CLAUSE_POS else tok.head  # a noun's date hangs on its verb
    return any(t.ent_type_ in DATE_LABELS for t in clause.subtree)


def _done_act(event: Event) -> bool:
    """Whether ``event`` is an act done rather than said, told as done (no mood such as intent)."""
    return codebook.root_of(event.cameo) in DONE_ROOTS and MOOD_MARK not in event.rule


def _same_doer(event: Event, earlier: Event) -> bool:
    """Whether the retelling's doer is the first telling's: the same side, or none named."""
    if event.source is None or not event.source.code:
        return True
    return _same_side(side(event.source), side(earlier.source))


def _same_side(a: Side | None, b: Side | None) -> bool:
    """Whether two sides are one: the same owner, and the same sector unless one has none or both
    are armed non-state groups."""
    if a is None or b is None or a[0] != b[0]:
        return False
    return a[1] is None or b[1] is None or a[1] == b[1] or {a[1], b[1]} <= ARMED_GROUP_SECTORS


def _told(doc: Doc, event: Event, quotes: list[QuotedSpan]) -> bool:
    """Whether a speaker tells the act: its trigger lies inside quotation marks or in the clause of
    a verb of saying."""
    start, end = event.trigger_span or event.span
    if any(q.start <= start and end <= q.end for q in quotes):
        return True
    tok = trigger_token(doc, event) if doc.has_annotation("DEP") else None
    return tok is not None and _reported(tok)


def _reported(tok: Token) -> bool:
    """Whether ``tok`` stands in the clause (``ccomp``) of a verb of saying that comes before it."""
    while tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_ in SAYING_VERBS:
            return tok.head.i < tok.i  # "X said Y did it", not the wire's tag "Y did it, X said"
        if tok.dep_ in ("relcl", "advcl", "acl"):
            return False  # a clause of its own, not the said one
        tok = tok.head
    return False
