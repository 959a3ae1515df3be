"""Status notes: the article's sentences about a member's standing (suspension, boycott...)."""

from __future__ import annotations

import bisect
import re

from ..records import Document, Entity, Note

_STANDING = re.compile(
    r"\b(?:suspen\w+|freez\w*|froze\w*|boycott\w*|participat\w*|take\s+part|took\s+part|taking\s+part|"
    r"stay(?:ed|s)?\s+away|absent|absence|withdr[ae]w\w*|leav(?:e|es|ing)|left\s+the|quit\w*|exit\w*|"
    r"expel\w*|reinstat\w*|readmi\w+|rejoin\w*|membership|remains?\s+(?:our|an?|its|their)\s+(?:[\w-]+\s+)?ally|"
    r"shut\s+\w+\s+out)\b",
    re.IGNORECASE,
)


def standing_sentences(doc: Document, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the sentences that say something about a country's standing in an organization."""
    return [(start, end) for start, end in sentences if _STANDING.search(doc.text, start, end)]


def standing_notes(doc: Document, standing: list[tuple[int, int]], country: Entity) -> tuple[Note, ...]:
    """Return notes for the standing sentences that mention ``country``."""
    starts = sorted(m.span.start for m in country.mentions)
    notes: list[Note] = []
    for start, end in standing:
        k = bisect.bisect_left(starts, start)
        if k < len(starts) and starts[k] < end:
            notes.append(Note(doc.text[start:end], doc.span(start, end)))
    return tuple(notes)
