"""Reading articles: every format, and every kind of bad input we could think of."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from newsevents import reading
from newsevents.errors import BadDate
from newsevents.reading import ReadProblem, decoding, iter_articles
from newsevents.records import Article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Ministers meet in Tromso | Example News</title>
<meta property="article:published_time" content="2024-05-02T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Tromso</h1>
<p>The foreign ministers of Norway and Finland met in Tromso on Thursday to talk about Arctic
border security and the sharing of radar data between the two countries.</p>
<p>They agreed to hold a second round of talks in Helsinki next month, a Norwegian ministry
spokeswoman told reporters after the meeting.</p></article>
<footer>Copyright 2024 Example News</footer>
</body></html>
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read(*paths: Path | str, date: str | None = None) -> list[Article | ReadProblem]:
    return list(iter_articles([str(p) for p in paths], date=date))


def only_problem(items: list[Article | ReadProblem]) -> ReadProblem:
    assert len(items) == 1, items
    assert isinstance(items[0], ReadProblem), items[0]
    return items[0]


def only_article(items: list[Article | ReadProblem]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


# --- the seed format and plain text ------------------------------------------------------------


def test_reading_seed_on_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "oslo.txt", " date 2024-05-02 Norway and Finland signed a radar pact.\n")
    article = only_article(read(path))
    assert article == Article(id="oslo", text="Norway and Finland signed a radar pact.",
                              date="2024-05-02", source=str(path))


def test_reading_seed_on_many_lines(tmp_path: Path) -> None:
    text = "\n\ndate 2024-05\n\nKenya recalled its envoy.\r\nThe ministry gave no reason.\r\n"
    article = only_article(read(write(tmp_path / "kenya", text)))
    assert article.date == "2024-05"
    assert article.id == "kenya"
    assert article.text == "Kenya recalled its envoy.\nThe ministry gave no reason."


@pytest.mark.parametrize("header", ["Date 2024-05-02", "date: 2024-05-02", "DATE 2024-05-02,"])
def test_reading_seed_header_variants(tmp_path: Path, header: str) -> None:
    article = only_article(read(write(tmp_path / "a.txt", f"{header} Chile opened a consulate.")))
    assert (article.date, article.text) == ("2024-05-02", "Chile opened a consulate.")


def test_reading_seed_header_wins_over_default_date(tmp_path: Path) -> None:
    path = write(tmp_path / "a.text", "date 2023-01-09 Peru expelled two diplomats.")
    assert only_article(read(path, date="2024-12-31")).date == "2023-01-09"


def test_reading_plain_text_takes_default_date(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.txt", "Date palms grew along the river.\nNothing else happened.\n")
    article = only_article(read(path, date="2024-02-29"))
    assert article.date == "2024-02-29"
    assert article.text.startswith("Date palms grew")


def test_reading_plain_text_without_date_is_undated(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path / "plain.txt", "Ghana and Togo reopened a border post.")))
    assert article.date is None
    assert article.anchor is None


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("2023-02-30", "day is out of range for month"),
        ("2023-13", "month 13 does not exist"),
        ("2023-00-10", "not a real date"),
        ("2023/03/01", "is not an ISO date"),
        ("01-03-2023", "is not an ISO date"),
        ("2023", "gives only a year"),
    ],
)
def test_reading_seed_impossible_date_names_file_and_line(tmp_path: Path, header: str, reason: str) -> None:
    path = write(tmp_path / "bad.txt", f"\n\n  date {header}\nSomething happened.\n")
    problem = only_problem(read(path))
    assert problem.source == str(path)
    assert problem.line == 3
    assert f"'date {header}'" in problem.message
    assert reason in problem.message
    assert "write it as date YYYY-MM-DD" in problem.message
    assert str(problem).startswith(f"{path}:3: ")


def test_reading_seed_header_without_text(tmp_path: Path) -> None:
    problem = only_problem(read(write(tmp_path / "h.txt", "date 2023-03-01\n\n")))
    assert problem.line == 1
    assert "no text after it" in problem.message


def test_reading_default_date_is_validated() -> None:
    with pytest.raises(BadDate, match="2023-02-30"):
        list(iter_articles(["whatever.txt"], date="2023-02-30"))


# --- empty, binary, encodings ------------------------------------------------------------------


@pytest.mark.parametrize(("content", "words"), [(b"", "is empty"), (b" \n\t\r\n", "only blank space")])
def test_reading_empty_file(tmp_path: Path, content: bytes, words: str) -> None:
    path = write(tmp_path / "empty.txt", content)
    problem = only_problem(read(path))
    assert problem.source == str(path)
    assert words in problem.message and "no article to read" in problem.message


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", "Inside a zip.")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image"),
        (_zip_bytes(), "looks like a zip archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF document"),
        (b"ELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00", "looks binary (it contains NUL bytes)"),
        ("Bolivia named a new envoy.".encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
    ],
)
def test_reading_binary_file(tmp_path: Path, content: bytes, words: str) -> None:
    path = write(tmp_path / "story.txt", content)
    problem = only_problem(read(path))
    assert problem.source == str(path)
    assert words in problem.message


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),  # with a byte-order mark
        lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
        lambda s: s.encode("utf-32"),
    ],
    ids=["utf-8-bom", "utf-16", "utf-16-be", "utf-32"],
)
def test_reading_unicode_with_byte_order_mark(tmp_path: Path, encode: object) -> None:
    text = "date 2024-03-08 São Tomé welcomed the envoy of Côte d’Ivoire."
    path = write(tmp_path / "a.txt", encode(text))  # type: ignore[operator]
    article = only_article(read(path))
    assert article.text == "São Tomé welcomed the envoy of Côte d’Ivoire."
    assert article.date == "2024-03-08"


def test_reading_latin1_is_reported_with_line_and_iconv_advice(tmp_path: Path) -> None:
    text = "date 2024-03-08\nThe minister said:\n« Très bien »."
    path = write(tmp_path / "latin.txt", text.encode("latin-1"))
    problem = only_problem(read(path))
    assert problem.line == 3
    assert "is not UTF-8 text (byte 0xab at column 1)" in problem.message
    assert f"iconv -f WINDOWS-1252 -t UTF-8 {path}" in problem.message


# --- huge inputs -------------------------------------------------------------------------------


def test_reading_article_over_the_limit_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.txt", "date 2024-01-01 " + "a" * reading.MAX_ARTICLE_CHARS + "b")
    problem = only_problem(read(path))
    assert f"longer than {reading.MAX_ARTICLE_CHARS:,} characters" in problem.message
    assert "split it" in problem.message


def test_reading_file_far_over_the_limit_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoding, "MAX_ARTICLE_CHARS", 100)
    path = write(tmp_path / "huge.txt", "x" * 10_000)
    assert "longer than 100 characters" in only_problem(read(path)).message


def test_reading_jsonl_huge_line_is_skipped_and_the_rest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoding, "MAX_ARTICLE_CHARS", 100)
    lines = [json.dumps({"text": "z" * 5000}), json.dumps({"text": "y" * 150}),
             json.dumps({"text": "Laos and Vietnam held talks."})]
    path = write(tmp_path / "big.jsonl", "\n".join(lines) + "\n")
    first, second, third = read(path)
    assert isinstance(first, ReadProblem) and first.line == 1
    assert "the line is longer than 800 bytes" in first.message
    assert isinstance(second, ReadProblem) and second.line == 2
    assert "longer than 100 characters" in second.message
    assert isinstance(third, Article) and third.line == 3 and third.text == "Laos and Vietnam held talks."


# --- JSON Lines --------------------------------------------------------------------------------


def test_reading_jsonl_fields(tmp_path: Path) -> None:
    records = [
        {"id": "k1", "date": "2024-04-11", "title": "Talks", "url": "https://example.org/k1",
         "text": "Kazakhstan hosted talks.", "extra": 1},
        {"text": "Mongolia sent aid."},
        {"id": 77, "date": "2024-04-12T08:15:00+02:00", "text": "Nepal thanked India."},
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in records[:2]) + "\n\n"
                 + json.dumps(records[2]) + "\n")
    first, second, third = read(path, date="2024-04-01")
    assert first == Article(id="k1", text="Kazakhstan hosted talks.", date="2024-04-11", title="Talks",
                            url="https://example.org/k1", source=str(path), line=1)
    assert isinstance(second, Article) and isinstance(third, Article)
    assert (second.id, second.date, second.line) == ("feed:2", "2024-04-01", 2)
    assert (third.id, third.date, third.line) == ("77", "2024-04-12", 4)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"text": "Oman mediated."', "is not valid JSON (Expecting ',' delimiter at column 26)"),
        ("{'text': 'single quotes'}", "is not valid JSON (Expecting property name"),
        ("not json at all", "is not valid JSON"),
        ('["a", "list"]', "holds an array, not an object"),
        ('"just a string"', "holds a string, not an object"),
        ("{}", 'has no "text"; every record needs a non-empty "text" string'),
        ('{"text": "   "}', 'has a "text" that is an empty string'),
        ('{"text": 42}', 'has a "text" that is a number'),
        ('{"text": "x", "date": "2023-02-29"}', "'2023-02-29', which is not a real date"),
        ('{"text": "x", "date": "2023-13"}', "month 13 does not exist"),
        ('{"text": "x", "date": "March 2023"}', "is not an ISO date"),
        ('{"text": "x", "date": 20230301}', 'has a "date" that is a number'),
        ('{"text": "x", "title": ["a"]}', 'has a "title" that is an array'),
        ('{"text": "x", "id": {"a": 1}}', 'has an "id" that is an object'),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "is JSON that cannot be read"),
        ("[" * 100_000 + "]" * 100_000, "is JSON that cannot be read"),
    ],
)
def test_reading_jsonl_bad_line_is_reported_and_the_rest_goes_on(
    tmp_path: Path, line: str, words: str
) -> None:
    good = json.dumps({"text": "Qatar hosted envoys.", "date": "2024-02-01"})
    path = write(tmp_path / "feed.jsonl", f"{good}\n{line}\n{good}\n")
    first, problem, last = read(path)
    assert isinstance(first, Article) and isinstance(last, Article)
    assert last.line == 3
    assert isinstance(problem, ReadProblem)
    assert (problem.source, problem.line) == (str(path), 2)
    assert words in problem.message
    assert str(problem).startswith(f"{path}:2: ")


def test_reading_jsonl_bad_bytes_on_one_line(tmp_path: Path) -> None:
    good = json.dumps({"text": "Fiji joined the forum."}).encode()
    path = write(tmp_path / "feed.jsonl", good + b"\n" + b'{"text": "Caf\xe9"}\n' + good + b"\n")
    first, problem, last = read(path)
    assert isinstance(problem, ReadProblem) and problem.line == 2
    assert "is not UTF-8 text (byte 0xe9 at column 14)" in problem.message and "iconv" in problem.message
    assert isinstance(first, Article) and isinstance(last, Article) and last.line == 3


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_reading_jsonl_with_byte_order_mark(tmp_path: Path, codec: str) -> None:
    text = json.dumps({"text": "Malí y Níger firmaron."}, ensure_ascii=False) + "\n" + '{"x": 1}\n'
    first, second = read(write(tmp_path / "feed.jsonl", text.encode(codec)))
    assert isinstance(first, Article) and first.text == "Malí y Níger firmaron."
    assert isinstance(second, ReadProblem) and second.line == 2


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_reading_jsonl_without_records(tmp_path: Path, content: bytes) -> None:
    problem = only_problem(read(write(tmp_path / "feed.ndjson", content)))
    assert "no article to read" in problem.message


def test_reading_jsonl_binary(tmp_path: Path) -> None:
    problem = only_problem(read(write(tmp_path / "feed.jsonl", b"{\x00\x01\x02\x00}")))
    assert "looks binary" in problem.message


# --- JSON --------------------------------------------------------------------------------------


def test_reading_json_array_and_object(tmp_path: Path) -> None:
    array = write(tmp_path / "many.json", json.dumps([{"text": "Chad hosted talks.", "date": "2024-06"},
                                                      {"text": ""}]))
    single = write(tmp_path / "one.json", json.dumps({"text": "Niger closed its airspace."}))
    first, problem, third = read(array, single)
    assert isinstance(first, Article) and (first.id, first.date) == ("many:1", "2024-06")
    assert isinstance(problem, ReadProblem) and problem.message.startswith("item 2 of the array: ")
    assert isinstance(third, Article) and third.id == "one"


@pytest.mark.parametrize(
    ("content", "words", "line"),
    [
        ('[\n{"text": "a"},\n{"text": }\n]', "is not valid JSON", 3),
        ("[]", "holds an empty array", None),
        ("42", "holds a number", None),
    ],
)
def test_reading_json_bad(tmp_path: Path, content: str, words: str, line: int | None) -> None:
    problem = only_problem(read(write(tmp_path / "x.json", content)))
    assert words in problem.message and problem.line == line


# --- HTML --------------------------------------------------------------------------------------


def test_reading_html_main_text_title_and_date(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path / "page.html", PAGE), date="2000-01-01"))
    assert article.date == "2024-05-02"
    assert article.title is not None and "Ministers meet in Tromso" in article.title
    assert "agreed to hold a second round of talks in Helsinki" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.id == "page"


def test_reading_html_without_date_takes_default(tmp_path: Path) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2024-05-02T09:30:00Z">', "")
    assert only_article(read(write(tmp_path / "page.htm", page), date="2024-05-03")).date == "2024-05-03"


def test_reading_html_declared_charset(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Tromso", "Tromsø")
    article = only_article(read(write(tmp_path / "page.html", page.encode("windows-1252"))))
    assert "met in Tromsø on Thursday" in article.text


def test_reading_html_undeclared_non_utf8_is_reported(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', "").replace("Tromso", "Tromsø")
    problem = only_problem(read(write(tmp_path / "page.html", page.encode("latin-1"))))
    assert "is not UTF-8 text" in problem.message and problem.line == 2  # the <title>


@pytest.mark.parametrize("page", ["<html><body><script>var a = 1;</script></body></html>", "<html></html>"])
def test_reading_html_without_text(tmp_path: Path, page: str) -> None:
    problem = only_problem(read(write(tmp_path / "empty.html", page)))
    assert "no main text" in problem.message and "save the article's text as .txt" in problem.message


# --- gzip --------------------------------------------------------------------------------------


def test_reading_gzip_of_each_format(tmp_path: Path) -> None:
    write(tmp_path / "a.txt.gz", gzip.compress(b"date 2024-07-01 Iceland fined a trawler."))
    write(tmp_path / "b.jsonl.gz", gzip.compress(b'{"text": "Malta rescued migrants."}\n'))
    write(tmp_path / "c.html.gz", gzip.compress(PAGE.encode()))
    a, b, c = read(tmp_path / "a.txt.gz", tmp_path / "b.jsonl.gz", tmp_path / "c.html.gz")
    assert isinstance(a, Article) and (a.id, a.date) == ("a", "2024-07-01")
    assert isinstance(b, Article) and b.id == "b:1" and b.source == str(tmp_path / "b.jsonl.gz")
    assert isinstance(c, Article) and "Helsinki" in c.text


def test_reading_gzip_data_under_another_name(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", gzip.compress(b"Cyprus hosted talks."))
    assert only_article(read(path)).text == "Cyprus hosted talks."


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"plain text, not gzip", "is named .gz but is not gzip data"),
        (gzip.compress(b"Cyprus hosted talks. " * 50)[:40], "is not valid gzip data"),
        (b"\x1f\x8b\x08\x00garbage-garbage-garbage", "is not valid gzip data"),
    ],
    ids=["not-gzip", "truncated", "corrupt"],
)
def test_reading_corrupt_gzip(tmp_path: Path, content: bytes, words: str) -> None:
    path = write(tmp_path / "broken.txt.gz", content)
    problem = only_problem(read(path))
    assert problem.source == str(path) and words in problem.message


def test_reading_corrupt_gzip_after_good_lines_keeps_them(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps({"text": f"Record {i}."}).encode() + b"\n" for i in range(2000)))
    path = write(tmp_path / "feed.jsonl.gz", data[: len(data) // 2])
    items = read(path)
    assert isinstance(items[0], Article) and isinstance(items[-1], ReadProblem)
    assert "truncated or corrupt" in items[-1].message


# --- paths and directories ---------------------------------------------------------------------


def test_reading_directory_recursively_in_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "date 2024-01-02 B text.")
    write(root / "a" / "z.txt", "date 2024-01-01 A/Z text.")
    write(root / "a" / "feed.jsonl", '{"text": "A feed."}\n')
    write(root / "c.html", PAGE)
    write(root / ".hidden.txt", "Hidden.")
    write(root / ".git" / "x.txt", "Hidden dir.")
    write(root / "notes.pdf", b"%PDF-1.4")
    write(root / "image.png", b"\x89PNG\x00")
    items = read(root)
    assert all(isinstance(i, Article) for i in items)
    assert [i.id for i in items if isinstance(i, Article)] == ["a/feed:1", "a/z", "b", "c"]
    assert [i.source for i in items if isinstance(i, Article)] == [
        str(root / "a" / "feed.jsonl"), str(root / "a" / "z.txt"), str(root / "b.txt"), str(root / "c.html")]


def test_reading_ids_stay_unique_across_directories(tmp_path: Path) -> None:
    one = write(tmp_path / "x" / "story.txt", "One.")
    two = write(tmp_path / "y" / "story.txt", "Two.")
    three = write(tmp_path / "z" / "story.html.gz", gzip.compress(PAGE.encode()))
    ids = [a.id for a in read(one, two, three) if isinstance(a, Article)]
    assert ids == ["story", str(tmp_path / "y" / "story"), str(tmp_path / "z" / "story")]


def test_reading_directory_without_readable_files(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "a.pdf", b"%PDF")
    write(tmp_path / "docs" / "b.docx", b"PK")
    (tmp_path / "empty").mkdir()
    first, second = read(tmp_path / "docs", tmp_path / "empty")
    assert isinstance(first, ReadProblem) and first.source == str(tmp_path / "docs")
    assert "no files newsevents can read (2 other files skipped: .docx, .pdf)" in first.message
    assert ".jsonl" in first.message
    assert isinstance(second, ReadProblem) and "no files newsevents can read;" in second.message


def test_reading_named_file_with_unknown_extension_is_tried_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "story.md", "date 2024-02-02 Jordan reopened a crossing.")
    article = only_article(read(path))
    assert (article.id, article.date) == ("story", "2024-02-02")


def test_reading_missing_path(tmp_path: Path) -> None:
    problem = only_problem(read(tmp_path / "nope.txt"))
    assert problem.source == str(tmp_path / "nope.txt")
    assert "no such file or directory; check the path" in problem.message


def test_reading_symlink_loop_ends(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", "Angola hosted talks.")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    assert [a.id for a in read(tmp_path / "d") if isinstance(a, Article)] == ["a"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_reading_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "Hidden.")
    path.chmod(0)
    problem = only_problem(read(path))
    assert "permission denied" in problem.message and "chmod" in problem.message


def test_reading_unreadable_entry_is_named(tmp_path: Path) -> None:
    # Root can read anything; a dangling link is an unreadable entry every user meets.
    write(tmp_path / "d" / "ok.txt", "Benin hosted talks.")
    os.symlink(tmp_path / "gone.txt", tmp_path / "d" / "dangling.txt")
    problem, article = read(tmp_path / "d")
    assert isinstance(problem, ReadProblem) and problem.source == str(tmp_path / "d" / "dangling.txt")
    assert "no such file or directory" in problem.message
    assert isinstance(article, Article)


def test_reading_is_lazy(tmp_path: Path) -> None:
    first = write(tmp_path / "1.txt", "First.")
    later = tmp_path / "2.txt"
    items = iter_articles([str(first), str(later)])
    assert isinstance(next(items), Article)
    write(later, "Written after the first article was read.")
    assert isinstance(next(items), Article)


# --- stdin -------------------------------------------------------------------------------------


def stdin(data: bytes, date: str | None = None) -> list[Article | ReadProblem]:
    return list(iter_articles(["-"], date=date, stdin=io.BytesIO(data)))


def test_reading_stdin_seed() -> None:
    article = only_article(stdin(b"date 2024-08-08 Samoa hosted a summit.\n"))
    assert (article.id, article.date, article.source) == ("stdin", "2024-08-08", "<stdin>")


def test_reading_stdin_plain_text_with_date() -> None:
    assert only_article(stdin(b"Tonga hosted a summit.", date="2024-08")).date == "2024-08"


def test_reading_stdin_jsonl() -> None:
    data = b"\n\n" + b" " * 10_000 + b'{"text": "Palau signed."}\n{"text": \n{"text": "Nauru signed."}\n'
    first, problem, last = stdin(data)
    assert isinstance(first, Article) and (first.id, first.line) == ("stdin:3", 3)
    assert isinstance(problem, ReadProblem) and str(problem).startswith("<stdin>:4: is not valid JSON")
    assert isinstance(last, Article) and last.text == "Nauru signed."


def test_reading_stdin_gzip() -> None:
    assert only_article(stdin(gzip.compress(b'{"text": "Tuvalu signed."}\n'))).text == "Tuvalu signed."


@pytest.mark.parametrize(("data", "words"), [(b"", "is empty"), (b"\x00\x01\x02\x03", "looks binary"),
                                             (b"caf\xe9", "is not UTF-8 text")])
def test_reading_stdin_bad(data: bytes, words: str) -> None:
    problem = only_problem(stdin(data))
    assert problem.source == "<stdin>" and words in problem.message


def test_reading_problem_str() -> None:
    assert str(ReadProblem("a.jsonl", "is not valid JSON", 4)) == "a.jsonl:4: is not valid JSON"
    assert str(ReadProblem("a.txt", "is empty")) == "a.txt: is empty"
