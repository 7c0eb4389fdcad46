"""Session 23's cuts of the ingest's cost give the answers the slower forms gave: the content hash
(white space collapsed by a split and join instead of a regular expression), the staged rows
(built as tuples and turned into columns once, with the collector paused), and the readers that
now test the cheap condition first (the "for X to act" infinitive, the "as did X" clause, the
obituary's lead read from the view's text)."""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.events.call_clauses import _for_infinitive
from newsevents.events.co_agents import ellipsis_partners
from newsevents.extraction import make_doc
from newsevents.records import (
    Actor,
    ActorRef,
    Article,
    DateMention,
    Event,
    Extraction,
    Figure,
    Location,
    Quote,
)
from newsevents.store.rows import ACTOR_COLUMNS, QUOTE_COLUMNS, content_hash, stage
from newsevents.store.schema import MENTION_COLUMNS
from newsevents.story.obituaries import is_obituary


def _regex_hash(article: Article) -> str:
    """The hash as it was computed before: runs of ``\\s`` made one space by a regular expression."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", article.text)).strip()
    return hashlib.sha256(f"{article.date or ''}\x00{text}".encode()).hexdigest()[:32]


@pytest.mark.parametrize("text", [
    "Troops   crossed the border.\n\nOfficials said so.",
    "\u00a0Leading non-breaking space\u2003and an em space\u3000ideographic too ",
    "Tabs\tand\x0bvertical\x0cfeeds\r\nand\x1cfile\x1dseparators\x1e\x1fend\u2028line\u2029para\u0085",
    "Cafe\u0301 in decomposed form, e\u0301 twice",
    "",
    "   ",
])
def test_content_hash_is_the_regular_expressions_hash(text: str) -> None:
    article = Article(id="a", text=text, date="2024-05-06")
    assert content_hash(article) == _regex_hash(article)


def test_content_hash_still_ignores_wrapping_but_not_words() -> None:
    one = Article(id="a", text="Police detained\n  two leaders.", date="2024-05-06")
    assert content_hash(one) == content_hash(Article(id="b", text="Police detained two leaders. ", date="2024-05-06"))
    assert content_hash(one) != content_hash(Article(id="c", text="Police detained three leaders.", date="2024-05-06"))


def _extraction(text: str, events: list[Event], quotes: list[Quote]) -> Extraction:
    article = Article(id="doc-1", text=text, date="2024-05-06", title="Talks", url="https://www.example.org/a")
    actor = Actor(name="Kenya", text="Kenyan police", code="KENCOP", country="KEN", sector="COP", kind="group",
                  span=(0, 13), rule="demonym", role="source", mentions=[(0, 13), (40, 46)], country_rule="modifier")
    monday = DateMention(text="Monday", value="2024-05-06", precision="day", span=(20, 26), rule="weekday")
    return Extraction(article=article, actors=[actor], events=events, quotes=quotes, dates=[monday],
                      figures=[Figure(text="two", value=2.0, unit="PEOPLE", kind="count", span=(30, 33))])


def test_stage_rows_hold_each_field_in_its_column() -> None:
    source = ActorRef(name="Kenya", code="KENCOP", country="KEN", sector="COP", text="Kenyan police", span=(0, 13))
    located = Event(source=source, target=None, cameo="173", plover="ARREST", goldstein=-5.0, quad_class=4,
                    sentence="Kenyan police arrested two men on Monday.", span=(0, 41), trigger="arrested",
                    rule="verb", confidence=0.9, date="2024-05-06",
                    location=Location(name="Nairobi", country="KEN", lat=-1.29, lon=36.82, geo_type=4, adm1="KE05",
                                      geonames_id=184745), trigger_span=(14, 22))
    bare = Event(date=None, source=None, target=source, cameo="010", plover="AGREE", goldstein=0.0, quad_class=1,
                 sentence="They said so.", span=(500, 513), trigger="said", rule="verb")
    quote = Quote(text="We will act", span=(60, 71), speaker=source, cue="said", rule="after")
    unattributed = Quote(text="Never", span=(80, 85), speaker=None, rule="before")
    text = "Kenyan police arrested two men on Monday. " + "x" * 500
    staged = stage([_extraction(text, [located, bare], [quote, unattributed])])

    mentions = staged.mentions.to_pylist()
    assert staged.mentions.column_names == list(MENTION_COLUMNS)
    first, second = mentions
    assert (first["source_name"], first["source_start"], first["source_end"], first["target_name"]) == \
        ("Kenya", 0, 13, None)
    assert (first["location_name"], first["location_lat"], first["location_type"], first["location_adm1"],
            first["location_geonames_id"]) == ("Nairobi", -1.29, 4, "KE05", 184745)
    assert (first["trigger_start"], first["trigger_end"], first["in_lead"], first["idx"]) == (14, 22, True, 0)
    assert (second["source_code"], second["target_code"], second["location_name"], second["trigger_start"],
            second["in_lead"], second["idx"]) == (None, "KENCOP", None, None, False, 1)
    assert second["day"] is not None  # an undated clause takes its article's date

    quotes = staged.quotes.to_pylist()
    assert staged.quotes.column_names == list(QUOTE_COLUMNS)
    assert (quotes[0]["speaker_code"], quotes[0]["speaker_start"], quotes[0]["cue"]) == ("KENCOP", 0, "said")
    assert (quotes[1]["speaker_name"], quotes[1]["speaker_end"], quotes[1]["rule"]) == (None, None, "before")

    actors = staged.actors.to_pylist()
    assert staged.actors.column_names == list(ACTOR_COLUMNS)
    assert actors[0]["mentions"] == [[0, 13], [40, 46]] and actors[0]["country_rule"] == "modifier"
    assert staged.dates.to_pylist()[0]["value"] == "2024-05-06"
    assert staged.figures.to_pylist()[0]["value"] == 2.0
    assert staged.articles.to_pylist()[0]["source_key"] == "example.org"


def test_stage_of_nothing_has_every_column_and_the_collector_is_left_as_it_was() -> None:
    staged = stage([])
    assert staged.mentions.num_rows == 0 and staged.mentions.column_names == list(MENTION_COLUMNS)
    assert str(staged.actors.schema.field("mentions").type) == "list<item: list<item: int32>>"
    assert gc.isenabled()
    gc.disable()
    try:
        stage([])
        assert not gc.isenabled()  # a caller's paused collector is not switched on
    finally:
        gc.enable()


def _doc(nlp: Language, text: str) -> Doc:
    return nlp(make_doc(nlp, Article(id="a", text=text, date="2024-05-06")))


@pytest.mark.model
@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("The union called for the minister to resign.", "resign", True),
    ("The union wants the minister to resign.", "resign", False),  # no "for" marker
    ("The minister resigned after the union called for it.", "resigned", False),  # not a bare infinitive
])
def test_for_infinitive_needs_the_bare_verb_to_and_for(nlp: Language, text: str, verb: str, expected: bool) -> None:
    doc = _doc(nlp, text)
    assert _for_infinitive(next(t for t in doc if t.text == verb)) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "partners"), [
    ("Britain condemned the attack on Monday, as did France.", ["France"]),
    ("Britain condemned the attack, as did France on Monday.", ["France"]),
    ("Britain on Sunday condemned the attack, as did France on Monday.", []),  # another day: not a copy
    ("Britain on Monday condemned the attack, as did France on Monday.", ["France"]),  # the same day
    ("Britain condemned the attack, as France did in 2014.", []),
    ("Britain condemned the attack on Monday.", []),
])
def test_ellipsis_partners_read_the_acts_own_time_only_when_needed(nlp: Language, text: str,
                                                                   partners: list[str]) -> None:
    doc = _doc(nlp, text)
    assert [t.text for t in ellipsis_partners(next(t for t in doc if t.text == "condemned"))] == partners


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Former president Kenneth Kaunda died on Thursday aged 97, his office said.", True),
    ("A protester aged 23 died in hospital on Thursday, his family said.", False),  # nobody named
    ("Opposition leader John Banda died in police custody aged 45, his lawyer said.", False),  # custody
    ("Former president Kenneth Kaunda met the envoy on Thursday.", False),
])
def test_obituary_lead_is_read_from_the_views_text(nlp: Language, text: str, expected: bool) -> None:
    assert is_obituary(_doc(nlp, text)) is expected
