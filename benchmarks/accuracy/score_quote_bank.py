"""Score quote detection and speakers on a bank of quote passages (``bank/quotes-*.jsonl``).

Each item is a passage of one to four paragraphs read as one article; each quotation it lists
(by its first words) is looked up among the quotes found, and its speaker compared with the
one the passage gives: alike when one name holds the other, or when they end with the same
word (a surname), ignoring case and accents.

usage: python benchmarks/accuracy/score_quote_bank.py BANK.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from generator.analysis.runner import run_extractors
from generator.records import Document, Metadata
from generator.sources import _paragraphs


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^\w]+", " ", text).strip()


def same_speaker(found: str | None, given: str | None) -> bool:
    """Return whether a found speaker is the one a passage gives (both None counts as alike)."""
    a, b = _plain(found or ""), _plain(given or "")
    if not a or not b:
        return a == b
    return a in b or b in a or a.split()[-1] == b.split()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", type=Path)
    parser.add_argument("--misses", action="store_true", help="print the quotes with a wrong or no speaker")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for line in args.bank.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        body, spans = _paragraphs(item["text"])
        doc = Document(slug=item["id"], text=body, paragraphs=spans, meta=Metadata(source=item["id"]))
        quotes = run_extractors(doc).quotes
        for given in item["quotes"]:
            head = _plain(given["quote"])[:40]
            found = next((q for q in quotes if head in _plain(q.text) or _plain(q.text)[:40] in head), None)
            if found is None:
                outcome = "quote missed"
            else:
                name = found.speaker.name if found.speaker else None
                outcome = (
                    "right"
                    if same_speaker(name, given["speaker"])
                    else "no speaker"
                    if name is None
                    else "wrong"
                )
            counts[outcome] += 1
            if args.misses and outcome != "right":
                print(f"{item['id']}: {outcome}: {given['quote'][:60]!r} ({given['speaker']!r})")
    total = sum(counts.values())
    print(
        json.dumps(
            {
                "quotes": total,
                **dict(sorted(counts.items())),
                "right_share": round(counts["right"] / total, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
