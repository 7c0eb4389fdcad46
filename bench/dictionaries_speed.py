"""What the CAMEO dictionaries cost: compiling, loading from the cache, pipeline start-up, per article.

Usage: ``PYTHONPATH=src python bench/dictionaries_speed.py [ARTICLES_DIR] [--repeat N]``

Each figure is the CPU time (user + system) of a fresh process (so no in-memory cache helps), for two settings:
our own tables alone (``phoenix=False``, what a pipeline loaded before the Phoenix set came)
and the built-in default (ours + Phoenix). Prints:

- compile: reading every dictionary file and building the lexicon and persons table, no cache;
- cached load: the same knowledge unpickled from the disk cache;
- start-up: ``load_pipeline`` plus one small article (what a pool worker does before its first
  task), with a warm disk cache;
- per article: mean extraction time over the articles of ARTICLES_DIR (default examples/articles).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

CHILD = r"""
import json, sys, time
from pathlib import Path
phoenix, what, folder = sys.argv[1] == "1", sys.argv[2], sys.argv[3]
t0 = time.process_time()  # CPU time: steadier than wall time on a shared machine
from newsevents.dictionaries import DictionarySpec, knowledge
spec = DictionarySpec(phoenix=phoenix)
if what in ("compile", "cached"):
    knowledge(spec)
    print(json.dumps({"seconds": time.process_time() - t0}))
    sys.exit()
from newsevents.extraction import extract
from newsevents.nlp.pipeline import load_pipeline
nlp = load_pipeline(dictionaries=None if phoenix else spec)
extract("The French president met German officials in Berlin on Monday.", "2024-01-03", nlp=nlp)
start_up = time.process_time() - t0
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
t1 = time.process_time()
for text in texts:
    extract(text, "2020-01-01", nlp=nlp)
per = (time.process_time() - t1) / max(1, len(texts))
print(json.dumps({"seconds": start_up, "per_article": per, "articles": len(texts)}))
"""


def measure(phoenix: bool, what: str, folder: str, cache: str) -> dict[str, float]:
    env = dict(os.environ, NEWSEVENTS_CACHE_DIR=cache)
    if what == "compile":
        env["NEWSEVENTS_NO_DICTIONARY_CACHE"] = "1"
    out = subprocess.run([sys.executable, "-c", CHILD, "1" if phoenix else "0", what, folder],
                         env=env, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default="examples/articles")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per figure; the best is printed.")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        for phoenix in (False, True):
            label = "ours + Phoenix" if phoenix else "ours alone    "
            compile_s = min(measure(phoenix, "compile", opts.articles, cache)["seconds"]
                            for _ in range(opts.repeat))
            measure(phoenix, "cached", opts.articles, cache)  # writes the cache
            cached_s = min(measure(phoenix, "cached", opts.articles, cache)["seconds"] for _ in range(opts.repeat))
            runs = [measure(phoenix, "run", opts.articles, cache) for _ in range(opts.repeat)]
            start = min(r["seconds"] for r in runs)
            per = min(r["per_article"] for r in runs)
            print(f"{label}: compile {compile_s:5.2f} s | cached load {cached_s:5.2f} s | "
                  f"start-up (pipeline + 1 article) {start:5.2f} s | "
                  f"{1000 * per:6.1f} ms per article ({int(runs[0]['articles'])} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
