"""Memberships stated by reference to countries named elsewhere: "the three EAC member countries"
(the last list of three), "the four democracies - A, B, C and D -" (the four-nation group the
article names), "the other EU countries" (those that took a stand before), and "They are both
members" (the countries the sentence before opens with)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ...reference import load_organizations
from .. import windows as W
from . import rules as P
from .fragments import COUNT_WORDS, LIST, LIST_FIRST
from .frame import COUNTRY_LIST, carried
from .sentence import Hit
from .slots import SIZED_NAME, Slot, abstracted

# "the three EAC member countries": a count of members that refers back to a list of that size
_COUNT = r"\b(?:the|these|those)\s+(?P<n>" + "|".join(COUNT_WORDS) + r")"
COUNTED_CUE = re.compile(_COUNT + r"\s", re.IGNORECASE)
COUNTED_NOUNS = ("member", "countr", "nation", "state")
_COUNTED = re.compile(
    _COUNT + r"\s+(?P<org><O\d+>)\s+"
    r"(?:members|member[- ]states|member[- ]countries|member[- ]nations|countries|states|nations)\b",
    re.IGNORECASE,
)
# "the four-nation Quad", "the 15-member ECOWAS": an organization's size, as the article gives it
_SIZED = re.compile(
    r"\b(?P<n>\d{1,2}|"
    + "|".join(COUNT_WORDS)
    + r")-(?:nation|member|country|state)\s+(?:[\w-]+\s+){0,2}?(?P<org><O\d+>)",
    re.IGNORECASE,
)
# "the four democracies - the US, India, Australia and Japan -": a counted list set off after its noun
_SIZED_NOUN = (
    r"\bthe\s+(?P<n>\d{1,2}|"
    + "|".join(COUNT_WORDS)
    + r")\s+(?:[a-z-]+\s+)?(?:countries|nations|democracies|states|"
    r"powers|economies)\s*(?:[—–:(]|--?\s)"
)
SIZED_CUE = re.compile(_SIZED_NOUN, re.IGNORECASE)
_SIZED_LIST = re.compile(rf"{_SIZED_NOUN}\s*(?:the\s+)?{LIST}", re.IGNORECASE)
# "the remaining ten EU countries", "the other CARICOM states", "the other members of NATO"
OTHERS_CUE = re.compile(r"\b(?:remaining|other|rest\s+of)\b", re.IGNORECASE)
_OTHERS = re.compile(
    r"\b(?:remaining|other|rest\s+of\s+the)\s+(?:[\w-]+\s+)?(?:(?P<org><O\d+>)\s+)?"
    r"(?:members?|member[- ]states|member[- ]countries|countries|states|nations)\b"
    r"(?(org)|\s+(?:of|in)\s+(?P<org2><O\d+>))",
    re.IGNORECASE,
)
# a list of countries that takes a stand: votes, opposes, backs, abstains
_STANDS = re.compile(
    rf"{LIST_FIRST}\s+(?:(?:all|both|also|had|have|then)\s+)*(?:opposed|abstained|voted|backed|supported|"
    r"rejected|approved|endorsed|objected|vetoed|(?:were|was)\s+(?:in\s+favou?r|against|opposed))\b",
    re.IGNORECASE,
)


def abstracted_span(
    text: str, span: tuple[int, int], slots: list[Slot], starts: list[int]
) -> tuple[str, dict[str, Slot]]:
    """Return `abstracted` of the sentence at ``span`` with its slots (``starts``: where each slot starts)."""
    i, j = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return abstracted(text, span[0], span[1], slots[i:j])


def counted_members(text: str, sentences: list[tuple[int, int]], k: int, slots: list[Slot]) -> Iterator[Hit]:
    """Yield the members that "the three EAC member countries" in sentence ``k`` refers to: the
    countries of the nearest list of exactly that many in the sentences before."""
    starts = [s.start for s in slots]
    abstract, table = abstracted_span(text, sentences[k], slots, starts)
    m = _COUNTED.search(abstract)
    if m is None:
        return
    org, size = table[m.group("org")].value, COUNT_WORDS[m.group("n").lower()]
    for back in range(k - 1, max(-1, k - 1 - W.COUNTED_LIST_BACK), -1):
        previous, names = abstracted_span(text, sentences[back], slots, starts)
        lists = [P.LIST_ITEM.findall(found.group("list")) for found in COUNTRY_LIST.finditer(previous)]
        for tags in reversed(lists):
            if len(tags) == size and all(names[t].kind in "CA" for t in tags):
                for t in tags:
                    yield Hit("counted-anaphor", org, names[t], "member")
                return
        if any(len(tags) > 1 for tags in lists):
            return  # a list of another size stands nearer: the count is not of an earlier one


def sized_members(
    text: str, span: tuple[int, int], slots: list[Slot], sizes: dict[int, set[str]]
) -> Iterator[Hit]:
    """Yield the countries of a counted list ("the four democracies - A, B, C and D -") as members
    of the one organization the article gives that many members ("the four-nation Quad"), when
    the reference data lists every one of them as a member of it."""
    starts = [s.start for s in slots]
    abstract, table = abstracted_span(text, span, slots, starts)
    m = _SIZED_LIST.search(abstract)
    if m is None:
        return
    tags = P.LIST_ITEM.findall(m.group("list"))
    if len(tags) != _count(m.group("n")) or not all(table[t].kind in "CA" for t in tags):
        return
    sized = sizes.get(len(tags), set())
    if len(sized) != 1:
        return
    org = next(iter(sized))
    ref = load_organizations().get(org)
    listed = {iso3 for iso3, _ in ref.members.states} if ref is not None and ref.members else set()
    if all(table[t].value in listed for t in tags):
        for t in tags:
            yield Hit("counted-list", org, table[t], "member")


def org_sizes(text: str, slots: list[Slot]) -> dict[int, set[str]]:
    """Return the organizations the article gives a number of members ("the four-nation Quad"),
    by that number."""
    whole, names = abstracted(text, 0, len(text), slots)
    sizes: dict[int, set[str]] = {}
    for found in _SIZED.finditer(whole):
        sizes.setdefault(_count(found.group("n")), set()).add(names[found.group("org")].value)
    # (a size read as part of the name: "the 16-nation Pacific Islands Forum")
    for slot in slots:
        sized = SIZED_NAME.match(text, slot.start, slot.end) if slot.bare >= 0 else None
        if sized is not None and (sized.group("n").isdigit() or sized.group("n").lower() in COUNT_WORDS):
            sizes.setdefault(_count(sized.group("n")), set()).add(slot.value)
    return sizes


def _count(word: str) -> int:
    """Return the number a count word or its digits give."""
    return int(word) if word.isdigit() else COUNT_WORDS[word.lower()]


def presupposed_members(
    text: str, span: tuple[int, int], before: tuple[int, int] | None, slots: list[Slot]
) -> Iterator[Hit]:
    """Yield the countries that "the other (N) ORG countries" of a sentence presupposes to be ORG's:
    those that take a stand (vote, oppose, back) before it in the sentence or in the one before."""
    starts = [s.start for s in slots]
    abstract, table = abstracted_span(text, span, slots, starts)
    m = _OTHERS.search(abstract)
    if m is None:
        return
    org = table[m.group("org") or m.group("org2")].value
    stands = [(abstract[: m.start()], table)]
    if before is not None:
        stands.append(abstracted_span(text, before, slots, starts))
    for part, names in stands:
        for stand in _STANDS.finditer(part):
            for item in P.LIST_ITEM.finditer(part, stand.start("list"), stand.end("list")):
                if names[item.group()].kind in "CA":
                    yield Hit("others-presupposed", org, names[item.group()], "member")


def carried_members(
    text: str,
    spans: tuple[tuple[int, int], tuple[int, int]],
    slots: tuple[list[Slot], list[Slot]],
    context: str | None,
) -> Iterator[Hit]:
    """Yield the memberships a sentence states of the countries the sentence before opens with
    ("Armenia and Belarus signed. They are both members of the EAEU."): ``spans`` and ``slots``
    are those of the sentence before, then of the sentence."""
    previous, items = abstracted(text, *spans[0], slots[0])
    abstract, table = abstracted(text, *spans[1], slots[1])
    named = {s.value for s in table.values()}
    for hit in carried(previous, abstract):
        org = table[hit.org].value if hit.org else next(iter(named)) if len(named) == 1 else context
        if org is not None:
            yield Hit(P.FRAME_RULES[hit.kind].id, org, items[hit.item], hit.status)
