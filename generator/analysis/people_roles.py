"""Roles of people: the role phrase before a name, the apposition after it, the body it names."""

from __future__ import annotations

import re

from . import lexicon as lx

TITLES = frozenset(lx.PERSON_TITLES)
_ROLE_WORDS = frozenset(w for r in lx.ROLE_NOUNS for w in re.split(r"[\s]", r)) | {
    t.lower().rstrip(".") for t in lx.PERSON_TITLES
}
_ROLE_NOUN = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(r) for r in lx.ROLE_NOUNS), key=len, reverse=True)) + r")\b"
)
_APPOSITION = re.compile(
    r",\s+((?:the|a|an)\s+)?([^,.;:“”\"()]{3,140}?(?:\s\([A-Z][\w-]*\))?)(?=,|\.|;|\s+(?:said|says|told|who)\b)"
)


def role_before(text: str, start: int) -> str | None:
    """Return the role phrase just before a name (``Russian foreign ministry spokeswoman``)."""
    if start < 2 or text[start - 1] != " " or not _role_word_before(text, start - 1):
        return None
    words = list(re.finditer(r"[\w’'.-]+", text[max(0, start - 90) : start]))
    offset = max(0, start - 90)
    if not words:
        return None
    gap = text[offset + words[-1].end() : start]
    if gap not in (" ", ", "):
        return None
    if gap == " " and words[-1].group().lower().rstrip(".") not in _ROLE_WORDS:
        return None
    first = len(words) - 1
    while first > 0 and _role_token(words[first - 1].group()):
        if text[offset + words[first - 1].end() : offset + words[first].start()] != " ":
            break
        first -= 1
    while first < len(words) and words[first].group().lower() in ("of", "the", "and", "former"):
        first += 1
    while (
        first < len(words)
        and words[first].group() in TITLES
        and words[first].group() in ("Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr.", "Datuk", "Seri", "Sir", "Dame")
    ):
        first += 1
    if first >= len(words):
        return None
    role = text[offset + words[first].start() : offset + words[-1].end()]
    role = re.sub(r"(?:\s+(?:of|the|for))+$", "", role)
    if gap == ", " and not any(w.lower() in lx.ROLE_NOUNS for w in role.split()):
        return None  # "the President of the ECOWAS Commission, Jean-Claude Kassi Brou"
    return None if role.split()[-1] in ("Mr", "Mr.", "Ms", "Mrs", "Dr", "Dr.") else role


def _role_word_before(text: str, gap: int) -> bool:
    """Return whether a comma or a role word ends right before the space at ``gap`` (fast check)."""
    if text[gap - 1] == ",":
        return True
    k = gap
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "’'.-_"):
        k -= 1
    return text[k:gap].lower().rstrip(".") in _ROLE_WORDS


def _role_token(word: str) -> bool:
    low = word.lower()
    if low in _ROLE_WORDS or low in lx.ROLE_MODIFIERS:
        return True
    if word in lx.NOT_NAME_WORDS:  # nationalities qualify a role: "Russian foreign ministry"
        return word.endswith(("ian", "ese", "ish", "can", "Foreign", "Defence", "Defense"))
    return word[:1].isupper()


def role_after(text: str, end: int) -> str | None:
    """Return the role apposition after a name (``, NATO's secretary general,``)."""
    m = _APPOSITION.match(text, end)
    if not m:
        return None
    phrase = m.group(2).strip()
    low = phrase.lower()
    if low.startswith(("who", "which", "where", "when", "and", "but")):
        return None
    tail = phrase.split()[-2:]
    if len(tail) == 2 and all(w[:1].isupper() and w not in lx.NOT_NAME_WORDS for w in tail):
        return None  # another name follows: a list of people, not an apposition
    if not _ROLE_NOUN.search(low):
        return None
    return phrase if len(phrase.split()) <= 18 else None


def affiliation(role: str | None) -> str | None:
    if not role:
        return None
    m = re.search(r"\b([A-Z][A-Za-z]*[A-Z])\b|\bof (?:the )?((?:[A-Z]\w+\s?)+)", role)
    if not m:
        return None
    return (m.group(1) or m.group(2) or "").strip() or None
