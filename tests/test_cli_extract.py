"""``newsevents extract`` on good and bad input: messages, summary, --strict and exit codes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from spacy.language import Language
from typer.testing import CliRunner

from newsevents.errors import ReadError
from newsevents.ingest.batch import BatchReport, good_articles
from newsevents.reading import ReadProblem
from newsevents.records import Article

GOOD = "date 2024-05-02 The foreign minister of Norway met the foreign minister of Finland in Oslo."


def run(extract_app: typer.Typer, *args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(extract_app, ["extract", *args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def ids(stdout: str) -> list[str]:
    return [json.loads(line)["article"]["id"] for line in stdout.splitlines() if line.strip()]


# --- the report behind the summary (no model needed) -------------------------------------------


def test_batch_summary_names_what_was_skipped() -> None:
    report = BatchReport()
    items: list[Article | ReadProblem] = [
        Article(id="a", text="A.", date="2024-01-01"),
        ReadProblem("feed.jsonl", "is not valid JSON", 3),
        Article(id="b", text="B."),
        *[ReadProblem(f"bad{i}.txt", "is empty") for i in range(6)],
    ]
    undated: list[str] = []
    kept = [a.id for a in good_articles(items, report, on_undated=lambda a: undated.append(a.id))]
    assert kept == ["a", "b"] and undated == ["b"]
    assert report.summary() == (
        "2 articles read, 1 undated (relative dates left unresolved; give --date), 7 inputs skipped: "
        "feed.jsonl:3, bad0.txt, bad1.txt, bad2.txt, bad3.txt and 2 more"
    )


def test_batch_strict_raises_at_the_first_problem() -> None:
    seen: list[str] = []

    def items() -> list[Article | ReadProblem]:
        return [Article(id="a", text="A."), ReadProblem("x.txt", "is empty"), Article(id="c", text="C.")]

    with pytest.raises(ReadError, match=r"^x\.txt: is empty$") as info:
        for article in good_articles(items(), BatchReport(), strict=True):
            seen.append(article.id)
    assert (info.value.source, info.value.line) == ("x.txt", None)
    assert seen == ["a"]  # "c", after the problem, is never read


# --- the command -------------------------------------------------------------------------------


@pytest.mark.model
def test_cli_extract_reports_bad_inputs_and_goes_on(nlp: Language, extract_app: typer.Typer, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"text": "Chile recalled its ambassador.", "date": "2024-03-01"}\n'
                                      '{"text": \n'
                                      '{"text": "Peru protested.", "date": "2024-02-30"}\n')
    (tmp_path / "d.txt.gz").write_bytes(b"not gzip")
    code, out, err = run(extract_app, str(tmp_path), str(tmp_path / "missing.txt"))
    assert code == 1
    assert ids(out) == ["a", "c:1"]
    lines = err.splitlines()
    assert f"newsevents: skipped {tmp_path / 'b.txt'}: is empty; there is no article to read" in lines
    assert any(line.startswith(f"newsevents: skipped {tmp_path / 'c.jsonl'}:2: is not valid JSON")
               for line in lines)
    assert any(line.startswith(f"newsevents: skipped {tmp_path / 'c.jsonl'}:3: has \"date\": '2024-02-30'")
               and "leave the date out" in line for line in lines)
    assert any(line.startswith(f"newsevents: skipped {tmp_path / 'd.txt.gz'}: is named .gz but is not gzip")
               for line in lines)
    assert f"newsevents: skipped {tmp_path / 'missing.txt'}: no such file or directory; check the path " \
           "(or give - for stdin)" in lines
    assert lines[-1].startswith("newsevents: 2 articles read, 5 inputs skipped: ")
    assert f"{tmp_path / 'c.jsonl'}:2" in lines[-1]


@pytest.mark.model
def test_cli_extract_all_good_exits_zero(nlp: Language, extract_app: typer.Typer, tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(GOOD.encode()))
    code, out, err = run(extract_app, str(tmp_path / "a.txt.gz"))
    assert code == 0
    assert ids(out) == ["a"]
    assert json.loads(out)["article"]["date"] == "2024-05-02"
    assert err.splitlines() == ["newsevents: 1 article read, 0 inputs skipped"]


@pytest.mark.model
def test_cli_extract_undated_article_is_processed_with_a_warning(
    nlp: Language, extract_app: typer.Typer, tmp_path: Path
) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Norway and Finland signed a border agreement on Friday.")
    code, out, err = run(extract_app, str(path))
    assert code == 0
    record = json.loads(out)
    assert record["article"]["date"] is None
    assert any("no date" in w for w in record["warnings"])
    assert f"newsevents: warning: {path}: the article has no date" in err
    assert "give --date YYYY-MM-DD" in err
    assert err.splitlines()[-1].startswith("newsevents: 1 article read, 1 undated")


@pytest.mark.model
def test_cli_extract_date_option_dates_plain_text(nlp: Language, extract_app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Norway and Finland signed a border agreement.")
    code, out, _ = run(extract_app, str(path), "--date", "2024-06-14")
    assert code == 0 and json.loads(out)["article"]["date"] == "2024-06-14"


@pytest.mark.model
def test_cli_extract_stdin_jsonl(nlp: Language, extract_app: typer.Typer) -> None:
    data = b'{"id": "s1", "date": "2024-01-05", "text": "Japan praised South Korea."}\n[1]\n'
    code, out, err = run(extract_app, "-", input=data)
    assert code == 1
    assert ids(out) == ["s1"]
    assert "newsevents: skipped <stdin>:2: holds an array, not an object" in err


@pytest.mark.model
def test_cli_extract_strict_stops_at_the_first_problem(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(GOOD)
    (tmp_path / "2.jsonl").write_text('{"text": "Fine.", "date": "2024-01-01"}\n{oops}\n')
    (tmp_path / "3.txt").write_text(GOOD)
    out = subprocess.run([sys.executable, "-m", "newsevents", "extract", "--strict", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1
    assert out.stderr.splitlines() == [
        f"newsevents: error: {tmp_path / '2.jsonl'}:2: is not valid JSON (Expecting property name enclosed "
        'in double quotes at column 2); write one JSON object per line, like {"id", "date", "title", "url", '
        '"text"}'
    ]
    assert '"id": "3"' not in out.stdout  # nothing after the bad line was extracted


@pytest.mark.model
def test_cli_extract_bad_date_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Plain text.")
    out = subprocess.run([sys.executable, "-m", "newsevents", "extract", "--date", "2023-02-30",
                          str(tmp_path / "a.txt")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 1
    assert out.stderr.strip() == ("newsevents: error: date '2023-02-30' is not a valid date: write it as "
                                  "YYYY-MM-DD (or YYYY-MM), e.g. 2023-03-01")
