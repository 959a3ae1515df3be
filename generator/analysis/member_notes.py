"""Status notes: the article's sentences about a member's standing (suspension, boycott...)."""

from __future__ import annotations

import re

from ..records import Document, Entity, Note
from .sentences import sentence_spans

_STANDING = re.compile(
    r"\b(?:suspen\w+|freez\w*|froze\w*|boycott\w*|participat\w*|take\s+part|took\s+part|taking\s+part|"
    r"stay(?:ed|s)?\s+away|absent|absence|withdr[ae]w\w*|leav(?:e|es|ing)|left\s+the|quit\w*|exit\w*|"
    r"expel\w*|reinstat\w*|readmi\w+|rejoin\w*|membership|remains?\s+(?:our|an?|its|their)\s+(?:[\w-]+\s+)?ally|"
    r"shut\s+\w+\s+out)\b",
    re.IGNORECASE,
)


def standing_notes(doc: Document, iso3: str, countries: tuple[Entity, ...], org: str) -> tuple[Note, ...]:
    """Return the sentences that mention country ``iso3`` and say something about its standing."""
    entity = next((c for c in countries if c.key == iso3), None)
    if entity is None:
        return ()
    starts = sorted(m.span.start for m in entity.mentions)
    notes: list[Note] = []
    k = 0
    for start, end in sentence_spans(doc):
        while k < len(starts) and starts[k] < start:
            k += 1
        if k >= len(starts) or starts[k] >= end:
            continue
        text = doc.text[start:end]
        if _STANDING.search(text):
            notes.append(Note(text, doc.span(start, end)))
    return tuple(notes)
