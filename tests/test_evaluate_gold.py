"""Our own gold set, run through ``newsevents evaluate``: the coder's accuracy may not fall below a floor.

The floors sit a little under the figures measured when they were last raised (see the README's
results table); raise them when the coder improves, never lower them to make a change pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "data" / "gold" / "events.jsonl"

# Measured 0.712 / 0.833 at session 10's end (type fell from 0.836 when an act with no target by a
# doer with no country came to be left out of the events). At session 9's end 0.709 / 0.836;
# dyad-root dipped from 0.718 when a state's show of force at home with no target named came to be
# aimed at its own country, as the real-news gold codes it; this set's sentences leave those
# targets empty (5 sentences).
FLOORS = {"dyad-root": 0.70, "type": 0.83}


@pytest.mark.model
@pytest.mark.slow
def test_evaluate_gold_set_f1_stays_above_the_floor() -> None:
    out = subprocess.run([sys.executable, "-m", "newsevents", "evaluate", str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    levels = json.loads(out.stdout)["levels"]
    for level, floor in FLOORS.items():
        assert levels[level]["f1"] >= floor, f"{level} F1 {levels[level]['f1']} fell below {floor}"


@pytest.mark.model
def test_evaluate_gold_set_negatives_stay_quiet() -> None:
    from newsevents.evaluate import evaluate, read_gold

    negatives = [item for item in read_gold(GOLD) if not item.events]
    report = evaluate(negatives)
    noisy = [r.item.id for r in report.items if r.predicted]
    # a few negatives are hard (metaphors, denials); most must yield nothing
    assert len(noisy) <= len(negatives) // 4, f"events coded on negatives: {noisy}"
