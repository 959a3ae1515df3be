"""Find the quoted stretches of a paragraph by pairing quote marks.

Marks are paired with a stack so that nested quotes stay inside their outer
quote; apostrophes (``organization’s``) are never marks; a mark that finds no
partner is skipped, and an opening mark left open runs only to the end of its
paragraph (a quote over several paragraphs repeats its opening mark). A double mark that opens
a sentence while a double quote is open ends that quote with the sentence before it: the writer
opened the next quote without closing the last.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
# two apostrophes in a row stand for a double mark (''...'' in some wire copy), and so do two
# curly single marks (‘’...’’); in a text that types double marks too, only two that open a word
# (‘’So ...,” said X) and two that close (“... as a whole’’, he said; `_pair` reads ’’ after a
# nested quote as its end and an apostrophe: “the ‘rebels’’ leaders”)
_MARKS = re.compile(r"''|[\"'“”„«»‟‘’‚‹›]")
_MARKS_DOUBLED = re.compile(r"''|‘[‘’]|’’|[\"'“”„«»‟‘’‚‹›]")
_MARKS_DOUBLED_MIXED = re.compile(r"''|(?<![^\s(\[—–-])‘[‘’](?=[^\W\d_])|’’|[\"'“”„«»‟‘’‚‹›]")
_DECADE = re.compile(r"\d\d(?:s\b|(?![\w’']))")
_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | set(DOUBLE_OPEN) | set(SINGLE_OPEN) | {'"', "'"}
_SINGLES = "'‘’‚‹›"
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-/…") | set(DOUBLE_CLOSE) | set(SINGLE_CLOSE) | {'"', "'"}


@dataclass(frozen=True, slots=True)
class Stretch:
    """Quoted text ``[start, end)`` (marks excluded); ``closed`` if a mark ends it."""

    start: int
    end: int
    open_at: int
    close_at: int
    closed: bool


def _kind(text: str, i: int, lo: int, hi: int, width: int = 1) -> tuple[str, bool, bool]:
    """Return (family, can_open, can_close) for the mark at ``i`` of ``width`` characters
    (2 for two single marks standing for a double one); family '' = not a mark."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    opens = prev in _OPEN_BEFORE or prev.isspace()
    closes = nxt in _CLOSE_AFTER or nxt.isspace()
    if ch in "'‘’‚‹›" and width == 1:
        if prev.isalnum() and nxt.isalnum():
            return "", False, False  # apostrophe inside a word
        if _DECADE.match(text, i + 1):
            return "", False, False  # "the '80s", "in '16"
        if ch == "’" and not opens:
            return ("s", False, True) if closes else ("", False, False)
        if ch in "'‘":
            can_open = opens and not nxt.isspace()
            can_close = closes and not prev.isspace() and ch == "'"
            return "s", can_open, can_close
        return "s", ch in SINGLE_OPEN, ch in SINGLE_CLOSE
    if ch in "“„«‟":
        # a “ after a word ends a quote („...“, or a mismatched pair)
        return "d", not (prev.isalnum() and closes), prev.isalnum() or prev in ".,!?…" or closes
    if ch in "”»":
        return "d", False, True
    # ,' " closes a quote whose last words were themselves quoted
    after_single = prev.isspace() and i - 2 >= lo and text[i - 2] in "'’"
    return "d", opens and not nxt.isspace(), closes and (not prev.isspace() or after_single)


def _mark_pattern(text: str) -> re.Pattern[str]:
    """Return the pattern of a text's quotation marks: curly singles doubled stand for a double
    mark where no double mark is typed, and open one where one is."""
    if "‘‘" not in text and "’’" not in text and "‘’" not in text:
        return _MARKS
    return _MARKS_DOUBLED_MIXED if '"' in text or "“" in text or "”" in text else _MARKS_DOUBLED


def _opens_as_right(text: str, i: int, lo: int, hi: int, stack: list[tuple[str, int]]) -> bool:
    """Return whether a right double mark opens a quote: at a word's start, with no double quote open."""
    if text[i] != "”" or any(family == "d" for family, _ in stack):
        return False
    prev = text[i - 1] if i > lo else " "
    return (prev in _OPEN_BEFORE or prev.isspace()) and i + 1 < hi and text[i + 1].isalnum()


def find_stretches(text: str, lo: int, hi: int) -> list[Stretch]:
    """Return the outermost quoted stretches of ``text[lo:hi]`` in order."""
    marks = (m.span() for m in _mark_pattern(text).finditer(text, lo, hi))
    return _pair(text, lo, hi, marks, right_opens=_right_marks_only(text))


def _right_marks_only(text: str) -> bool:
    """Return whether a text types its double quotes with the right mark on both sides (``”We
    won,” she said``): it has right marks and never a left one."""
    return "”" in text and "“" not in text


def stretches_by_paragraph(text: str, bounds: Sequence[tuple[int, int]]) -> list[list[Stretch]]:
    """Return `find_stretches` of each ``(lo, hi)`` of ``bounds``, scanning ``text`` for marks once.

    A paragraph without a mark has no stretch; a mark found across a paragraph's edge
    (never the case for paragraphs split at newlines) makes that paragraph scan itself.
    """
    marks = [m.span() for m in _mark_pattern(text).finditer(text)]
    starts = [i for i, _ in marks]
    straight = text.count('"')
    curly = straight and text.count("“") + text.count("”")
    right_opens = _right_marks_only(text)
    out: list[list[Stretch]] = []
    for lo, hi in bounds:
        a = bisect.bisect_left(starts, lo)
        b = bisect.bisect_left(starts, hi, a)
        if (a > 0 and marks[a - 1][1] > lo) or (b > a and marks[b - 1][1] > hi):
            out.append(find_stretches(text, lo, hi))
        else:
            found = _pair(text, lo, hi, marks[a:b], right_opens=right_opens) if b > a else []
            if found and curly > 2 * straight and _stray_open(text, found[-1], marks[a:b]):
                kept = [m for m in marks[a:b] if m[0] != found[-1].open_at]
                found = _pair(text, lo, hi, kept, right_opens=right_opens)
            out.append(found)
    return out


def _stray_open(text: str, st: Stretch, marks: Sequence[tuple[int, int]]) -> bool:
    """Return whether ``st`` opens with a lone straight mark never closed, in a text of curly marks.

    Such a mark sets off an excerpt (``reports:`` / ``"The first time ...``), not a quotation.
    """
    if st.closed or text[st.open_at] != '"' or not marks or marks[0][0] != st.open_at:
        return False
    return sum(1 for i, _ in marks if text[i] == '"') == 1


def _pair(
    text: str, lo: int, hi: int, marks: Iterable[tuple[int, int]], *, right_opens: bool = False
) -> list[Stretch]:
    """Pair the marks ``(start, end)`` of ``text[lo:hi]`` into the outermost stretches;
    with ``right_opens``, a right double mark at a word's start opens one."""
    stack: list[tuple[str, int]] = []
    found: list[Stretch] = []
    widths: dict[int, int] = {}  # the width of each opening mark on the stack
    for i, mark_end in marks:
        ch = text[i]
        if mark_end - i == 2 and ch == "’" and stack and stack[-1][0] == "s":
            mark_end = i + 1  # a nested quote's end and an apostrophe (“the ‘rebels’’ leaders”)
        if ch in "”»":  # a closing double mark, unless it opens a quote typed with it (``”We ...,”``)
            # (as a paragraph's first character it closes nothing: ``”We won,“ she said``, unless a
            # stray mark before narration that quotes on its own: ``”He added that ... “We will go ...”``)
            first = (i == lo or text[lo:i].isspace()) and _opens_paragraph(text, i, hi)
            opens = (right_opens or first) and _opens_as_right(text, i, lo, hi, stack)
            family, can_open, can_close = "d", opens, True
        elif ch in "“„«‟":  # as `_kind` finds for them
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            closes = nxt in _CLOSE_AFTER or nxt.isspace()
            family, can_open, can_close = (
                "d",
                not (prev.isalnum() and closes),
                prev.isalnum() or prev in ".,!?…" or closes,
            )
        elif ch in _SINGLES and lo < i < hi - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # an apostrophe inside a word (``organization’s``), as `_kind` finds
        else:
            family, can_open, can_close = _kind(text, i, lo, hi, mark_end - i)
            if not family:
                continue
        if can_close and stack and _closes(stack, family):
            start = _pop(stack, family)
            if not stack:
                found.append(Stretch(start + widths[start], i, start, mark_end - 1, True))
            continue
        if can_open and family == "d" and len(stack) == 1 and stack[0][0] == "d":
            end = _sentence_ended_before(text, lo, i)
            # (only when one mark after it is left to close it: with two, it opens a quote nested
            # in the open one, ``“Our position is clear. “No” means no. We will not sign,” he said``)
            if end > stack[0][1] + widths[stack[0][1]] and _closing_marks_after(text, i, mark_end, hi) % 2:
                # a double mark opening a sentence while one is open: the writer opened the next
                # quote without closing the last (``''We agree. ''We thank them,'' he said``)
                start = stack.pop()[1]
                found.append(Stretch(start + widths[start], end, start, end, True))
        if can_open:
            if family == "s" and stack and stack[-1][0] == "s":
                continue  # nested single quotes are rare; treat as apostrophe
            stack.append((family, i))
            widths[i] = mark_end - i
    if stack:
        start = stack[0][1]
        end = hi
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        if end > start + widths[start]:
            found.append(Stretch(start + widths[start], end, start, end, False))
    return found


def _closing_marks_after(text: str, i: int, after: int, hi: int) -> int:
    """Return how many double marks of the kind at ``i`` follow it (from ``after``) before ``hi``:
    two apostrophes for two, straight marks for a straight one, curly marks for a curly one."""
    if text.startswith("''", i):
        return text.count("''", after, hi)
    if text[i] == '"':
        return text.count('"', after, hi)
    return sum(text.count(mark, after, hi) for mark in "“”")


def _sentence_ended_before(text: str, lo: int, i: int) -> int:
    """Return where the sentence before the space before ``i`` ends (after its stop), or -1 when
    no space, or no sentence's end, comes right before ``i``."""
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j if lo < j < i and text[j - 1] in ".!?…" else -1


def _opens_paragraph(text: str, i: int, hi: int) -> bool:
    """Return whether the right double mark at ``i``, a paragraph's first character, opens a quote:
    a capital or a digit follows it, and an odd number of double marks after it leaves one to
    close it (``”It is a “new era” for us,” she said``), rather than pairs of their own after a
    stray mark (``”He added that ... “We will go,” he said``); with none after it, it runs to the
    paragraph's end, as any quote left open does."""
    if i + 1 >= hi or not (text[i + 1].isupper() or text[i + 1].isdigit()):
        return False
    after = sum(text.count(mark, i + 1, hi) for mark in "“”")
    return after == 0 or after % 2 == 1


def _closes(stack: list[tuple[str, int]], family: str) -> bool:
    """Return whether a closing mark of ``family`` closes something on the stack."""
    if family == "s":
        return stack[-1][0] == "s"
    return True  # a double mark closes the nearest double, or a mismatched single


def _pop(stack: list[tuple[str, int]], family: str) -> int:
    """Pop up to the nearest opener of ``family`` (or the bottom) and return its position."""
    if family == "s":
        return stack.pop()[1]
    while stack:
        fam, pos = stack.pop()
        if fam == "d" or not stack:
            return pos
    return -1
