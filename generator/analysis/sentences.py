"""Sentence spans inside paragraphs, for extractors that read one statement at a time."""

from __future__ import annotations

import re

from ..records import Document
from . import lexicon as lx

# A sentence ends at . ! ? (and a closing quote), before a space and a capital or an opening quote.
_END = re.compile(r"[.!?][\"'”’»)]*(?=\s+[\"'“‘«(]*[A-Z0-9])")
# "Mr. Ban", "U.S. troops", "Gen. Smith" do not end a sentence
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:" + "|".join(sorted({*lx.ABBREVIATED_TITLES, *lx.ABBREVIATIONS})) + r"))\.$"
)


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence, paragraph by paragraph, in text order."""
    spans: list[tuple[int, int]] = []
    text = doc.text
    for para in doc.paragraphs:
        start = para.start
        for m in _END.finditer(text, para.start, para.end):
            if _ABBREVIATION.search(text, max(para.start, m.start() - 6), m.start() + 1):
                continue
            spans.append((start, m.end()))
            start = m.end()
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            spans.append((start, para.end))
    return spans
