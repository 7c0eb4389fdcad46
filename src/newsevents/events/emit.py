"""From coded triggers to :class:`~newsevents.records.Event` records: the :class:`Found` record
the coder fills for each trigger and pair, the dropping of mentions that retell an earlier act,
and the building of each event with its evidence, date and place.

Apart from :mod:`~newsevents.events.coder` because none of it decides whether or what a trigger
codes: it takes the coder's decisions as given and only says which of them are one act told twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsevents.actors.coding import NO_COUNTRY_PREFIXES
from newsevents.events import codebook
from newsevents.events.anchors import back_reference, inside_retold
from newsevents.events.arguments import place_tokens
from newsevents.events.attributes import domestic_place, event_date, event_place
from newsevents.events.implied import RIOT
from newsevents.events.match_context import MEDIATE
from newsevents.events.matching import Match
from newsevents.events.retold_twins import own_account, retells, retells_of_one_target
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import sentence_of, span_text
from newsevents.records import ActorMention, Event


@dataclass(slots=True)
class Found:
    """One coded event before it becomes an :class:`Event`: the trigger's match, its CAMEO code,
    its two sides, the governing word its mood came from, its confidence, and the mood tags and
    rule suffix that go into the event's rule."""

    match: Match
    cameo: str
    source: ActorMention | None
    target: ActorMention | None
    governor: int | None
    confidence: float
    tags: list[str] = field(default_factory=list)
    suffix: str = ""


def without_retellings(found: list[Found]) -> list[Found]:
    """``found`` (in text order) without the mentions that refer back to an act coded earlier
    ("the attack", "the talks" again) and the acts told inside such a mention."""
    # an act's other side (visits.partner_pairs) is the same act, never an earlier one it retells
    told = [back_reference(f.match, _key(f), [_key(g) for g in found[:i] if g.match.token.i != f.match.token.i])
            for i, f in enumerate(found)]
    retold = {f.match.token.i: codebook.root_of(f.cameo) for f, again in zip(found, told, strict=True) if again}
    kept = [f for f, again in zip(found, told, strict=True)
            if not again and not inside_retold(f.match, f.cameo, retold)]
    return _without_next_sentence_twins(kept)


def _without_next_sentence_twins(found: list[Found]) -> list[Found]:
    """``found`` less an act told again in the next sentence: the same code between the same two
    countries right after it ("police banned further rallies." / "The governor's order banned
    rallies in the park") is the lead's act retold in detail, which a coder codes once, unless it is
    another act of that code (events/retold_twins.py: another kind, or a time, place or toll of
    its own). Talks compare by kind: "after peace talks with Ukraine in Istanbul" / "The two
    delegations met for three hours" is one meeting told as talks (046) and as a meeting (040).
    Demonstrations are left out: a march and the next sentence's sit-in are often two acts (and
    street_protests.py drops repeated protests its own way), unless the later one is the
    protesters' own account of their protest ("They say they are protesting against ...":
    retold_twins.own_account). A riot is compared like any act: "demonstrators clashed with riot
    police" / "Opponents of the president fought riot police" is one clash. Further down, an act
    of the same target told again is the lead's act too ("Police detained the opposition leader.
    ... He was detained on Tuesday": retold_twins.retells_of_one_target)."""
    if not found:
        return found
    doc = found[0].match.token.doc
    _, number = doc_view(doc).sentences()
    # a headline line's act told in the lead is kept in the lead, where the body codes it (the
    # headline's is then dropped: story.structure.drop_repeated_headline_events)
    story = doc._.ne_story
    head_end = story.headline_span[1] if story is not None and story.headline_span is not None else -1
    out: list[Found] = []
    for f in found:
        key, n = _twin_key(f), number[f.match.token.i]
        if None in key[:2] or (_demonstration(f.cameo) and not own_account(f)) \
                or not any(_twin_key(g) == key and g.match.token.idx >= head_end
                           and ((number[g.match.token.i] == n - 1 and retells(f, g))
                                or (number[g.match.token.i] < n - 1 and retells_of_one_target(f, g)))
                           for g in out):
            out.append(f)
    return out


COUNTRY_CODE_LENGTH = 3
"""The length of a country's code, the head of its bodies' codes (NPL, NPLGOV)."""
TALKS = frozenset({"040", "044", "046"})
"""Codes of talks held: a meeting, a meeting at a third place, negotiations (not a visit, its
hosting or a mediation, which are acts of their own beside the talks)."""


def _twin_key(found: Found) -> tuple[object, ...]:
    """What a retelling in the next sentence shares with its act: the dyad by country and the code,
    any code of talks held for talks (a meeting, negotiations are one act in other words)."""
    source, target, cameo = _key(found)
    return (source, target, "talks") if cameo in TALKS else (source, target, cameo)


def _demonstration(cameo: str) -> bool:
    """A protest other than a riot (140-144): a crowd's act that a next sentence often tells anew."""
    return codebook.root_of(cameo) == codebook.PROTEST and cameo != RIOT


def emit(found: list[Found], doc: Doc) -> list[Event]:
    """One :class:`Event` per act in ``found`` (in text order), leaving out a second mention of one
    act: the same trigger and sides again, a purpose or object phrase that codes as its governor
    does, or one named person's act told twice."""
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    done: dict[tuple[object, ...], str | None] = {}
    linked: set[tuple[object, ...]] = set()
    published = doc._.ne_article.date if doc._.ne_article is not None else None
    for f in found:
        # two mentions with one code ("Santos and five other rebels") are one target of one act
        dyad = (_actor_key(f.source), _actor_key(f.target), f.cameo)
        # "will meet to discuss": a purpose coding the same as the act it is the purpose of adds nothing
        purpose = f.match.token.dep_ == "advcl" and (f.match.token.head.i, *dyad) in seen
        # "should hold talks": the noun a trigger governs, coding the same kind of act between the
        # same sides, is that act's phrase, not a second act
        tok, root = f.match.token, codebook.root_of(f.cameo)
        phrase = (tok.dep_ == "dobj" and (tok.head.i, *dyad[:2], root) in linked) \
            or any(c.dep_ == "dobj" and (c.i, *dyad[:2], root) in linked for c in tok.children)
        # "envoys met the president and his deputy": one trigger between two countries is one act
        # between them, whoever of each side it names (of one sector: "the government and the
        # opposition" are two sides); at home the two sides are apart (rebels, the army), and a
        # mediator acts between two sides of one country
        sides = (f.match.token.i, *_sector_key(f)) if _key(f)[0] != _key(f)[1] and f.cameo != MEDIATE \
            else (f.match.token.i, *dyad)
        # "toward X and his supporters": the followers of a person the same act reaches are X's side
        led = _side_name(f.target)
        follower = led is not None and (tok.i, _actor_key(f.source), not led[0], led[1], f.cameo) in seen
        if (f.match.token.i, *dyad) not in seen and sides not in seen and not purpose and not phrase \
                and not follower:
            seen.update({(f.match.token.i, *dyad), sides})
            if led is not None:
                seen.add((tok.i, _actor_key(f.source), *led, f.cameo))
            linked.add((tok.i, *dyad[:2], root))
            event = _event(f, doc)
            if not _retold_on_person(f, event, done, published):
                events.append(event)
    return events


#: Nouns for the followers of a person ("his supporters", named "supporters of X" by coreference):
#: "police fired tear gas toward X and his supporters" is one act on X's side, whatever sector each
#: conjunct is coded with (session 31).
FOLLOWER_NOUNS = ("supporters", "followers", "loyalists", "backers")


def _side_name(mention: ActorMention | None) -> tuple[bool, str] | None:
    """``(False, X)`` for a mention of the named person X, ``(True, X)`` for one of X's followers,
    ``None`` for any other mention."""
    if mention is None:
        return None
    if mention.kind == "person" and mention.name[:1].isupper():
        return False, mention.name
    for noun in FOLLOWER_NOUNS:
        if mention.name.startswith(noun + " of "):
            return True, mention.name[len(noun) + 4:]
    return None


def _key(found: Found) -> tuple[str | None, str | None, str]:
    """An event's dyad by country (else code) and its code (for repeated mentions of one event)."""
    def side(actor: ActorMention | None) -> str | None:
        return (actor.country or actor.code) if actor is not None else None
    return side(found.source), side(found.target), found.cameo


def _sector_key(found: Found) -> tuple[object, object, str]:
    """An event's dyad by country and sector (else code) and its code: the people of one side."""
    def side(actor: ActorMention | None) -> object:
        return (actor.country or actor.code, actor.sector) if actor is not None else None
    return side(found.source), side(found.target), found.cameo


def _actor_key(mention: ActorMention | None) -> object:
    """What tells two events' actors apart: their code, or the mention itself when it has none."""
    if mention is None:
        return None
    return mention.code or mention.start


def _event(found: Found, doc: Doc) -> Event:
    """The record of one found act, with its evidence (sentence, trigger, rule), date and place."""
    match = found.match
    tok, sent = match.token, sentence_of(match.token)
    entry = codebook.lookup(found.cameo)
    particle = match.pattern.particle
    trigger = f"{tok.text} {particle}" if particle else tok.text
    verb = match.verb or tok
    places = place_tokens(match)
    date, precision = event_date(verb, doc)
    source = found.source.ref() if found.source is not None else None
    target = found.target.ref() if found.target is not None else None
    rule = match.pattern.id + "".join(f"[{t}]" for t in found.tags) + found.suffix
    return Event(
        date=date, source=source, target=target,
        cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein, quad_class=entry.quad_class,
        sentence=span_text(sent), span=(sent.start_char, sent.end_char), trigger=trigger, rule=rule,
        confidence=found.confidence, location=event_place(doc, places) or domestic_place(doc, source, target),
        trigger_span=(tok.idx, tok.idx + len(tok.text)), plover_mode=entry.plover_mode,
        plover_context=entry.plover_context, date_precision=precision,
    )


def _retold_on_person(found: Found, event: Event, done: dict[tuple[object, ...], str | None],
                      published: str | None) -> bool:
    """"Police arrested opposition leader X on Monday. X was arrested as he left his home": one
    named person arrested (released, met ...) by the same side on the same date, or again with no
    date of its own (the article's), is one act told twice. Records the act in ``done``; a group
    ("protesters") may well suffer the act again."""
    target = found.target
    if target is None or target.kind != "person" or target.entity < 0 or target.name == target.name.lower():
        return False
    key = (_actor_key(found.source), target.entity, found.cameo)
    if any(_one_side(key[0], other[0]) and other[1:] == key[1:] and event.date in (day, published)
           for other, day in done.items()):
        return True
    done.setdefault(key, event.date)
    return False


def _one_side(later: object, earlier: object) -> bool:
    """Whether a later event's side is an earlier one's: the same code, or the bare country of the
    earlier body ("his Nepalese counterpart", NPLGOV, then "the two sides", NPL, in a later
    sentence). Not the other way: a body named after its country ("visited Guinea-Bissau" ...
    "was received by the president") may well be a new act of its own."""
    if later == earlier:
        return True
    if not (isinstance(later, str) and isinstance(earlier, str)):
        return False
    return len(later) == COUNTRY_CODE_LENGTH and later not in NO_COUNTRY_PREFIXES \
        and len(earlier) > COUNTRY_CODE_LENGTH and earlier[:COUNTRY_CODE_LENGTH] == later
