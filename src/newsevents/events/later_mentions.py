"""A later mention of an act already coded: one act, one event, with several mentions.

News tells its main act in the lead and again further down ("Police arrested 500 people on Monday.
... The detainees included two opposition leaders"; "an opposition leader was arrested ... X was
detained at his home"). A trained coder codes the act once, and GDELT keeps one event with several
mentions. The later telling becomes a :class:`~newsevents.records.Retelling` of the earlier event
(its sentence and trigger kept as evidence) when all three hold:

- it codes the same CAMEO code between sides of the same two countries;
- it points back at the act: a definite act noun ("the arrests", "the meeting", "the detainees"),
  or an act of the same kind (the same coder pattern) whose sides agree (the same sector, a bare
  country, or two arms of the state: the lead's "police" are the later "authorities") and which
  tells the affected side again by a pronoun or a definite common noun ("arrested him", "the
  demonstrators were arrested", "accused the opposition senator"), is in the past perfect ("had
  been detained"), or names a side the earlier telling described without a name ("the head of an
  opposition party was arrested ... Gervais N. was detained"). A pronoun may carry another sector
  than the first telling's side (resolved to the wrong body);
- it brings nothing that sets a second act apart: no word of another act ("another", "second",
  "again", "also", "more", "other", "now", "elsewhere"), no date of its own away from the earlier
  telling's, no place of its own where the earlier telling named another town, no count the
  earlier sentence does not hold, and no other named person on a side the earlier telling named.

A second arrest of other people, another day's attack or a fight in another town stays a second
event (session 28).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.events.attributes import place_names
from newsevents.events.clauses import clause_indices
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import trigger_token
from newsevents.records import ActorRef, DateMention, Event
from newsevents.story.structure import town_of

# Adverbs by which a telling marks an act of its own: a repeated or a further one, or a state now
# (in prison) rather than the act that began it.
OTHER_ACT_ADVERBS = frozenset({
    "again", "also", "too", "later", "then", "subsequently", "earlier", "previously", "now", "still",
    "elsewhere", "meanwhile",
})

# Words on the act or its sides that make it another: "another attack", "a second arrest", "more
# protesters were detained" (not "the third-most senior leader").
OTHER_ACT_MODIFIERS = frozenset({
    "another", "second", "third", "fourth", "more", "further", "new", "fresh", "other", "separate",
    "additional",
})
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
# Arms of one state that news names in turn for one act ("police arrested ... authorities held").
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY"})
# Days between an earlier telling's date (its own or its article's) and a later telling's own date
# that still leave one act: a lead in the perfect ("has been arrested") told again with its weekday.
SAME_ACT_DAYS = 7
VERB_POS = frozenset({"VERB", "AUX"})


def fold_later_mentions(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each later mention of a kept event's act folded into that event as one of
    its :attr:`~newsevents.records.Event.retellings` (see the module doc)."""
    kept: list[Event] = []
    for later in events:
        at = next((i for i in range(len(kept) - 1, -1, -1) if retells(doc, later, kept[i])), None)
        if at is None:
            kept.append(later)
        else:
            kept[at] = kept[at].told_again(later)
    return kept


def fold_retellings(events: list[Event], retells: Callable[[Event, Event], bool]) -> list[Event]:
    """``events`` with each event that ``retells(earlier, later)`` says tells an earlier kept one's
    act again, from another sentence, folded into the first such event as a retelling (the
    one-telling steps of :mod:`~newsevents.events.retold_meetings` and
    :mod:`~newsevents.events.retold_charges`)."""
    kept: list[Event] = []
    for e in events:
        earlier = next((i for i, k in enumerate(kept) if k.span != e.span and retells(k, e)), None)
        if earlier is None:
            kept.append(e)
        else:
            kept[earlier] = kept[earlier].told_again(e)
    return kept


def retells(doc: Doc, later: Event, earlier: Event) -> bool:
    """Whether ``later`` (a telling in a later sentence) is ``earlier``'s act told again."""
    if later.span[0] <= earlier.span[0] or later.span[0] < earlier.span[1]:
        return False
    if later.cameo != earlier.cameo or not _same_countries(later, earlier):
        return False
    tok, first = trigger_token(doc, later), trigger_token(doc, earlier)
    if tok is None or first is None:
        return False
    return _points_back(doc, tok, later, earlier) and not _sets_apart(doc, tok, first, later, earlier)


def _same_countries(later: Event, earlier: Event) -> bool:
    pairs = ((later.source, earlier.source), (later.target, earlier.target))
    return all(a is not None and b is not None and bool(_country(a)) and _country(a) == _country(b)
               for a, b in pairs)


def _country(ref: ActorRef) -> str | None:
    return ref.country or (ref.code[:3] if ref.code else None)


def _points_back(doc: Doc, tok: Token, later: Event, earlier: Event) -> bool:
    """The retelling marks: a definite act noun; or, for an act of the same kind, a side told by
    a pronoun or a definite common noun, a past perfect, or a name for a side the earlier telling
    only described (the other side agreeing by sector)."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in tok.children):
        return True
    if later.rule_pattern() != earlier.rule_pattern():
        return False
    sides = ((later.source, earlier.source), (later.target, earlier.target))
    verb = _verb(tok)
    if verb is not None and _past_perfect(verb) and all(_agree(a, b) for a, b in sides):
        return True
    for k, (side, before) in enumerate(sides):
        other = sides[1 - k]
        if not _agree(*other):
            continue
        span, first_span = _span(doc, side), _span(doc, before)
        if span is None:
            continue
        # a pronoun may carry a wrong body's sector (resolved to the wrong antecedent); a noun agrees
        if side is later.target and _anaphoric(span) and (span.root.pos_ == "PRON" or _agree(side, before)):
            return True
        if first_span is not None and _described(first_span) and _named(span) and _agree(side, before):
            return True
    return False


def _agree(later: ActorRef | None, earlier: ActorRef | None) -> bool:
    """Two tellings of one side: the same sector, a bare country on either, or two arms of the state."""
    if later is None or earlier is None or _country(later) != _country(earlier):
        return False
    a, b = _sector(later), _sector(earlier)
    return a == b or a is None or b is None or (a in STATE_SECTORS and b in STATE_SECTORS)


def _sector(ref: ActorRef) -> str | None:
    if ref.sector:
        return ref.sector
    code, country = ref.code or "", _country(ref) or ""
    return code[len(country):] or None if code.startswith(country) else code or None


def _sets_apart(doc: Doc, tok: Token, first: Token, later: Event, earlier: Event) -> bool:
    """Whether ``later``'s clause marks an act of its own: a word of another act, its own date
    away from the earlier telling's, a place of its own where the earlier one named another town,
    a count the earlier sentence does not hold, or another named person on a side."""
    verb = _verb(tok) or tok
    clause = {*clause_indices(verb), tok.i, *(c.i for c in tok.children)}
    if any(doc[i].lower_ in OTHER_ACT_ADVERBS and doc[i].dep_ == "advmod" for i in clause):
        return True
    heads = [tok, *(s.root for s in (_span(doc, later.source), _span(doc, later.target)) if s is not None)]
    if any(c.lower_ in OTHER_ACT_MODIFIERS for h in heads for c in h.children if c.dep_ in ("amod", "det")):
        return True
    if _dated_apart(doc, verb, _verb(first) or first, earlier):
        return True
    town = town_of(earlier)
    if town is not None and any(p not in earlier.sentence.lower() for p in _places(doc, clause)):
        return True
    if any(doc[i].like_num and doc[i].ent_type_ in NUMBER_LABELS and doc[i].text not in earlier.sentence
           for i in clause):
        return True
    return any(_other_person(doc, a, b) for a, b in ((later.target, earlier.target), (later.source, earlier.source)))


def _dated_apart(doc: Doc, verb: Token, first: Token, earlier: Event) -> bool:
    own = _own_date(doc, verb)
    if own is None or own.value is None:
        return False
    before = _own_date(doc, first)
    if before is not None and before.value is not None:
        return not (own.value.startswith(before.value) or before.value.startswith(own.value))
    return not _near(own.value, earlier.date)


def _near(value: str, other: str | None) -> bool:
    """Whether two ISO dates lie within :data:`SAME_ACT_DAYS` days (or one holds the other)."""
    if other is None:
        return False
    if value.startswith(other) or other.startswith(value):
        return True
    try:
        return abs((date.fromisoformat(value[:10]) - date.fromisoformat(other[:10])).days) <= SAME_ACT_DAYS
    except ValueError:
        return False


def _own_date(doc: Doc, verb: Token) -> DateMention | None:
    """The date named in the clause of ``verb`` itself (not its article's nor a governing clause's)."""
    starts = {doc_view(doc).idx[i] for i in clause_indices(verb)}
    return next((d for d in doc._.ne_dates or [] if d.span[0] in starts), None)


def _places(doc: Doc, clause: set[int]) -> set[str]:
    """Names of places after "in", "at", "near" ... in the clause."""
    return place_names(doc[i] for i in clause)


def _verb(tok: Token) -> Token | None:
    """The verb of ``tok``'s clause: itself, or the nearest verb it hangs on."""
    current = tok
    for _ in range(6):
        if current.pos_ in VERB_POS:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _past_perfect(verb: Token) -> bool:
    """"had arrested", "had been detained"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _span(doc: Doc, ref: ActorRef | None) -> Span | None:
    if ref is None or ref.span is None:
        return None
    return doc.char_span(ref.span[0], ref.span[1], alignment_mode="expand")


def _anaphoric(span: Span) -> bool:
    """A side told again: a pronoun ("him", "they") or a definite common noun with no name in it
    ("the demonstrators", "the opposition senator")."""
    root = span.root
    if root.pos_ == "PRON":
        return True
    return root.pos_ == "NOUN" and not _named(span) \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in root.children)


def _described(span: Span) -> bool:
    """A side described by common nouns without a person's name: "a senior leader of the
    opposition party", "one of the last opposition leaders", "Burundi's opposition parties"."""
    return span.root.pos_ == "NOUN" and not _named(span)


def _named(span: Span) -> bool:
    """Whether the side names a person."""
    return any(t.ent_type_ == "PERSON" for t in span)


def _persons(span: Span) -> set[str]:
    return {t.lower_ for t in span if t.ent_type_ == "PERSON"}


def _other_person(doc: Doc, later: ActorRef | None, earlier: ActorRef | None) -> bool:
    """Both tellings name a person on a side, and not the same one."""
    a, b = _span(doc, later), _span(doc, earlier)
    if a is None or b is None:
        return False
    names, before = _persons(a), _persons(b)
    return bool(names) and bool(before) and not names & before
