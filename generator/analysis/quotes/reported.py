"""Reported speech without quote marks: ``X noted that ...`` with an identifiable speaker."""

from __future__ import annotations

import re

from ...records import Document, Quote, Span
from .. import lexicon as lx
from ..alternation import alternation
from .speakers import Resolver

_REPORTING = lx.REPORTING_VERBS
# every subject starts with one of [HhSsTtA-Z]: the lookahead skips other places fast
_PATTERN = re.compile(
    r"(?=[HhSsTtA-Z])(?P<subj>\b(?:[Hh]e|[Ss]he|(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]+"
    r"|[Tt]he\s+(?:[A-Za-z-]+\s+){0,3}(?:" + alternation(lx.ROLE_NOUNS) + r")))"
    r"\s+(?:(?:also|further|then|later)\s+)?(?P<verb>" + alternation(_REPORTING) + r")\s+that\s+"
    r"(?P<clause>[^.!?“”\"«»]{12,400}?)(?=[.!?](?:\s|$)|$)",  # (400: `_CLAUSE_MAX`)
    re.M,
)


_CLAUSE_MAX = 400
# "that" between whitespace (found by its literal first: a fast scan); see `_that_hits`
_THAT = re.compile(r"that(?<=\sthat)(?=\s)")
_VERB_WORDS = frozenset(_REPORTING)


def _that_hits(text: str):
    """Yield ``(start, end)`` of the non-overlapping matches of ``\\sthat\\s``, in order."""
    done = 0
    for m in _THAT.finditer(text):
        if m.start() - 1 >= done:
            done = m.end() + 1
            yield m.start() - 1, done


def _verb_start(text: str, at: int) -> int:
    """Return where the reporting verb right before offset ``at`` starts, else -1.

    The verb is the last one or two ``[a-z]+`` words of ``text[at - 24 : at]``, the last
    ending at ``at``.
    """
    base = max(0, at - 24)
    k = at
    while k > base and "a" <= text[k - 1] <= "z":
        k -= 1
    if k == at:
        return -1
    if text[k:at] in _VERB_WORDS:
        return k
    j = k
    while j > base and not "a" <= text[j - 1] <= "z":
        j -= 1
    i = j
    while i > base and "a" <= text[i - 1] <= "z":
        i -= 1
    if i == j:
        return -1
    return i if " ".join(text[i:at].split()) in _VERB_WORDS else -1


def _matches(text: str):
    """Yield the matches of `_PATTERN`, searched only around ``<verb> that`` (fast path)."""
    done = 0
    for hit_start, hit_end in _that_hits(text):
        start = _verb_start(text, hit_start)
        if start < 0 or start < done:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", hit_end)
        # (the clause runs at most 400 characters past its "that": a search to the end of a long
        # paragraph from every "said that" in it would cost the square of its length)
        end = len(text) if line_end < 0 else line_end
        stop = min(end, hit_end + _CLAUSE_MAX + 2)
        m = _PATTERN.search(text, max(done, line_start, start - 160), stop)
        if m is not None and m.end() == stop < end:
            m = None  # a later report cut off where the search stopped: found from its own "that"
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
