"""Runs of capitalised words that may name a person, split at titles, acronyms and roles."""

from __future__ import annotations

import re

from ...reference import given_names
from .. import lexicon as lx
from .affiliation import country_named, country_word, portfolio_words
from .names import lone_non_name
from .roles import ROLE_OF
from .roles import TITLES as _TITLES

_PARTICLES = lx.NAME_PARTICLES

# a capital ([^\W\d_a-z]): the cheap class [A-Z\x80-...] finds candidates, the lookbehind checks them
_CAP = r"[A-Z\x80-\U0010ffff](?<=[^\W\d_a-z])"
# an initial's dot, or word characters with apostrophes before two letters (O’Neil)
_CAP_TAIL = r"(?:\.|[\w-]*(?:['’](?=[^\W\d_]{2})[\w-]*)*)"
_PARTICLE = r"(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + r")(?![\w’'-])"
# an Arabic article joined to the name it precedes: "Bashar al-Assad", "Abdel Fattah el-Sisi"
_JOINED_ARTICLE = lx.JOINED_PARTICLE + _CAP + r"[\w-]*"
# a run of capitalised words (and name particles) joined by single spaces, not inside a word
_RUN = re.compile(
    _CAP
    + r"(?<![\w’'.-].)"
    + _CAP_TAIL
    + r"(?: (?:"
    + _CAP
    + _CAP_TAIL
    + "|"
    + _PARTICLE
    + "|"
    + _JOINED_ARTICLE
    + r"))*"
)


def name_runs(text: str, banned: frozenset[str]) -> list[tuple[int, int, list[str]]]:
    """Return runs of name-like capitalised words (titles and acronyms split them off)."""
    runs: list[tuple[int, int, list[str]]] = []
    for m in _RUN.finditer(text):
        run = m.group()
        if " " not in run:  # fast path: one word, left out if never a person on its own
            skip = _LONE_SKIPS.get(run)
            if not (skip or (skip is None and _lone_skip(run)) or run in banned or run.upper() in banned):
                runs.append((m.start(), m.end(), [run]))
            continue
        pos = m.start()
        cur: list[tuple[int, int, str]] = []
        words = run.split(" ")
        if (
            text.endswith(("and ", "and the "), 0, pos)
            and _ends_country(text, pos, words[0])
            and next((k for k, w in enumerate(words[1:]) if _is_stop(w, banned)), len(words) - 1) >= 2
        ):
            # "Prime Minister of Trinidad and Tobago Keith Rowley": the run opens with the end of
            # a country's name (and a name of two words follows: "of Antigua and Barbuda Electoral
            # Commission" names a body)
            pos += len(words[0]) + 1
            words = words[1:]
        if text.startswith((" and ", " and the "), m.end()):
            # "Prime Minister of Saint Vincent and the Grenadines Ralph Gonsalves": the run ends
            # with the start of a country's name
            words = words[: len(words) - _opens_country(text, m.end(), words)]
        if not words:
            continue
        if text.endswith(("of ", "and "), 0, pos):
            # "Minister of Oil Saad Al Barrak", "of Higher Education Ahmed Musa": the portfolio
            # ends the role, the name follows it (a title only after a role: "Minister of Justice
            # X", not "the ruling of Justice Martha Koome")
            role_of = ROLE_OF.search(text, max(0, pos - 40), pos) is not None
            portfolio = portfolio_words(words, titles=role_of)
            if role_of and not portfolio and text.endswith("of ", 0, pos):
                # "Prime Minister of Jamaica Andrew Holness": the role's country (by one of its names:
                # "Burkina Faso", never "Burkina"), then the name
                portfolio = next(
                    (n for n in (3, 2, 1) if n < len(words) and country_named(" ".join(words[:n]))), 0
                )
            pos += sum(len(w) + 1 for w in words[:portfolio])
            words = words[portfolio:]
            if not words:
                continue
        # (a role before the name, whose words the run began with: "King of Jordan Abdullah II"
        # has a suffix after one word)
        titled = len(words) < len(run.split(" "))
        # a country's name or demonym of two words names nobody ("Sri Lankan", "South African")
        places = {
            j for k in range(len(words) - 1) if country_word(f"{words[k]} {words[k + 1]}") for j in (k, k + 1)
        }
        for k, word in enumerate(words):
            end = pos + len(word)
            if word in _PARTICLES or (word in lx.NAME_SUFFIXES and (len(cur) > 1 or (cur and titled))):
                # "Robert F. Kennedy Jr.", "Hamad bin Isa": a suffix ends a name of two words or more
                if cur:
                    cur.append((pos, _past_dot(text, end) if word in lx.NAME_SUFFIXES else end, word))
            elif k not in places and not _is_stop(word, banned):
                cur.append((pos, end, word))
            elif (
                word in _WORD_SURNAMES
                and k == len(words) - 1
                and len(cur) == 1
                and cur[0][2] in given_names()
                and cur[0][2] not in lx.NOT_GIVEN_NAMES
                and not _PLACE_BEFORE.search(text, max(0, m.start() - 10), m.start())
            ):
                # "Cornel West", "Theresa May": after a given name, a family name
                cur.append((pos, end, word))
            elif (
                all(w in lx.NAME_SUFFIXES for w in words[k + 1 :])
                and word in _SURNAME_TITLES
                and cur
                and not any(country_word(w) for _, _, w in cur)
                and not _DETERMINED_RUN.search(text, max(0, m.start() - 8), m.start())
            ):
                # "Stephenson King said": a title that ends a name is its surname (not "the Zulu
                # King": after a determiner, the words before a title say which one)
                cur.append((pos, end, word))
            elif word in _NAME_HONORIFICS and cur and _names_follow(words, k) and words[k + 1] not in _TITLES:
                # "Hassan Sheikh Mohamud": the honorific inside a name (two people run together,
                # "talks with Kenyatta Sheikh Mohamed bin Zayed", are read as one: rarer)
                cur.append((pos, end, word))
            else:
                # (the words before "Emeritus" are a title: "Dean Emerita Mary Ochieng")
                if not ((word in _TITLES or word in lx.TITLE_ENDINGS) and _names_follow(words, k)):
                    _flush(cur, runs)
                # else "Saudi Energy Minister Abdulaziz bin Salman": the words before a title
                # that a name follows say which minister, they name nobody
                cur = []
            pos = end + 1
        _flush(cur, runs)
    return runs


# honorifics that also stand inside a name, after a given name
_NAME_HONORIFICS = frozenset(["Sheikh", "Sheik"])
# titles that are also surnames, read as such at the end of a name ("Stephenson King", "John Major")
_SURNAME_TITLES = frozenset(["King", "Major", "Judge", "Pope", "Bishop", "Dean"])
_DETERMINED_RUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")


# words that stop a name but are family names after a given name ("Cornel West", "Oliver North",
# "Theresa May"), not in a place's name ("voters in Bristol West")
_WORD_SURNAMES = frozenset(["North", "West", "May"])
_PLACE_BEFORE = re.compile(r"\b(?:in|of|at|on|for|from|to|between|near|across|around|held)\s+$")


# the capitalised words and "and" before a run that may open a country's name ("Trinidad and ")
_COUNTRY_OPENING = re.compile(r"(?:[A-Z][\w-]*\s+){1,2}and\s+(?:the\s+)?$")


def _ends_country(text: str, pos: int, word: str) -> bool:
    """Return whether ``word``, the first word of a run at ``pos``, ends a country's name that
    the words before the run open ("Antigua and" + "Barbuda", "Saint Vincent and the" +
    "Grenadines")."""
    m = _COUNTRY_OPENING.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    opening = m.group().split()
    return any(country_word(" ".join([*opening[k:], word])) for k in range(len(opening) - 1))


# "and" and the capitalised words after a run that may close a country's name (" and Tobago")
_COUNTRY_CLOSING = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")


def _opens_country(text: str, end: int, words: list[str]) -> int:
    """Return how many of the last ``words`` of a run ending at ``end`` open a country's name
    that the words after the run close ("Saint Vincent" + "and the Grenadines"); 0 if none."""
    m = _COUNTRY_CLOSING.match(text, end)
    if m is None:
        return 0
    closing = m.group().split()
    for n in (2, 1):
        for k in range(len(closing), 1, -1):
            if n <= len(words) and country_word(" ".join([*words[-n:], *closing[:k]])):
                return n
    return 0


def _past_dot(text: str, end: int) -> int:
    """Return ``end`` past the dot of an abbreviated suffix ("Jr."), where a cue after it starts."""
    return end + 1 if text.startswith(".", end) else end


def _names_follow(words: list[str], k: int) -> bool:
    """Return whether a name follows the title ``words[k]`` in its run (not a headline's verb:
    "Putin Envoy Says"; not a suffix: "Martin Luther King Jr.")."""
    rest = [w for w in words[k + 1 :] if w not in _TITLES and w not in lx.NAME_SUFFIXES]
    return bool(rest) and rest[0].lower() not in lx.SPEECH_VERBS


def _lone_skip(word: str) -> bool:
    """Return whether a one-word run is never a person, whatever the document's organizations."""
    skip = _LONE_SKIPS.get(word)
    if skip is None:
        if len(_LONE_SKIPS) >= 50_000:
            _LONE_SKIPS.clear()
        skip = _LONE_SKIPS[word] = (
            _is_common_stop(word)
            or word.endswith(".")
            or word.lower() in _PARTICLES
            or never_person(word, frozenset())
        )
    return skip


_LONE_SKIPS: dict[str, bool] = {}


def _is_stop(word: str, banned: frozenset[str]) -> bool:
    if word in banned:
        return True
    stop = _STOPS.get(word)
    if stop is None:
        if len(_STOPS) >= 50_000:
            _STOPS.clear()
        stop = _STOPS[word] = _is_common_stop(word)
    return stop


_STOPS: dict[str, bool] = {}


def _is_common_stop(word: str) -> bool:
    """Return whether a word stops a name whatever the document (a title, an acronym, a role)."""
    if word in lx.NOT_NAME_WORDS or word in _TITLES or word + "." in _TITLES or word in lx.HEADLINE_VERBS:
        return True  # "Lt. Gen. Michael Flynn": the run reads "Lt" and "Gen" without their dots
    if len(word) > 1 and word.isupper() and not word.endswith("."):
        return True  # acronyms name bodies
    low = word.lower()
    # "President-elect Donald Trump", "Secretary General-elect, Ramdin": an office to be held
    return low in lx.ROLE_NOUNS or low.endswith(lx.TO_HOLD_SUFFIXES)


def _flush(cur: list[tuple[int, int, str]], runs: list[tuple[int, int, list[str]]]) -> None:
    while cur and cur[-1][2].lower() in _PARTICLES:
        cur.pop()
    while len(cur) > 1 and (cur[0][2] in lx.PLACE_WORDS or cur[0][2] in lx.STATE_NAME_ENDS):
        # "President of Russia Vladimir Putin", "of the Russian Federation Sergey Lavrov": the role
        # and its state are before the name
        del cur[0]
    start = cur[0][0] if cur else 0
    # at most five words besides particles ("Hamad bin Isa bin Salman Al Khalifa": five)
    words = sum(1 for _, _, t in cur if t not in _PARTICLES)
    if cur and 1 <= words <= 5 and not (len(cur) == 1 and cur[0][2].endswith(".")):
        runs.append((start, cur[-1][1], [t for _, _, t in cur]))


def never_person(word: str, banned: frozenset[str]) -> bool:
    """Return whether a lone word is an acronym, a place, a country or its people, an
    organization's word or a noun."""
    return (
        word.isupper()
        or word in lx.PLACE_WORDS
        or word.upper() in banned
        or word.lower() in lx.ANONYMOUS_NOUNS
        or lone_non_name(word)
    )
