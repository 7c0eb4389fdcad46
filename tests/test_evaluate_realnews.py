"""The real-news evaluation set (tests/data/realnews/*.jsonl, whole articles coded by hand) through
``newsevents evaluate``: the coder may not fall below the floors measured when they were last raised.

The floors sit a little under the measured figures (README, "How good the coder is"); raise them
when the coder improves, never lower them to make a change pass. Skipped until the set is in place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.evaluate import Report, evaluate, read_gold

REALNEWS = Path(__file__).parent / "data" / "realnews"

# Measured 2026-12-06 (session 21's end) on the 358 articles of gold.jsonl: P 0.834, R 0.515, key
# recall 0.520, actor country 0.932. Session 5 added 18 unseen articles (rn-d-*), session 6 15
# (rn-e-*), session 7 15 (rn-f-*), session 8 14 (rn-g-*), session 10 15 (rn-h-*), session 11 15
# (rn-i-*), session 12 16 (rn-j-*), session 13 17 (rn-k-*), session 14 14 (rn-l-*), session 15 21
# (rn-m-*), session 16 16 (rn-n-*), session 17 10 (rn-o-*), session 18 22 (rn-p-*, rn-q-*), session
# 19 12 (rn-r-*), session 20 26 (rn-s-*, rn-t-*), session 21 26 (rn-u-*, rn-v-*) and session 22
# 26 more (rn-w-*, rn-x-*), each
# with gold written before any coder ran on them. rn-d-* and rn-e-* became dev articles in session
# 12, rn-f-* and rn-g-* in session 13,
# rn-h-* and rn-i-* in session 14, rn-j-*, rn-k-* and rn-l-* in session 16, rn-m-* in session 17,
# rn-q-007 in session 18, rn-n-* and rn-o-* in session 19, rn-p-*, rn-q-* and rn-r-* in session 20,
# rn-s-* and rn-t-* in session 21. The floors were re-derived at session 21's end, with rn-u-* and
# rn-v-* in (together P 0.62 -> 0.66, R 0.38 both times, key recall 0.42 both times on them, with
# the session's first and last coder): all 358 P 0.834, R 0.515, key 0.520, actor 0.932. Session
# 22 added rn-w-* and rn-x-* (P 0.51 -> 0.54, R 0.30 -> 0.32 on them with the session's first and
# last coder) and brought the dev gold to a written convention (tests/data/realnews/CONVENTIONS.md);
# the floors were re-derived at its end: all 384 P 0.817, R 0.497, key 0.504, actor 0.925 (the
# harder new articles, not a weaker coder: on the 358 of session 21 no figure fell).
# Session 25's end: all 384 P 0.840, R 0.505, key 0.505, actor 0.927; the precision floor follows.
# Session 31's end: all 384 P 0.866, R 0.526, key 0.513, actor 0.928; precision and recall follow.
# Session 32's end: all 384 P 0.865, R 0.527, key 0.514, actor 0.930; recall and key recall follow.
# Session 33's end: all 384 P 0.870, R 0.548, key 0.514, actor 0.930; the recall floor follows.
FLOORS = {"precision": 0.85, "recall": 0.54, "key_recall": 0.51, "actor_accuracy": 0.92}
# The 86 articles of session 4, measured the same day: P 0.869, R 0.582, key 0.526, actor 0.955.
# Session 25 lowered its key floor by a hair, 0.52 -> 0.515: leaving untargeted statements, appeals
# and rejections out of a story (events/aimless_stories.py) loses one key event of a `test` article
# that an untargeted rejection matched (key 0.526 -> 0.518; P 0.877 -> 0.887, R 0.588 kept), for 8
# fewer false events on the set (603/93 -> 603/85), 6 on `dev` with no right or key event lost, 29 in
# 259 fresh stories judged event by event with no right one lost, and 6 on the 106 hand-coded fresh
# stories (211/122 -> 211/116). Untargeted rejections were 0 right of 17 in stories outside `test`.
# Session 25's end on the 86: P 0.887, R 0.588, key 0.518, actor 0.955; the precision floor follows.
# Session 31's end on the 86: P 0.896, R 0.601, key 0.533, actor 0.955; the floors follow.
FLOORS_86 = {"precision": 0.88, "recall": 0.59, "key_recall": 0.52, "actor_accuracy": 0.95}
# Articles added after session 4 (rn-d-*: session 5; rn-e-*: session 6; rn-f-*: session 7;
# rn-g-*: session 8; rn-h-*: session 10; rn-i-*: session 11; rn-j-*: session 12; rn-k-*: session 13;
# rn-l-*: session 14; rn-m-*: session 15; rn-n-*: session 16; rn-o-*: session 17; rn-p-*, rn-q-*: session 18;
# rn-r-*: session 19; rn-s-*, rn-t-*: session 20; rn-u-*, rn-v-*: session 21; rn-w-*, rn-x-*: session 22).
ADDED_AFTER_SESSION_4 = ("rn-d-", "rn-e-", "rn-f-", "rn-g-", "rn-h-", "rn-i-", "rn-j-", "rn-k-", "rn-l-", "rn-m-",
                         "rn-n-", "rn-o-", "rn-p-", "rn-q-", "rn-r-", "rn-s-", "rn-t-", "rn-u-", "rn-v-",
                         "rn-w-", "rn-x-")


@pytest.fixture(scope="module")
def report(nlp: Language) -> Report:
    files = sorted(REALNEWS.glob("*.jsonl"))
    if not files:
        pytest.skip("the real-news set (tests/data/realnews/*.jsonl) is not in place")
    items = [item for f in files for item in read_gold(f)]
    return evaluate(items, nlp=nlp)


@pytest.fixture(scope="module")
def report_86(nlp: Language) -> Report:
    items = [item for f in sorted(REALNEWS.glob("*.jsonl")) for item in read_gold(f)
             if not item.id.startswith(ADDED_AFTER_SESSION_4)]
    if not items:
        pytest.skip("the real-news set (tests/data/realnews/*.jsonl) is not in place")
    return evaluate(items, nlp=nlp)


@pytest.mark.model
@pytest.mark.slow
def test_realnews_session_4_articles_stay_above_their_floors(report_86: Report) -> None:
    dyad, scores = report_86.levels["dyad-root"], report_86.articles
    assert scores is not None and scores.articles == 86
    assert dyad.precision >= FLOORS_86["precision"], dyad.as_dict()
    assert dyad.recall >= FLOORS_86["recall"], dyad.as_dict()
    assert scores.key_recall >= FLOORS_86["key_recall"], scores.as_dict()
    assert scores.actor_accuracy >= FLOORS_86["actor_accuracy"], scores.as_dict()


@pytest.mark.model
@pytest.mark.slow
def test_realnews_exhaustive_part_stays_above_the_floors(report: Report) -> None:
    dyad = report.levels["dyad-root"]
    assert dyad.precision >= FLOORS["precision"], dyad.as_dict()
    assert dyad.recall >= FLOORS["recall"], dyad.as_dict()


@pytest.mark.model
@pytest.mark.slow
def test_realnews_key_events_and_actor_countries_stay_above_the_floors(report: Report) -> None:
    scores = report.articles
    assert scores is not None
    assert scores.key_recall >= FLOORS["key_recall"], scores.as_dict()
    assert scores.actor_accuracy >= FLOORS["actor_accuracy"], scores.as_dict()


@pytest.mark.model
@pytest.mark.slow
def test_realnews_negatives_make_no_political_event(report: Report) -> None:
    scores = report.articles
    assert scores is not None and scores.negatives >= 1
    assert scores.negative_events == 0, scores.noisy_negatives
