"""One compiled regex for a large word list, built as a trie so that matching a
position costs the length of the word, not the number of words."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # trie key marking that a word ends here


def _trie(words: Iterable[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def _pattern(node: dict[str, dict]) -> str:
    ends = _END in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy: the longer word is tried first, the shorter one if the longer fails
    return f"(?:{body})?" if ends else body


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Return a case-sensitive regex matching any of ``words`` as a whole word, longest first.

    Only words with an initial A-Z can match. The regex starts with a choice among
    those initials, which lets the engine skip every other character at once; the
    check that no word character, dot or hyphen precedes comes right after the initial.
    """
    root = _trie(words)
    branches = [
        rf"{re.escape(ch)}(?<![\w.-]{re.escape(ch)}){_pattern(child)}"
        for ch, child in sorted(root.items())
        if "A" <= ch <= "Z"
    ]
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w])" if branches else r"(?!)")


class SubstringFinder:
    """Which of many strings occur in a text, found in one pass over it.

    ``filter(text.__contains__, words)`` scans the text once per word; this regex tries, at
    each position, only the words whose first characters are there (the trie), keeping the
    longest, and a longest word brings the others it contains.
    """

    def __init__(self, words: Iterable[str]) -> None:
        unique = sorted(set(words))
        if "" in unique:
            raise ValueError("an empty string occurs in every text")
        body = _pattern(_trie(unique))
        self._pattern = re.compile(f"(?=({body}))" if body else "(?!)")
        self._within = {w: frozenset(x for x in unique if x in w) for w in unique}

    def __call__(self, text: str) -> frozenset[str]:
        """Return the words that occur in ``text``."""
        found: set[str] = set()
        for m in self._pattern.finditer(text):
            found |= self._within[m.group(1)]
        return frozenset(found)
