"""Generate a benchmark corpus from the sample articles in examples/articles.

Run: .venv/bin/python bench/make_corpus.py OUT_DIR [--articles 2000] [--seed 7]

Each generated article takes the lead paragraph of one sample and three to six further
paragraphs drawn from all samples, so texts recombine across articles; sentences are shuffled
within a paragraph where that is safe (no sentence opens with a pronoun or a demonstrative,
which would lose its referent, and no quotation runs across sentences); every article gets its
own publication date between 2019 and 2026. Files are written in the seed format
(``date YYYY-MM-DD`` then the text), one per article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

from newsevents.ingest.batch import BatchReport, good_articles
from newsevents.nlp.text_sentences import sentence_spans
from newsevents.reading import iter_articles

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = (dt.date(2026, 6, 30) - FIRST_DAY).days
_REFERRING = re.compile(r"^(?:he|she|it|they|his|her|its|their|this|that|these|those|the\s+\w+\s+said)\b", re.I)


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a sample; one-line samples are cut every three sentences."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(parts) > 1:
        return parts
    spans = sentence_spans(text)
    return [text[spans[i][0]:spans[min(i + 2, len(spans) - 1)][1]] for i in range(0, len(spans), 3)]


def _shuffled(paragraph: str, rng: random.Random) -> str:
    sentences = [paragraph[s:e] for s, e in sentence_spans(paragraph)]
    safe = len(sentences) > 1 and all(
        not _REFERRING.match(s) and s.count('"') % 2 == 0 and s.count("“") == s.count("”") for s in sentences)
    if not safe:
        return paragraph
    rng.shuffle(sentences)
    return " ".join(sentences)


def generate(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` (date, text) pairs recombined from the samples."""
    samples = [a.text for a in good_articles(iter_articles([str(EXAMPLES)]), BatchReport())]
    split = [paragraphs(t) for t in samples]
    pool = [p for ps in split for p in ps[1:]] or [p for ps in split for p in ps]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lead = rng.choice(split)[0]
        body = [_shuffled(p, rng) if rng.random() < 0.5 else p for p in rng.sample(pool, rng.randint(3, 6))]
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        out.append((day.isoformat(), "\n\n".join([lead, *body])))
    return out


def write_corpus(out: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` generated articles under ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (day, text) in enumerate(generate(n, seed)):
        path = out / f"{day}-{i:05d}.txt"
        path.write_text(f"date {day} {text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
