"""Article structure: the headline, the dateline and the wire credits, found by regular rules.

A wire story opens with a dateline ("LUSAKA (Reuters) -", "WARSAW —", "Nairobi, March 3:",
"LONDON (VOA) —", Wikinews' "Friday, March 4, 2011") and may carry credits ("(AP)", a closing
"— Reuters", a last line "AFP"). They give the story its place (the gazetteer's country of the
dateline city) and, when a full date is there, its date. They are never actors: their spans are
blanked before parsing (same length, so every offset into the original text stays valid).

A headline line in text input (a first short line without final punctuation, followed by a blank
line) is kept apart from the body: it becomes its own sentence, is read for context, and its
events are kept only when the body does not report the same act.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from newsevents.events import codebook
from newsevents.records import Article, Event, Span

AGENCIES = ("AP", "AFP", "Reuters", "REUTERS", "VOA", "UPI", "Xinhua", "XINHUA", "dpa", "DPA", "ANSA", "EFE",
            "Kyodo", "Yonhap", "TASS", "ITAR-TASS", "Itar-Tass", "Interfax", "RIA Novosti", "IRNA", "Bernama",
            "PTI", "IANS", "APA", "AAP", "Anadolu", "Wikinews", "IPS", "CNA", "NAN", "KUNA", "WAM", "SPA",
            "MENA", "PANA")
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_AGENCIES = rf"(?:{_AGENCY})(?:\s*[/,]\s*(?:{_AGENCY}))*"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"(?:—|–|--|-)"
_UP = "A-ZÀ-ÖØ-Þ"  # capitals, with the accented ones of place names ("SÃO PAULO", "BRASÍLIA")
_LOW = "a-zß-öø-ÿ"
_CAPS = rf"[{_UP}][{_UP}.'’-]+(?:\s+[{_UP}][{_UP}.'’-]+){{0,3}}"
_TITLE = rf"[{_UP}][{_LOW}'’.-]+(?:\s+(?:[{_UP}][{_LOW}'’.-]+|de|del|da|do|la|el|les))?(?:\s+[{_UP}][{_LOW}'’.-]+)?"
_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"

# Wikinews: "Friday, March 4, 2011" alone on the first line.
_WEEKDAY_LINE = re.compile(rf"\A\s*(?:{_DAY},\s+)?({_MONTH}\s+\d{{1,2}},\s*\d{{4}})[ \t]*\n")
# "LUSAKA (Reuters) -", "CITY, Country (AGENCY) —", "NAIROBI —", "BEIJING:", "City, March 3:", "(AP) —".
_DATELINE = re.compile(
    rf"\A\s*(?:(?P<caps>{_CAPS})|(?P<title>{_TITLE}))"
    rf"(?:,\s*(?P<region>{_TITLE}|{_CAPS}))?"
    rf"(?:,?\s*(?P<date>{_DATE}))?"
    rf"\s*(?:\((?P<agency>{_AGENCIES})\))?"
    rf"\s*(?:(?P<sep>{_DASH}|:)[ \t]+|(?P<tight>—))(?=[A-Z0-9\"“‘'(])")
# A byline alone on its line ("By Annie Gowen", "By Tom Lasseter and Jo Lee, Reuters") may stand between
# the headline and the dateline; the names are the writers', never actors, and the dateline follows.
_NAME = rf"[{_UP}][{_LOW}{_UP}'’.-]+(?:[ \t]+[{_UP}][{_LOW}{_UP}'’.-]+){{0,3}}"
_BYLINE = re.compile(
    rf"\A\s*By[ \t]+(?!(?:{_DAY}|{_MONTH})\b){_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME})*[ \t]*\n")
_LEADING_CREDIT = re.compile(rf"\A\s*\((?:{_AGENCIES})\)\s*{_DASH}?[ \t]*")
# "(AP)" anywhere; "— Reuters" or "AFP" closing a paragraph or the text.
_CREDIT = re.compile(rf"\((?:{_AGENCIES})\)")
_CLOSING_CREDIT = re.compile(rf"(?:[ \t]+{_DASH}[ \t]*|^[ \t]*)(?:{_AGENCIES})[ \t]*\.?[ \t]*$", re.M)
# A headline line: short, no final punctuation, then a blank line.
_HEADLINE = re.compile(r"\A\s*([^\n]{3,160}?)[ \t]*\n[ \t]*\n")
FINAL_MARKS = tuple(".!?:;\"”’)…")
"""A line ending so is a sentence or a quote, never a headline or a title line."""
TITLE_WORDS = (2, 20)
"""A headline's or title line's length in words: not a one-word label, not a paragraph."""


def title_line(line: str, final: tuple[str, ...] = FINAL_MARKS) -> bool:
    """Whether the stripped ``line`` has the form of a headline or an inner title line: 2 to 20
    words and no final mark of ``final`` (:mod:`newsevents.story.subheadings` adds commas and dashes)."""
    return TITLE_WORDS[0] <= len(line.split()) <= TITLE_WORDS[1] and not line.endswith(final)


@dataclass(slots=True)
class Story:
    """What frames the body: headline, dateline place and date, the spans never parsed, and (filled
    in by :mod:`newsevents.story.context`) the story's principal countries."""

    headline: str | None = None
    headline_span: Span | None = None
    place: str | None = None
    country: str | None = None
    date: str | None = None
    dateline_span: Span | None = None
    masked: list[Span] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    subheadings: list[Span] = field(default_factory=list)
    """The inner title lines (:mod:`newsevents.story.subheadings`), found once in ``make_doc``."""

    @property
    def body_start(self) -> int:
        """Where the body begins: after the headline line and the dateline."""
        ends = [s[1] for s in (self.headline_span, self.dateline_span) if s is not None]
        return max(ends, default=0)


def _iso(text: str) -> str | None:
    clean = re.sub(r"\s+", " ", text.replace(".", "")).strip()
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%B %d,%Y"):
        try:
            return dt.datetime.strptime(clean, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _place_country(name: str) -> str | None:
    from newsevents.places import geocode

    place = geocode(name.title() if name.isupper() else name)
    return place.country if place is not None else None


def _country_name(name: str) -> str | None:
    from newsevents.places import country_code

    return country_code(name.title() if name.isupper() else name)


def _title_line(text: str, title: str | None) -> tuple[str, Span] | None:
    """The title repeated as the text's first line (HTML pages often open with it), if it is."""
    if not title or not title.strip():
        return None
    lead = len(text) - len(text.lstrip())
    line_end = text.find("\n", lead)
    line = text[lead:line_end if line_end != -1 else len(text)].rstrip()
    if line_end == -1 or " ".join(line.split()).casefold() != " ".join(title.split()).casefold():
        return None
    return line, (lead, lead + len(line))


def _headline(text: str) -> tuple[str, Span] | None:
    m = _HEADLINE.match(text)
    if m is None:
        return None
    line = m.group(1).strip()
    if not title_line(line) or _WEEKDAY_LINE.match(line + "\n") or _BYLINE.match(line + "\n"):
        return None
    if _DATELINE.match(line + " x") and len(line.split()) <= 4:
        return None
    return line, (m.start(1), m.start(1) + len(line))


def _dateline(text: str, offset: int, st: Story) -> None:
    """Read a dateline at ``text[offset:]`` into ``st`` (place, country, date, masked span)."""
    rest = text[offset:]
    by = _BYLINE.match(rest)
    if by:
        st.masked.append((offset + rest.index("By"), offset + by.end() - 1))
        offset += by.end()
        rest = text[offset:]
    wk = _WEEKDAY_LINE.match(rest)
    if wk:
        st.date = _iso(wk.group(1))
        st.dateline_span = (offset, offset + wk.end())
        st.masked.append(st.dateline_span)
        offset += wk.end()
        rest = text[offset:]
    m = _DATELINE.match(rest)
    if m is not None:
        name = m.group("caps") or m.group("title")
        # "San Fernando, Chile": a country after the city says which San Fernando it is.
        region = m.group("region")
        country = (_country_name(region) if region else None) or _place_country(name) \
            or (_place_country(region) if region else None)
        # A title-case opening ("Police: ...") is a dateline only with a known place and a dash,
        # an agency or a date; an all-caps one ("BEIJING:") by its form.
        wire_form = bool(m.group("caps")) or bool(m.group("agency") or m.group("date")) or m.group("sep") != ":"
        # "PHNOM PENH—The committees": an em dash with no space after it opens a dateline only of a known place
        spaced = m.group("tight") is None or country is not None
        if spaced and ((m.group("caps") and len(name) > 1) or (country and wire_form)):
            st.place, st.country = name.title() if name.isupper() else name, country
            if m.group("date"):
                st.date = _iso(m.group("date")) or st.date
            st.dateline_span = (offset, offset + m.end())
            st.masked.append(st.dateline_span)
            return
    lead = _LEADING_CREDIT.match(rest)
    if lead:
        st.dateline_span = (offset, offset + lead.end())
        st.masked.append(st.dateline_span)


def read_structure(article: Article) -> Story:
    """The headline, dateline and credits of ``article`` (its text is left as it is)."""
    text = article.text
    st = Story()
    head = _title_line(text, article.title) or _headline(text)
    if head is not None:
        st.headline, st.headline_span = head
    elif article.title:
        st.headline = article.title.strip() or None
    _dateline(text, st.headline_span[1] if st.headline_span else 0, st)
    taken = st.dateline_span or (0, 0)
    for m in _CREDIT.finditer(text):
        if not taken[0] <= m.start() < taken[1]:
            st.masked.append((m.start(), m.end()))
    for m in _CLOSING_CREDIT.finditer(text):
        if m.start() >= taken[1] and m.group().strip():
            st.masked.append((m.start(), m.end()))
    st.masked.sort()
    return st



def event_countries(event: Event) -> set[str]:
    """The countries of an event's source and target."""
    return {c for ref in (event.source, event.target) if ref is not None and (c := getattr(ref, "country", None))}


def same_act(head: Event, body: Event) -> bool:
    """Whether a headline's (or a title line's) event reports the act a body event does: the same
    CAMEO root, and a country in common (or no country on one side); for an act one side does to
    the other, not the same act the other way round ("Russia expels UK diplomats" over "in
    retaliation against the UK's expulsion of Russian diplomats")."""
    if head.cameo[:2] != body.cameo[:2] or (head.cameo[:2].isdigit()
                                            and codebook.root_of(head.cameo) in codebook.DIRECTED_ROOTS
                                            and _reversed(head, body)):
        return False
    ours, theirs = event_countries(head), event_countries(body)
    return not ours or not theirs or bool(ours & theirs)


def _reversed(one: Event, other: Event) -> bool:
    """Whether ``other`` goes from ``one``'s target country to its source country, two countries apart."""
    source, target = (getattr(one.source, "country", None), getattr(one.target, "country", None))
    return source is not None and target is not None and source != target \
        and getattr(other.source, "country", None) == target and getattr(other.target, "country", None) == source


def drop_repeated_headline_events(events: list[Event], story: Story | None) -> list[Event]:
    """``events`` without the headline's events that the body reports too (one event, coded in the body)."""
    if story is None or story.headline_span is None:
        return events
    end = story.headline_span[1]
    body = [e for e in events if e.span[0] >= end]
    return [e for e in events if e.span[0] >= end or not any(same_act(e, b) for b in body)]


def drop_repeated_events(events: list[Event], acts: list[str]) -> list[Event]:
    """``events`` with an act the article reports again kept once, at its first report (a report
    in another sentence kept among its :attr:`~newsevents.records.Event.retellings`): the same
    act word (``acts``: the lemma of each event's trigger), pattern, source, target, CAMEO code and
    date ("police arrested X on Friday ... police arrested X on Friday as he left"). A trained
    coder codes such an act once. Other acts of the same code stay apart ("endorsed the plan",
    "backed the bid"; praising a country and calling it a friend), as do acts on other dates (a
    second arrest is a second event), acts in two named towns ("arrested activists in Harare ...
    arrested activists in Bulawayo") and acts whose source or target is not coded (they may be
    other actors)."""
    seen: dict[tuple[str | None, ...], list[tuple[str | None, int]]] = {}
    out: list[Event] = []
    for e, act in zip(events, acts, strict=True):
        if e.source is not None and e.source.code and e.target is not None and e.target.code:
            key = (act, e.rule_pattern(), e.source.code, e.target.code, e.cameo, e.date)
            town = town_of(e)
            first = next((i for t, i in seen.get(key, []) if t is None or town is None or t == town), None)
            if first is not None:
                if e.span != out[first].span:  # a repeat in another sentence is kept as evidence
                    out[first] = out[first].told_again(e)
                continue
            seen.setdefault(key, []).append((town, len(out)))
        out.append(e)
    return out


COUNTRY_LEVEL = 1
"""GDELT's geographic resolution of a whole country (:class:`~newsevents.records.Location`)."""


def town_of(event: Event) -> str | None:
    """The place below country level where ``event`` happened, if it has one: a country is what
    an act without a place of its own is given, so it tells no two acts apart."""
    place = event.location
    return place.name if place is not None and place.geo_type != COUNTRY_LEVEL else None


def fit_sentences(events: list[Event]) -> list[Event]:
    """``events`` whose sentence no longer opens with the blanks a dateline left (span moved to match)."""
    out = []
    for e in events:
        lead = len(e.sentence) - len(e.sentence.lstrip())
        if lead:
            e = dataclasses.replace(e, sentence=e.sentence[lead:], span=(e.span[0] + lead, e.span[1]))
        out.append(e)
    return out
