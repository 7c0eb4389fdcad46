"""The Python API as a notebook user meets it: extract called again and again, and events as
typed tables (Arrow, pandas) with their date precision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest
from spacy.language import Language

import newsevents
from newsevents.records import ActorRef, Article, Event, Extraction
from newsevents.store import EventFilter, EventStore

VISIT = ("Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. "
         "The two countries cut trade ties in 2019, officials recalled.")


@pytest.mark.model
def test_api_extract_is_a_function_on_every_call(nlp: Language) -> None:
    from newsevents import extract

    assert callable(extract) and not isinstance(extract, type(newsevents))
    first = newsevents.extract(VISIT, date="2024-05-15", nlp=nlp)
    second = newsevents.extract(VISIT, date="2024-05-15", nlp=nlp)
    assert callable(newsevents.extract) and extract is newsevents.extract
    assert first.events and [e.cameo for e in first.events] == [e.cameo for e in second.events]


@pytest.mark.model
def test_api_extraction_to_arrow_keeps_dates_typed_with_precision(nlp: Language) -> None:
    ex = newsevents.extract(VISIT, date="2024-05-15", nlp=nlp)
    table = ex.to_arrow()
    assert table.schema.field("date").type == pa.date32()
    rows = table.to_pylist()
    meeting = next(r for r in rows if r["cameo"].startswith("04"))
    assert (meeting["date"], meeting["date_precision"]) == (dt.date(2024, 5, 13), "day")
    assert meeting["location_name"] == "Jakarta" and meeting["location_type"] == 4


def _year_event(day: str, precision_text: str) -> Extraction:
    ref = ActorRef("Chile", "CHL", "CHL", None)
    event = Event(date=day, source=ref, target=ActorRef("Peru", "PER", "PER", None), cameo="161",
                  plover="SANCTION", goldstein=-4.0, quad_class=4, sentence=precision_text,
                  span=(0, len(precision_text)), trigger="cut", rule="test")
    return Extraction(Article(f"a-{day}", precision_text, "2024-05-15"), events=[event])


def test_api_store_events_df_has_dates_and_precision(tmp_path: Path) -> None:
    exs = [_year_event("2019", "Chile cut ties with Peru in 2019."),
           _year_event("2024-02", "Chile cut ties with Peru in February."),
           _year_event("2024-05-13", "Chile cut ties with Peru on Monday.")]
    with EventStore(tmp_path / "api.duckdb") as store:
        store.ingest_extractions(exs)
        df = store.events_df()
        table = store.to_arrow(EventFilter(start="2024-01-01"))
    assert str(df["date"].dtype).startswith("datetime64")
    assert list(df["date_precision"]) == ["year", "month", "day"]
    assert list(df["date"].dt.year) == [2019, 2024, 2024] and df["article_id"].notna().all()
    assert table.num_rows == 2 and table.schema.field("first_seen").type == pa.date32()


def test_api_extraction_tables_from_many_articles() -> None:
    exs = [_year_event("2019", "Chile cut ties with Peru in 2019."), _year_event("2024-02", "In February.")]
    df = newsevents.events_df(exs)
    assert list(df["date_precision"]) == ["year", "month"]
    assert [d.isoformat() for d in newsevents.events_table(exs).column("date").to_pylist()] == [
        "2019-01-01", "2024-02-01"]
