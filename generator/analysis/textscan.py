"""Plain-string scans that stand in for small regexes on hot paths (same results, no regex)."""

from __future__ import annotations

from . import lexicon as lx


def whole_word_occurrences(text: str, full: str, family: str | None) -> list[tuple[int, str]]:
    """Return non-overlapping whole-word occurrences of ``full`` (else ``family``), left to right."""
    starts = _finds(text, full)
    if family is not None:
        starts = sorted(set(starts).union(_finds(text, family)))
    out: list[tuple[int, str]] = []
    done = 0
    for start in starts:
        if start < done or (start and _in_word(text[start - 1])):
            continue
        for name in (full, family) if family is not None else (full,):
            end = start + len(name)
            if text.startswith(name, start) and not (end < len(text) and _in_word(text[end])):
                out.append((start, name))
                done = end
                break
    return out


def _finds(text: str, needle: str) -> list[int]:
    found = []
    i = text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _in_word(ch: str) -> bool:
    """Return whether ``ch`` is a word character or a hyphen (regex ``[\\w-]``)."""
    return ch.isalnum() or ch in "_-"


def has_word(text: str, name: str) -> bool:
    """Return whether ``name`` occurs in ``text`` between word boundaries (regex ``\\bname\\b``)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if _boundary(text, i) and _boundary(text, end):
            return True
        i = text.find(name, i + 1)
    return False


def _boundary(text: str, i: int) -> bool:
    """Return whether regex ``\\b`` holds at offset ``i`` of ``text``."""
    before = i > 0 and _word_char(text[i - 1])
    return before != (i < len(text) and _word_char(text[i]))


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def sentence_start(text: str, pos: int) -> int:
    """Return where the sentence holding offset ``pos`` starts: after the last newline, or
    the last ``.!?`` followed by a space or a closing mark, at or before ``pos``."""
    best = text.rfind("\n", 0, pos) + 1
    for mark in ".!?":
        i = text.rfind(mark, best, pos)
        while i >= 0:
            ends = i + 1 < len(text) and (text[i + 1].isspace() or text[i + 1] in _CLOSERS)
            if ends and not (mark == "." and _abbreviation_before(text, i)):
                best = i + 1
                break
            i = text.rfind(mark, best, i)
    return best


def sentence_end(text: str, pos: int, limit: int) -> int:
    """Return where the sentence going on at ``pos`` ends (just before its ``.!?``), or ``limit``:
    the dots of abbreviations and initials ("the U.N. mission") end none."""
    for i in range(pos, limit):
        mark = text[i]
        if mark in ".!?":
            ends = i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in _CLOSERS
            if ends and not (mark == "." and _abbreviation_before(text, i)):
                return i
    return limit


_CLOSERS = frozenset("\"”’'")


def _abbreviation_before(text: str, dot: int) -> bool:
    """Return whether the dot at ``dot`` closes a title abbreviation or a capital initial."""
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    return word in lx.ABBREVIATED_TITLES or (len(word) == 1 and word.isupper())
