"""Articles the compiled modules fail on with a ``TypeError``, extracted again from the sources.

Compiled code (setup.py, :mod:`newsevents.compiled`) checks the declared types at run time, so a
type hint that is wrong on some path nobody has run raises ``TypeError`` where Python would go
on. Rather than losing such an article, :func:`extract_pure` extracts it again in a subprocess
that runs the package's sources (``NEWSEVENTS_PURE=1``) with the same model, components,
dictionaries and pre-filter; its extraction carries a warning that names the compiled error,
so that the hint can be fixed. An article that fails as pure Python too stays a failure.

Run as ``python -m newsevents.ingest.pure_retry IN OUT``: the job pickled in ``IN``, the outcomes
pickled to ``OUT``.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.records import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from newsevents.nlp.pipeline import LoadArguments

TIMEOUT = 600
"""Seconds the subprocess may take (it loads the model and, once, the pure disk-cache tables)."""


@dataclass(frozen=True, slots=True)
class _Job:
    pipeline: LoadArguments
    prefilter: bool
    articles: list[Article]


def applies(exc: BaseException) -> bool:
    """Whether an article that raised ``exc`` is worth extracting again from the sources: the
    compiled modules are in use and the error is the kind their type checks raise."""
    from newsevents import compiled

    return isinstance(exc, TypeError) and compiled.in_use()


def extract_pure(articles: list[Article], nlp: Language, *, prefilter: bool,
                 errors: list[str]) -> list[Extraction | str]:
    """``articles`` extracted in a pure-Python subprocess with the pipeline ``nlp`` was loaded
    from: per article, its extraction (warned with its compiled error, ``errors`` in the same
    order) or, where that fails too, why, after the compiled error. All fail if ``nlp`` was not
    built by ``load_pipeline``. Nothing here raises: a retry that goes wrong (a job that cannot be
    pickled, a disk full, outcomes cut short) leaves each article a failure, not the chunk lost."""
    try:
        outcomes = _outcomes(articles, nlp, prefilter)
        if len(outcomes) != len(articles):
            raise ValueError(f"{len(outcomes)} outcomes for {len(articles)} articles")
    except Exception as exc:  # every article keeps its place, with both errors
        outcomes = [f"{type(exc).__name__}: {exc}"] * len(articles)
    return [_warned(outcome, error) for outcome, error in zip(outcomes, errors, strict=True)]


def _outcomes(articles: list[Article], nlp: Language, prefilter: bool) -> list[Extraction | str]:
    """Per article, its extraction in the subprocess or why it failed there."""
    from newsevents.nlp.pipeline import load_arguments

    pipeline = load_arguments(nlp)
    if pipeline is None:
        return ["the pipeline was not loaded by newsevents"] * len(articles)
    with tempfile.TemporaryDirectory(prefix="newsevents-pure-") as work:
        given, found = Path(work, "job.pickle"), Path(work, "outcomes.pickle")
        given.write_bytes(pickle.dumps(_Job(pipeline, prefilter, articles)))
        root = str(Path(__file__).resolve().parents[2])  # the package's own sources, whatever sys.path says
        env = {**os.environ, "NEWSEVENTS_PURE": "1",
               "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        try:
            run = subprocess.run([sys.executable, "-m", __name__, str(given), str(found)], env=env,
                                 capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return [str(exc)] * len(articles)
        if run.returncode != 0 or not found.is_file():
            return [(run.stderr.strip().splitlines() or [f"exit status {run.returncode}"])[-1]] * len(articles)
        outcomes: list[Extraction | str] = pickle.loads(found.read_bytes())
    return outcomes


def _warned(outcome: Extraction | str, error: str) -> Extraction | str:
    if isinstance(outcome, str):
        return f"{error}; extracting it again as pure Python failed too ({outcome})"
    outcome.warnings.append(f"the compiled modules failed on this article ({error}); it was extracted "
                            "again as pure Python: please report it")
    return outcome


def _run(given: Path, found: Path) -> None:
    """The subprocess: extract the job's articles one by one, each an extraction or an error."""
    from newsevents import compiled
    from newsevents.extraction import extract_articles
    from newsevents.nlp.pipeline import load_pipeline

    if compiled.in_use():
        raise SystemExit("the compiled modules are in use in the pure subprocess")
    job: _Job = pickle.loads(given.read_bytes())
    nlp = load_pipeline(job.pipeline.model, job.pipeline.components, job.pipeline.dictionaries)
    outcomes: list[Extraction | str] = []
    for article in job.articles:
        try:
            outcomes.extend(extract_articles([article], nlp=nlp, prefilter=job.prefilter))
        except Exception as exc:  # reported in the article's place
            outcomes.append(f"{type(exc).__name__}: {exc}")
    found.write_bytes(pickle.dumps(outcomes))


if __name__ == "__main__":
    _run(Path(sys.argv[1]), Path(sys.argv[2]))
