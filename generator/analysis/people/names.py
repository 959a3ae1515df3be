"""Checks on the name forms of people: runs that name no person, words fused in the
source (``Niistothe``), and spelling variants of one name (``Tokayed`` for ``Tokayev``)."""

from __future__ import annotations

from functools import cache

import pycountry

from ...reference import given_names
from .. import lexicon as lx
from ..textscan import has_word
from .affiliation import country_names, country_word


@cache
def _country_firsts() -> frozenset[str]:
    """Return the first words of every country name, alias and demonym (a fast check)."""
    return frozenset(name.split()[0] for name in country_names())


@cache
def _lone_words() -> frozenset[str]:
    """Return the one-word country names and demonyms and the common nouns."""
    return frozenset(n for n in country_names() if " " not in n) | lx.COMMON_NOUNS


def lone_non_name(word: str) -> bool:
    """Return whether one word names a country or its people, or is a common noun
    (``Moldova``, ``Chinese``, ``Administration``)."""
    return word in _lone_words() or (len(word) >= 7 and word.endswith(lx.COMMON_NOUN_ENDINGS))


def not_a_person(tokens: list[str]) -> bool:
    """Return whether a run of several words names a country, a body or a company rather than
    a person (``South Sudan``, ``Defence Services``, ``Tata Motors``)."""
    last = tokens[-1]
    if last in lx.COMMON_NOUNS or last in lx.COMPANY_WORDS:
        return True  # "Defence Services", "Tata Motors", "Al Jazeera"
    if tokens[0] not in _country_firsts():
        return False
    return country_word(" ".join(tokens)) is not None


def given_name_first(tokens: list[str], families: set[str]) -> bool:
    """Return whether a run of two to four words is a person's name by its first word, a given
    name (``Hillary Clinton``, ``Jens Stoltenberg``).

    Not when that word is one that also opens the names of places and bodies (`NOT_GIVEN_NAMES`,
    a place, a state or a country: ``Alabama Crimson Tide``), nor when the document writes it
    last in another name (``Hillary Clinton``, then ``the Clinton Camp``); the last word is no
    initial, no post (``Linda Thomas-Greenfield Assistant``), no word that ends the names of
    places and bodies (``Kent County``, ``Nelson Mandela Bridge``) and no state or province
    (``Austin Texas``), and no word between is a verb of a headline (``Donald Trump Is Right``).
    """
    first, last = tokens[0], tokens[-1]
    return (
        1 < len(tokens) <= 4
        and first in given_names()
        and first not in lx.NOT_GIVEN_NAMES
        and first not in lx.PLACE_WORDS
        and first not in families
        and first not in _states_and_provinces()
        and len(last.rstrip(".")) > 1
        and last.lower() not in lx.ROLE_NOUNS
        and last not in lx.NOT_FAMILY_NAMES
        and last not in _states_and_provinces()
        and not lone_non_name(first)
        and not lone_non_name(last)
        and not any(t.lower() in lx.FINITE_VERBS for t in tokens[1:])
    )


# the countries whose states or provinces follow a town's name in the news ("Austin, Texas")
_STATE_COUNTRIES = ("US", "CA", "AU")


@cache
def _states_and_provinces() -> frozenset[str]:
    """Return the one-word names of the states and provinces of `_STATE_COUNTRIES` (pycountry),
    but "Washington", also a family name."""
    return frozenset(
        s.name
        for code in _STATE_COUNTRIES
        for s in pycountry.subdivisions.get(country_code=code)
        if " " not in s.name and s.name != "Washington"
    )


def unfuse(text: str, tokens: list[str], known: set[str], heads: set[str]) -> list[str] | None:
    """Return the name tokens without a lower-case word the source glued to the last one
    (``Sauli Niistothe`` -> ``Sauli Niisto``), or None when nothing is glued.

    The name part must be a name the document gives elsewhere (``known``) and the glued
    part a word the document uses on its own or a verb form (``Stoltenbergdelivered``).
    ``heads`` holds the first four letters of the known names (a fast check).
    """
    last = tokens[-1]
    if len(last) < 7 or last[:4] not in heads or not last[-1].islower():
        return None
    for cut in range(len(last) - 3, 3, -1):
        head, tail = last[:cut], last[cut:]
        if not tail.islower():
            break
        if head in known and tail.isalpha() and (tail.endswith(("ed", "ing")) or has_word(text, tail)):
            return [*tokens[:-1], head]
    return None


def close_variant(a: str, b: str) -> bool:
    """Return whether two different names of 6+ letters, same first letter, are 1 or 2 edits apart."""
    if a == b or min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 2 or a[0] != b[0]:
        return False
    return _distance(a.lower(), b.lower(), 2) <= 2


def _distance(a: str, b: str, limit: int) -> int:
    """Return the Levenshtein distance of ``a`` and ``b`` (any value above ``limit`` as ``limit + 1``)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]
