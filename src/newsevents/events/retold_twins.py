"""Whether an act in one sentence retells the act of the sentence before it or is a second act.

"Police banned further rallies. The governor's order banned rallies in the park" tells one ban
twice: a coder codes it once. "Troops attacked rebel positions on Friday. Last Wednesday, troops
fought the rebels in Kadugli" tells two fights. Both pairs share a code and two countries; what
tells them apart is the act's kind and what the second sentence adds. A retelling names the act
with the same trigger word, or with another word of its code between the same sides down to their
sector (the rebels' ceasefire pledge is not the troops' withdrawal), and brings nothing of its
own: no date or sequence word ("later", "then", "again"), no other place, no number. Places and
numbers count in the act's own phrase only: "the police beat the supporters with sticks after
agents barred the rally at Unity Square" names the ban's place, and "the two delegations met" counts
its doers, not its victims (session 20).

An act told again of the same person may sit anywhere further down, and may give the day or the
place the lead left out: "Police detained the opposition leader. ... He was detained on Tuesday at
his home in the capital" is one detention (session 33). When the target is one entity in both
tellings, a day within the story's week added to an undated lead, or a place added to a lead with
none, is the lead's detail; a second date, a second place, "again" or another target still tell a
second act.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.events.attributes import event_date, place_names
from newsevents.events.clauses import clause_indices
from newsevents.nlp.docview import doc_view
from newsevents.records import ActorMention, DateMention

if TYPE_CHECKING:
    from newsevents.events.emit import Found

# Adverbs that place an act after another: the sentence tells a new act, not the same. Not "also":
# "Police banned rallies. The governor also banned marches" details the one ban as often as not.
SEQUENCE_WORDS = frozenset({"later", "then", "again", "afterwards", "subsequently"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY"})
# Clauses hung on an act that tell other acts: their places and numbers are not the act's own.
OTHER_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "pcomp"})
# Verbs by which protesters give their own account of their protest ("They say they are protesting
# against government measures").
ACCOUNT_VERBS = frozenset({"say", "tell", "explain", "insist", "stress", "write"})
# Roots of acts done to a target that a story tells again further down with a detail (talks, force,
# arrests, assaults, fighting); a charge or a statement told again of the same target is most often
# another charge ("blames the rebels for burning schools ... said the rebels violated the truce").
DONE_ROOTS = frozenset({"04", "15", "16", "17", "18", "19", "20"})
STORY_DAYS = 7
"""How many days before the article's date a day named by a retelling of an undated lead can lie:
the week a news story reports ("was detained on Tuesday"); an earlier day is an earlier act."""


def retells(later: Found, earlier: Found) -> bool:
    """Whether ``later`` (an act of the next sentence with ``earlier``'s code between the same two
    countries) is ``earlier`` told again rather than a second act."""
    return _same_kind(later, earlier) and not _adds_news(later, earlier)


def retells_of_one_target(later: Found, earlier: Found) -> bool:
    """Whether ``later`` (an act further down with ``earlier``'s code between the same two
    countries) is ``earlier`` told again of the same target: "Police detained the opposition
    leader. ... He was detained on Tuesday in the capital's main square"."""
    return later.cameo[:2] in DONE_ROOTS and same_target(later, earlier) and _same_doer(later, earlier) \
        and _same_kind(later, earlier) and not _adds_news(later, earlier)


def _same_doer(later: Found, earlier: Found) -> bool:
    """Whether the two acts have one doer: one entity, or one code ("police" and an arrest's
    implied police); "Rupel also met the president" after "the minister met Rupel" has another."""
    if later.source is None or earlier.source is None:
        return False
    return later.source.same_entity_or_code(earlier.source) \
        or later.source.entity in _apposed(later.match.token.doc, earlier.source)


def same_target(later: Found, earlier: Found) -> bool:
    """Whether the two acts have one target: one entity, or a name in apposition with the other's
    title ("the opposition leader, Raila Odinga")."""
    if later.target is None or earlier.target is None or later.target.entity < 0:
        return False
    doc = later.match.token.doc
    return later.target.entity == earlier.target.entity or later.target.entity in _apposed(doc, earlier.target)


def _same_kind(later: Found, earlier: Found) -> bool:
    """One trigger word names one act whoever of each country it names ("police banned" / "the
    governor's order banned"); two words of one code need the same sides by sector."""
    if later.match.token.lemma_.lower() == earlier.match.token.lemma_.lower():
        return True
    doc = later.match.token.doc
    return _same_side(doc, later.source, earlier.source) and _same_side(doc, later.target, earlier.target)


def _sector(actor: ActorMention | None) -> object:
    return (actor.country or actor.code, actor.sector) if actor is not None else None


def _same_side(doc: Doc, later: ActorMention | None, earlier: ActorMention | None) -> bool:
    """One side by sector, or one person the tables code by two sectors: "arrested the main
    opposition leader, Morgan Tsvangirai. Tsvangirai was taken away by police" names in the second
    sentence the man the first apposed to his title (the persons table codes him an elite before
    his first office, the title an opposition figure; session 30)."""
    if _sector(later) == _sector(earlier):
        return True
    # two sectors of one country's entity; a bare country beside a sector is left as before ("The
    # delegations discussed oil fees" after "Delegations from Sudan and South Sudan met": the group's
    # bare South Sudan is the entity of the meeting's SSDGOV)
    if later is None or earlier is None or later.country is None or later.country != earlier.country \
            or not later.sector or not earlier.sector:
        return False
    return later.entity >= 0 and (later.entity == earlier.entity or later.entity in _apposed(doc, earlier))


def _apposed(doc: Doc, mention: ActorMention) -> set[int]:
    """The entities of the mentions in apposition with ``mention`` ("the opposition leader,
    Morgan Tsvangirai," either way round), which coreference keeps apart."""
    own = doc[mention.start:mention.end].root
    out: set[int] = set()
    for other in doc._.ne_mentions or []:
        if other.entity < 0 or other.entity == mention.entity or other.country != mention.country:
            continue
        root = doc[other.start:other.end].root
        if (root.dep_ == "appos" and mention.start <= root.head.i < mention.end) \
                or (own.dep_ == "appos" and other.start <= own.head.i < other.end):
            out.add(other.entity)
    return out


def _adds_news(later: Found, earlier: Found) -> bool:
    """Whether ``later``'s clause carries a time, place or count of its own."""
    verb = later.match.verb or later.match.token
    doc = verb.doc
    clause = clause_indices(verb)
    if any(doc[i].lower_ in SEQUENCE_WORDS and doc[i].dep_ == "advmod" for i in clause):
        return True
    # "..., killing 30 fighters": a toll in the act's phrase or its participles; not the count of
    # its doers ("the two delegations met") nor a number in a clause of another act
    if any(t.ent_type_ in NUMBER_LABELS and t.like_num for t in _own_phrase(verb, doers=False)):
        return True
    # a day or a place the lead left out, told of the same target, details the lead's act
    detail = same_target(later, earlier)
    own = _own_date(later)
    if own is not None and not _within(event_date(earlier.match.verb or earlier.match.token, doc)[0], own) \
            and not (detail and _own_date(earlier) is None and _in_story_week(own, doc)):
        return True
    lead_places = _places(earlier.match.verb or earlier.match.token)
    return bool(_places(verb) - lead_places) and not (detail and not lead_places)


def _in_story_week(period: DateMention, doc: Doc) -> bool:
    """Whether ``period`` is a day of the week up to the article's date (:data:`STORY_DAYS`)."""
    article = doc._.ne_article
    if article is None or not article.date or period.value is None or period.precision != "day":
        return False
    try:
        age = date.fromisoformat(article.date[:10]) - date.fromisoformat(period.value[:10])
    except ValueError:
        return False
    return timedelta(0) <= age <= timedelta(days=STORY_DAYS)


def _places(verb: Token) -> set[str]:
    """The names of places after "in", "at", "near" ... in the act's own phrase ("attacked
    camps in Yobe state"), not only those the geocoder knows."""
    return place_names(_own_phrase(verb, doers=True))


def _own_phrase(verb: Token, doers: bool) -> list[Token]:
    """The act's phrase: ``verb``'s subtree less the clauses of other acts hung on it ("beat the
    supporters ... after security agents barred Chamisa from speaking at Africa Unity Square": the
    square is the ban's place) and, unless ``doers``, less its active subject."""
    cut = OTHER_CLAUSES if doers else OTHER_CLAUSES | {"nsubj"}
    out: list[Token] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in cut or (c.dep_ == "advcl" and not _finite(c)))
    return out


def _finite(clause: Token) -> bool:
    """Whether an adverbial clause has its own subject or conjunction ("after police arrived",
    "when rebels entered Adre"), unlike a participle of the act ("..., killing 30 fighters")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


def _own_date(found: Found) -> DateMention | None:
    """The date named in the trigger's own clause (not the article's, nor a governing clause's)."""
    verb = found.match.verb or found.match.token
    doc = verb.doc
    starts = {doc_view(doc).idx[i] for i in clause_indices(verb)}
    return next((d for d in doc._.ne_dates or [] if d.span[0] in starts), None)


def _within(value: str | None, period: DateMention) -> bool:
    """Whether the date ``value`` falls in ``period`` ("this week" holds Friday's arrest): a
    period that holds the earlier act's date gives the later mention no time of its own."""
    if value is None or period.value is None:
        return False
    if period.precision == "week":
        try:
            start, day = date.fromisoformat(period.value), date.fromisoformat(value[:10])
        except ValueError:
            return False
        return timedelta(0) <= day - start < timedelta(days=7)
    return value.startswith(period.value)


def own_account(later: Found) -> bool:
    """Whether ``later`` is its doers' own account of what they do: a protest verb in the reported
    clause of a verb of saying whose subject is the same actor as the protest's ("Road blockade
    protests by teachers spread in Puno. They say that they are protesting against government
    measures": the protest of the sentence before and its reason, session 19).
    A protest told by anyone else ("Witnesses said protesters marched on the palace"), or told of
    in the speakers' own voice with a time or place of its own, is left to the other tests."""
    verb = later.match.verb or later.match.token
    if later.source is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ACCOUNT_VERBS:
        return False
    speaker = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    mentions = verb.doc._.ne_mentions or []
    return speaker is not None and any(m.entity == later.source.entity and m.start <= speaker.i < m.end
                                       for m in mentions)
