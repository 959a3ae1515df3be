"""The body a person's role belongs to, and which of two role phrases says more.

``Russian President`` -> Russia, ``Argentina's President`` -> Argentina,
``GCC secretary-general`` -> GCC, ``Special Representative of the
Secretary-General and head of UNMISS`` -> UNMISS. Role words never count as a
body (``Secretary``, ``UN Secretary``, ``Defence``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...reference import load_countries
from .. import lexicon as lx

# words that end a body's name: "UN Secretary-General" -> "UN" (not "General" in "General Assembly")
_ROLE_WORDS = frozenset(w for r in lx.ROLE_NOUNS for w in r.split()) - {
    "of",
    "general",
    "government",
    "running",
    "mate",
    "campaign",
    "press",
    "host",
    "anchor",
    "author",
} | {"sheikh", "dame", "haji", "sir"}
_CAP = r"[A-Z][\w’'.-]*"
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)\s*$")
_OF_BODY = re.compile(r"\bof (?:the )?(" + _CAP + r"(?: (?:of|for|in|on|and) " + _CAP + r"| " + _CAP + r")*)")
_ACRONYM = re.compile(r"(?<![\w’'-])([A-Z][A-Za-z.]*[A-Z]\.?)(?![\w-])")
_POSSESSIVE = re.compile(r"(" + _CAP + r"(?: " + _CAP + r")*?)['’]s\b")
_CAP_WORD = re.compile(r"[A-Z][\w-]*")
_PREFIX_WORD = re.compile(r"[A-Z]+-[a-z]+")  # "AU-focused": a modifier, not a body
_HONORIFICS = lx.HONORIFICS
_LEADING_SPEECH = re.compile(r"[a-z]+(?:ing|ed)\b")
_WEAK_ROLES = frozenset(("chief", "leader", "head", "official", "boss"))


@cache
def _country_words() -> dict[str, str]:
    """Return country name by every name, alias and demonym of it."""
    words: dict[str, str] = {}
    for ref in load_countries().values():
        for word in (ref.name, ref.full_name, *ref.aliases, *ref.demonyms):
            words.setdefault(word, ref.name)
    return words


def country_names() -> frozenset[str]:
    """Return every name, alias and demonym of the reference countries."""
    return frozenset(_country_words())


@cache
def _country_names_only() -> frozenset[str]:
    refs = load_countries().values()
    return frozenset(name for ref in refs for name in (ref.name, ref.full_name, *ref.aliases))


def country_named(phrase: str) -> bool:
    """Return whether a phrase is one of a country's names ("Jamaica", "Ivory Coast"), not a
    demonym ("Jamaican") nor a part of a name ("Burkina")."""
    return phrase in _country_names_only()


def country_word(phrase: str) -> str | None:
    """Return the country a phrase names or describes (``Russian`` -> ``Russia``), if any."""
    return _country_words().get(phrase)


_TITLE_WORDS = frozenset(lx.PERSON_TITLES)
_PORTFOLIO_WORDS = lx.ROLE_FIELDS | lx.PORTFOLIO_HEADS


def portfolio_words(words: list[str], *, titles: bool = True) -> int:
    """Return how many of ``words`` open with a portfolio ("Oil", "Higher Education", "Petroleum
    Resources", "Presidential Affairs"): fields and portfolio heads, each maybe after one word
    that qualifies it; with ``titles`` False, none that is also a title ("the ruling of Justice
    Martha Koome")."""
    n = 0
    while n < len(words) and (titles or words[n] not in _TITLE_WORDS):
        if words[n].lower() in _PORTFOLIO_WORDS:
            n += 1
        elif n + 1 < len(words) and words[n + 1].lower() in _PORTFOLIO_WORDS:
            n += 2
        else:
            break
    return n


@lru_cache(maxsize=4096)
def affiliation(role: str | None) -> str | None:
    """Return the organization or country a role phrase names as its body, if any."""
    if not role:
        return None
    m = _PAREN_ACRONYM.search(role)
    if m:
        return m.group(1)
    bodies = [b for phrase in _OF_BODY.findall(role) for b in _bodies(phrase)]
    if bodies:
        return bodies[-1]
    for m in _ACRONYM.finditer(role):
        if m.group(1).lower().rstrip(".") not in _ROLE_WORDS:
            return country_word(m.group(1)) or m.group(1)
    for m in _POSSESSIVE.finditer(role):
        body = _body(m.group(1))
        if body:
            return body
    words = _CAP_WORD.findall(role)
    for i, word in enumerate(words):
        # (two words first: "South Sudanese President" is of South Sudan, not Sudan)
        pair = " ".join(words[i : i + 2])
        if country_word(pair):
            return country_word(pair)
        if country_word(word):
            return country_word(word)
    return None


def _bodies(phrase: str) -> list[str]:
    """Return the bodies of an ``of`` phrase (``UN Secretary-General and Head of MINUSMA``)."""
    if country_word(phrase):
        return [country_word(phrase) or phrase]
    found = []
    for part in phrase.split(" and "):
        head, sep, tail = part.rpartition(" of ")
        # (of what the role's portfolio is of: "Minister of Health of Kenya")
        last = head.split()[-1].lower() if sep else ""
        body = _body(tail) if last in _ROLE_WORDS or last in lx.ROLE_FIELDS else _body(part)
        if body:
            found.append(body)
    return found


def _body(phrase: str) -> str | None:
    """Return a phrase cut before its first role word (``UN Secretary-General`` -> ``UN``)."""
    words = phrase.split()
    while words and _PREFIX_WORD.fullmatch(words[0]):
        del words[0]
    kept: list[str] = []
    for word in words:
        if word.lower() in _ROLE_WORDS:
            break
        kept.append(word)
    while kept and kept[-1] in ("of", "for", "in", "on", "and"):
        kept.pop()
    if not kept or portfolio_words(kept) == len(kept):
        return None  # a portfolio ("Minister of Oil", "of Petroleum Resources"), no body
    body = " ".join(kept)
    return country_word(body) or body


@lru_cache(maxsize=4096)
def clean_role(role: str | None) -> str | None:
    """Return a role without a trailing honorific (``Foreign Minister Sheikh``), or None for a
    participial clause (``speaking at a press conference``)."""
    if not role or _LEADING_SPEECH.match(role):
        return None
    words = role.split()
    while len(words) > 1 and words[-1] in _HONORIFICS and _has_role_noun(words[:-1]):
        words.pop()
    return " ".join(words)


def _has_role_noun(words: list[str]) -> bool:
    return any(w.lower().rstrip("’'s") in lx.ROLE_NOUNS or w.lower() in lx.ROLE_NOUNS for w in words)


def _weak(role: str) -> bool:
    """Return whether a role is a weak noun alone or after a body's common noun ("chief", "Army chief")."""
    *before, last = role.lower().split()
    return last in _WEAK_ROLES and all(w in lx.BODY_WORDS for w in before)


def better_role(old: str | None, new: str | None) -> str | None:
    """Return the role that says more: a role over none, a full role over a weak one
    (``chief``, ``Army chief``), a longer form of the same role naming its body (``Russian President`` over
    ``President``); else the first."""
    if old is None or new is None:
        return old or new
    if _weak(old) and not _weak(new):
        return new
    if old.lower() in new.lower() and affiliation(old) is None and affiliation(new) is not None:
        return new
    return old
