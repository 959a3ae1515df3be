"""Score the members extractor on a bank of membership sentences (``bank/*.jsonl``).

Each item is read as one short article (the sentence before, then the sentence); the members
found for the item's organization are compared with the ones it states, by ISO code.

usage: python benchmarks/accuracy/score_bank.py BANK.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from generator.analysis.members import extract_members
from generator.records import Document, Metadata
from generator.reference import load_countries, load_organizations
from generator.sources import _paragraphs


def name_key(name: str) -> str:
    """Return a name as it is looked up: its letters in lower case, "the " dropped first."""
    return re.sub(r"[^a-z]", "", name.removeprefix("the ").lower())


def lookups() -> tuple[dict[str, str], dict[str, str]]:
    """Return the organization key and the ISO code of every name the reference data gives them."""
    orgs = {
        name_key(n): k
        for k, o in load_organizations().items()
        for n in (k, o.code, o.full_name, *o.variants)
        if n
    }
    countries = {
        name_key(n): iso for iso, c in load_countries().items() for n in (c.name, c.full_name, *c.aliases)
    }
    return orgs, countries


def bank_document(item: dict) -> Document:
    """Return a bank item (the sentence before, then the sentence) as one short article."""
    text = " ".join(t for t in (item.get("context", "").strip(), item["sentence"].strip()) if t)
    body, spans = _paragraphs(text)
    return Document(slug=item["id"], text=body, paragraphs=spans, meta=Metadata(source=item["id"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", type=Path)
    parser.add_argument("--misses", action="store_true", help="print the items with a miss or an extra")
    args = parser.parse_args()
    orgs, countries = lookups()
    tp = fp = fn = 0
    for line in args.bank.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        org = orgs.get(name_key(item["organization"]), item["organization"])
        found = {m.iso3 for m in extract_members(bank_document(item)) if m.organization == org}
        gold = {countries.get(name_key(c), c) for c in item["members"]}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
        if args.misses and found != gold:
            print(f"{item['id']}: missed {sorted(gold - found)}, extra {sorted(found - gold)}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(json.dumps({"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3)}))


if __name__ == "__main__":
    main()
