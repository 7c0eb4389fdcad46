"""The public surface of the package is pinned."""

from __future__ import annotations

import subprocess
import sys

import newsevents


def test_package_public_surface_is_pinned() -> None:
    assert sorted(newsevents.__all__) == sorted([
        "Actor", "ActorRef", "Article", "DateMention", "DictionarySpec", "Event", "Extraction", "Figure", "Location",
        "NewsEventsError", "Quote", "__version__", "events_df", "events_table", "extract", "extract_articles",
        "extraction_to_dict", "load_pipeline",
    ])
    for name in newsevents.__all__:
        assert hasattr(newsevents, name)


def test_package_runs_as_module() -> None:
    out = subprocess.run([sys.executable, "-m", "newsevents", "--version"], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == f"newsevents {newsevents.__version__}"
