"""Reported speech without quote marks: ``X noted that ...`` with an identifiable speaker."""

from __future__ import annotations

import re

from ..records import Document, Quote, Span
from . import lexicon as lx
from .speakers import Resolver

_REPORTING = (
    "said",
    "says",
    "noted",
    "stressed",
    "added",
    "emphasized",
    "emphasised",
    "stated",
    "declared",
    "warned",
    "insisted",
    "claimed",
    "explained",
    "argued",
    "announced",
    "told reporters",
    "underlined",
    "pointed out",
    "recalled",
    "believes",
    "confirmed",
)
_PATTERN = re.compile(
    r"(?P<subj>\b(?:[Hh]e|[Ss]he|(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]+"
    r"|[Tt]he\s+(?:[A-Za-z-]+\s+){0,3}(?:" + "|".join(re.escape(r) for r in lx.ROLE_NOUNS) + r")))"
    r"\s+(?:(?:also|further|then|later)\s+)?(?P<verb>" + "|".join(_REPORTING) + r")\s+that\s+"
    r"(?P<clause>[^.!?“”\"«»]{12,400}?)(?=[.!?](?:\s|$)|$)",
    re.M,
)


_VERB_THAT = re.compile(r"\b(?:" + "|".join(_REPORTING) + r")\s+that\s")


def _matches(text: str):
    """Yield the matches of `_PATTERN`, searched only around ``<verb> that`` (fast path)."""
    done = 0
    for hit in _VERB_THAT.finditer(text):
        if hit.start() < done:
            continue
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        m = _PATTERN.search(
            text, max(done, line_start, hit.start() - 160), len(text) if line_end < 0 else line_end
        )
        if m is not None:
            done = m.end()
            yield m


def reported_speech(doc: Document, resolver: Resolver, taken: list[Span]) -> list[Quote]:
    """Return reported-speech records whose speaker resolves, outside quoted stretches."""
    found = []
    for m in _matches(doc.text):
        start, end = m.start("clause"), m.end("clause")
        if any(s.start < end and start < s.end for s in taken) or "\n" in m.group("clause"):
            continue
        speaker, how = resolver.resolve(m.group("subj"), m.start("subj"))
        if speaker is None:
            continue
        cue_span = doc.span(m.start("subj"), m.end("verb"))
        found.append(
            Quote(
                m.group("clause"),
                doc.span(start, end),
                "reported",
                speaker,
                how,  # type: ignore[arg-type]
                doc.covered(cue_span),
                cue_span,
                "reported-that",
            )
        )
    return found
