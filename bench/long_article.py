"""Peak memory and time of one long article, extracted in parts of at most PART_CHARS characters.

Each size runs in a fresh process: the peak resident memory after loading the pipeline and
extracting one small article, then after extracting one dense article of that many characters.

    python bench/long_article.py [SIZE ...]      # default: 50000 100000 300000
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

# Written for this benchmark: dense news-like sentences (actors, events, dates, figures).
SENTENCES = (
    "The foreign minister of Peru met her Chilean counterpart in Lima on Monday to discuss water rights.",
    "Police in Quito arrested 14 protesters after clashes near the parliament, officials said.",
    "Argentina's president promised $2 billion in aid to farmers hit by the drought last year.",
    "Bolivian troops were sent to the border after the army reported an attack on a patrol.",
)


def one(size: int) -> dict[str, float]:
    from newsevents.extraction import extract_articles
    from newsevents.nlp.pipeline import load_pipeline
    from newsevents.records import Article

    nlp = load_pipeline()
    list(extract_articles([Article(id="warm", text=SENTENCES[0], date="2024-05-02")], nlp=nlp))
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = ""
    i = 0
    while len(text) < size:
        text += SENTENCES[i % len(SENTENCES)] + ("\n\n" if i % 5 == 4 else " ")
        i += 1
    started = time.perf_counter()
    ex = next(extract_articles([Article(id="long", text=text[:size], date="2024-05-02")], nlp=nlp))
    return {"chars": size, "seconds": round(time.perf_counter() - started, 1), "events": len(ex.events),
            "loaded_mb": round(loaded), "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    for size in [int(a) for a in sys.argv[1:]] or [50_000, 100_000, 300_000]:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True,
                             check=True)
        figures = json.loads(out.stdout)
        print(f"{figures['chars']:>9,} chars  {figures['seconds']:>6} s  {figures['events']:>5} events  "
              f"loaded {figures['loaded_mb']} MB  peak {figures['peak_mb']} MB  "
              f"(+{figures['peak_mb'] - figures['loaded_mb']} MB)")


if __name__ == "__main__":
    main()
