"""Background: acts a story recalls from long before it was written are not its events.

News gives history as background: "In 2003, American troops invaded Iraq", "the two countries
signed a peace treaty in 1994", "Russia's 2022 invasion". A trained coder codes the events of the
reporting period, not the history the reporter recalls, so an event whose own date lies more than
half a year before the article's date is left out.

The date must be the act's own: a time adverbial of its clause ("in 2003", "in May 2022", "two
years ago") or, for a noun trigger, a date modifying the noun ("the 2015 deal", "Russia's 2022
invasion"), a date on the subject of a past-tense verb ("the 1994 genocide killed"), or the
time a "when" clause hangs on ("ties soured in 2020, when Canberra called for ..."). A date
that only names a thing in the clause ("resumed talks on reviving the 2015 nuclear deal") dates
the thing, not the talks, and "since 1994" reaches up to the present.

Three more forms recall rather than report, whatever the date: the past act a "since" clause
starts a period from ("attacks have grown since the rebels rejected the deal") and the acts told
within that clause ("the first such clash since gunmen crossed the border, killing a policeman and
launching a gunbattle": CONVENTIONS 5.1's "the first time ..." clauses), an act summed up
over years in the perfect ("have fought the army for more than a decade") or counted over a
period "since" a date long past ("dozens have been killed since he came to power in 2010"), and
an act dated only by an earlier year than the article's ("last year, police killed ...", "in 2019" in a story of
January 2020): a writer gives a recent act its month or day. An act at a dated occasion long past
("boycotted the 2015 election") has the occasion's date. The act of an "after" adjunct dated
weeks back is background too (:mod:`newsevents.story.earlier_acts`).

Two forms tell a standing state or an earlier act whatever the date: an act the perfect marks
"previously" ("where the army has previously clashed with militants", "he had previously been
imprisoned"), and a post or a confinement in the present passive ("3,000 soldiers are
stationed in the country", "250 journalists are imprisoned around the world", "troops have been
positioned at the border"): the news is a move, not a standing posting.

An act told in a relative clause with a date of its own that ended more than a week before the
story ("the rebels who captured the town last month", "the activist, who was arrested in April")
describes someone by his past: background (session 33). A date of the story's week or the week
before ("who was arrested on Friday", "the mayor who beat a reporter last week") is still news.

The caption of a file photo ("FILE - Police detain a protester ...", "in this file photo") shows
an earlier scene: its acts are background too, whatever their date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Doc, Token

from newsevents.nlp.docview import doc_view
from newsevents.nlp.extensions import doc_attribute
from newsevents.nlp.sentences import sentence_dates, trigger_token
from newsevents.records import DateMention, Event
from newsevents.story.earlier_acts import act_of_earlier_adjunct
from newsevents.story.obituaries import split_obituary_life

# Captions of file photos: "FILE - ...", "FILE PHOTO: ...", "... in this file photo taken in 2022"
_FILE_LABEL = re.compile(r"(?:^|\n)\s*FILE(?:\s+PHOTO)?\s*[-\u2013\u2014:|]")
_FILE_PHOTO = re.compile(r"\b(?:file|archive|undated)\s+(?:photo|picture|image|photograph)\b", re.IGNORECASE)
HORIZON_DAYS = 183
"""How far before the article's date an act is background: half a year (a year's date counts from its end)."""
# Prepositions of a time adverbial that places an act at a past time ("in 2003", "during 1999").
TIME_PREPS = frozenset({"in", "on", "during", "at", "by", "around", "from", "between"})
NOUN_POS = ("NOUN", "PROPN")
# Occasions an act takes part in, dated by their own date: "boycotted the 2015 election",
# "fought the 1967 war" happened when the occasion did (a deal or a law is a thing, not an occasion).
OCCASIONS = frozenset({"election", "vote", "poll", "referendum", "summit", "war", "coup", "uprising", "games",
                       "olympics", "inauguration", "ceremony", "campaign", "runoff", "plebiscite"})
# Accords dated by when they were made, and the verbs that make them: "signed the 1994 treaty",
# "mediated the February 2002 ceasefire" happened then ("resumed talks on the 2015 deal" did not).
ACCORDS = frozenset({"deal", "agreement", "accord", "ceasefire", "cease-fire", "truce", "treaty", "pact",
                     "settlement", "armistice"})
ACCORD_MAKERS = frozenset({"sign", "broker", "mediate", "negotiate", "conclude", "strike", "seal", "ink",
                           "clinch", "reach"})
# Spans of years: "have fought the government for more than a decade" sums up a long campaign,
# it reports no act of the reporting period.
LONG_SPANS = frozenset({"year", "decade", "century"})
# Acts whose span of years is a term they set ("has jailed a student for two years", "has banned the
# party for five years"): the act is the news, the span its length.
TERM_ROOTS = frozenset({"16", "17"})
# Words that count what a record sums up ("dozens of protesters", "many journalists")
COUNT_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                         "million", "millions", "many", "several", "numerous"})
# "in a 2016 referendum", "during the 2011 uprising": an occasion that dates the act it holds
SETTING_PREPS = frozenset({"in", "during"})
# Adverbs that put a perfect's act before the story ("has previously clashed", "had formerly ruled");
# "already" and "earlier" are left: "have already been arrested this week", "had earlier appealed"
# report the story's own acts.
EARLIER_ADVERBS = frozenset({"previously", "formerly"})
# Adjectives that put an act noun before the story ("earlier truces", "previous talks", "past attacks")
EARLIER_KINDS = frozenset({"earlier", "previous", "past", "prior"})
# Verbs of a posting or a confinement whose present passive is a standing state ("are stationed",
# "are imprisoned", "is held"); a move or an arrest is told in the past or the perfect.
STANDING_POSTS = frozenset({"station", "base", "garrison", "position", "deploy", "imprison", "jail", "detain",
                            "hold", "intern", "confine", "incarcerate"})
# Confining verbs whose progressive passive tells a custody going on ("are being held"), and the
# arrest code such a custody is wrongly read as.
CONFINING = frozenset({"hold", "detain", "imprison", "jail", "intern", "confine", "incarcerate", "keep"})
ARREST = "173"
# Of those, the ones whose perfect passive is still a state ("have been stationed", "have been
# positioned at the border"); "have been deployed" and "have been detained" report a move.
PLACED_POSTS = frozenset({"station", "base", "garrison", "position"})
# How many days before the article's date the last day of a date named in a relative clause still
# falls in the story's week ("the activist, who was arrested on Friday", "the mayor who beat a
# reporter last week"): "in April" or "last month" is his past
STORY_WEEK_DAYS = 7
# How a noun trigger hangs on the verb whose tense tells it: its object, a preposition's object
_NOUN_LINKS = frozenset({"dobj", "nsubjpass", "pobj", "prep", "compound", "conj"})
# How a verb trigger hangs on the verb whose tense tells it: a conjunct, an act urged or sought
_VERB_LINKS = frozenset({"conj", "xcomp", "pobj", "prep"})


def _day(value: str | None) -> dt.date | None:
    """An ISO date of precision day (``2023-02-24``), or ``None``."""
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _latest(value: str, precision: str | None) -> dt.date | None:
    """The last day a date of ``precision`` can stand for (a year's 31 December, a week's Sunday)."""
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    day = _day(value)
    if day is not None and precision == "week":
        day += dt.timedelta(days=6)
    return day


def _age(event: Event, published: str | None) -> int | None:
    """How many days the last day of ``event``'s date lies before ``published`` (``None`` when
    either is missing)."""
    now = _day(published)
    latest = _latest(event.date, event.date_precision) if event.date else None
    return (now - latest).days if now is not None and latest is not None else None


def long_before(event: Event, published: str | None) -> bool:
    """Whether ``event`` is dated more than :data:`HORIZON_DAYS` before ``published``."""
    now = _day(published)
    if now is None or not event.date or event.date == published:
        return False
    latest = _latest(event.date, event.date_precision)
    return latest is not None and (now - latest).days > HORIZON_DAYS


def _own_date(trigger: Token, mention: DateMention) -> bool:
    """Whether ``mention`` dates the act ``trigger`` names rather than a thing in its clause."""
    span = trigger.doc.char_span(*mention.span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if trigger.pos_ in NOUN_POS and root.head.i == trigger.i and root.dep_ in ("compound", "nummod", "amod",
                                                                              "poss", "nmod"):
        return True  # "the 2015 deal", "Russia's 2022 invasion"
    if root.dep_ in ("compound", "nummod", "amod") and _dates_setting(root.head, trigger):
        return True  # "rejected in a 2016 referendum", "seized power in a 1989 coup"
    if root.dep_ in ("compound", "nummod", "amod", "poss") and root.head.dep_ == "dobj" \
            and root.head.head.i == trigger.i and root.head.lemma_.lower() in OCCASIONS:
        return True  # "boycotted the 2015 election": the act took place at the occasion
    if root.dep_ in ("compound", "nummod", "amod", "poss", "nmod") and root.head.dep_ == "dobj" \
            and root.head.head.i == trigger.i and made_accord(trigger, root.head):
        return True  # "brokered the February 2002 ceasefire": an accord is made when it is dated
    if root.dep_ in ("compound", "nummod", "amod", "poss", "nmod") and root.head.dep_ == "nsubj" \
            and root.head.head.i == trigger.i and trigger.tag_ == "VBD":
        return True  # "the 1994 genocide killed 800,000": what the dated subject did, it did then
    if root.dep_ in ("npadvmod", "advmod", "tmod"):
        return root.head.pos_ in ("VERB", "AUX")  # "two years ago", "last year"
    head = root.head
    return (root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TIME_PREPS
            and (head.head.pos_ in ("VERB", "AUX") or head.head.i == trigger.i))


def made_accord(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` makes the accord ``noun`` ("signed the treaty", "mediated the cease-fire")
    with no time of its own ("signed the 1994 treaty again on Monday" is an act of Monday)."""
    accord = noun.lemma_.lower() in ACCORDS or (noun.lemma_.lower() == "fire" and any(
        c.lower_ == "cease" for c in noun.children))
    return accord and verb.lemma_.lower() in ACCORD_MAKERS and not any(
        t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def _when_clause(trigger: Token, mention: DateMention) -> bool:
    """Whether ``trigger`` heads a "when" clause on what ``mention`` dates: the date itself ("in
    2020, when Canberra called for ..."), a verb's time adverbial or a dated noun ("the 2020
    clashes, when troops fought"). Such a clause takes the date, whatever date its own verb got."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if clause.dep_ not in ("advcl", "relcl") or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return False
    span = trigger.doc.char_span(*mention.span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root, host = span.root, clause.head
    if span.start <= host.i < span.end:
        return True  # the clause hangs on the date
    if root.dep_ in ("compound", "nummod", "amod", "poss", "nmod"):
        return root.head.i == host.i
    return root.dep_ == "pobj" and root.head.lower_ in TIME_PREPS and root.head.head.i == host.i


def _dates_setting(noun: Token, trigger: Token) -> bool:
    """Whether ``noun`` ("referendum" of "in a 2016 referendum") is an occasion the act took place
    in: the object of "in" or "during" on the trigger's verb."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in SETTING_PREPS
            and (prep.head.i == trigger.i or (prep.head.i == trigger.head.i and trigger.pos_ in NOUN_POS)))


def file_caption(text: str, event: Event) -> bool:
    """Whether ``event``'s sentence in ``text`` is the caption of a file photo ("FILE - Police
    detain a protester ...", "... in this file photo"): the picture shows an earlier scene, not
    the story's news. (The "FILE -" label may be left out of the sentence: it is read before it.)"""
    start = event.span[0]
    return bool(_FILE_LABEL.search(text, max(0, start - 16), start + 16)
                or _FILE_PHOTO.search(event.sentence))


def since_clause(trigger: Token) -> bool:
    """Whether ``trigger`` is the past act a "since" clause starts a period from ("attacks have
    grown since the rebels rejected the deal"): the reference point of the news, not news. The
    act may be the clause's object ("since the rebels rejected the deal") or a second past verb
    of the clause ("since the two sides declared a truce and started talks")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        verb = trigger.head
    while verb is not None and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb is not None and verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def inside_since_clause(trigger: Token) -> bool:
    """Whether ``trigger`` tells an act within a "since" clause, below its verb: the clause's
    conjuncts and adjuncts ("the first such clash since gunmen crossed the border, killing a
    policeman and launching a gunbattle", "since the army seized power and arrested the
    president"). The whole clause is the period's starting point, told again (CONVENTIONS 5.1:
    "the first time ..." clauses); its verb is :func:`since_clause`'s."""
    for above in trigger.ancestors:
        if above.dep_ == "advcl" and above.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ == "since" for c in above.children):
            return True
    return False


def earlier_kind(trigger: Token) -> bool:
    """Whether the noun ``trigger`` names acts of an earlier time ("earlier truces ended in
    renewed fighting", "previous rounds of talks failed", "past attacks"): the story recalls them.
    A noun with its own date ("earlier talks on Monday") is left to the date's reading."""
    if trigger.pos_ not in NOUN_POS or not any(
            c.dep_ == "amod" and c.lower_ in EARLIER_KINDS for c in trigger.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)


def long_span(trigger: Token) -> bool:
    """Whether the act ``trigger`` names is summed up over years in the perfect ("have fought the
    government for more than a decade", "has jailed critics for years"). Not a passive ("has been
    jailed for ten years" is a sentence passed), not "for decades of violence" (a reason)."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN":
        return False
    kids = list(trigger.children)
    if any(c.dep_ == "auxpass" for c in kids) or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
        return False
    spans = [o for p in kids if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj" and o.lemma_.lower() in LONG_SPANS]
    return any(not any(c.dep_ == "prep" for c in o.children) for o in spans)


def period_long_since(trigger: Token, published: str | None) -> bool:
    """Whether the act ``trigger`` names is a count summed up in the perfect over a period "since"
    a date beyond the horizon ("dozens have been killed since the president came to power in
    December 2010", "have arrested hundreds since 2019"): a record, as a span of years is. A state
    ("has occupied Crimea since 2014") is no count and stays; so does a count since a recent start
    ("more than 2,100 detained since the Feb. 1 coup" a few weeks on), the story's news."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" \
            or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children) \
            or not any(c.dep_ in ("dobj", "nsubjpass") and _counted(c) for c in trigger.children):
        return False
    return _since_long_past(trigger, published)


def campaign_long_since(trigger: Token, published: str | None) -> bool:
    """Whether the act ``trigger`` names is a campaign waged in the perfect over a period "since" a
    date beyond the horizon: the perfect progressive ("the rebels have been fighting the government
    since 1991") or acts in the plural a perfect verb carries out ("since 1964, the group has carried
    out attacks on the police"). A record of years, as :func:`long_span`'s is. A state in the simple
    perfect ("has occupied Crimea since 2014") stays, as does a campaign since a recent start ("have
    been holding talks since November" in March)."""
    verb = trigger
    if trigger.pos_ in NOUN_POS:
        if trigger.tag_ not in ("NNS", "NNPS") or trigger.dep_ != "dobj":
            return False
        verb = trigger.head
        if verb.tag_ != "VBN":
            return False
    elif trigger.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ == "been" for c in trigger.children):
        return False
    kids = list(verb.children)
    if any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in kids) or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
        return False
    return _since_long_past(verb, published)


def _since_long_past(verb: Token, published: str | None) -> bool:
    """Whether ``verb`` has a "since" phrase or clause holding a date beyond the horizon."""
    now = _day(published)
    if now is None:
        return False
    starts = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "since") or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))]
    mentions = doc_attribute(verb.doc, "ne_dates") or []
    for start in starts:
        first, last = start.left_edge.idx, start.right_edge.idx + len(start.right_edge)
        for mention in mentions:
            latest = _latest(mention.value, mention.precision) if mention.value else None
            if first <= mention.span[0] < last and latest is not None and (now - latest).days > HORIZON_DAYS:
                return True
    return False


def done_previously(trigger: Token) -> bool:
    """Whether the act ``trigger`` names is told in the perfect or the pluperfect marked "previously"
    ("where the army has previously clashed with militants", "had previously called for a
    shutdown and urged ...", "had previously made a ceasefire conditional"): the story recalls it.
    A noun is read on the verb it is the object of ("called for a strike"), a later conjunct on
    the first, an act urged on the urging ("urged supporters to march")."""
    verb = trigger
    while True:
        if _marked_earlier(verb):
            return True
        if verb.head.i == verb.i or not (verb.dep_ in _VERB_LINKS or (
                verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _NOUN_LINKS)):
            return False
        verb = verb.head


def _marked_earlier(verb: Token) -> bool:
    """Whether ``verb`` is a perfect or pluperfect with "previously" ("has previously clashed")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    kids = list(verb.children)
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids) and any(
        c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in kids)


def standing_post(trigger: Token) -> bool:
    """Whether ``trigger`` tells a standing posting or confinement in the present passive ("3,000
    soldiers are stationed in the country", "250 journalists are imprisoned around the world") or,
    for a placing verb, the perfect passive ("troops have been positioned at the border"). Not the
    progressive ("are being held": the act goes on), a modal, or a present with a time of its own
    ("are deployed on Monday")."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" or trigger.lemma_.lower() not in STANDING_POSTS:
        return False
    kids = list(trigger.children)
    passive = [c for c in kids if c.dep_ == "auxpass"]
    aux = [c for c in kids if c.dep_ == "aux"]
    if not passive or any(c.tag_ == "MD" for c in aux) or passive[0].lower_ == "being" or any(
            t.ent_type_ in ("DATE", "TIME") for c in kids if c.dep_ in ("prep", "npadvmod") for t in c.subtree):
        return False
    if passive[0].tag_ in ("VBZ", "VBP") and not aux:
        return True
    return passive[0].lower_ == "been" and trigger.lemma_.lower() in PLACED_POSTS and any(
        c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in aux)


def custody_goes_on(trigger: Token, event: Event) -> bool:
    """Whether an arrest (173) is told by a custody that goes on: the progressive passive of a
    confining verb ("officials who are being held in Juba", "she is currently being detained pending
    trial", "were being detained in Moscow"). CONVENTIONS 1.5: a standing detention is a state, not
    the act of arresting. Not a hostage-taking (181: "ten officers are being held as hostages" on the
    day the crowd took them), a modal, or a custody with a time of its own ("were being held on
    Monday")."""
    if event.cameo != ARREST or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in CONFINING:
        return False
    kids = list(trigger.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids) or any(
            t.ent_type_ in ("DATE", "TIME") for c in kids if c.dep_ in ("prep", "npadvmod") for t in c.subtree):
        return False
    return trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids)


def _counted(noun: Token) -> bool:
    """Whether ``noun`` is a number of people or things ("dozens of protesters", "300 activists",
    "many journalists")."""
    return noun.tag_ == "CD" or noun.lemma_.lower() in COUNT_WORDS or any(
        c.dep_ in ("nummod", "amod") and (c.tag_ == "CD" or c.lemma_.lower() in COUNT_WORDS) for c in noun.children)


def earlier_year(event: Event, published: str | None) -> bool:
    """Whether ``event`` is dated only by a year before the article's year ("last year", "in
    2019" in a story of 2020): a writer gives a recent act its month or day, history its year."""
    return bool(published and event.date and event.date_precision == "year" and len(event.date) == 4
                and event.date[:4].isdigit() and published[:4].isdigit() and event.date < published[:4])


def is_background(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is history the story recalls (see the module doc)."""
    article = doc_attribute(doc, "ne_article")
    # the article's own text: the "FILE -" label may be blanked in the Doc's, as a dateline is
    if file_caption(article.text if article is not None else doc_view(doc).text, event):
        return True
    published = article.date if article is not None else None
    if _recalled_when(doc, event, published):
        return True
    trigger = trigger_token(doc, event)
    age = _age(event, published)
    if trigger is not None and age is not None and act_of_earlier_adjunct(trigger, event, age):
        return True
    if trigger is not None and age is not None and told_of_someone_before(trigger, event, age):
        return True
    if trigger is not None and (since_clause(trigger) or inside_since_clause(trigger)
                                or period_long_since(trigger, published) or campaign_long_since(trigger, published)
                                or (long_span(trigger) and event.cameo[:2] not in TERM_ROOTS)
                                or done_previously(trigger) or standing_post(trigger) or earlier_kind(trigger)
                                or custody_goes_on(trigger, event)):
        return True
    if not (long_before(event, published) or earlier_year(event, published)):
        return False
    if trigger is None:
        return False
    return any(_own_date(trigger, m) for m in sentence_dates(trigger, event.date))


def told_of_someone_before(trigger: Token, event: Event, age: int) -> bool:
    """Whether ``event`` (``age`` days old by the last day of its date) is the verb of a relative
    clause dated by a date of its own that ended more than a week before the story: "the rebels who
    captured Goma last month" (see the module doc)."""
    if trigger.dep_ != "relcl" or trigger.tag_ not in ("VBD", "VBN"):
        return False
    # the present perfect reaches the story's days ("where rebels have attacked army posts since January")
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children):
        return False
    if age <= STORY_WEEK_DAYS:
        return False
    return any((verb := _dated_verb(trigger.doc, m)) is not None and verb.i == trigger.i
               for m in sentence_dates(trigger, event.date))


def _dated_verb(doc: Doc, mention: DateMention) -> Token | None:
    """The nearest verb above ``mention`` (the act it dates), or ``None``."""
    span = doc.char_span(*mention.span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _recalled_when(doc: Doc, event: Event, published: str | None) -> bool:
    """Whether ``event`` is told in a "when" clause of a time long before ``published``."""
    now = _day(published)
    if now is None:
        return False
    start, end = event.span
    old = [m for m in doc_attribute(doc, "ne_dates") or [] if m.value and start <= m.span[0] < end
           and (latest := _latest(m.value, m.precision)) is not None and (now - latest).days > HORIZON_DAYS]
    trigger = trigger_token(doc, event) if old else None
    return trigger is not None and any(_when_clause(trigger, m) for m in old)


DATED_HISTORY = "background, dated long before the article"
OBITUARY_LIFE = "background, a life an obituary retells"


def split_background(doc: Doc, events: list[Event]) -> tuple[list[Event], list[tuple[str, Event]]]:
    """``events`` split into the story's own and the background it recalls (left out, each with
    why): history dated long before (see the module doc) and the life an obituary retells
    (:mod:`newsevents.story.obituaries`)."""
    kept: list[Event] = []
    recalled: list[tuple[str, Event]] = []
    for event in events:
        if is_background(doc, event):
            recalled.append((DATED_HISTORY, event))
        else:
            kept.append(event)
    kept, life = split_obituary_life(doc, kept)
    return kept, recalled + [(OBITUARY_LIFE, e) for e in life]
