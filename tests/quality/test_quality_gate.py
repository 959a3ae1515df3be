"""Quality gate: precision/recall floors for direct quotes and their speakers.

The corpus is small and invented; floors are what the extractor reaches now.
Raise them as the extractor improves; never lower them silently.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import make_doc

from generator.analysis.people import extract_people
from generator.analysis.quotes import extract_quotes

CORPUS = json.loads((Path(__file__).parent / "corpus.json").read_text(encoding="utf-8"))
FLOORS = {"quote_p": 1.0, "quote_r": 1.0, "speaker_p": 1.0, "speaker_r": 1.0}


def _score() -> dict[str, float]:
    tp = fp = fn = stp = sfp = 0
    for article in CORPUS:
        doc = make_doc(article["text"])
        quotes = extract_quotes(doc, people=extract_people(doc))
        pred = {q.text: (q.speaker.name if q.speaker else None) for q in quotes if q.kind == "direct"}
        gold = {text: speaker for text, speaker in article["quotes"]}
        tp += len(pred.keys() & gold.keys())
        fp += len(pred.keys() - gold.keys())
        fn += len(gold.keys() - pred.keys())
        right = sum(1 for t in pred.keys() & gold.keys() if pred[t] == gold[t])
        stp += right
        sfp += len(pred) - right
    gold_n = sum(len(a["quotes"]) for a in CORPUS)
    return {
        "quote_p": tp / max(tp + fp, 1),
        "quote_r": tp / max(tp + fn, 1),
        "speaker_p": stp / max(stp + sfp, 1),
        "speaker_r": stp / max(gold_n, 1),
    }


def test_quality_floors() -> None:
    scores = _score()
    for name, floor in FLOORS.items():
        assert scores[name] >= floor, f"{name} fell to {scores[name]:.3f} (floor {floor})"
