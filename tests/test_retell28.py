"""Session 28, retell28: an act told again later in an article is one event with several mentions.

Sentences written for these tests; none is taken from a news story.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.events import later_mentions
from newsevents.extraction import extract
from newsevents.records import ActorRef, Article, Event, Extraction, Retelling
from newsevents.serialize import event_from_dict, extraction_to_dict
from newsevents.store import EventStore

DATE = "2024-05-06"


def _arrests(text: str, nlp: Language) -> list[Event]:
    return [e for e in extract(text, date=DATE, nlp=nlp).events if e.cameo == "173"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "again"), [
    # a definite act noun names the arrests of the lead again
    ("Police in Kenya arrested more than 40 protesters in Nairobi on Tuesday. The detainees included "
     "student leaders and a journalist, a police spokesman said.", "detainees"),
    # the lead's unnamed opposition leader is named, with the day and place of the same arrest
    ("Police in Zambia have arrested the leader of a small opposition party, officials said on Friday. "
     "John Banda was detained at his office in Lusaka on Thursday, his lawyer said.", "detained"),
])
def test_retell28_a_later_mention_is_a_retelling_of_the_first_event(nlp: Language, text: str, again: str) -> None:
    arrests = _arrests(text, nlp)
    assert len(arrests) == 1
    (told,) = arrests[0].retellings
    assert told.trigger == again
    assert told.sentence in text and told.span[0] > arrests[0].span[0]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "also", another day and another town: a second arrest
    "Police in Kenya arrested 40 protesters in Nairobi on Tuesday. Police also arrested a journalist in "
    "Mombasa on Wednesday.",
    # "another"
    "Police in Uganda arrested an opposition leader on Monday. Police arrested another opposition leader "
    "on Thursday.",
    # "again", another day
    "Police in Kenya arrested 40 protesters in Nairobi on Tuesday. Police arrested the protesters again in "
    "Nairobi on Friday.",
    # another count, a day later
    "Police in Kenya arrested 40 protesters on Tuesday. Police arrested 12 protesters in the port city a day later.",
])
def test_retell28_a_second_arrest_stays_a_second_event(nlp: Language, text: str) -> None:
    arrests = _arrests(text, nlp)
    assert len(arrests) == 2
    assert not any(e.retellings for e in arrests)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police detained him at dawn.", "him", True),
    ("The demonstrators were arrested at the rally.", "demonstrators", True),
    ("Police arrested opposition leader John Banda.", "Banda", False),
    ("Police arrested dozens of protesters.", "dozens", False),
])
def test_retell28_a_side_told_again(nlp: Language, text: str, word: str, expected: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    span = doc[tok.left_edge.i: tok.right_edge.i + 1]
    assert later_mentions._anaphoric(span) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police said the rebels had attacked the convoy.", "attacked", True),
    ("Police said the rebels attacked the convoy.", "attacked", False),
    ("Police said the rebels have attacked the convoy.", "attacked", False),
])
def test_retell28_past_perfect(nlp: Language, text: str, word: str, expected: bool) -> None:
    doc = nlp(text)
    assert later_mentions._past_perfect(next(t for t in doc if t.text == word)) is expected


POLICE = ActorRef("police", "KENCOP", "KEN", "COP")
AUTHORITIES = ActorRef("authorities", "KENGOV", "KEN", "GOV")
PROTESTERS = ActorRef("protesters", "KENCVL", "KEN", "CVL")
STUDENTS = ActorRef("students", "KENEDU", "KEN", "EDU")
KENYA = ActorRef("Kenya", "KEN", "KEN", None)


@pytest.mark.parametrize(("later", "earlier", "expected"), [
    (POLICE, POLICE, True),
    (AUTHORITIES, POLICE, True),  # two arms of one state
    (KENYA, PROTESTERS, True),  # a bare country
    (STUDENTS, PROTESTERS, False),  # another group
    (ActorRef("police", "UGACOP", "UGA", "COP"), POLICE, False),  # another country
    (None, POLICE, False),
])
def test_retell28_sides_agree(later: ActorRef | None, earlier: ActorRef, expected: bool) -> None:
    assert later_mentions._agree(later, earlier) is expected


@pytest.mark.parametrize(("value", "other", "expected"), [
    ("2024-05-01", "2024-05-02", True),
    ("2024-05-01", "2024-05-20", False),
    ("2024-05", "2024-05-20", True),
    ("2024-05-01", None, False),
])
def test_retell28_dates_near(value: str, other: str | None, expected: bool) -> None:
    assert later_mentions._near(value, other) is expected


TEXT = "Police arrested 40 protesters on Tuesday. The detainees included two students."
LEAD = TEXT.index(" The") + 1


def _arrest() -> Event:
    return Event(date="2024-05-07", source=POLICE, target=PROTESTERS, cameo="173", plover="COERCE", goldstein=-5.0,
                 quad_class=4, sentence=TEXT[:LEAD - 1], span=(0, LEAD - 1), trigger="arrested",
                 rule="coerce.arrest", trigger_span=(7, 15),
                 retellings=(Retelling(sentence=TEXT[LEAD:], span=(LEAD, len(TEXT)), trigger="detainees",
                                       rule="coerce.listed_held", trigger_span=(LEAD + 4, LEAD + 13)),))


def test_retell28_retellings_round_trip_through_json() -> None:
    ex = Extraction(article=Article("a1", TEXT, "2024-05-07"), events=[_arrest()])
    (d,) = extraction_to_dict(ex)["events"]
    assert d["retellings"][0]["trigger"] == "detainees"
    assert event_from_dict(d) == _arrest()


def test_retell28_the_store_keeps_one_event_with_a_mention_per_telling(tmp_path: Path) -> None:
    ex = Extraction(article=Article("a1", TEXT, "2024-05-07", url="https://news.example/a1"), events=[_arrest()])
    with EventStore(tmp_path / "s.duckdb") as store:
        report = store.ingest_extractions([ex])
        assert (report.events_new, report.mentions) == (1, 2)
        (event,) = store.events()
        assert (event.num_mentions, event.num_articles) == (2, 1)
        full = store.event(event.id)
        assert full is not None
        assert [m.retelling for m in full.mentions] == [None, 1]
        assert [m.event.trigger for m in full.mentions] == ["arrested", "detainees"]
        stored = store.article(store.articles()[0].id)
        assert stored is not None and stored.extraction.events == [_arrest()]
        assert store.articles()[0].events == 1
        out = tmp_path / "mentions.tsv"
        assert store.export("gdelt-mentions", out) == 2
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    assert {r[0] for r in rows} == {str(event.id)}
    assert sorted(r[9] for r in rows) == sorted([str(7), str(LEAD + 4)])  # ActionCharOffset of each telling


def test_retell28_an_exact_repeat_in_another_sentence_is_kept_as_a_retelling() -> None:
    from newsevents.story.structure import drop_repeated_events

    first = replace(_arrest(), retellings=())
    again = replace(first, sentence="Police arrested 40 protesters on Tuesday, officials said.", span=(80, 137),
                    trigger_span=(87, 95))
    same_sentence = replace(first, trigger_span=(7, 15))
    kept = drop_repeated_events([first, again, same_sentence], ["arrest"] * 3)
    assert len(kept) == 1
    assert [(r.sentence, r.span) for r in kept[0].retellings] == [(again.sentence, again.span)]
