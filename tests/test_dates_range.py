"""Dates outside the supported years (1900-2100 unless ``NEWSEVENTS_YEARS`` says otherwise): no
overflow, no value, a warning."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.articles import DEFAULT_YEARS, YEARS_ENV, in_supported_years, supported_years
from newsevents.dates.resolve import OUT_OF_RANGE, resolve_rule
from newsevents.errors import BadSetting


@pytest.mark.parametrize("text", ["1000000 days from now", "3000000 days ago", "99999999 weeks from now",
                                  "9000 years from now", "100000000000 months ago", "5000 years ago"])
def test_dates_range_relative_overflow_gives_no_value(text: str) -> None:
    for anchor in (dt.date(2023, 3, 1), dt.date(2100, 12, 30)):
        found = resolve_rule(text, anchor)
        assert found is not None and found.value is None and found.rule.endswith(OUT_OF_RANGE), found


def test_dates_range_absolute_years_are_what_the_text_says() -> None:
    found = resolve_rule("in 1878", dt.date(2023, 3, 1))
    assert found is not None and found.value == "1878"


def test_dates_range_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(YEARS_ENV, raising=False)
    assert supported_years() == DEFAULT_YEARS
    assert in_supported_years("1900-01-01") and in_supported_years("2100-12")
    assert not in_supported_years("0001-01-01") and not in_supported_years("2999") and not in_supported_years("-0045")
    monkeypatch.setenv(YEARS_ENV, "1800-2200")
    assert in_supported_years("1850-05-01") and not in_supported_years("2201")
    monkeypatch.setenv(YEARS_ENV, "2200-1800")
    with pytest.raises(BadSetting, match="NEWSEVENTS_YEARS='2200-1800' is not valid"):
        supported_years()


def _extract(tmp_path: Path, date: str, text: str, env: dict[str, str] | None = None
             ) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "date": date, "text": text}) + "\n", encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "newsevents", "extract", str(path)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})


@pytest.mark.slow
def test_dates_range_cli_extract_warns_and_goes_on(tmp_path: Path) -> None:
    out = _extract(tmp_path, "9999-12-31", "Chile's foreign minister said on Friday that talks with Peru "
                                           "would resume tomorrow.")
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout)
    assert any("the article date 9999-12-31 is outside the supported years 1900-2100" in w for w in row["warnings"])
    assert row["dates"] and all(d["value"] is None for d in row["dates"])

    out = _extract(tmp_path, "2023-03-01", "The minister said the town was founded 5000 years ago.")
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout)
    assert any('the date "5000 years ago" is outside' in w for w in row["warnings"])

    out = _extract(tmp_path, "1850-06-01", "Chile's minister spoke on Friday.", {YEARS_ENV: "1800-2000"})
    row = json.loads(out.stdout)
    assert not any("outside" in w for w in row["warnings"]) and row["dates"][0]["value"] == "1850-05-31"

    out = _extract(tmp_path, "2023-03-01", "Chile's minister spoke on Friday.", {YEARS_ENV: "soon"})
    assert out.returncode == 1 and "NEWSEVENTS_YEARS='soon' is not valid" in out.stderr
