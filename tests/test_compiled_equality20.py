"""The compiled modules give the same output as their sources on every article we hold.

Compiled code enforces the declared types at run time, and mypyc's C can differ from Python
where a module relies on something it does not model; either shows here as an article whose
output differs, or that fails compiled and not pure. So when the compiled modules are in use,
every article of the real-news gold, the gold sets (sentences and articles) and the sample
corpus is extracted twice: compiled in this process, and pure in a subprocess run with
``NEWSEVENTS_PURE=1`` at the same time (the two share the machine's cores). The whole JSON of
each article (actors, events, quotes, dates, figures, warnings) must be the same. On a pure
install the test skips and says why.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

import newsevents
from newsevents import compiled
from newsevents.evaluate import read_gold
from newsevents.reading import ReadProblem, iter_articles
from newsevents.records import Article

ROOT = Path(__file__).resolve().parent.parent
GOLD = [ROOT / "tests/data/realnews/gold.jsonl", ROOT / "tests/data/gold/events.jsonl",
        ROOT / "tests/data/gold/articles.jsonl"]
SAMPLES = ROOT / "examples" / "articles"
TIMEOUT = 3600
T = TypeVar("T")

_PURE = """
import pickle, sys
from newsevents import compiled
from newsevents.extraction import extract_articles
from newsevents.serialize import extraction_to_json
assert not compiled.in_use(), "the subprocess meant to run pure loaded the compiled modules"
with open(sys.argv[1], "rb") as f:
    articles = pickle.load(f)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for ex in extract_articles(articles):
        out.write(extraction_to_json(ex) + "\\n")
"""
"""The pure side: the articles pickled in argv[1], each extraction's JSON a line of argv[2]."""


def every_article() -> list[Article]:
    """The real-news gold, the gold sentences and articles, and the sample corpus."""
    articles = []
    for path in GOLD:
        articles += [Article(id=it.id, text=it.text, date=it.date, title=it.article.title if it.article else None)
                     for it in read_gold(path)]
    samples = [a for a in iter_articles([str(SAMPLES)]) if not isinstance(a, ReadProblem)]
    assert len(samples) >= 30
    return articles + samples


def pure_process(articles: list[Article], work: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """A subprocess extracting ``articles`` with the sources (started, not waited for)."""
    given, out = work / "articles.pickle", work / "pure.jsonl"
    given.write_bytes(pickle.dumps(articles))
    package_root = str(Path(newsevents.__file__).resolve().parent.parent)
    env = {**os.environ, "NEWSEVENTS_PURE": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-c", _PURE, str(given), str(out)], env=env), out


def beside(pure: subprocess.Popen[bytes], work: Callable[[], T], timeout: float = TIMEOUT) -> tuple[T, int]:
    """``work()`` run here while ``pure`` runs, and ``pure``'s exit status. If ``work`` fails (or
    the test is stopped), or ``pure`` outlasts ``timeout`` seconds, ``pure`` is killed at once and
    the error raised: a failure is reported without waiting for the other side."""
    try:
        mine = work()
    except BaseException:
        _stop(pure)
        raise
    try:
        return mine, pure.wait(timeout=timeout)
    except BaseException:
        _stop(pure)
        raise


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.kill()
    process.wait()


def compiled_lines(articles: list[Article]) -> list[str]:
    """Each article's JSON extracted in this process, in batches as the pure side does; an
    article that raises fails the test by its id (no fallback to the sources here)."""
    from newsevents.extraction import extract_articles
    from newsevents.serialize import extraction_to_json

    try:
        return [extraction_to_json(ex) for ex in extract_articles(articles)]
    except Exception:
        for article in articles:  # the article that raises, found one by one
            try:
                list(extract_articles([article]))
            except Exception as exc:
                pytest.fail(f"article {article.id} fails compiled: {type(exc).__name__}: {exc}")
        raise


def first_difference(ids: list[str], compiled_lines: list[str], pure_lines: list[str]) -> str | None:
    """The first article whose JSON differs, named by id with both lines; None if all agree."""
    for i, (mine, theirs) in enumerate(zip(compiled_lines, pure_lines, strict=True)):
        if mine != theirs:
            shorter = min(len(mine), len(theirs))
            at = next((n for n, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b), shorter)
            lo = max(0, at - 200)
            return (f"article {ids[i]} differs compiled and pure (from character {at}):\n"
                    f"compiled: ...{mine[lo:at + 200]}\npure:     ...{theirs[lo:at + 200]}")
    return None


def test_first_difference_names_the_article() -> None:
    assert first_difference(["a", "b"], ['{"x": 1}', '{"y": 2}'], ['{"x": 1}', '{"y": 2}']) is None
    found = first_difference(["a", "b", "c"], ["1", '{"y": 2}', "3"], ["1", '{"y": 3}', "4"])
    assert found is not None and found.startswith("article b differs") and '{"y": 3}' in found


def _sleeper() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])


def test_beside_kills_the_other_side_when_this_side_fails() -> None:
    pure = _sleeper()

    def fails() -> list[str]:
        raise RuntimeError("compiled side failed")

    started = time.monotonic()
    with pytest.raises(RuntimeError, match="compiled side failed"):
        beside(pure, fails)
    assert pure.poll() is not None and time.monotonic() - started < 30


def test_beside_kills_the_other_side_that_outlasts_its_time() -> None:
    pure = _sleeper()
    with pytest.raises(subprocess.TimeoutExpired):
        beside(pure, lambda: ["line"], timeout=0.5)
    assert pure.poll() is not None


def test_beside_gives_both_results() -> None:
    pure = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    assert beside(pure, lambda: ["line"]) == (["line"], 3)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not compiled.in_use(), reason=f"pure Python: {compiled.pure_reason()}")
def test_compiled_output_equals_pure_on_every_article(tmp_path: Path) -> None:
    articles = every_article()
    assert len({a.id for a in articles}) == len(articles) > 550
    pure, out = pure_process(articles, tmp_path)
    mine, code = beside(pure, lambda: compiled_lines(articles))
    assert code == 0, f"the pure extraction failed (exit {code})"
    theirs = out.read_text(encoding="utf-8").splitlines()
    assert len(theirs) == len(articles)
    difference = first_difference([a.id for a in articles], mine, theirs)
    assert difference is None, difference
