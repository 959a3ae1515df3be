"""Status notes: the article's sentences about a member's standing (suspension, boycott...)."""

from __future__ import annotations

import bisect
import re

from ..records import Document, Entity, Note

_STANDING = re.compile(
    r"(?<![\w-])(?:suspen\w+|freez\w*|froze\w*|boycott\w*|participat\w*|take\s+part|took\s+part|taking\s+part|"
    r"stay(?:ed|s)?\s+away|absent|absence|withdr[ae]w\w*|leav(?:e|es|ing)|left\s+the|quit\w*|exit\w*|"
    r"expel\w*|reinstat\w*|readmi\w+|rejoin\w*|membership|remains?\s+(?:our|an?|its|their)\s+(?:[\w-]+\s+)?ally|"
    r"shut\s+\w+\s+out)\b",
    re.IGNORECASE,
)


class StandingNotes:
    """Finds, per country, the sentences about its standing; each sentence is read at most once."""

    def __init__(self, doc: Document, sentences: list[tuple[int, int]]) -> None:
        self._doc = doc
        self._sentences = sentences
        self._starts = [start for start, _ in sentences]
        self._verdict: dict[int, bool] = {}

    def notes(self, country: Entity) -> tuple[Note, ...]:
        """Return the notes for the standing sentences that mention ``country``, in text order."""
        found: list[int] = []
        for mention in country.mentions:
            k = bisect.bisect_right(self._starts, mention.span.start) - 1
            if k >= 0 and k not in found and self._is_standing(k):
                found.append(k)
        doc = self._doc
        return tuple(
            Note(doc.text[s:e], doc.span(s, e)) for s, e in (self._sentences[k] for k in sorted(found))
        )

    def _is_standing(self, k: int) -> bool:
        if k not in self._verdict:
            start, end = self._sentences[k]
            self._verdict[k] = bool(_STANDING.search(self._doc.text, start, end))
        return self._verdict[k]
