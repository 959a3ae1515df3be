"""Regex alternations of many literal words that the regex engine can try quickly.

``re`` tries the branches of ``said|says|stated|...`` one by one at every position
it looks at; with a few hundred speech verbs that dominates a search. Grouping
the words by their first character (``s(?:aid|ays|tated)|...``) lets it skip every
word of another initial at once, and matches exactly what the flat alternation
matches: only words with the same initial can match at the same place, and they
keep their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """Return a pattern matching what ``"|".join(map(re.escape, words))`` matches, in the same order.

    With ``ignore_case`` (for patterns compiled with ``re.I``) words are grouped by their
    lowercased initial, which must then be ASCII.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:
            raise ValueError("alternation of an empty word")
        initial = word[0]
        if ignore_case:
            if not initial.isascii():
                raise ValueError(f"non-ASCII initial in a case-blind alternation: {word!r}")
            initial = initial.lower()
        groups.setdefault(initial, []).append(re.escape(word[1:]))
    return "|".join(_group(initial, rests) for initial, rests in groups.items())


def _group(initial: str, rests: list[str]) -> str:
    if rests == [""]:
        return re.escape(initial)
    return re.escape(initial) + "(?:" + "|".join(rests) + ")"
