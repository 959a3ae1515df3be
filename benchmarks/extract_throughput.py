"""Extraction throughput: all extractors over >= 1,000 articles of ~3 KB, on one core.

The articles are assembled from the project's own texts (the seed article and the
hand-written quality-gate corpus, tests/quality/corpus.json), shuffled with a fixed seed. The
baseline is a bare regex pass over the same texts: one tokenizing regex (words
and punctuation), the least any extractor must do to read a text. It is timed
in the same run, so the ratio holds across machines.

usage: python benchmarks/extract_throughput.py [--articles N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import time
from pathlib import Path

from generator.analysis.runner import run_extractors
from generator.records import Document, Metadata
from generator.sources import _paragraphs

ROOT = Path(__file__).resolve().parent.parent
BARE = re.compile(r"\w+|[^\w\s]")


def source_paragraphs() -> list[str]:
    """Return every paragraph of the seed articles and of the quality-gate corpus."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    quality = json.loads((ROOT / "tests" / "quality" / "corpus.json").read_text(encoding="utf-8"))
    texts += [article["text"] for article in quality]
    paragraphs: list[str] = []
    for text in texts:
        body, spans = _paragraphs(text)
        paragraphs.extend(body[s.start : s.end] for s in spans)
    return paragraphs


def build_corpus(n: int, *, size: int = 3000) -> list[Document]:
    """Return ``n`` documents of about ``size`` characters, deterministically shuffled."""
    rng = random.Random(20261128)
    pool = source_paragraphs()
    docs = []
    for i in range(n):
        chosen: list[str] = []
        while sum(len(p) + 1 for p in chosen) < size:
            chosen.append(rng.choice(pool))
        body, spans = _paragraphs("\n".join(chosen))
        docs.append(Document(slug=f"a{i}", text=body, paragraphs=spans, meta=Metadata(source=f"a{i}.txt")))
    return docs


def timed(fn, docs: list[Document], repeat: int) -> float:
    """Return the median seconds of ``repeat`` passes of ``fn`` over ``docs``."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            fn(doc)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = build_corpus(args.articles)
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / len(docs) / 1000
    bare = timed(lambda d: BARE.findall(d.text), docs, args.repeat)
    full = timed(run_extractors, docs, args.repeat)
    result = {
        "articles": len(docs),
        "mean_kb": round(kb, 2),
        "bare_regex_articles_per_s": round(len(docs) / bare),
        "extract_articles_per_s": round(len(docs) / full),
        "ratio_to_bare": round(full / bare, 2),
    }
    print(f"{len(docs)} articles, {kb:.1f} KB each on average, one core, median of {args.repeat}")
    print(f"bare regex pass : {result['bare_regex_articles_per_s']:>8} articles/s")
    print(f"all extractors  : {result['extract_articles_per_s']:>8} articles/s")
    print(f"ratio           : {result['ratio_to_bare']:>8}x the bare pass")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
