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


_THAT = re.compile(r"\sthat\s")
_VERB_WORDS = frozenset(_REPORTING)


def _verb_start(text: str, at: int) -> int:
    """Return where the reporting verb right before offset ``at`` starts, else -1."""
    words = list(re.finditer(r"[a-z]+", text[max(0, at - 24) : at]))
    base = max(0, at - 24)
    for n in (1, 2):
        if len(words) >= n and words[-1].end() + base == at:
            first = words[-n]
            phrase = text[base + first.start() : at]
            if " ".join(phrase.split()) in _VERB_WORDS:
                return base + first.start()
    return -1


def _matches(text: str):
    """Yield the matches of `_PATTERN`, searched only around ``<verb> that`` (fast path)."""
    done = 0
    for hit in _THAT.finditer(text):
        start = _verb_start(text, hit.start())
        if start < 0 or start < done:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", hit.end())
        m = _PATTERN.search(text, max(done, line_start, start - 160), len(text) if line_end < 0 else line_end)
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
