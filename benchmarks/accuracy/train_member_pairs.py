"""Train the learned reading of membership (`generator/analysis/members/pairs_model.json`).

A logistic regression (scikit-learn, ``pip install -e ".[train]"``) over the features that
`generator.analysis.members.learned` reads, for the first pair of each country and
organization an article names together, labelled by the hand-made member lists of the tuning
articles (``tune/``) and of the training bank of membership sentences (``bank/train.jsonl``).
The check articles and ``bank/check.jsonl`` are never read here.

usage: python benchmarks/accuracy/train_member_pairs.py [--out PATH]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from score_bank import bank_document, lookups, name_key
from sklearn import __version__ as sklearn_version
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from generator.analysis.countries import extract_countries
from generator.analysis.members.learned import pair_readings
from generator.analysis.members.slots import find_slots
from generator.analysis.organizations import extract_organizations
from generator.analysis.sentences import sentence_spans
from generator.records import Document
from generator.sources import read_document

HERE = Path(__file__).resolve().parent
MODEL = HERE.parent.parent / "generator" / "analysis" / "members" / "pairs_model.json"
THRESHOLD = 0.9  # the probability from which a pair counts, chosen for precision on the dev articles
C = 0.5  # inverse strength of the L2 penalty


def _gold(members: list[dict], orgs: dict[str, str], countries: dict[str, str]) -> set[tuple[str, str]]:
    return {
        (orgs.get(name_key(m["organization"]), m["organization"]), countries.get(name_key(c), c))
        for m in members or []
        for c in m["countries"]
    }


def examples(doc: Document, gold: set[tuple[str, str]]) -> list[tuple[dict[str, int], bool]]:
    """Return the features and label of the first reading of each pair in ``doc``."""
    slots = find_slots(doc, extract_countries(doc), extract_organizations(doc))
    seen: set[tuple[str, str]] = set()
    out = []
    for reading in pair_readings(doc.text, sentence_spans(doc), slots):
        key = (reading.org, reading.country.value)
        if key not in seen:
            seen.add(key)
            out.append(({f: 1 for f in sorted(reading.features)}, key in gold))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    orgs, countries = lookups()
    data: list[tuple[dict[str, int], bool]] = []
    articles = sorted((HERE / "tune").glob("*.txt"))
    for path in articles:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        data += examples(read_document(path), _gold(gold["members"], orgs, countries))
    bank = (HERE / "bank" / "train.jsonl").read_text(encoding="utf-8")
    sentences = [json.loads(line) for line in bank.splitlines()]
    for item in sentences:
        gold = _gold([{"organization": item["organization"], "countries": item["members"]}], orgs, countries)
        data += examples(bank_document(item), gold)
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform([x for x, _ in data])
    labels = [y for _, y in data]
    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(matrix, labels)
    weights = {
        name: round(float(w), 6)
        for name, w in zip(vectorizer.get_feature_names_out(), clf.coef_[0], strict=True)
        if abs(w) >= 1e-6
    }
    model = {
        "about": "logistic weights of generator.analysis.members.learned; made by "
        "benchmarks/accuracy/train_member_pairs.py",
        "trained_on": {
            "tune_articles": len(articles),
            "bank_sentences": len(sentences),
            "pairs": len(labels),
            "members": sum(labels),
        },
        "scikit_learn": sklearn_version,
        "C": C,
        "threshold": THRESHOLD,
        "bias": round(float(clf.intercept_[0]), 6),
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(labels)} pairs ({sum(labels)} members), {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
