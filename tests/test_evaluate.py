"""Gold readers and scoring of ``newsevents evaluate`` (scoring checked on hand-built events)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.errors import GoldFormatError
from newsevents.evaluate import GoldEvent, GoldItem, Report, actor_key, read_gold, score_item
from newsevents.events.codebook import lookup
from newsevents.records import ActorRef, Event

PETR_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a comment line such files carry
<Sentences>
<Sentence category="T" date="20080804" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHNGOV" />
<Text>
The American envoy flew to Beijing for two days of talks.
</Text>
<Sentence category="T" date="20080805" id="S2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>United beat City 3-1 on Sunday.</Text>
</Sentences>
</Validation>
"""


def _event(src: str | None, tgt: str | None, cameo: str) -> Event:
    e = lookup(cameo)
    return Event(date=None, source=ActorRef(src, src) if src else None, target=ActorRef(tgt, tgt) if tgt else None,
                 cameo=cameo, plover=e.plover, goldstein=e.goldstein, quad_class=e.quad_class, sentence="s",
                 span=(0, 1), trigger="t", rule="r")


def test_evaluate_reads_petrarch_xml(tmp_path: Path) -> None:
    p = tmp_path / "gold.xml"
    p.write_text(PETR_XML, encoding="utf-8")
    items = read_gold(p)
    assert [i.id for i in items] == ["S1", "S2"]
    assert items[0].date == "2008-08-04"
    assert items[0].text == "The American envoy flew to Beijing for two days of talks."
    assert items[0].events == [GoldEvent("USA", "CHNGOV", "042", "CONSULT")]
    assert items[1].events == []


def test_evaluate_rebuilds_missing_text_from_the_parse(tmp_path: Path) -> None:
    rows = [["1", "Rebels", "rebel", "NOUN", "NNS", "_", "2", "nsubj", "_", "_"],
            ["2", "struck", "strike", "VERB", "VBD", "_", "0", "root", "_", "SpaceAfter=No"],
            ["3", ".", ".", "PUNCT", ".", "_", "2", "punct", "_", "_"]]
    parse = "".join("\t".join(r) + "\n" for r in rows)
    p = tmp_path / "gold.xml"
    p.write_text(f'<Sentences><Sentence date="20150101" id="x"/><EventCoding noevents="True"/><Text>\n</Text>'
                 f"<Parse>\n{parse}</Parse></Sentences>", encoding="utf-8")
    assert read_gold(p)[0].text == "Rebels struck."


def test_evaluate_reads_plover_json_with_old_type_names(tmp_path: Path) -> None:
    p = tmp_path / "gold.json"
    p.write_text(json.dumps([
        {"id": "doc", "event": "DOCUMENT"},
        {"id": "a", "date": "2000-01-01", "event": "DEMAND", "text": "Kenya urged Uganda to reopen the border.",
         "source": [{"code": "KEN", "sector": "GOV"}], "target": [{"code": "UGA"}]},
    ]), encoding="utf-8")
    (item,) = read_gold(p)
    assert item.events == [GoldEvent("KENGOV", "UGA", None, "REQUEST")]


def test_evaluate_bad_jsonl_names_the_line(tmp_path: Path) -> None:
    p = tmp_path / "gold.jsonl"
    p.write_text('{"id": "a", "text": "x", "events": []}\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:2: not a gold record"):
        read_gold(p)


def test_evaluate_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no such file"):
        read_gold(tmp_path / "nope.jsonl")


@pytest.mark.parametrize(("code", "key"), [("USAGOV", "USA"), ("IGOUNOWHO", "IGO"), ("IGOEU", "IGO"), ("---REB", None),
                                           (None, None), ("CHN", "CHN"), ("INS", None), ("GOV", None),
                                           ("JAPGOV", "JPN"), ("---NGO", "NGO"), ("---IGO", "IGO"),
                                           ("---", None), ("---GOV", None)])
def test_evaluate_actor_key(code: str | None, key: str | None) -> None:
    assert actor_key(code) == key


def test_evaluate_scores_levels_and_roots() -> None:
    report = Report()
    item = GoldItem("1", "text", None, [GoldEvent("USAGOV", "CHN", "042", "CONSULT"),
                                        GoldEvent("CHN", "USA", "112", "ACCUSE")])
    predicted = [_event("USA", "CHNGOV", "043"), _event("RUS", "USA", "112"), _event("CHN", None, "190")]
    score_item(item, predicted, report)
    dyad = report.levels["dyad-root"]
    assert (dyad.tp, dyad.fp, dyad.fn) == (1, 2, 1)
    full = report.levels["full"]
    assert (full.tp, full.fp, full.fn) == (0, 3, 2)
    types = report.levels["type"]
    assert (types.tp, types.fp, types.fn) == (2, 1, 0)
    assert report.roots["04"].tp == 1 and report.roots["11"].fn == 1 and report.roots["19"].fp == 1
    assert report.levels["dyad-root"].f1 == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))


def test_evaluate_negative_item_counts_false_events() -> None:
    report = Report()
    score_item(GoldItem("n", "United beat City.", None, []), [_event("GBR", None, "190")], report)
    assert report.levels["dyad-root"].fp == 1 and report.levels["dyad-root"].tp == 0
    assert report.items[0].false and not report.items[0].missed
